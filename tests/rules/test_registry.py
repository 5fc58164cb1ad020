"""Meta-tests on the rule registry: stable, documented ids."""
from __future__ import annotations

import re
from pathlib import Path

from gri_check import rules
from gri_check.report.rules_doc import render_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_ids_and_names_are_unique_and_well_formed() -> None:
    ids = [r.id for r in rules.RULES]
    names = [r.name for r in rules.RULES]
    assert len(set(ids)) == len(ids) and len(set(names)) == len(names)
    assert all(re.fullmatch(r"GRI-(IDX|COD|LOC|EVD|OMI|REQ)-\d{3}", i) for i in ids)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n) for n in names)


def test_every_rule_documents_why_fix_and_an_example() -> None:
    for r in rules.RULES:
        assert "Fix:" in r.doc and "Example finding: `" + r.id in r.doc, r.id


def test_docs_rules_md_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_markdown(), "run `make docs` to regenerate docs/rules.md"


def test_lookup_by_id_or_name() -> None:
    assert rules.get("gri-loc-001") is rules.get("location-not-found")


def test_docs_catalogues_md_explains_every_schema_field() -> None:
    """docs/catalogues.md names every field of the catalogue schema (a new field needs its explanation)."""
    import json

    from gri_check.paths import schema_path

    schema = json.loads(schema_path("standard.schema.json").read_text(encoding="utf-8"))
    names: set[str] = set(schema["properties"])
    for definition in schema["$defs"].values():
        names.update(definition.get("properties", {}))
        items = definition.get("items", {})
        if isinstance(items, dict):
            names.update(items.get("properties", {}))
    for sub in ("in_index", "wordings"):
        for d in schema["$defs"].values():
            prop = d.get("properties", {}).get(sub)
            if prop:
                names.update(prop["items"].get("properties", {}))
    text = (DOCS.parent / "catalogues.md").read_text(encoding="utf-8")
    missing = sorted(n for n in names if f"`{n}`" not in text and f".{n}`" not in text and f"{n}:" not in text)
    assert missing == [], f"docs/catalogues.md does not explain: {missing}"
