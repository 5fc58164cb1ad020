"""Wrapping by terminal cells (report/cells.py): ASCII as textwrap does it, CJK within the width."""
from __future__ import annotations

import random
import textwrap

from rich.cells import cell_len

from gri_check.report.cells import clip, pad, wrap
from tests.conftest import ROOT

HUAXIN = ROOT / "tests" / "fixtures" / "zh" / "huaxin_2024_zh.md"


def test_ascii_wraps_as_textwrap_does() -> None:
    rng = random.Random(7)
    words = ["a", "bb", "ccc", "x-y", "word.", "(line", "12,", "…", "supercalifragilistic" * 3, "  ", "\t"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", ""]) for _ in range(rng.randint(0, 25))).lstrip()
        width = rng.randint(5, 50)
        expected = [line.rstrip() for line in textwrap.wrap(text, width=width, break_on_hyphens=False)]
        assert wrap(text, width) == expected, (text, width)


def test_chinese_breaks_between_characters_within_the_width() -> None:
    text = 'e.g. p. 7: "报告期内,公司能源消耗总量为345,600吉焦,其中外购电力61,530兆瓦时。"'
    lines = wrap(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert all(cell_len(line) <= 20 for line in lines)
    assert lines[0] == "e.g. p. 7: \"报告期"  # "内," would be 21 cells: the comma stays with its character
    assert not any(line.startswith(("，", "。")) for line in wrap("甲乙丙丁，戊己庚辛。壬癸" * 3, 9))


def test_every_line_of_the_chinese_sample_fits() -> None:
    for width in (9, 20, 37, 80):
        for para in HUAXIN.read_text(encoding="utf-8").splitlines():
            assert all(cell_len(line) <= width for line in wrap(para, width)), width


def test_first_line_width_and_blank_text() -> None:
    assert wrap("aa bb cc dd", 5, first=2) == ["aa", "bb cc", "dd"]
    assert wrap("", 10) == [] and wrap("   ", 10) == []


def test_pad_and_clip_count_cells() -> None:
    assert pad("公司", 6) == "公司  " and pad("abc", 2) == "abc"
    assert clip("公司概况关于本报告", 9) == "公司概况…" and cell_len(clip("公司概况关于本报告", 9)) == 9
    assert clip("short", 9) == "short"
