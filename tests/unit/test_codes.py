"""Code notations as the catalogues declare them, read by the CodeReader (plausibility from the catalogue)."""
from __future__ import annotations

import pytest

from gri_check.standards.codes import CodeReader
from gri_check.standards.notation import read_group


@pytest.fixture(scope="module")
def reader(catalogue) -> CodeReader:
    return CodeReader.of(catalogue)


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
def test_gri_code_forms(reader: CodeReader, raw: str, code: str, req: str) -> None:
    parsed = reader.read(raw)
    assert parsed is not None and parsed.framework == "GRI" and parsed.checked
    assert (parsed.code, parsed.requirement) == (code, req)


@pytest.mark.parametrize("raw", ["EU2", "OG6", "11.1.5"])
def test_codes_no_catalogue_defines_are_kept_verbatim(reader: CodeReader, raw: str) -> None:
    parsed = reader.read(raw)
    assert parsed is not None and parsed.other and not parsed.checked and parsed.code == raw


@pytest.mark.parametrize("raw", ["2023-12-31", "pp. 12-14", "About This Report", "2023-2024", "", "30-50 years",
                                 "2-40", "201-19"])
def test_not_codes(reader: CodeReader, raw: str) -> None:
    assert reader.read(raw) is None


def test_plausibility_comes_from_the_catalogue(reader: CodeReader) -> None:
    assert reader.read("2-31") is not None  # a wrong GRI code to report, within slack of 2-30
    assert reader.read("2-36") is None  # beyond it: a figure, not a code
    assert reader.read("1102-2") is not None  # a typing slip of a known standard


def test_typo_candidates_drop_one_digit(reader: CodeReader) -> None:
    assert "102-2" in reader.typo_candidates(reader.read_as("GRI", "1102-2"))
    assert "303-1" in reader.typo_candidates(reader.read_as("GRI", "3033-1"))
    assert reader.typo_candidates(reader.read("EU2")) == ()


@pytest.mark.parametrize(
    ("raw", "number", "name", "year"),
    [
        ("GRI 305: Emissions 2016", "305", "Emissions", 2016),
        ("GRI 2: General Disclosures", "2", "General Disclosures", None),
        ("GRI 306 Waste (2020)", "306", "Waste", 2020),
        ("GRI 202: Indirect Economic Performance", "202", "Indirect Economic Performance", None),
    ],
)
def test_group_rows(catalogue, raw: str, number: str, name: str, year: int | None) -> None:
    g = read_group(catalogue.framework("GRI").notation, raw)
    assert g is not None and (g.framework, g.number, g.name, g.year) == ("GRI", number, name, year)


def test_group_needs_a_name_or_year(catalogue) -> None:
    notation = catalogue.framework("GRI").notation
    assert read_group(notation, "GRI 305") is None
    assert read_group(notation, "GRI Standards+A4:C99") is None
