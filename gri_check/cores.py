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
    """Allowed cores not kept busy by other work now; at least 1."""
    return free_of(allowed(), os.cpu_count() or 1, busy_elsewhere())


def busy_elsewhere(loadavg: str = "/proc/loadavg", tasks: str = "/proc/self/task") -> float:
    """Tasks running on the machine now, this process's own threads aside: Linux's count of runnable tasks (the
    fourth field of /proc/loadavg, "running/total") less those of ours in state R (numpy's BLAS threads spin
    for a while after they start). Not the load average, which still counts the run that just ended (a run
    after a run would find the cores busy with itself); that is the fallback where there is no /proc."""
    try:
        with open(loadavg, encoding="ascii") as fh:
            running = int(fh.read().split()[3].split("/")[0])
        return max(0, running - max(1, _own_running(tasks)))
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume the cores are free
        return 0.0


def free_of(allowed: int, machine: int, load: float) -> int:
    """`load` counts processes on the whole machine (in a container, on the host): its share of the machine's
    cores is taken to be busy on this process's cores too."""
    busy = allowed * min(1.0, max(0.0, load) / max(machine, allowed))
    return max(1, min(allowed, round(allowed - busy)))


def _own_running(tasks: str) -> int:
    count = 0
    for name in os.listdir(tasks):
        try:
            with open(os.path.join(tasks, name, "stat"), encoding="ascii", errors="replace") as fh:
                # "pid (comm) S ...": the state follows the last ")", as comm may itself hold one
                count += fh.read().rpartition(")")[2].split()[0] == "R"
        except (OSError, IndexError):  # a thread that ended meanwhile
            continue
    return count
