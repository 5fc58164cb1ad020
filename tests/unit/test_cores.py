"""Sizing worker pools by the cores that are free, not merely the cores that exist."""
from __future__ import annotations

import pytest

from gri_check import cores


@pytest.mark.parametrize(("allowed", "machine", "load", "free"), [
    (2, 2, 0.0, 2),  # an idle two-core machine: both
    (2, 2, 0.4, 2),  # a little background work does not cost a core
    (2, 2, 1.8, 1),  # another job keeps a core busy: one, the run's own
    (2, 2, 9.0, 1),  # never none
    (8, 8, 3.0, 5),
    (2, 64, 30.0, 1),  # a 2-core container on a busy 64-core host: the host's load, by share
    (2, 64, 2.0, 2),  # ... on a quiet one
    (4, 4, -1.0, 4),  # a nonsense load reads as idle
])
def test_free_cores(allowed: int, machine: int, load: float, free: int) -> None:
    assert cores.free_of(allowed, machine, load) == free


def test_free_is_within_the_allowed_cores() -> None:
    assert 1 <= cores.free() <= cores.allowed()


@pytest.mark.parametrize(("text", "busy"), [
    ("0.70 1.42 1.58 1/345 12345\n", 0),  # only this process runs: the load average's 0.7 is history
    ("1.90 1.80 1.70 3/345 12345\n", 2),
    ("1.90 1.80 1.70 0/345 12345\n", 0),  # counted between our own runs: never below none
])
def test_busy_counts_the_processes_running_now(tmp_path, text: str, busy: int) -> None:
    path = tmp_path / "loadavg"
    path.write_text(text, encoding="ascii")
    tasks = tmp_path / "task"
    for tid, state in (("10", "R"), ("11", "S")):  # this process: one thread running (itself), one asleep
        (tasks / tid).mkdir(parents=True)
        (tasks / tid / "stat").write_text(f"{tid} (python (x)) {state} 1 2 3\n", encoding="ascii")
    assert cores.busy_elsewhere(str(path), str(tasks)) == busy


def test_without_proc_the_load_average_stands_in(tmp_path) -> None:
    assert cores.busy_elsewhere(str(tmp_path / "absent")) >= 0
