"""The framework-neutral engine: notations from catalogues, code readings across frameworks, declarations."""
from __future__ import annotations

from pathlib import Path

import pytest

from gri_check.errors import CatalogueError
from gri_check.standards.load import load_catalogue, validate_file
from gri_check.standards.notation import build_notation, read_group
from tests.helpers import bundled, bundled_reader


@pytest.mark.parametrize(("cell", "framework", "code"), [
    ("GRI 305-1", "GRI", "305-1"),
    ("TC-SI-130a.1", "SASB", "TC-SI-130a.1"),
    ("SASB RT-IG-000.A", "SASB", "RT-IG-000.A"),
    ("KPI A1.2", "HKEX", "A1.2"),
    ("B8.2", "HKEX", "B8.2"),
    ("E1-6", "ESRS", "E1-6"),
    ("ESRS E1-6", "ESRS", "E1-6"),
    ("BP - 1", "ESRS", "BP-1"),
    ("ESRS 2 SBM-3", "ESRS", "SBM-3"),
    ("G1-1 Business conduct policies", "ESRS", "G1-1"),  # GRI 1 has no disclosures: "G1-1" is ESRS
    ("MDR-P", "ESRS", "MDR-P"),
    ("S2.29(a)", "IFRS", "S2.29"),
    ("IFRS S2 para 6", "IFRS", "S2.6"),
])
def test_each_framework_reads_its_own_notation(cell: str, framework: str, code: str) -> None:
    parsed = bundled_reader().read(cell)
    assert parsed is not None and (parsed.framework, parsed.code) == (framework, code), parsed


def test_requirement_suffixes_are_kept() -> None:
    assert bundled_reader().read("S2.29(a)(i)").requirement == "ai"
    assert bundled_reader().read("305-1a").requirement == "a"


@pytest.mark.parametrize("cell", ["A9.1", "B2.40", "6", "29", "A1", "S1.99"])
def test_implausible_or_index_only_forms_are_no_codes_outside_their_index(cell: str) -> None:
    assert bundled_reader().read(cell) is None


def test_index_only_forms_are_read_inside_their_framework_index() -> None:
    reader = bundled_reader()
    assert reader.read("6", table="IFRS").code == "S2.6"
    assert reader.read("16", table="IFRS").code == "S2.16"  # an alias of S2.15 in the catalogue
    assert reader.read("A1 General Disclosure", table="HKEX").code == "A1"
    assert reader.read("6", table="GRI") is None


def test_a_sasb_code_of_an_unknown_industry_is_still_a_code() -> None:
    parsed = bundled_reader().read("ZZ-QQ-110a.1")  # distinctive notation: reported as an unknown code
    assert parsed is not None and parsed.framework == "SASB" and parsed.family == "ZZ-QQ"


def test_families_and_highest_numbers_come_from_the_catalogue() -> None:
    families = bundled_reader().families
    assert families["GRI"]["2"] == 30 and families["HKEX"]["A1"] == 6
    assert "RT-IG" in families["SASB"] and "CG-TS" in families["SASB"]  # an industry with no metrics listed


def test_group_rows_of_other_frameworks() -> None:
    hkex = bundled().framework("HKEX").notation
    g = read_group(hkex, "Aspect A1: Emissions")
    assert g is not None and (g.framework, g.number, g.name) == ("HKEX", "A1", "Emissions")
    assert read_group(hkex, "KPI A1.1 The types of emissions") is None


def test_every_bundled_framework_declares_what_the_engine_needs() -> None:
    cat = bundled()
    assert [f.id for f in cat.frameworks] == ["GRI", "SASB", "HKEX", "ESRS", "IFRS", "CN-EXCH", "CASS-ESG"]
    for fw in cat.frameworks:
        assert fw.titles, fw.id  # its index tables are recognised by their titles
        assert fw.notation is not None or fw.keyed_by == "title", fw.id
        if fw.notation is None:
            continue
        for d in cat.of_framework(fw.id):  # a canonical code reads as itself (own keys such as B-GOV: no code)
            parsed = fw.notation.read(d.code) or fw.notation.read(d.code, in_index=True)
            assert parsed is None or parsed.code == d.code, (fw.id, d.code)


def test_a_user_catalogue_declares_its_own_framework(tmp_path: Path) -> None:
    path = tmp_path / "own.yaml"
    path.write_text("""catalogue_version: 2
framework:
  id: ACME
  name: Acme supplier code
  notation: {pattern: 'AC-(?P<n>\\d{2})', canonical: 'AC-{n}', family: 'AC', distinctive: true}
  index: {titles: ['Acme index']}
edition: '1'
title: Acme
standards: [{id: Acme, number: AC, title: Acme, year: 2024, kind: topic}]
disclosures:
  - code: AC-01
    standard: Acme
    title: Supplier audits
    omittable: true
    items: [{id: a, text: Number of supplier audits, quantitative: true, units: [audits],
             evidence: [supplier audits, audit findings]}]
""", encoding="utf-8")
    assert validate_file(path) == 1
    cat = load_catalogue([path])
    assert cat.framework("ACME") is not None and cat.lookup("ACME", "AC-01")
    assert cat.framework("GRI") is not None  # added to the bundled catalogues, not replacing them
    alone = load_catalogue([path], bundled=False)
    assert [f.id for f in alone.frameworks] == ["ACME"]


def test_a_bad_pattern_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("""catalogue_version: 2
framework:
  id: BAD
  name: Bad
  notation: {pattern: 'B-(?P<n>\\d', canonical: 'B-{n}'}
edition: '1'
title: Bad
standards: [{id: B, number: B, title: B, year: 2024, kind: topic}]
disclosures:
  - {code: B-1, standard: B, title: Bad one, omittable: true,
     items: [{id: a, text: Something here, quantitative: false, evidence: [one term, two terms]}]}
""", encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        validate_file(path)
    message = str(err.value)
    assert message.startswith(f"{path}: line 2: framework: a pattern is not a valid regular expression")
    assert "\n" not in message


def test_canonical_names_only_groups_of_its_pattern() -> None:
    with pytest.raises(Exception, match="names groups the pattern lacks: b"):
        build_notation("X", {"pattern": "(?P<a>\\d)", "canonical": "{a}-{b}"})


def test_a_framework_named_by_id_and_declared_nowhere_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "orphan.yaml"
    path.write_text((Path(__file__).parent.parent / "schema" / "ok" / "minimal.yaml").read_text(encoding="utf-8")
                    .replace("framework: GRI", "framework: NOPE"), encoding="utf-8")
    with pytest.raises(CatalogueError, match="framework NOPE is not declared by any loaded or bundled catalogue"):
        load_catalogue([path], bundled=False)
