"""How many cores a run may use now: the cores this process may run on, less the share others keep busy.

Both the PDF reader's page workers and `gri-check batch`'s default pool are sized with it: on a machine whose
cores are already busy, extra processes only add start-up and copying to a run that cannot go faster.
"""
from __future__ import annotations

import os


def allowed() -> int:
    """The cores this process may run on (its CPU affinity, which containers and taskset narrow)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def free() -> int:
    """Allowed cores not kept busy by other work, by the one-minute load average; at least 1."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume the cores are free
        load = 0.0
    return free_of(allowed(), os.cpu_count() or 1, load)


def free_of(allowed: int, machine: int, load: float) -> int:
    """The load average counts runnable processes on the whole machine (in a container, on the host): its
    share of the machine's cores is taken to be busy on this process's cores too."""
    busy = allowed * min(1.0, max(0.0, load) / max(machine, allowed))
    return max(1, min(allowed, round(allowed - busy)))
