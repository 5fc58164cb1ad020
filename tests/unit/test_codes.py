from __future__ import annotations

import pytest

from gri_check.match.codes import parse_code, parse_group, typo_candidates


@pytest.mark.parametrize(
    ("raw", "code", "req"),
    [
        ("G2-1", "2-1", ""),
        ("GRI 2-1", "2-1", ""),
        ("2-1", "2-1", ""),
        ("GRI 305-1", "305-1", ""),
        ("GRI 2: 2-1", "2-1", ""),
        ("305-1a", "305-1", "a"),
        ("305-1 a", "305-1", "a"),
        ("2- 1", "2-1", ""),
        ("G207-1", "207-1", ""),
        ("GRI-2-1", "2-1", ""),
        ("Disclosure 2-27", "2-27", ""),
        ("2\u20131", "2-1", ""),  # en dash
        ("GRI 3-3 Management of material topics", "3-3", ""),
    ],
)
def test_gri_code_forms(raw: str, code: str, req: str) -> None:
    parsed = parse_code(raw)
    assert parsed is not None and parsed.gri
    assert (parsed.code, parsed.requirement) == (code, req)


@pytest.mark.parametrize("raw", ["EU2", "OG6", "11.1.5", "TC-SC-110a.1"])
def test_other_framework_codes_are_kept_verbatim(raw: str) -> None:
    parsed = parse_code(raw)
    assert parsed is not None and not parsed.gri and parsed.code == raw


@pytest.mark.parametrize("raw", ["2023-12-31", "pp. 12-14", "About This Report", "2023-2024", ""])
def test_not_codes(raw: str) -> None:
    assert parse_code(raw) is None


def test_typo_candidates_drop_one_digit() -> None:
    assert "102-2" in typo_candidates("1102-2")
    assert "303-1" in typo_candidates("3033-1")
    assert typo_candidates("EU2") == ()


@pytest.mark.parametrize(
    ("raw", "number", "name", "year"),
    [
        ("GRI 305: Emissions 2016", "305", "Emissions", 2016),
        ("GRI 2: General Disclosures", "2", "General Disclosures", None),
        ("GRI 306 Waste (2020)", "306", "Waste", 2020),
        ("GRI 202: Indirect Economic Performance", "202", "Indirect Economic Performance", None),
    ],
)
def test_group_rows(raw: str, number: str, name: str, year: int | None) -> None:
    g = parse_group(raw)
    assert g is not None and (g.number, g.name, g.year) == (number, name, year)


def test_group_needs_a_name_or_year() -> None:
    assert parse_group("GRI 305") is None
    assert parse_group("GRI Standards+A4:C99") is None
