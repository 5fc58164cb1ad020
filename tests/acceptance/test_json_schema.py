"""The JSON report validates against the output schema that ships with gri-check (standards/schema)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from gri_check import pipeline, report
from gri_check.paths import schema_path
from tests.conftest import ROOT, SAMPLE
from tests.helpers import bundled

SCHEMA = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DEFAULT_OPTIONS = pipeline.Options()  # frozen: one shared default instance


def _errors(data: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in VALIDATOR.iter_errors(data)]


def _check(path: Path, options: pipeline.Options = DEFAULT_OPTIONS, **kw) -> dict:
    result = pipeline.run(path, options, None if options.catalogues else bundled(), **kw)
    return json.loads(report.render("json", result))


def test_the_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema_version"]["pattern"] == r"^2\.\d+$"


@pytest.mark.parametrize("path", [SAMPLE, ROOT / "reports" / "harbourline_2024.md",
                                  ROOT / "tests" / "fixtures" / "zh" / "huaxin_2024_zh.md"], ids=lambda p: p.name)
def test_sample_outputs_validate(path: Path) -> None:
    if not path.is_file():
        pytest.fail(f"{path} is missing")
    data = _check(path)
    assert _errors(data) == []


def test_a_scan_and_a_user_catalogue_validate() -> None:
    options = pipeline.Options(catalogues=(ROOT / "docs" / "examples" / "northwind_kpis.yaml",),
                               scan=("NWC", "CN-EXCH"))
    data = _check(SAMPLE, options)
    assert {d["basis"] for d in data["disclosures"]} == {"index", "required", "scan"}
    assert _errors(data) == []


def test_a_report_without_an_index_validates(tmp_path: Path) -> None:
    path = tmp_path / "none.md"
    path.write_text("# A report\n\nNo index here.\n", encoding="utf-8")
    data = _check(path)
    assert data["content_index"]["found"] is False and _errors(data) == []


@pytest.mark.shared
@pytest.mark.parametrize("name", ["samsung-sds_2024_en.md", "macquarie_2023_gri-index_en.pdf", "edison_2017_it.pdf"])
def test_real_report_outputs_validate(shared_dir: Path, name: str) -> None:
    data = _check(shared_dir / "corpus" / name)
    assert _errors(data) == []


@pytest.mark.shared
def test_the_seed_with_scans_validates(seed_path: Path) -> None:
    data = _check(seed_path, pipeline.Options(scan=("SASB", "CN-EXCH"), industry="RT-IG"))
    assert _errors(data) == []
