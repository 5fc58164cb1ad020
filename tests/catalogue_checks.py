"""Checks shared by the per-catalogue data tests (tests/unit/test_catalogue_*.py)."""
from __future__ import annotations

import re
from typing import Any

_CJK = re.compile(r"[\u3400-\u9fff]")


def check_bilingual_items(data: dict[str, Any]) -> None:
    """Every item: a unique id, two or more distinct evidence terms and two or more Chinese ones, and units when
    it asks for a figure (catalogues that Chinese reports use: HKEX, CN-EXCH, CASS)."""
    for d in data["disclosures"]:
        ids = [i["id"] for i in d["items"]]
        assert len(ids) == len(set(ids)), d["code"]
        for item in d["items"]:
            where = (d["code"], item["id"])
            assert len(item["evidence"]) >= 2, where
            assert len({t.lower() for t in item["evidence"]}) == len(item["evidence"]), where
            assert len(item.get("evidence_zh", ())) >= 2, where
            assert all(_CJK.search(t) for t in item["evidence_zh"]), where
            if item["quantitative"]:
                assert item.get("units"), where
