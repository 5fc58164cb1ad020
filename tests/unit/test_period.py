"""Reporting periods read from text (gri_check.match.period), as GRI-IDX-010 compares them."""
from __future__ import annotations

from datetime import date

import pytest

from gri_check.match.period import Period, most_stated, periods_in

CAL_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
FY_2025 = Period(date(2024, 4, 1), date(2025, 3, 31))


@pytest.mark.parametrize("text, want", [
    ("for the period 1 January 2024 to 31 December 2024 with reference to the GRI Standards", [CAL_2024]),
    ("January 1 to December 31, 2024", [CAL_2024]),
    ("1 January to 31 December 2024", [CAL_2024]),
    ("It covers the year from 1 April 2024 to 31 March 2025", [FY_2025]),
    ("April 1, 2024 - March 31, 2025", [FY_2025]),
    ("1 April to 31 March 2025", [FY_2025]),  # the start falls in the year before
    ("2024-01-01 to 2024-12-31", [CAL_2024]),
    ("01/04/2024 - 31/03/2025", [FY_2025]),
    ("报告期为2024年1月1日至2024年12月31日", [CAL_2024]),
    ("2024年1月1日至12月31日", [CAL_2024]),
    ("dal 1° gennaio al 31 dicembre 2024", [CAL_2024]),
    ("This report covers the calendar year 2024.", [CAL_2024]),
    ("In 2024 we hired 12 to 14 people", []),
    ("31 December 2024 to 1 January 2024", []),  # backwards: no period
])
def test_periods_in(text: str, want: list[Period]) -> None:
    assert periods_in(text) == want


def test_the_most_stated_period_wins() -> None:
    texts = ["This report covers 1 April 2024 to 31 March 2025.", "Data for 1 January to 31 December 2024.",
             "Our reporting year runs from April 1, 2024 - March 31, 2025."]
    assert most_stated(texts) == (FY_2025, 2)
    assert most_stated(["no dates here"]) is None
