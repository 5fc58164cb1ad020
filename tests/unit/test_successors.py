"""Every `successors` code of every bundled catalogue names a disclosure the bundled catalogues define: of the same
framework, of another standard that is itself in force, and no older than the disclosure it replaces. Read through
the loader, so a code the engine could not resolve (GRI-REQ-008 would name nothing) fails here."""
from __future__ import annotations

from gri_check.paths import DEFAULT_CATALOGUES
from gri_check.standards.catalogue import Disclosure
from tests.helpers import bundled


def _replaced() -> list[Disclosure]:
    return [d for d in bundled().disclosures if d.successors is not None]


def test_successors_resolve_within_the_bundled_catalogues() -> None:
    unresolved = []
    for d in _replaced():
        for code in d.successors or ():
            found = [s for s in bundled().lookup(d.framework, code) if s.standard.id != d.standard.id
                     and not s.standard.superseded_by and s.standard.year >= d.standard.year]
            if len(found) != 1:
                unresolved.append((d.key, code, [s.key for s in found]))
    assert unresolved == []


def test_a_replaced_disclosure_has_a_last_date() -> None:
    assert [d.key for d in _replaced() if not d.until] == []


def test_the_bundled_catalogues_declare_the_2024_2025_successors() -> None:
    assert "gri_2025.yaml" in DEFAULT_CATALOGUES
    replaced = {d.code: d.successors for d in _replaced() if d.framework == "GRI"}
    assert replaced["304-1"] == ("101-5",) and replaced["305-1"] == ("102-5",) and replaced["302-1"] == ("103-2",)
    assert replaced["302-5"] == ()  # replaced, with no one-to-one successor
    assert len(replaced) == 15  # 304-1..4, 305-1..5, 302-1..5, 201-2
