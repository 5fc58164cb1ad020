from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gri_check.errors import CatalogueError
from gri_check.paths import DEFAULT_CATALOGUES, standards_dir
from gri_check.standards.load import load_catalogue, validate_file

SCHEMA_CASES = Path(__file__).resolve().parent.parent / "schema"


def test_bundled_catalogue_covers_the_standards_in_force(catalogue) -> None:
    codes = {(d.standard.number, d.code) for d in catalogue.disclosures}
    assert {("2", f"2-{n}") for n in range(1, 31)} <= codes
    assert {("3", "3-1"), ("3", "3-2"), ("3", "3-3")} <= codes
    # 307 (Environmental Compliance) was withdrawn and replaced by 2-27, so it is not in force.
    for number in [*range(201, 208), *range(301, 307), 308, *range(401, 419), 101]:
        assert any(std == str(number) for std, _ in codes), number
    assert len(catalogue.lookup("GRI", "306-3")) == 2  # Waste generated (2020) and Significant spills (2016)
    # the withdrawn 2016 universal standards, for indexes still written to them, beside the 2025 topic standards
    # that reuse their codes (match/editions.py reads each row as one of them)
    assert sorted(d.title for d in catalogue.lookup("GRI", "102-1")) == [
        "Name of the organization", "Transition plan for climate change mitigation"]
    assert {d.standard.superseded_by for d in catalogue.lookup("GRI", "103-2")} == {"GRI 3: Material Topics 2021", None}
    assert not any(d.standard.superseded_by for d in catalogue.required("GRI"))


def test_non_omittable_disclosures(catalogue) -> None:
    fixed = {d.code for d in catalogue.of_framework("GRI") if not d.omittable}
    assert fixed == {"2-1", "2-2", "2-3", "2-4", "2-5", "3-1", "3-2"}


def test_every_item_has_evidence_and_quantitative_items_have_units(catalogue) -> None:
    for d in catalogue.disclosures:
        assert d.items, d.code
        for item in d.items:
            assert len(item.evidence) >= 2, (d.code, item.id)
            if item.quantitative:
                assert item.units, (d.code, item.id)


def test_titles_match_the_checked_reference_list(catalogue, shared_dir: Path) -> None:
    path = shared_dir / "reference" / "gri_2021_disclosures.tsv"
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")][1:]
    ours = {(d.standard.id, d.code): d.title for d in catalogue.disclosures if d.source.startswith("gri_2021.yaml")}
    checked = 0
    for code, title, standard, year in rows:
        key = (f"{standard} {year}", code)
        if key in ours:
            assert ours[key] == title, key
            checked += 1
    assert checked == len(ours)


@pytest.mark.parametrize("case", sorted(p.name for p in (SCHEMA_CASES / "ok").glob("*.yaml")))
def test_schema_accepts(case: str) -> None:
    assert validate_file(SCHEMA_CASES / "ok" / case) >= 1


@pytest.mark.parametrize("case", sorted(p.name for p in (SCHEMA_CASES / "fail").glob("*.yaml")))
def test_schema_rejects_with_file_line_and_path(case: str) -> None:
    path = SCHEMA_CASES / "fail" / case
    expected = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ").strip()
    with pytest.raises(CatalogueError) as err:
        validate_file(path)
    message = str(err.value)
    assert message.startswith(str(path)) and expected in message, message
    assert "\n" not in message


def test_duplicate_disclosure_across_files_is_an_error(tmp_path: Path) -> None:
    again = tmp_path / "again.yaml"  # names the bundled GRI framework by id and redefines its 2-1
    again.write_text((SCHEMA_CASES / "ok" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(CatalogueError, match="2-1 of GRI 2: General Disclosures 2021 is defined twice"):
        load_catalogue([again])
    assert len(load_catalogue([again], bundled=False).disclosures) == 1  # alone it loads, with GRI's notation
    assert load_catalogue([again], bundled=False).framework("GRI").notation is not None


def test_a_framework_is_declared_once(tmp_path: Path) -> None:
    src = standards_dir() / "gri_2021.yaml"
    with pytest.raises(CatalogueError, match="framework GRI is declared twice"):
        load_catalogue([src])  # the bundled gri_2021.yaml declares it already


def test_cache_returns_the_same_catalogue_and_ignores_a_corrupt_entry(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GRI_CHECK_CACHE_DIR", str(tmp_path))
    first = load_catalogue()
    entries = sorted(tmp_path.glob("catalogue-*.json"))
    assert len(entries) == len(DEFAULT_CATALOGUES)  # one per bundled catalogue file
    assert load_catalogue() == first
    entries[0].write_bytes(b"not json {")
    assert load_catalogue() == first  # rebuilt from the YAML, cache rewritten
    assert entries[0].read_bytes() != b"not json {"


def test_cache_can_be_disabled(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GRI_CHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("GRI_CHECK_NO_CACHE", "1")
    load_catalogue()
    assert list(tmp_path.iterdir()) == []
