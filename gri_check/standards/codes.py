"""Codes of every loaded framework, read from index cells and checked against the catalogue's own codes.

Which readings are codes is decided from data: a code of a family (standard, industry, aspect) that
the catalogue knows, numbered at most a little beyond the family's highest disclosure ("2-31" is a
wrong GRI code; "30-50" in an age band is no code), or one typed with a slip ("1102-2"). A notation
marked distinctive (a SASB code cannot be anything else) is a code whatever its family.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from gri_check.standards.catalogue import Catalogue
from gri_check.standards.notation import Notation, ParsedCode, ParsedGroup, read_group


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeReader:
    notations: tuple[Notation, ...]  # in catalogue order
    families: dict[str, dict[str, int]] = field(default_factory=dict)  # framework -> family -> highest ordinal
    # What this reader has read, by (cell, table); None: it remembers nothing (see for_run).
    _memo: dict[tuple[str, str | None], ParsedCode | None] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, catalogue: Catalogue) -> CodeReader:
        notations = tuple(f.notation for f in catalogue.frameworks if f.notation is not None)
        by_id = {n.framework: n for n in notations}
        families: dict[str, dict[str, int]] = {n.framework: {} for n in notations}
        # A standard whose codes are of another shape (GRI 11's topics "11.1") is no family of the notation's
        # codes: else "11-5" or a page range "14-25" would read as a code of it.
        listed = {(d.framework, d.standard.id) for d in catalogue.disclosures}
        for s in catalogue.standards:
            if s.framework in families and (s.framework, s.id) not in listed:
                families[s.framework].setdefault(s.number, 0)
        for d in catalogue.disclosures:
            notation = by_id.get(d.framework)
            if notation is None:
                continue
            for code in (d.code, *d.aliases):
                parsed = notation.read(code)
                if parsed is not None and parsed.code == code and parsed.family:
                    known = families[d.framework]
                    known[parsed.family] = max(known.get(parsed.family, 0), parsed.ordinal or 0)
        return cls(notations=notations, families=families)

    def for_run(self) -> CodeReader:
        """A copy that remembers its readings. One run reads each cell several times (mending, locating and
        parsing the index, then the rows); the reader built with the catalogue, shared by every run, keeps
        no memory of any."""
        return replace(self, _memo={})

    def frameworks(self) -> tuple[str, ...]:
        return tuple(n.framework for n in self.notations)

    def read(self, cell: str, *, table: str | None = None) -> ParsedCode | None:
        """The plausible code at the start of a cell, of the table's framework first, or None.

        table: the framework whose index the cell is in; its in-index forms (bare paragraph numbers,
        aspect codes) are read only there.
        """
        memo = self._memo
        if memo is None:
            return self._read(cell, table)
        key = (cell, table)
        try:
            return memo[key]
        except KeyError:
            got = memo[key] = self._read(cell, table)
            return got

    def _read(self, cell: str, table: str | None) -> ParsedCode | None:
        ordered = self._ordered(table)
        for n in ordered:
            parsed = n.read(cell, in_index=n.framework == table)
            if parsed is not None and self.plausible(parsed, n):
                return parsed
        for n in ordered:
            other = n.read_other(cell)
            if other is not None:
                return other
        return None

    def read_as(self, framework: str, cell: str) -> ParsedCode | None:
        """The cell read with one framework's notation only (plausible or not)."""
        n = self._notation(framework)
        return n.read(cell, in_index=True) if n is not None else None

    def group(self, cell: str, *, table: str | None = None) -> ParsedGroup | None:
        """A group row label of the table's framework first, then of any framework."""
        for n in self._ordered(table):
            g = read_group(n, cell)
            if g is not None:
                return g
        return None

    def plausible(self, parsed: ParsedCode, notation: Notation | None = None) -> bool:
        n = notation or (self._notation(parsed.framework) if parsed.framework else None)
        if n is None or not n.family:
            return n is not None
        if self._fits(n, parsed.family, parsed.ordinal):
            return True
        if any(self._fits(n, f, parsed.ordinal) for f in _shorter(parsed.family)):
            return True
        return n.distinctive

    def typo_candidates(self, parsed: ParsedCode) -> tuple[str, ...]:
        """Codes the row may have meant when its code is not in the catalogue ("1102-2" -> "102-2").

        A doubled or stray digit in the family part, the slips seen in typed indexes; the caller keeps
        the candidates the catalogue knows.
        """
        if not parsed.family or not parsed.code.startswith(parsed.family):
            return ()
        rest = parsed.code[len(parsed.family):]
        return tuple(dict.fromkeys(f + rest for f in _shorter(parsed.family) if f + rest != parsed.code))

    def _fits(self, n: Notation, family: str, ordinal: int | None) -> bool:
        known = self.families.get(n.framework, {})
        if family not in known:
            return False
        highest = known[family]
        if n.ordinal and ordinal is not None and highest:
            return 1 <= ordinal <= highest + n.slack
        return True

    def _notation(self, framework: str) -> Notation | None:
        return next((n for n in self.notations if n.framework == framework), None)

    def _ordered(self, table: str | None) -> Iterable[Notation]:
        if table is None:
            return self.notations
        return (*(n for n in self.notations if n.framework == table),
                *(n for n in self.notations if n.framework != table))


def _shorter(family: str) -> tuple[str, ...]:
    """The family with one character dropped, for numeric families ("1102" -> "102", "112")."""
    if not family.isdigit():
        return ()
    out = (family[:k] + family[k + 1:] for k in range(len(family)))
    return tuple(dict.fromkeys(f for f in out if f and f[0] != "0"))
