"""Cost against size (make bench): read + check of synthetic reports at 1x, 2x, 4x and 8x a base size, for the
body (sections of prose), the index (rows) and PDF pages. The time per unit is printed beside each size; a
stage that grew faster than linearly would show it rising with the size."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from gri_check.ingest import read
from gri_check.pipeline import Options, Standards, check_document

if TYPE_CHECKING:
    from tests.bench.conftest import Figures

HEAD = ("Acme Ltd has reported in accordance with the GRI Standards for the period 1 January 2024 to "
        "31 December 2024.\n\n")
TOPICS = ("energy consumed in our plants", "water withdrawn from rivers", "employee training hours",
          "waste sent to landfill", "greenhouse gas emissions of scope 1", "suppliers screened for labour practices")
SCALES = (1, 2, 4, 8)


def _body(sections: int) -> str:
    parts = []
    for k in range(sections):
        topic = TOPICS[k % len(TOPICS)]
        parts.append(f"Section {k}\n\nIn {2020 + k % 5} we measured {topic}: {1000 + 37 * k} units at site {k}, "
                     f"{k % 9}.{k % 7} percent more than the year before, and we set a target for {topic}.\n\n"
                     f"The board reviewed {topic} twice, with the audit committee and the plant managers.\n\n")
    return "".join(parts)


def _index(rows: int, sections: int) -> str:
    lines = [f"{300 + n % 8}-{1 + n % 5}\tTitle {n}\tSection {n % sections}" for n in range(rows)]
    return "GRI content index\n\n" + "\n".join(lines) + "\n"


def _text_report(tmp: Path, name: str, *, sections: int, rows: int) -> Path:
    path = tmp / f"{name}.txt"
    path.write_text(HEAD + _body(sections) + _index(rows, sections), encoding="utf-8")
    return path


def _pdf_report(tmp: Path, pages: int) -> Path:
    """A4 pages of a heading and 40 lines of prose each, with a page number in the footer."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(50, 70, f"Section {p}: {TOPICS[p % len(TOPICS)]}")
        pdf.set_font("Helvetica", "", 10)
        for k in range(40):
            topic = TOPICS[(p + k) % len(TOPICS)]
            pdf.text(50, 100 + 16 * k, f"In {2020 + k % 5} we measured {topic}: {1000 + 37 * k} units, "
                                       f"{k % 9}.{k % 7} percent more than the year before.")
        pdf.text(290, 810, str(p + 1))
    path = tmp / f"pages{pages}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


@pytest.fixture(scope="module")
def standards(catalogue) -> Standards:
    return Standards.of(catalogue)


CASES = [("body sections", "section", s, lambda tmp, s: _text_report(tmp, f"body{s}", sections=200 * s, rows=40))
         for s in SCALES]
CASES += [("index rows", "row", s, lambda tmp, s: _text_report(tmp, f"rows{s}", sections=50, rows=500 * s))
          for s in SCALES]
CASES += [("PDF pages", "page", s, lambda tmp, s: _pdf_report(tmp, 50 * s)) for s in SCALES]
UNITS = {"body sections": 200, "index rows": 500, "PDF pages": 50}


@pytest.mark.parametrize(("kind", "unit", "scale", "make"), CASES, ids=[f"{c[0]}-{c[2]}x" for c in CASES])
def test_cost_per_unit(benchmark, figures: Figures, standards: Standards, tmp_path: Path, kind: str, unit: str,
                       scale: int, make) -> None:
    path = make(tmp_path, scale)

    def read_and_check():
        return check_document(read(path), standards, Options(), report_path=str(path))

    result = benchmark.pedantic(read_and_check, rounds=3, iterations=1, warmup_rounds=1)
    units = UNITS[kind] * scale
    assert len(result.document.pages) == units if unit == "page" else result.index.found
    median = benchmark.stats.stats.median
    benchmark.extra_info[f"ms_per_{unit}"] = round(1000 * median / units, 3)
    key = (f"scaling: {kind}", f"{units} {unit}s")
    figures.record(key, wall=median)
    figures.note(key, f"{1000 * median / units:.3f} ms per {unit}")
