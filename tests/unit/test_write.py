"""Output writing: atomic for regular files, never renaming over devices or FIFOs, modes kept, Ctrl-C clean."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from gri_check.errors import UsageError
from gri_check.report import write
from gri_check.report.write import write_atomic


@pytest.fixture()
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_the_umask_mode_and_an_existing_one_keeps_its_mode(tmp_path: Path, umask_022) -> None:
    new = tmp_path / "new.json"
    write_atomic(new, "{}\n")
    assert stat.S_IMODE(new.stat().st_mode) == 0o644 and new.read_text() == "{}\n"
    old = tmp_path / "old.json"
    old.write_text("x")
    old.chmod(0o640)
    write_atomic(old, "y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_text() == "y"


def test_crlf_and_unicode_are_written_as_given(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    write_atomic(p, "a,b\r\n中文,é\r\n")
    assert p.read_bytes() == "a,b\r\n中文,é\r\n".encode()


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text() == "new"


def test_a_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    null = Path("/dev/null")
    before = null.stat()
    write_atomic(null, "x" * 10_000)
    after = null.stat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_a_full_device_is_a_one_line_error() -> None:
    with pytest.raises(UsageError, match="No space left on device"):
        write_atomic(Path("/dev/full"), "x")
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_interrupt_while_writing_leaves_the_earlier_output_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "r.json"
    out.write_text("earlier run")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, "new run")
    assert out.read_text() == "earlier run" and sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_bad_targets_are_usage_errors(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(UsageError, match="cannot write output"):
        write_atomic(loop, "x")
    with pytest.raises(UsageError, match="output is a folder"):
        write_atomic(tmp_path, "x")
    with pytest.raises(UsageError, match="output folder does not exist"):
        write_atomic(tmp_path / "no" / "r.json", "x")
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(UsageError, match="cannot write output"):
            write_atomic(ro / "r.json", "x")
