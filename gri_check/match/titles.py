"""Printed disclosure titles against official ones, in English, Chinese or both. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from gri_check.ingest.layout import title_key
from gri_check.standards.catalogue import Disclosure

_HAN = re.compile(r"[\u3400-\u9fff]+")


def _parts(printed: str) -> tuple[str, str]:
    """(Chinese characters, Latin words) of a folded title: a bilingual title counts in its closer language."""
    key = title_key(printed)
    return "".join(_HAN.findall(key)), " ".join(_HAN.sub(" ", key).split())


def title_similarity(printed: str, d: Disclosure) -> int:
    """0-100: how well a printed title matches the disclosure's official title (English or Chinese)."""
    if not printed:
        return 0
    zh, latin = _parts(printed)
    if d.titles:  # another title the catalogue lists for it ("General Disclosure", "Reporting Boundary")
        key = title_key(printed)
        if any(title_key(t) == key for t in d.titles):
            return 100
    if not zh:
        return int(max(fuzz.token_sort_ratio(latin, title_key(t)) for t in (d.title, *(t for _, t in d.title_lang))))
    if d.title_zh is None and not latin:
        return 100  # nothing in the catalogue to compare a Chinese title with: not a finding
    return int(max(fuzz.ratio(zh, "".join(_HAN.findall(d.title_zh or ""))) if d.title_zh else 0,
                   fuzz.token_sort_ratio(latin, title_key(d.title)) if latin else 0))


def comparable(printed: str, d: Disclosure) -> bool:
    """Whether title_similarity compares the printed title with something of the catalogue's (a Chinese-only
    title of a disclosure without title_zh scores 100 for want of a comparison: that is no evidence)."""
    if not printed:
        return False
    zh, latin = _parts(printed)
    return bool(latin) or not zh or d.title_zh is not None


def best_titles(printed: Sequence[str], disclosures: Sequence[Disclosure]) -> tuple[np.ndarray, np.ndarray]:
    """For each printed title, the catalogue disclosure whose title it is closest to, and the score.

    Vectorised: one process.cdist over English titles, and one over Chinese titles for the rows that
    carry Chinese.
    """
    if not printed:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint8)
    parts = [_parts(p) for p in printed]
    en = [title_key(d.title) for d in disclosures]
    matrix = process.cdist([latin for _, latin in parts], en, scorer=fuzz.token_sort_ratio, dtype=np.uint8,
                           workers=1)
    zh_rows = [n for n, (zh, _) in enumerate(parts) if zh]
    if zh_rows:
        zh_titles = ["".join(_HAN.findall(d.title_zh or "")) for d in disclosures]
        zh_scores = process.cdist([parts[n][0] for n in zh_rows], zh_titles, scorer=fuzz.ratio, dtype=np.uint8,
                                  workers=1)
        matrix[zh_rows] = np.maximum(matrix[zh_rows], zh_scores)
    best = matrix.argmax(axis=1)
    return best, matrix[np.arange(len(printed)), best]
