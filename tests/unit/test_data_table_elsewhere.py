"""A performance-data table holding a disclosure's figures is offered as evidence elsewhere (issue 7, item 7),
even though it covers few of the disclosure's items (a section must otherwise address half of them)."""
from __future__ import annotations

from pathlib import Path

from gri_check import pipeline
from tests.helpers import bundled

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "evidence" / "data_table_elsewhere.md"


def _result():
    return pipeline.run(FIXTURE, pipeline.Options(), bundled())


def test_the_data_table_is_offered_with_the_items_whose_figures_it_gives() -> None:
    by_code = {a.disclosure.code: a for a in _result().assessments if a.entry is not None}
    for code in ("305-1", "305-2"):
        offered = by_code[code].found_elsewhere
        assert [(x.section, x.figures) for x in offered] == [("Performance data", ("a",))], code
        assert offered[0].score < 50  # below the share a section needs otherwise


def test_a_section_without_figures_is_not_offered_as_a_table() -> None:
    by_code = {a.disclosure.code: a for a in _result().assessments if a.entry is not None}
    assert all(not x.figures for x in by_code["2-7"].found_elsewhere)


def test_the_finding_names_the_table_and_its_figures() -> None:
    messages = [f.message for f in _result().findings if f.rule == "GRI-EVD-001" and "305-1" in f.message]
    assert messages and 'a table with the figures for items a' in messages[0]
