"""Index tables of frameworks without official codes (the Chinese exchanges' 21 topics, CASS-ESG): their
rows carry a requirement's title instead of a code, so they are found by their titles.

Such a table is only looked for under a heading that names the framework's index: a table of topics
with page numbers is everywhere in a report, and "员工" (employees) heads many data tables.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from gri_check.ingest.document import Block, BlockKind, Document
from gri_check.ingest.layout import title_key
from gri_check.standards.catalogue import Catalogue

FUZZY = 88  # fuzz.ratio between a folded cell and a folded title
MIN_PREFIX = 2  # a cell may continue a title ("员工权益保护" for "员工") when the title has this many characters


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyedTitles:
    """Per framework keyed by title: every title a row may print, folded, with the disclosure it names."""

    names: Mapping[str, tuple[tuple[str, str], ...]]  # framework -> ((folded title, code), ...)
    # Frameworks with codes: the other titles their catalogue lists (`titles`), which rows without a code print
    # ("General Disclosure", "Reporting Boundary"): framework -> folded title -> codes.
    variants: Mapping[str, Mapping[str, tuple[str, ...]]]

    @classmethod
    def of(cls, catalogue: Catalogue) -> KeyedTitles:
        names: dict[str, tuple[tuple[str, str], ...]] = {}
        variants: dict[str, dict[str, tuple[str, ...]]] = {}
        for fw in catalogue.frameworks:
            own = catalogue.of_framework(fw.id)
            if fw.keyed_by != "title":
                found: dict[str, list[str]] = {}
                for d in own:
                    for t in d.titles:
                        if (key := title_key(t)) and d.code not in found.setdefault(key, []):
                            found[key].append(d.code)
                if found:
                    variants[fw.id] = {k: tuple(v) for k, v in found.items()}
                continue
            pairs = {(key, d.code) for d in own for t in (d.title, d.title_zh or "", *d.titles)
                     if (key := title_key(t))}
            names[fw.id] = tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))  # longest title first
        return cls(names=names, variants=variants)

    def variant(self, framework: str, cell: str) -> tuple[str, ...]:
        """Codes of the framework's disclosures that list the cell's text among their other titles."""
        return self.variants.get(framework, {}).get(title_key(cell), ())

    def frameworks(self) -> tuple[str, ...]:
        return tuple(self.names)

    def match(self, framework: str, cell: str) -> str | None:
        """The code of the disclosure whose title the cell prints, or None."""
        key = title_key(cell)
        pairs = self.names.get(framework, ())
        if not key or not pairs:
            return None
        for name, code in pairs:
            if key == name or (len(name.replace(" ", "")) >= MIN_PREFIX and key.startswith(name)
                               and len(key) <= 3 * len(name)):
                return code
        hit = process.extractOne(key, [n for n, _ in pairs], scorer=fuzz.ratio, score_cutoff=FUZZY)
        return pairs[hit[2]][1] if hit else None

    def row(self, framework: str, block: Block) -> tuple[int, str] | None:
        """(cell position, code) when a table row's first cells print one of the framework's titles."""
        if block.kind is not BlockKind.TABLE_ROW:
            return None
        for pos, cell in enumerate(block.cells[:3]):
            if cell and len(cell) <= 60:
                code = self.match(framework, cell)
                if code is not None:
                    return pos, code
        return None


def keyed_rows(doc: Document, keyed: KeyedTitles, starts: Mapping[int, str | None], stop: set[int],
               max_gap: int) -> dict[str, list[list[int]]]:
    """For each title-keyed framework, the runs of rows printing its titles after a heading naming its index."""
    out: dict[str, list[list[int]]] = {}
    for start, named in sorted(starts.items()):
        if named is None or named not in keyed.names:
            continue
        fw: str = named
        rows: list[int] = []
        gap = 0
        for i in range(start + 1, len(doc.blocks)):
            if i in stop or (i in starts and starts[i] != fw):
                break
            if keyed.row(fw, doc.blocks[i]) is not None:
                rows.append(i)
                gap = 0
            elif doc.blocks[i].kind is not BlockKind.TABLE_ROW:
                gap += 1
                if gap > max_gap:
                    break
        if rows:
            out.setdefault(fw, []).append([start, *rows])
    return out
