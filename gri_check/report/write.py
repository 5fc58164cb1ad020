"""The only place output touches the disk: atomic writes (temp file in the same folder + rename)."""
from __future__ import annotations

import os
from pathlib import Path

from gri_check.errors import UsageError


def write_atomic(path: Path, text: str) -> None:
    import tempfile

    folder = path.resolve().parent
    if not folder.is_dir():
        raise UsageError("output folder does not exist", path=folder, hint="create it or choose another --output")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write output ({exc.strerror})", path=path) from None
