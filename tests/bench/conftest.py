"""The benchmarks' figures: ratios between whole runs, printed in one table at the end of `make bench`."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

_FIGURES = pytest.StashKey["Figures"]()

# (what is measured, what it is compared with, the target: at most / at least this ratio, or none)
TARGETS: tuple[tuple[str, str, str | None, float | None], ...] = (
    ("gri-check check", "bare PDFium", "<=", 2.5),
    ("pdfplumber", "gri-check check", ">=", 20.0),
    ("gri-check check", "interpreter + imports", "<=", 2.0),
    ("check, Python glyph loop", "gri-check check", None, None),  # what the compiled loops save
    ("reader, in process", "bare PDFium, in process", "<=", 2.5),  # the PDF reader alone, file -> Document
    ("pdfplumber, in process", "reader, in process", ">=", 20.0),
)


@dataclass
class Figures:
    """Median wall and CPU seconds per (subject, measure), and notes to print beside them."""

    runs: dict[tuple[str, str], tuple[float, float | None]] = field(default_factory=dict)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def record(self, key: tuple[str, str], *, wall: float, cpu: float | None = None) -> None:
        self.runs[key] = (wall, cpu)

    def note(self, key: tuple[str, str], text: str) -> None:
        self.notes[key] = text

    def lines(self) -> list[str]:
        out = [f"{'subject':34} {'run':24} {'wall s':>8} {'cpu s':>8}  note"]
        for (subject, measure), (wall, cpu) in sorted(self.runs.items(), key=lambda kv: _natural(kv[0])):
            cpu_text = f"{cpu:8.3f}" if cpu is not None else f"{'-':>8}"
            out.append(f"{subject:34} {measure:24} {wall:8.3f} {cpu_text}  {self.notes.get((subject, measure), '')}")
        subjects = sorted({s for s, _ in self.runs})
        for a, b, sense, target in TARGETS:
            for subject in subjects:
                if (subject, a) in self.runs and (subject, b) in self.runs:
                    (wa, ca), (wb, cb) = self.runs[subject, a], self.runs[subject, b]
                    wall_ratio = wa / wb
                    line = f"{subject}: {a} / {b} = {wall_ratio:.2f}x wall"
                    if ca is not None and cb is not None:
                        line += f", {ca / cb:.2f}x cpu"
                    if target is not None:
                        met = wall_ratio <= target if sense == "<=" else wall_ratio >= target
                        line += f" (target {sense} {target}x: {'met' if met else 'NOT met'})"
                    out.append(line)
        return out


def _natural(key: tuple[str, str]) -> tuple[str, int, str]:
    """Subjects in order, and sizes by number ("500 rows" before "1000 rows")."""
    subject, measure = key
    head = measure.split(" ", 1)[0]
    return (subject, int(head), measure) if head.isdigit() else (subject, 0, measure)


@pytest.fixture(scope="session")
def figures(request: pytest.FixtureRequest) -> Figures:
    return request.config.stash.setdefault(_FIGURES, Figures())


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    found = config.stash.get(_FIGURES, None)
    if found is not None and found.runs:
        terminalreporter.section("issue 10 yardsticks: medians (whole runs are processes; in process: inside one)")
        for line in found.lines():
            terminalreporter.write_line(line)
