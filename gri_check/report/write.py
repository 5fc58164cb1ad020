"""The only place output touches the disk.

A regular file (or a new one) is replaced atomically: a temp file in the same folder, then a rename, so a
reader never sees half a report and an interrupted run leaves the earlier output as it was. The file keeps
the mode of the one it replaces, and a new one gets the umask's mode (as any tool's output), not mkstemp's
0600. A symlink is followed: its target is replaced and the link stays. Anything that is not a regular
file (a device such as /dev/null, a FIFO, /dev/stdout on a pipe) is written straight to, never renamed over.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from gri_check.errors import UsageError


def write_atomic(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:  # a symlink loop, a path through a file, no permission on a folder
        raise UsageError(f"cannot write output ({exc.strerror})", path=path,
                         hint="choose another output file") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise UsageError("output is a folder", path=path, hint="name a file")
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_stream(path, data)
        return
    _replace(Path(os.path.realpath(path)), data, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())


def _replace(target: Path, data: bytes, mode: int) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError("output folder does not exist", path=folder, hint="create it or choose another output")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot write output ({exc.strerror})", path=target,
                         hint="choose a folder you can write to") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write output ({exc.strerror})", path=target) from None
    except BaseException:  # Ctrl-C while writing: no temp file left behind, the earlier output untouched
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_stream(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb", buffering=0) as fh:
            view = memoryview(data)
            while view:
                view = view[fh.write(view) or 0:]
    except BrokenPipeError:  # the reader of a pipe went away (`-o /dev/stdout | head`): nothing more to say
        return
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            return
        raise UsageError(f"cannot write output ({exc.strerror})", path=path) from None


def _umask() -> int:
    """The process umask, read without changing it where /proc tells it (os.umask can only set it)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current
