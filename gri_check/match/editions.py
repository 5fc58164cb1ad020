"""Which edition an index row means when a code belongs to several standards. Pure functions.

102-1 is "Name of the organization" in GRI 102: General Disclosures 2016 (withdrawn) and "Transition plan
for climate change mitigation" in GRI 102: Climate Change 2025; 306-3 is "Significant spills" (2016) and
"Waste generated" (2020). Evidence, strongest first:

1. the group row heading the row names one of the standards (its number with its year, or its title);
2. the printed title is clearly one candidate's title;
3. the report as a whole: the index cites codes that only one candidate standard defines (102-40 is 2016
   only, 103-4 is 2025 only); it cites the standards that replaced a withdrawn candidate (2-x for GRI 102:
   General Disclosures 2016) or the foundation edition that did ("GRI 1: Foundation 2021"); or the report was
   published before a candidate standard existed.

Without evidence the row keeps the choice made before editions clashed: best title, then group year, then
the newest standard.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from gri_check.index.model import GroupRow
from gri_check.ingest.layout import title_key
from gri_check.match.prefilter import folded, may_hold, required_words
from gri_check.match.titles import comparable, title_similarity
from gri_check.standards.catalogue import Catalogue, Disclosure

STRONG_TITLE = 80  # a printed title this close to one candidate's title, and clearly closer than to the others
TITLE_MARGIN = 10
CLEAR_MARGIN = 25  # or, every candidate compared, this much closer to one (a loose title still points one way)
WEAK_TITLE = 50
BAND_TITLE = 90  # a group row is overruled by a title this close to a candidate it excludes...
BAND_MISFIT = 50  # ...when the title is this far from every candidate it keeps (a band naming the wrong standard)
GROUP_NAME = 85  # group row name vs standard title (token_sort_ratio)


@dataclass(frozen=True, slots=True, kw_only=True)
class EditionContext:
    """What the report as a whole says about the editions it uses (ids of standards)."""

    in_use: frozenset[str] = frozenset()  # cited by codes no other standard defines
    ruled_out: frozenset[str] = frozenset()  # replaced for this report, or published after it


@dataclass(frozen=True, slots=True, kw_only=True)
class EditionChoice:
    disclosure: Disclosure
    basis: str  # only | group | title | context | default


def edition_context(catalogue: Catalogue, codes: Iterable[tuple[str, str]], *,
                    foundations: Mapping[str, int] | None = None, published: int | None = None) -> EditionContext:
    """The context from the index's (framework, code) pairs, the year of the foundation standard each framework's
    report cites ("GRI 1: Foundation 2021" -> {"GRI": 2021}) and the report's publication year."""
    foundations = foundations or {}
    in_use: set[str] = set()
    for fw, code in codes:
        owners = {d.standard.id for d in catalogue.lookup(fw, code)}
        if len(owners) == 1:
            in_use |= owners
    # Standards withdrawn together are used together: an index citing 102-40 (GRI 102 2016 only) writes its
    # 103-1 to GRI 103 2016 of the same withdrawn universal set.
    withdrawn = {(s.framework, s.kind, s.year) for s in catalogue.standards if s.superseded_by and s.id in in_use}
    in_use |= {s.id for s in catalogue.standards if s.superseded_by and (s.framework, s.kind, s.year) in withdrawn}
    by_id = {s.id: s for s in catalogue.standards}
    # A withdrawn standard's whole edition is replaced once one of its replacements is in use (GRI 2 2021
    # replaces GRI 102 2016, and with it GRI 103 2016 of the same universal 2016 set).
    replaced = {(s.framework, s.kind, s.year) for s in catalogue.standards if s.superseded_by in in_use}
    out: set[str] = set()
    for s in catalogue.standards:
        if published is not None and s.year > published:
            out.add(s.id)  # a report cannot use a standard published after it
        successor = by_id.get(s.superseded_by or "")
        if successor is None:
            continue
        foundation = foundations.get(s.framework)
        if (s.framework, s.kind, s.year) in replaced or (foundation is not None and foundation >= successor.year):
            out.add(s.id)
    return EditionContext(in_use=frozenset(in_use), ruled_out=frozenset(out))


def foundation_years(catalogue: Catalogue, texts: Iterable[str]) -> dict[str, int]:
    """The edition year of each framework's rulebook a report cites ("GRI 1: Foundation 2021" -> {"GRI": 2021}):
    the first citation of the rulebook by name followed by a year, in the texts in order (the "GRI 1 used" line
    first, then the report)."""
    found: dict[str, int] = {}
    patterns = {fw.id: re.compile(rf"(?<!\w){re.escape(fw.rulebook)}(?![\d.])\s*:\s*[^\d\n|]{{0,40}}?"
                                  r"\b((?:19|20)\d\d)\b", re.I)
                for fw in catalogue.frameworks if fw.rulebook}
    # A citation holds the rulebook's name: a text without it is not searched (match/prefilter.py).
    names = {fid: required_words(p.pattern, p.flags) for fid, p in patterns.items()}
    for text in texts:
        low = folded(text)
        for fid, pattern in patterns.items():
            if fid not in found and may_hold(low, names[fid]) and (m := pattern.search(text)):
                found[fid] = int(m.group(1))
        if len(found) == len(patterns):
            break
    return found


def choose_edition(candidates: Sequence[Disclosure], *, title: str = "", group: GroupRow | None = None,
                   context: EditionContext = EditionContext()) -> EditionChoice:
    """The disclosure an index row means among the candidates its code names (at least one)."""
    if len(candidates) == 1:
        return EditionChoice(disclosure=candidates[0], basis="only")
    pool = tuple(candidates)
    named = _named_by_group(pool, group, title)
    if len(named) == 1:
        return EditionChoice(disclosure=named[0], basis="group")
    pool = named or pool
    by_title = _by_title(pool, title)
    if by_title is not None:
        return EditionChoice(disclosure=by_title, basis="title")
    kept = tuple(d for d in pool if d.standard.id not in context.ruled_out) or pool
    used = tuple(d for d in kept if d.standard.id in context.in_use)
    for narrowed in (used, kept):
        if len(narrowed) == 1:
            return EditionChoice(disclosure=narrowed[0], basis="context")
    best = max(used or kept, key=lambda d: (_score(title, d) or 0, int(bool(group and group.year == d.standard.year)),
                                            d.standard.year))
    return EditionChoice(disclosure=best, basis="default")


def _score(title: str, d: Disclosure) -> int | None:
    """The printed title against the disclosure's; None when there is nothing to compare."""
    return title_similarity(title, d) if comparable(title, d) else None


def _names(group: GroupRow, d: Disclosure) -> bool:
    s = d.standard
    if group.framework != s.framework or group.number != s.number:
        return False
    if group.year is not None and group.year == s.year:
        return True
    return bool(group.name) and fuzz.token_sort_ratio(title_key(group.name), title_key(s.title)) >= GROUP_NAME


def _named_by_group(pool: tuple[Disclosure, ...], group: GroupRow | None, title: str) -> tuple[Disclosure, ...]:
    """The candidates the group row names, when it names some and not all; none when the row's title is clearly
    the title of a candidate the group excludes (a band naming the wrong standard)."""
    if group is None:
        return ()
    fits = tuple(d for d in pool if _names(group, d))
    if not fits or len(fits) == len(pool):
        return ()
    outside = [s for d in pool if d not in fits if (s := _score(title, d)) is not None]
    inside = [s for d in fits if (s := _score(title, d)) is not None]
    if outside and max(outside) >= BAND_TITLE and max(inside, default=0) < BAND_MISFIT:
        return ()
    return fits


def _by_title(pool: tuple[Disclosure, ...], title: str) -> Disclosure | None:
    """The candidate the printed title clearly names, if any."""
    scored = [(s, n) for n, d in enumerate(pool) if (s := _score(title, d)) is not None]
    if not scored:
        return None
    best, at = max(scored)
    second = max((s for s, n in scored if n != at), default=0)
    if best >= STRONG_TITLE and best - second >= TITLE_MARGIN:
        return pool[at]
    if len(scored) == len(pool) and best >= WEAK_TITLE and best - second >= CLEAR_MARGIN:
        return pool[at]
    return None
