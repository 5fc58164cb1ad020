"""The hostile-input suite: files from strangers, made at test time (nothing binary is committed).

Every case runs gri-check in a subprocess under resource limits (address space, CPU seconds, a wall-clock
timeout), so a regression to unbounded time or memory fails the test instead of hanging the suite, and
asserts: the documented exit code, at most one line on stderr (none when it ran), no traceback, the input
unchanged, and the run within its bounds. Limits are in the README ("Limits").
"""
from __future__ import annotations

import hashlib
import io
import os
import random
import resource
import stat
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import pdf_samples
from tests.conftest import SAMPLE

MEM = 3 * 1024**3  # address space per run: a regression to gigabytes fails with MemoryError, not the machine
CPU = 60  # seconds of CPU per run
WALL = 90
PEAK_MIB = 1500  # resident memory any one case may reach (the largest, a 100,000-row index, needs about 700)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mib: float


def bounded(args: list[str | Path], *, cwd: Path, cpu: int = CPU, mem: int = MEM) -> Run:
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

    env = {**os.environ, "NO_COLOR": "1", "GRI_CHECK_NO_CACHE": "1", "COLUMNS": "100"}
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "gri_check", *map(str, args)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            preexec_fn=limits)
    chunks: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda n=n, f=f: chunks.__setitem__(n, f.read()))
               for n, f in (("out", proc.stdout), ("err", proc.stderr))]
    for t in readers:
        t.start()
    while True:  # wait4, not wait: the child's own peak memory
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > WALL:
            proc.kill()
            os.wait4(proc.pid, 0)
            pytest.fail(f"gri-check {' '.join(map(str, args))} did not finish in {WALL} s")
        time.sleep(0.02)
    for t in readers:
        t.join()
    code = os.waitstatus_to_exitcode(status)
    return Run(code, chunks["out"].decode("utf-8", "replace"), chunks["err"].decode("utf-8", "replace"),
               time.monotonic() - start, usage.ru_maxrss / 1024)


def digest(path: Path) -> tuple[str, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return ("special", st.st_mode, st.st_ino)
    return (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mode, int(st.st_mtime_ns))


# ---- inputs --------------------------------------------------------------------------------------------------

INDEX_HEAD = ("Acme Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to "
              "31 December 2024.\n\nAbout Us\n\nAcme Ltd is headquartered in Oslo.\n\nGRI content index\n\n")


def index_text(rows: list[str]) -> str:
    return INDEX_HEAD + "\n".join(rows) + "\n"


def zip_bytes(members: dict[str, bytes], *, lie: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    raw = bytearray(buf.getvalue())
    if lie:  # every header claims the members are 10 bytes: the reader must count what it inflates
        for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = raw.find(sig)
            while at != -1:
                raw[at + size_at:at + size_at + 4] = (10).to_bytes(4, "little")
                at = raw.find(sig, at + 4)
    return bytes(raw)


def docx(document_xml: bytes, *, lie: bool = False) -> bytes:
    return zip_bytes({"[Content_Types].xml": b'<?xml version="1.0"?><Types/>', "word/document.xml": document_xml},
                     lie=lie)


def w_paragraphs(n: int, text: str) -> bytes:
    body = (f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>' * n).encode()
    return (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body>" + body + b"</w:body></w:document>")


def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the input in the folder given, returns the path to check
    codes: tuple[int, ...]  # acceptable exit codes
    message: str = ""  # part of the one stderr line (exit != 0)
    args: tuple[str, ...] = ("--format", "json")
    seconds: float = 30.0  # wall-clock bound (generous: CI machines are slow; the CPU limit is the hard stop)


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p
    return make


def _lazy(name: str, build: Callable[[], bytes | str]) -> Callable[[Path], Path]:
    return lambda folder: _file(name, build())(folder)


def _special(kind: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = folder / kind
        if kind == "fifo":
            os.mkfifo(p)
        elif kind == "loop":
            p.symlink_to(p)
        elif kind == "folder":
            p.mkdir()
        else:
            p.symlink_to(f"/dev/{kind}")
        return p
    return make


def _unreadable(folder: Path) -> Path:
    p = _file("secret.md", sample())(folder)
    p.chmod(0)
    return p


rng = random.Random(7)
CASES = [
    Case("empty", _file("empty.txt", b""), (3,), "empty"),
    Case("whitespace only", _file("blank.md", "  \n\n\t\n"), (3,)),
    Case("binary noise", _lazy("noise.txt", lambda: bytes(rng.randrange(256) for _ in range(200_000))), (3,)),
    Case("NUL at the end of UTF-8", _lazy("nul.md", lambda: sample() + "\0"), (0,)),
    Case("UTF-16 with BOM", _lazy("utf16.md", lambda: sample().encode("utf-16")), (0,)),
    Case("Latin-1", _lazy("latin1.txt", lambda: index_text(["2-1\tOrganizational details\tAbout Us",
                                                             "2-2\tEntités incluses\tAbout Us"]).encode("latin-1")),
         (0,)),
    Case("truncated PDF", _lazy("cut.pdf", lambda: pdf_samples.index_table()[:600]), (3,)),
    Case("encrypted PDF", _lazy("locked.pdf", pdf_samples.encrypted), (3,), "encrypted"),
    Case("image-only PDF", _lazy("scan.pdf", pdf_samples.image_only), (3,), "OCR"),
    Case("PDF header, then garbage", _file("fake.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 1000), (3,)),
    Case("zip bomb docx", _lazy("bomb.docx", lambda: docx(b" " * (64 * 1024 * 1024))), (3,)),
    Case("docx whose headers lie about sizes", _lazy("liar.docx", lambda: docx(w_paragraphs(400_000, "x" * 40),
                                                                               lie=True)), (3,)),
    Case("docx with huge XML within the ratio", _lazy("huge.docx", lambda: docx(w_paragraphs(
        1_500_000, "".join(rng.choice("abcdefghij klmnop") for _ in range(90))))), (3,)),
    Case("zip that is not a docx", _lazy("book.docx", lambda: zip_bytes({"xl/workbook.xml": b"<w/>"})), (3,)),
    Case("100,000 nested divs", _lazy("deep.html", lambda: "<html><body>" + "<div>" * 100_000 + "GRI content index"
                                      + "</div>" * 100_000 + "</body></html>"), (0, 3)),
    Case("50 MB of HTML", _lazy("big.html", lambda: "<html><body>" + "<p>Water use and energy.</p>\n" * 1_800_000
                                + "</body></html>"), (0, 3), seconds=60),
    Case("one 20 MB line", _lazy("line.txt", lambda: "word " * 4_000_000), (0, 3)),
    Case("index cell of digits and separators", _lazy("digits.txt", lambda: index_text(
        ["2-1\tOrganizational details\t" + "".join(rng.choice("0123456789 ,.-/") for _ in range(66_000))])), (0,)),
    Case("trailing page numbers in index rows", _lazy("pages.txt", lambda: index_text(
        [f"2-{n}\tDisclosure {n}\tAbout Us " + " ".join(str(rng.randrange(999)) for _ in range(300))
         for n in range(1, 11)])), (0,)),
    Case("Chinese page lists", _lazy("pages_zh.txt", lambda: "GRI 内容索引\n\n" + "\n".join(
        f"2-{n}\t组织详细情况\t" + "、".join(f"第{rng.randrange(300)}页" for _ in range(800)) for n in range(1, 4))),
         (0,)),
    Case("100,000-row index", _lazy("rows.txt", lambda: index_text(
        [f"{300 + n % 8}-{1 + n % 5}\tTitle {n}\tAbout Us" for n in range(100_000)])), (0, 3), seconds=60),
    Case("directory", _special("folder"), (3,)),
    Case("FIFO", _special("fifo"), (3,)),
    Case("/dev/zero", _special("zero"), (3,)),
    Case("/dev/urandom", _special("urandom"), (3,)),
    Case("symlink loop", _special("loop"), (3,)),
    Case("missing file", lambda folder: folder / "nope.pdf", (3,), "not found"),
    Case("odd file type: PNG named .md", _file("pic.md", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40), (3,)),
    Case("odd file type: gzip named .txt", _file("x.txt", b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40), (3,)),
    Case("bidi and zero-width marks in every index cell", _lazy("marks.md", lambda: "\n".join(
        line.replace(" | ", " |\u200b\u202e ").replace("-", "-\u2060") if line.startswith("| ") else line
        for line in sample().splitlines())), (0,)),
    Case("terminal escapes in the report", _lazy("esc.md", lambda: sample().replace(
        "Company Profile", "Company Profile\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07", 2)), (0,), args=("--width", "100")),
    Case("rich markup in headings", _lazy("markup.md", lambda: sample().replace(
        "# Company Profile", "# Company [/bold] Profile [link=https://evil.example]x[/link]")), (0,),
         args=("--width", "100")),
]
if os.geteuid() != 0:  # root reads anything
    CASES.append(Case("no permission", _unreadable, (3,), "permission"))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(tmp_path: Path, case: Case) -> None:
    path = case.make(tmp_path)
    before = digest(path)
    run = bounded(["check", path, *case.args], cwd=tmp_path)
    assert run.code in case.codes, f"exit {run.code}, stderr: {run.err[-500:]}"
    assert "Traceback" not in run.err and "internal error" not in run.err
    if run.code == 0:
        assert run.err == ""
    else:
        assert run.err.count("\n") == 1 and run.err.startswith("gri-check: "), run.err
        assert case.message.casefold() in run.err.casefold()
    assert digest(path) == before  # the input is never modified (nor a device replaced)
    assert run.seconds < case.seconds, f"{run.seconds:.1f} s"
    assert run.peak_mib < PEAK_MIB, f"peak RSS {run.peak_mib:.0f} MiB"
    assert "\x1b]" not in run.out and "\x07" not in run.out  # no OSC sequence from the report reaches a terminal
    assert not list(tmp_path.glob(".*.tmp"))


def test_output_to_a_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    for dev in ("/dev/null", "/dev/full"):
        before = os.stat(dev)
        run = bounded(["check", SAMPLE, "--format", "json", "-o", dev], cwd=tmp_path)
        after = os.stat(dev)
        assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino and after.st_rdev == before.st_rdev
        if dev == "/dev/full":
            assert run.code == 2 and "No space left on device" in run.err and run.err.count("\n") == 1
        else:
            assert run.code == 0


def test_outputs_get_the_umask_mode_and_keep_an_existing_mode(tmp_path: Path) -> None:
    new, old = tmp_path / "new.json", tmp_path / "old.json"
    old.write_text("x")
    old.chmod(0o644)
    umask = os.umask(0o022)
    try:
        assert bounded(["check", SAMPLE, "--json", new, "--format", "json", "-o", old], cwd=tmp_path).code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644 and stat.S_IMODE(old.stat().st_mode) == 0o644


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8))


@pytest.mark.parametrize("command", [["standards", "validate", "{f}"], ["standards", "list", "--standard", "{f}"],
                                     ["check", str(SAMPLE), "--standard", "{f}"]])
def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path: Path, command: list[str]) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    before = digest(bomb)
    run = bounded([c.format(f=bomb) for c in command], cwd=tmp_path, cpu=20)
    assert run.code == 2 and run.err.count("\n") == 1 and "Traceback" not in run.err, run.err[-300:]
    assert str(bomb) in run.err and run.seconds < 10 and digest(bomb) == before
