"""A content-addressed cache of validated catalogue files, so each run need not re-validate them.

The key hashes the tool version, the source of the modules that define the cached objects, the schema
and the file's bytes: any change, to the data or to the code that builds it, misses the cache.
Set GRI_CHECK_NO_CACHE=1 to disable it, GRI_CHECK_CACHE_DIR to move it. A cache that cannot be
read or written is ignored: it only ever saves time.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gri_check import __version__


def cache_dir() -> Path | None:
    if os.environ.get("GRI_CHECK_NO_CACHE"):
        return None
    explicit = os.environ.get("GRI_CHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gri-check"


_MODEL_MODULES = ("catalogue.py", "framework.py", "notation.py", "crosswalk.py", "load.py")


@functools.cache
def _model_source() -> bytes:
    """The code of the cached types: a cache written by other code is never read back into this code."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in _MODEL_MODULES:
        h.update((here / name).read_bytes())
    return h.digest()


def key_for(name: str, data: bytes, schema: bytes) -> str:
    h = hashlib.sha256()
    for part in (__version__.encode(), b"\0", _model_source(), b"\0", name.encode(), b"\0", schema, b"\0", data):
        h.update(part)
    return h.hexdigest()


def fetch(key: str, build: Callable[[], Any]) -> Any:
    """The cached value for `key`, else `build()`'s, stored for next time."""
    hit = load(key)
    if hit is not None:
        return hit
    value = build()
    store(key, value)
    return value


def load(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"catalogue-{key}.pickle", "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None


def store(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"catalogue-{key}.pickle")
    except OSError:
        return
