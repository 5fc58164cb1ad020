"""The pre-tests that skip case-insensitive searches change no result: checked against every character, then
against the searches they guard, on hand-made texts and on the real reports' blocks."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gri_check.ingest import read
from gri_check.match import shapes
from gri_check.match.prefilter import folded, may_hold, plain, required_words
from gri_check.match.scope import _PUBLISHED, _PUBLISHED_WORDS
from gri_check.rules.idx import _ABOUT_ITSELF, _ABOUT_ITSELF_WORDS

_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_re_ignorecase_meets_an_ascii_character_only_where_lower_case_does() -> None:
    odd = set()
    for a in map(chr, range(128)):
        odd.update(c for c in re.findall(re.escape(a), _ALL, re.I) if c.lower() != a.lower())
    assert odd == {"\u0130", "\u0131", "\u017f"}  # İ ı ſ: texts holding them are never pre-tested


def test_chinese_characters_have_no_case() -> None:
    chinese = re.findall("[\u3400-\u9fff]", _ALL, re.I)
    assert chinese == [chr(c) for c in range(0x3400, 0xA000)]  # no other character folds onto one
    assert all(c.lower() == c == c.upper() for c in chinese)


def test_lower_case_is_taken_character_by_character() -> None:
    text = _ALL.replace("\u03a3", "")  # capital sigma lowers by its context (σ or ς), to no ASCII letter
    assert "".join(c.lower() for c in text) == text.lower()


def test_folded_and_may_hold() -> None:
    assert folded("The REPORT covers") == "the report covers"
    assert folded("The report ‘covers’ 2024") == "the report ‘covers’ 2024"
    assert folded("ſtatement") is None and folded("İstanbul") is None
    assert may_hold(folded("Our STATEMENT"), ("statement",))
    assert not may_hold(folded("Our figures"), ("statement", "报告"))
    assert may_hold(folded("本报告涵盖"), ("报告",))
    assert may_hold(None, ("anything",))
    assert plain("GRI 1") and plain("报告") and not plain("Fondazione è")


HAND_MADE = [
    "This Report was published on 20 March 2026.", "Date of Publication: April 2026", "发布日期：2026年4月",
    "The report is ſtated as published 2026", "PUBLISHED: 2025", "Our public policy", "no publication here",
    "This report covers 1 April 2024 to 31 March 2025", "The reporting period is the calendar year 2024",
    "Period covered by this report", "本报告涵盖2024年1月1日至12月31日", "Il presente bilancio",
    "İl presente documento",
    "This REVIEW relates to 2024", "Our ſtatement covers the year", "nothing about itself",
]


@pytest.mark.parametrize(("pattern", "words"), [(_PUBLISHED, _PUBLISHED_WORDS), (_ABOUT_ITSELF, _ABOUT_ITSELF_WORDS)])
def test_pre_tests_pass_every_text_the_search_matches(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    matched = [t for t in HAND_MADE if pattern.search(t)]
    assert len(matched) >= 3  # the cases reach the searches
    assert all(may_hold(folded(t), words) for t in matched)
    assert all(plain(w) and w == w.lower() for w in words)


def _full_mark(text: str) -> str:
    return shapes._IN_TEXT[True, "all"].sub(lambda m: f"{m.group(0)} {shapes.WORDS[m.lastgroup or '']} ", text)


@pytest.mark.parametrize("text", [
    "Contact: esg@example.com, published 30 June 2025.", "As of December 31, 2024 and Dec. 31ſt, 2023",
    "June 30 2025", "2025-06-30 and 30/06/2025", "2025年6月30日发布", "Scope 1 2023 emissions", "no shape 12",
    "a@b", "In 2024 we grew", "",
])
def test_mark_searches_only_for_shapes_a_text_can_hold(text: str) -> None:
    assert shapes.mark(text) == _full_mark(text)


def test_mark_still_marks() -> None:
    assert shapes.mark("December 31, 2024") == "December 31, 2024 xxdatexx "
    assert shapes.mark("Write to esg@example.com") == "Write to esg@example.com xxemailxx "


def test_pre_tests_on_real_reports(shared_dir: Path) -> None:
    """Every block of the corpus: the same marks as the full search, and every match passes its pre-test."""
    files = sorted((shared_dir / "corpus").glob("*.md")) + sorted((shared_dir / "seeds").glob("*.txt"))
    if not files:
        pytest.skip("no text reports in ../shared")
    texts = [t for f in files for b in read(f).blocks for t in (b.text, *b.cells)]
    assert len(texts) > 1000
    assert all(shapes.mark(t) == _full_mark(t) for t in texts)
    for pattern, words in ((_PUBLISHED, _PUBLISHED_WORDS), (_ABOUT_ITSELF, _ABOUT_ITSELF_WORDS)):
        assert all(may_hold(folded(t), words) for t in texts if pattern.search(t))


def test_required_words() -> None:
    assert required_words(r"\bGRI\s+(?:content\s+)?index\b", re.I) == ("index",)  # the longer of gri, index
    assert required_words(r"(?:SASB|ESRS) table|索引") == (" table", "索引")  # the space is matched too
    assert required_words(r"(?:SASB|ESRS)\s+tab|索引") == ("sasb", "esrs", "索引")
    assert required_words(r"(?:abc){2,}|x(?:yz)+") == ("abc", "yz")
    assert required_words(r"requirements?|requirement") == ("requirement",)  # a word holding another goes
    assert required_words(r"(?:report)?\d+") is None  # optional: no word is needed
    assert required_words(r"report|\d+") is None  # one alternative needs no word
    assert required_words(r"(?=report)\w+|[ab]+|x?") is None  # lookarounds and classes are passed over
    assert required_words(r"(unbalanced") is None


# Random patterns from the constructs the catalogues use, and texts from the same words in other cases and
# beside the characters that fold oddly: every text a pattern finds passes the pre-test of its words.
_WORDS = ["gri", "GRI", "Index", "table", "sasb", "ſasb", "İndex", "ındex", "索引", "对照表", "K", "k"]
_ATOM = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS),
                  st.sampled_from([r"\b", r"\s+", r"\d", r".{0,3}", r"[a-z]", r"\w*", "^", "$", " ", "-"]))
_SEQUENCE = st.lists(_ATOM, min_size=1, max_size=4).map("".join)
_PATTERN = st.recursive(_SEQUENCE, lambda inner: st.one_of(
    st.lists(inner, min_size=1, max_size=3).map("".join),
    st.lists(inner, min_size=2, max_size=3).map(lambda alts: "(?:" + "|".join(alts) + ")"),
    st.tuples(inner, st.sampled_from(["?", "+", "{2}", "*+"])).map(lambda p: f"(?:{p[0]}){p[1]}"),
    st.tuples(inner, inner).map(lambda p: f"(?={p[0]}){p[1]}"),
    inner.map(lambda p: f"(?i:{p})"), inner.map(lambda p: f"(?>{p})")), max_leaves=6)
_TEXT = st.lists(st.one_of(st.sampled_from([*_WORDS, "INDEX", "Gri", "索 引", " ", "\n", "2024", "ſ", "ı"]),
                           st.text(alphabet="abcgiknrstx GIKS索引ſıİ\u212a", max_size=6)), max_size=12).map("".join)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.data(), _PATTERN, st.booleans())
def test_required_words_never_skip_a_match(data: st.DataObject, pattern: str, ignore_case: bool) -> None:
    compiled = re.compile(pattern, re.I if ignore_case else 0)
    words = required_words(pattern, compiled.flags)
    for text in (data.draw(_TEXT), data.draw(st.from_regex(compiled))):  # arbitrary, and one it matches
        if compiled.search(text):
            assert may_hold(folded(text), words)


def test_required_words_of_the_catalogues(catalogue) -> None:
    """The catalogues' patterns and the project's reports: every block a pattern finds passes its pre-test."""
    files = sorted(Path(__file__).parents[2].joinpath("reports").glob("*.md"))
    texts = [t for f in files for b in read(f).blocks for t in (b.text, *b.cells)]
    assert len(texts) > 300
    checked = 0
    for fw in catalogue.frameworks:
        for source, flags in ((fw.title_pattern, re.I), (fw.names_pattern, 0), *((h, re.I) for h in fw.headers)):
            if not source:
                continue
            words, pattern = required_words(source, flags), re.compile(source, flags)
            found = [t for t in texts if pattern.search(t)]
            checked += len(found)
            assert all(may_hold(folded(t), words) for t in found), source
    assert checked > 20
