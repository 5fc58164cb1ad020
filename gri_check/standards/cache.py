"""A content-addressed cache of validated catalogue files, so each run need not re-validate them.

The key hashes the tool version, the source of the modules that define the cached objects (and of this
cache's codec), the schema and the file's bytes: any change, to the data or to the code, misses the cache.
Set GRI_CHECK_NO_CACHE=1 to disable it, GRI_CHECK_CACHE_DIR to move it. A cache that cannot be read or
written is ignored: it only ever saves time.

An entry is plain JSON data (codec.py), never pickle: a cache folder may come from elsewhere (a CI cache
shared between branches), and reading an entry must not run code. Whatever is wrong with an entry (bad
JSON, wrong shape, unknown enum, too large, not ours) makes it a miss: the file is rebuilt from its YAML.
Entries are written atomically, mode 0600, in a folder of mode 0700; a folder owned by another user or
writable by group or others is not used at all.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from gri_check import __version__
from gri_check.standards import codec

T = TypeVar("T")
FORMAT = "gri-check-cache/2"  # 1 was pickle
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # the largest bundled entry is ~1 MB; more is not one of ours


def cache_dir() -> Path | None:
    if os.environ.get("GRI_CHECK_NO_CACHE"):
        return None
    explicit = os.environ.get("GRI_CHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gri-check"


_MODEL_MODULES = ("catalogue.py", "framework.py", "notation.py", "crosswalk.py", "load.py", "codec.py", "cache.py")


@functools.cache
def _model_source() -> bytes:
    """The code of the cached types: a cache written by other code is never read back into this code."""
    here = resources.files(__package__)  # read through the import system: the package may be in a zip
    h = hashlib.sha256()
    for name in _MODEL_MODULES:
        h.update((here / name).read_bytes())
    return h.digest()


def key_for(name: str, data: bytes, schema: bytes) -> str:
    h = hashlib.sha256()
    for part in (__version__.encode(), b"\0", _model_source(), b"\0", name.encode(), b"\0", schema, b"\0", data):
        h.update(part)
    return h.hexdigest()


def fetch(key: str, build: Callable[[], T], expect: Any) -> T:
    """The cached value for `key` (of type `expect`), else `build()`'s, stored for next time."""
    hit = load(key, expect)
    if hit is not None:
        return hit
    value = build()
    store(key, value, expect)
    return value


def _entry(folder: Path, key: str) -> Path:
    return folder / f"catalogue-{key}.json"


def _trusted(st: os.stat_result) -> bool:
    """Ours, and nobody else can write it (on systems with owners)."""
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _usable(folder: Path) -> bool:
    try:
        st = folder.stat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _trusted(st)


def load(key: str, expect: Any) -> Any | None:
    """The entry's value, or None for a miss: no entry, or one that is unsafe, damaged or of another shape."""
    folder = cache_dir()
    if folder is None or not _usable(folder):
        return None
    try:
        fd = os.open(_entry(folder, key), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or not _trusted(st) or st.st_size > MAX_ENTRY_BYTES:
                return None
            raw = fh.read(MAX_ENTRY_BYTES + 1)
        doc = json.loads(raw)
        if type(doc) is not dict or doc.keys() != {"format", "key", "value"} or doc["format"] != FORMAT \
                or doc["key"] != key:
            return None
        return codec.decode(doc["value"], expect)
    except Exception:  # anything at all wrong with a cache entry is a miss, never an error: it only saves time
        return None


def store(key: str, value: Any, expect: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        data = codec.encode(value, expect)
    except (codec.EncodeError, RecursionError):
        return  # holds something the cache cannot write back faithfully: just not cached
    body = json.dumps({"format": FORMAT, "key": key, "value": data}, ensure_ascii=False, separators=(",", ":"))
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _usable(folder):
            return
        if hasattr(os, "getuid") and stat.S_IMODE(folder.stat().st_mode) != 0o700:
            os.chmod(folder, 0o700)  # ours (checked): a folder made by an older version or another umask
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".catalogue-", suffix=".tmp")  # mode 0600
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body.encode("utf-8"))
        os.replace(tmp, _entry(folder, key))  # atomic: a reader sees the old entry or the new, never half
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
