"""Ctrl-C and closed pipes: exit 130 with one line and no temp files; a reader that stops early is no error."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

GRI_CHECK = [sys.executable, "-m", "gri_check"]


def wait_until_running(pid: int, cpu_seconds: float = 0.8, timeout: float = 60) -> None:
    """Until the process has used `cpu_seconds` of CPU (Linux /proc): past Python's start-up and gri-check's
    imports, into the check, whatever the machine's load. (A signal during interpreter start-up, before any of
    gri-check's code runs, ends Python as Python does.)"""
    tick = os.sysconf("SC_CLK_TCK")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return  # it ended
        if fields[0] == "Z" or (int(fields[11]) + int(fields[12])) / tick >= cpu_seconds:
            return
        time.sleep(0.01)


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs Linux /proc to see when the check runs")
@pytest.mark.parametrize("delay", [0.0, 0.3, 1.0])  # once it runs: reading, checking, writing
def test_sigint_exits_130_in_one_line_and_leaves_the_earlier_output(tmp_path: Path, shared_dir: Path,
                                                                    delay: float) -> None:
    out = tmp_path / "out.json"
    out.write_text("earlier run", encoding="utf-8")
    pdf = shared_dir / "corpus" / "moncler_2023_en.pdf"
    proc = subprocess.Popen([*GRI_CHECK, "check", pdf, "--format", "json", "-o", out, "-q"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    wait_until_running(proc.pid)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)  # stops, does not hang in the PDF workers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no .out.json.XXXX.tmp
    if proc.returncode == 130:
        assert err == "gri-check: interrupted\n" and out.read_text(encoding="utf-8") == "earlier run"
    else:  # the run finished before the signal arrived
        assert proc.returncode == 0 and err == "" and out.read_text(encoding="utf-8").startswith("{")


def closed_pipe_run(args: list[object]) -> tuple[int, bytes]:
    """Run with stdout a pipe whose reader is already gone: every write meets EPIPE (as `| head` does at once)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    proc = subprocess.Popen([*GRI_CHECK, *args], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_a_reader_that_stops_early_is_not_an_error_and_the_gate_code_stands() -> None:
    assert closed_pipe_run(["check", SAMPLE, "--format", "json", "--fail-under", "90", "-q"]) == (1, b"")
    assert closed_pipe_run(["check", SAMPLE, "-q"]) == (0, b"")


@pytest.mark.parametrize("args", [["rules"], ["standards", "list"], ["standards", "show", "305-1"]])
def test_listing_commands_into_a_closed_pipe_exit_0(args: list[str]) -> None:
    assert closed_pipe_run(args) == (0, b"")


@pytest.mark.parametrize(("args", "message"), [
    (["check"], "Missing argument 'REPORT...'. (see 'gri-check check --help')"),
    (["check", "x.md", "--format", "nope"], "Invalid value for '--format'"),
    (["nope"], "No such command 'nope'. (see 'gri-check --help')"),
    (["check", "x.md", "--fail-under", "120"], "--fail-under"),
])
def test_usage_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    r = subprocess.run([*GRI_CHECK, *args], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1
    assert r.stderr.startswith("gri-check: ") and message in r.stderr



def test_a_ctrl_c_as_the_finished_run_winds_down_is_no_traceback(tmp_path: Path) -> None:
    """A SIGINT during the interpreter's teardown (here raised from an atexit hook, where a real one landed at
    random) printed "Exception ignored ... KeyboardInterrupt", or killed the process by SIGINT without a line
    once Python's handler was gone. A finished run now leaves without the teardown: its exit code stands."""
    out = tmp_path / "out.json"
    script = ("import atexit, os, signal, sys\n"
              "atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))\n"
              f"sys.argv = ['gri-check', 'check', {str(SAMPLE)!r}, '--format', 'json', '-o', {str(out)!r}, '-q']\n"
              "from gri_check.entry import main\n"
              "main()\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").startswith("{")
    gate = subprocess.run([sys.executable, "-c", script.replace("'-q']", "'-q', '--fail-under', '99']")],
                          capture_output=True, text=True, timeout=60)
    assert (gate.returncode, gate.stderr) == (1, "")  # the gate's code survives the quick exit
