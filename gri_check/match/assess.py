"""Index rows + catalogue + report -> one Assessment per disclosure: status, locations, evidence."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from gri_check.index.model import CitedLocation, ContentIndex, IndexEntry, LocationKind
from gri_check.ingest.document import BlockKind, Document
from gri_check.match.editions import EditionContext, choose_edition
from gri_check.match.evidence import (
    ZERO_INCIDENTS,
    ItemResult,
    TermMatcher,
    build_evidence_index,
    item_score,
    positions_in,
    score_items,
    score_statement,
    term_tokens_of,
    variant_table,
)
from gri_check.match.locations import Resolved, SectionTable, build_section_table, index_documents, own_names, resolve
from gri_check.match.titles import best_titles, title_similarity
from gri_check.model import Mode, Status
from gri_check.standards.catalogue import Catalogue, Disclosure
from gri_check.standards.codes import CodeReader
from gri_check.standards.wording import restates

MIN_ELSEWHERE = 50  # a section must address at least half the items to be named as evidence elsewhere
_NO_EDITIONS = EditionContext()  # the default context: frozen, so one shared instance is safe
@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    supported: float = 0.6  # share of requirement items addressed for "supported"
    weak: float = 0.6  # below this at the cited place, the whole report is searched
    title_ok: int = 85  # token_sort_ratio of printed vs official title
    title_other: int = 92  # a printed title this close to another disclosure's title is a swap


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    section: str
    line: int
    page: str | None  # printed page (or physical where none is printed); None without pages
    snippet: str
    score: int  # share of the disclosure's items this block addresses, 0-100


@dataclass(frozen=True, slots=True, kw_only=True)
class Elsewhere:
    section: str
    line: int
    score: int  # share of items addressed within that section, 0-100
    page: str | None = None  # printed page (or physical, when none is printed) of its strongest block
    figures: tuple[str, ...] = ()  # quantitative items whose figures its table rows give (a performance-data table)


@dataclass(frozen=True, slots=True, kw_only=True)
class RelatedResult:
    """A requirement of another framework that asks for the same information (a crosswalk link)."""

    disclosure: Disclosure
    subject: str  # what the link says both ask for
    provenance: str  # official | unverified (the link's)
    status: Status | None  # its status in this run; None when it was not checked
    offered: Quote | None = None  # its evidence, offered because this disclosure's is weak


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessment:
    disclosure: Disclosure
    entry: IndexEntry | None  # None for a required disclosure missing from the index, or a scanned one
    status: Status
    locations: tuple[Resolved, ...] = ()
    items: tuple[ItemResult, ...] = ()
    coverage: int = 0  # share of items addressed at the cited place (the whole report for a scan), 0-100
    evidence: tuple[Quote, ...] = ()
    found_elsewhere: tuple[Elsewhere, ...] = ()
    title_score: int = 100
    title_of_other: Disclosure | None = None
    corrected_from: str | None = None  # a typo code read as this disclosure ("1102-2"); "" when the
    # row had no code and was read as this disclosure by its title
    statement_supports: bool = False  # a zero-incident statement in the index answers it
    basis: str = "index"  # "index": an index row; "required": missing from the index; "scan": no index, searched
    related: tuple[RelatedResult, ...] = ()

    @property
    def framework(self) -> str:
        return self.disclosure.framework


@dataclass(frozen=True, slots=True, kw_only=True)
class Unmatched:
    """An index row whose code the catalogue does not know."""

    entry: IndexEntry
    suggestions: tuple[str, ...]
    exists: bool = False  # the code may exist: its standard is only partly in the catalogue (SASB climate subset)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessed:
    assessments: tuple[Assessment, ...]
    unmatched: tuple[Unmatched, ...]
    mode: Mode
    scanned: tuple[str, ...] = ()  # frameworks checked by an evidence scan (no index in the report)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """Which disclosures apply to this report beyond its index rows."""

    required: tuple[Disclosure, ...] = ()  # must be indexed: listed as not_indexed when missing
    scan: tuple[Disclosure, ...] = ()  # of frameworks with no index here, searched in the whole report


@dataclass(frozen=True, slots=True, kw_only=True)
class _Run:
    """What every row's assessment reads: built once per run."""

    doc: Document
    table: SectionTable
    matcher: TermMatcher
    finder: _Elsewhere
    th: Thresholds
    separate: bool
    own: frozenset[str]
    language: str
    documents: frozenset[str] = frozenset()  # short names the index uses for other documents ("AR")


def assess(doc: Document, index: ContentIndex, catalogue: Catalogue, *, mode: Mode,
           thresholds: Thresholds = Thresholds(), separate: bool = False, reader: CodeReader | None = None,
           scope: Scope = Scope(), language: str = "en", editions: EditionContext = _NO_EDITIONS) -> Assessed:
    """Assess every index row against `doc`, then the required disclosures it lacks and the scanned ones.

    editions: what the report says about the editions it uses, for codes of several standards (102-1).

    separate: the index comes from another file (a stand-alone index checked --against the report),
    so no span of `doc` is the index, and page references naming another document are read in `doc`.
    """
    reader = reader or CodeReader.of(catalogue)
    spans = () if separate else index.spans
    table = build_section_table(doc, spans)
    rows = [e for e in index.entries if e.framework and not e.other]
    picked, unmatched = _pick_disclosures(rows, catalogue, reader, editions)
    needed = {d for d, _ in picked.values()} | set(scope.required) | set(scope.scan)
    ev = build_evidence_index(doc, spans, units=_units(needed), language=language)
    matcher = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, needed)))
    titles = _title_scores(rows, picked, catalogue, thresholds)
    run = _Run(doc=doc, table=table, matcher=matcher, finder=_Elsewhere(doc, matcher), th=thresholds, separate=separate,
               own=frozenset() if separate else own_names(doc), language=language,
               documents=index_documents((loc for e in rows for loc in e.locations), doc))
    out = [_assess_row(entry, d, corrected, titles[n], run)
           for n, entry in enumerate(rows) if (pick := picked.get(n)) for d, corrected in [pick]]
    present = {a.disclosure.key for a in out}
    out.extend(_not_indexed(d, run) for d in scope.required if d.key not in present)
    out.extend(_scanned(d, run) for d in scope.scan)
    return Assessed(assessments=tuple(out), unmatched=tuple(unmatched), mode=mode,
                    scanned=tuple(dict.fromkeys(d.framework for d in scope.scan)))


def _units(disclosures: Iterable[Disclosure]) -> tuple[str, ...]:
    """The units the disclosures checked in this run name: figures in them count as figures (a catalogue's
    units feed figure detection)."""
    return tuple(sorted({u for d in disclosures for i in d.items for u in i.units}))


def _pick_disclosures(rows: Sequence[IndexEntry], catalogue: Catalogue, reader: CodeReader,
                      editions: EditionContext = _NO_EDITIONS
                      ) -> tuple[dict[int, tuple[Disclosure, str | None]], list[Unmatched]]:
    picked: dict[int, tuple[Disclosure, str | None]] = {}
    unmatched: list[Unmatched] = []
    for n, e in enumerate(rows):
        fw = e.framework or ""
        if e.code is None:  # the code cell is empty: read the row by its title, within its group's standard
            number = e.group.number if e.group is not None and e.group.framework == fw else None
            pool = [d for d in catalogue.of_framework(fw) if (number is None or d.standard.number == number)
                    and d.role != "sector_topic"]  # a sector topic is reviewed, never a row's disclosure
            best_d = max(pool, key=lambda d: title_similarity(e.title, d), default=None)
            if best_d is not None and title_similarity(e.title, best_d) >= 90:
                picked[n] = (best_d, "")
            else:
                unmatched.append(Unmatched(entry=e, suggestions=(best_d.code,) if best_d else ()))
            continue
        candidates = catalogue.lookup(fw, e.code)
        corrected = None
        if not candidates:
            parsed = reader.read_as(fw, e.code)
            near = [d for c in (reader.typo_candidates(parsed) if parsed else ()) for d in catalogue.lookup(fw, c)]
            fitting = [d for d in near if title_similarity(e.title, d) >= 85]
            if len(fitting) == 1:
                candidates, corrected = (fitting[0],), e.code
            else:
                unmatched.append(Unmatched(entry=e, suggestions=tuple(dict.fromkeys(d.code for d in near)),
                                           exists=_partly_known(catalogue, fw, parsed.family if parsed else "")))
                continue
        picked[n] = (choose_edition(candidates, title=e.title, group=e.group, context=editions).disclosure, corrected)
    return picked, unmatched


def _partly_known(catalogue: Catalogue, framework: str, family: str) -> bool:
    """The code's standard or industry is in the catalogue but not completely: the code may exist."""
    return any(not s.complete for s in catalogue.standards_of(framework) if s.number == family)


def _title_scores(rows: Sequence[IndexEntry], picked: dict[int, tuple[Disclosure, str | None]],
                  catalogue: Catalogue, th: Thresholds) -> list[tuple[int, Disclosure | None]]:
    """Printed title vs official title, and the other disclosure of the same framework it names instead,
    if clearly so (one vectorised comparison per framework)."""
    out: list[tuple[int, Disclosure | None]] = [(100, None)] * len(rows)
    by_fw: dict[str, list[int]] = defaultdict(list)
    for n, e in enumerate(rows):
        if n in picked and e.title:
            by_fw[picked[n][0].framework].append(n)
    for fw, ns in by_fw.items():
        framework = catalogue.framework(fw)
        if framework is not None and framework.keyed_by == "title":
            continue  # the row was found by its title: its title is the key, not a claim to check
        pool = [d for d in catalogue.of_framework(fw) if d.role != "sector_topic"]  # "Waste" is 306-3's, not 11.5's
        best, scores = best_titles([rows[n].title for n in ns], pool)
        for k, n in enumerate(ns):
            d = picked[n][0]
            own = title_similarity(rows[n].title, d)
            other = pool[int(best[k])]
            swapped = (other if other.code != d.code and not _succeeds(d, other) and scores[k] >= th.title_other
                       and scores[k] > own else None)
            out[n] = (own, swapped)
    return out


def _succeeds(a: Disclosure, b: Disclosure) -> bool:
    """One replaces the other (305-3 by 102-7): the newer edition's title on the older code is a title to
    correct, not a row that names another disclosure."""
    return b.code in (a.successors or ()) or a.code in (b.successors or ())


def _assess_row(entry: IndexEntry, d: Disclosure, corrected: str | None, title: tuple[int, Disclosure | None],
                run: _Run) -> Assessment:
    th, matcher = run.th, run.matcher
    resolved = resolve(entry.locations, run.doc, run.table, external_pages=run.separate, own_names=run.own,
                       documents=run.documents)
    resolved = _answers_in_cell(resolved, d, matcher)
    common = dict(disclosure=d, entry=entry, locations=resolved, title_score=title[0], corrected_from=corrected,
                  title_of_other=title[1] if title[0] < th.title_ok and title[1] is not None else None)
    if not d.judged_in(run.language):  # no evidence terms in the report's language: say so, judge nothing
        return Assessment(status=_status(entry, resolved, 0, False, th, judged=False), **common)  # type: ignore[arg-type]
    spans = [s for r in resolved for s in r.spans]
    within = positions_in(matcher.index, spans)
    items = score_items(d, matcher, within) if spans else ()
    statements = [r.cited.text for r in resolved if r.cited.kind is LocationKind.STATEMENT]
    answered = _best_items([score_statement(d, text, matcher) for text in statements])
    items = _best_items([items, answered]) if items and answered else (items or answered)
    coverage = _coverage(items)
    zero = d.incident and any(ZERO_INCIDENTS.search(s) for s in statements)
    status = _status(entry, resolved, coverage, zero, th)
    elsewhere: tuple[Elsewhere, ...] = ()
    if status is not Status.OMITTED and coverage < th.weak * 100 and not zero:
        cited_figures = frozenset(i.item.id for i in items if i.item.quantitative and i.score == 1)
        elsewhere = run.finder.find(d, exclude={s for r in resolved for s in r.sections}, better_than=coverage,
                                    cited_figures=cited_figures)
    row_page = None if run.separate else run.finder.label(entry.page)  # a stand-alone index's pages are its own
    quotes = (_quotes(items, run.doc, run.finder.label)
              + _answer_quotes(items, statements, entry, len(d.items), row_page))
    return Assessment(status=status, items=items, coverage=coverage, evidence=quotes[:3], found_elsewhere=elsewhere,
                      statement_supports=zero, **common)  # type: ignore[arg-type]


def _answers_in_cell(resolved: tuple[Resolved, ...], d: Disclosure, matcher: TermMatcher) -> tuple[Resolved, ...]:
    """Parts of the location cell that name no heading but answer the disclosure ("Macquarie Group Limited" for
    2-1, "Annual, calendar year 2024; published 20 March 2025" for 2-3) are an answer written in the index,
    not missing sections. Not the disclosure's own title, nor a reprint of its requirement."""
    unresolved = [r for r in resolved if r.cited.kind is LocationKind.SECTION and not r.resolved and not r.cited.pages]
    if not unresolved:
        return resolved
    text = "; ".join(r.cited.text for r in unresolved)
    if title_similarity(text, d) >= 70 or restates(text, d):
        return resolved
    if not any(i.score >= 1 for i in score_statement(d, text, matcher)):  # a mention alone: a mistyped heading
        return resolved
    answer = Resolved(cited=CitedLocation(text=text, kind=LocationKind.STATEMENT), sections=(), spans=(), score=0)
    kept = tuple(r for r in resolved if r not in unresolved)
    return (*kept, answer)


def _best_items(results: Sequence[tuple[ItemResult, ...]]) -> tuple[ItemResult, ...]:
    """Per item, the better of several places' results (cited sections, answers in the index)."""
    results = [r for r in results if r]
    if not results:
        return ()
    return tuple(max(group, key=lambda r: r.score) for group in zip(*results))


def _answer_quotes(items: Sequence[ItemResult], statements: Sequence[str], entry: IndexEntry,
                   n_items: int, page: str | None) -> tuple[Quote, ...]:
    """The answer written in the index, quoted, when it addresses items."""
    hit = [i for i in items if i.score > 0 and any(h.block < 0 for h in i.hits)]
    if not hit or not statements:
        return ()
    term = next(h.term for i in hit for h in i.hits if h.block < 0)
    text = max(statements, key=len)
    return (Quote(section="content index (answer in the row)", line=entry.line, page=page,
                  snippet=snippet(text, term), score=round(100 * len(hit) / n_items)),)


def _coverage(items: Sequence[ItemResult]) -> int:
    return round(100 * sum(i.score for i in items) / len(items)) if items else 0


def _status(entry: IndexEntry, resolved: Sequence[Resolved], coverage: int, zero: bool, th: Thresholds, *,
            judged: bool = True) -> Status:
    kinds = {r.cited.kind for r in resolved if not r.resolved}  # what could not be followed here
    if entry.omission and not any(r.resolved for r in resolved):
        return Status.OMITTED
    if not judged:
        return Status.EXTERNAL if LocationKind.EXTERNAL in kinds and not any(r.resolved for r in resolved) \
            else Status.NOT_JUDGED
    if zero or coverage >= th.supported * 100:
        return Status.SUPPORTED
    if coverage > 0:
        return Status.PARTIAL
    if LocationKind.EXTERNAL in kinds:
        return Status.EXTERNAL
    return Status.UNSUPPORTED


def _not_indexed(d: Disclosure, run: _Run) -> Assessment:
    judged = d.judged_in(run.language)
    return Assessment(disclosure=d, entry=None, status=Status.NOT_INDEXED, basis="required",
                      found_elsewhere=run.finder.find(d, exclude=set(), better_than=0) if judged else ())


def _scanned(d: Disclosure, run: _Run) -> Assessment:
    """A requirement of a framework the report prints no index for, searched in the whole report: its status
    says how well the best sections address it, and where they are."""
    if not d.judged_in(run.language):
        return Assessment(disclosure=d, entry=None, status=Status.NOT_JUDGED, basis="scan")
    elsewhere = run.finder.find(d, exclude=set(), better_than=0, minimum=1)
    items = score_items(d, run.matcher, None)
    best = elsewhere[0].score if elsewhere else 0
    th = run.th
    status = (Status.SUPPORTED if best >= th.supported * 100 else Status.PARTIAL if best > 0 else Status.UNSUPPORTED)
    return Assessment(disclosure=d, entry=None, status=status, items=items, coverage=best,
                      evidence=_quotes(items, run.doc, run.finder.label), found_elsewhere=elsewhere,
                      basis="scan")


class _Elsewhere:
    """Where in the whole report each disclosure is addressed, ranked once per disclosure and run:
    an index that repeats a disclosure (3-3 per topic) asks for the same ranking many times."""

    def __init__(self, doc: Document, matcher: TermMatcher) -> None:
        self.doc, self.matcher, self.top = doc, matcher, top_level(doc)
        self._ranked: dict[str, tuple[tuple[int, int, str | None, tuple[str, ...]], ...]] = {}
        self._tops: dict[int, int] = {}  # block -> its top-level section: the same blocks rank many disclosures
        self.label = _PageLabels(doc)

    def find(self, d: Disclosure, *, exclude: set[int], better_than: int, limit: int = 3,
             minimum: int = MIN_ELSEWHERE, cited_figures: frozenset[str] = frozenset()) -> tuple[Elsewhere, ...]:
        """Sections that address the disclosure better than the cited place, best first; then sections whose
        table rows give figures of its quantitative items the cited place lacks (a performance-data table
        holds a disclosure's core figures while covering few of its other items)."""
        ranked = self._ranked.get(d.key)
        if ranked is None:
            ranked = self._ranked[d.key] = self._rank(d)
        doc = self.doc
        open_ = [r for r in ranked if r[1] not in exclude]
        better = [(v, s, page, figs) for v, s, page, figs in open_[:limit] if v > better_than and v >= minimum]
        quantitative = [i.id for i in d.items if i.quantitative]
        need = max(1, (len(quantitative) + 1) // 2)
        taken = {s for _, s, _, _ in better}
        tables = [(v, s, page, figs) for v, s, page, figs in open_
                  if s not in taken and len(figs) >= need and not set(figs) <= cited_figures]
        tables.sort(key=lambda t: (-len(t[3]), -t[0], t[1]))
        return tuple(Elsewhere(section=doc.sections[s].title, line=doc.sections[s].line, score=v, page=page,
                               figures=figs if (v, s, page, figs) in tables else ())
                     for v, s, page, figs in (better + tables)[:limit])

    def _rank(self, d: Disclosure) -> tuple[tuple[int, int, str | None, tuple[str, ...]], ...]:
        """(score, section, page of its strongest block, quantitative items its table rows give figures for),
        best first."""
        doc, top = self.doc, self._top
        items = score_items(d, self.matcher, None)
        per_section: dict[int, float] = defaultdict(float)
        figures: dict[int, set[str]] = defaultdict(set)
        for it in items:
            by_section: dict[int, list] = defaultdict(list)
            for h in it.hits:
                by_section[top(h.block)].append(h)
            for s, hits in by_section.items():
                if s >= 0:
                    per_section[s] += item_score(it.item, hits) / len(items)
                    in_tables = [h for h in hits if doc.blocks[h.block].kind is BlockKind.TABLE_ROW]
                    if it.item.quantitative and in_tables and item_score(it.item, in_tables) == 1:
                        figures[s].add(it.item.id)
        counts: dict[int, int] = defaultdict(int)
        for it in items:
            for b in {h.block for h in it.hits}:
                counts[b] += 1
        best_block: dict[int, tuple[int, int]] = {}  # section -> (items hit in one block, block)
        for b, n in counts.items():
            s = top(b)
            if s >= 0 and (s not in best_block or (n, -b) > (best_block[s][0], -best_block[s][1])):
                best_block[s] = (n, b)
        ranked = sorted(((round(100 * v), s) for s, v in per_section.items()), key=lambda t: (-t[0], t[1]))
        return tuple((v, s, self.label(doc.blocks[best_block[s][1]].page) if s in best_block else None,
                      tuple(sorted(figures.get(s, ())))) for v, s in ranked)

    def _top(self, block: int) -> int:
        got = self._tops.get(block)
        if got is None:
            got = self._tops[block] = _top_section(self.doc, block, self.top)
        return got


def page_label(doc: Document, physical: int | None) -> str | None:
    """The page number an auditor sees: the printed one where known, else the physical one."""
    if physical is None:
        return None
    page = next((p for p in doc.pages if p.number == physical), None)
    return page.label if page is not None and page.label else str(physical)


def _top_section(doc: Document, block: int, top: int) -> int:
    """The section at the top level holding a block, so evidence is named by the part an auditor cites."""
    n = doc.blocks[block].section
    while n >= 0 and doc.sections[n].level > top:
        n = next((m for m in range(n - 1, -1, -1) if doc.sections[m].level < doc.sections[n].level), -1)
    return n if n < 0 or doc.sections[n].level >= top else -1


def top_level(doc: Document) -> int:
    """The shallowest heading level used more than once: a lone '#' title above it is not a section."""
    counts: dict[int, int] = defaultdict(int)
    for s in doc.sections:
        counts[s.level] += 1
    return next((lv for lv in sorted(counts) if counts[lv] > 1), min(counts, default=1))


class _PageLabels:
    """page_label for one document, with its pages looked up once: a run asks for thousands of labels."""

    def __init__(self, doc: Document) -> None:
        self._of: dict[int, str] = {}
        for p in doc.pages:
            self._of.setdefault(p.number, p.label or str(p.number))  # the first page of a number, as page_label

    def __call__(self, physical: int | None) -> str | None:
        return None if physical is None else self._of.get(physical, str(physical))


def _quotes(items: Sequence[ItemResult], doc: Document, label: Callable[[int | None], str | None],
            limit: int = 3) -> tuple[Quote, ...]:
    """The blocks that address the most items, with a snippet around the first matched term."""
    per_block: dict[int, set[str]] = defaultdict(set)
    first_term: dict[int, str] = {}
    for it in items:
        if it.score == 0:
            continue
        for h in it.hits:
            if h.block < 0:
                continue  # an answer in the index: quoted by _answer_quotes
            per_block[h.block].add(it.item.id)
            first_term.setdefault(h.block, h.term)
    ranked = sorted(per_block, key=lambda b: (-len(per_block[b]), b))[:limit]
    out = []
    for b in ranked:
        block = doc.blocks[b]
        section = doc.sections[block.section].title if block.section >= 0 else ""
        out.append(Quote(section=section, line=block.line, page=label(block.page),
                         snippet=snippet(block.text, first_term[b]), score=round(100 * len(per_block[b]) / len(items))))
    return tuple(out)


def snippet(text: str, term: str, width: int = 160) -> str:
    """About `width` characters of text around the first occurrence of the term's first word."""
    text = " ".join(text.split())  # table cells may hold line breaks; a quote is one line
    word = term.split()[0].lower()[:5]
    at = max(text.lower().find(word), 0)
    start = max(0, at - width // 3)
    end = min(len(text), start + width)
    # Cut at spaces where the text has them; Chinese has none, so cut at the characters themselves.
    if start > 0 and " " in text[max(0, start - 20):start]:
        start = text.rfind(" ", 0, start) + 1
    elif 0 < start <= 20 and " " in text:
        start = 0  # the first word is the cut: keep it whole
    if end < len(text) and " " in text[end:end + 20]:
        end = text.find(" ", end)
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
