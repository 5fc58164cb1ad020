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
