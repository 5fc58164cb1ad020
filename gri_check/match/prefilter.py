"""Exact pre-tests for case-insensitive searches: a text that cannot match is not searched.

A pattern compiled with re.I that needs a word ("report", "GRI 1", "报告") can only match a text whose lower
case holds the word's lower case, when the word is ASCII or Chinese: re.I matches a character to an ASCII
one only when their lower cases agree, Chinese characters have no case, and str.lower() lowers character by
character. The exceptions are İ, ı and ſ, which re.I matches to i and s but which lower to something else;
a text holding one of them is always searched. tests/unit/test_prefilter.py checks this against every
character. A word in `str` is found at C speed, where a case-insensitive pattern is tried at every position.

The words a pattern needs are read from the pattern itself (required_words), so a pre-test cannot fall out of
step with the pattern it guards when the pattern is edited.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The regular-expression parser and its node types (Python 3.11+; private, so tests/unit/test_prefilter.py
# checks what required_words reads from it).
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_ODD = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ


def plain(word: str) -> bool:
    """The word may serve as a pre-test: ASCII or Chinese characters only."""
    return all(c.isascii() or "\u3400" <= c <= "\u9fff" for c in word)


def folded(text: str) -> str | None:
    """The text's lower case, in which every plain word a re.I pattern finds in the text stands lower-cased;
    None when the text holds a character that re.I and str.lower() fold apart (then only a search can tell)."""
    return text.lower() if text.isascii() or not _ODD.search(text) else None


def may_hold(low: str | None, words: Iterable[str] | None) -> bool:
    """Whether a text (its folded() form) may hold one of the words under re.I. words: lower case, plain;
    None when no word is known (the text must be searched)."""
    return low is None or words is None or any(w in low for w in words)


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words (lower case, plain) one of which every match of the pattern holds; None when none is known.

    Read from the parsed pattern: a run of plain characters matched one after another is such a word, an
    alternation holds a word of each of its alternatives, a repeat done at least once holds its body's.
    Everything else (classes, anchors, lookarounds, optional parts) is passed over: a word is only ever
    one that a match cannot lack.
    """
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None
    return _required(list(tree))


def _required(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL and plain(chr(av)):
            run += chr(av).lower()
            continue
        if run:
            options.append((run,))
            run = ""
        got: tuple[str, ...] | None = None
        if op is _c.BRANCH:
            alternatives = [_required(list(a)) for a in av[1]]
            if all(a is not None for a in alternatives):
                got = tuple(dict.fromkeys(w for a in alternatives for w in a or ()))
        elif op is _c.SUBPATTERN:
            got = _required(list(av[3]))
        elif op is _c.ATOMIC_GROUP:
            got = _required(list(av))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _required(list(av[2]))
        if got:
            options.append(got)
    if run:
        options.append((run,))
    if not options:
        return None
    # Any option would do; the one whose shortest word is longest passes the fewest texts. A word holding
    # another is redundant ("requirements", "requirement").
    best = max(options, key=lambda ws: (min(map(len, ws)), -len(ws)))
    return tuple(w for w in best if not any(u != w and u in w for u in best))
