"""Column header rows of index tables: the labels every index prints ("Disclosure", "Location", "页码")
and the loaded frameworks' own ("GRI Standard", "Accounting metric")."""
from __future__ import annotations

import re

_HEADER_WORDS = re.compile(
    r"^(disclosures?|disclosure\s+(number|title)|title|location|page(\s+number)?s?|omissions?"
    r"|reasons?(\s+for\s+omission)?|explanation|requirements?\s+omitted|section|reference|source|code|indicators?"
    r"|remarks?|notes?|content|chapter"
    r"|(?:披露项?|指标)(?:编号|标题|名称|内容|描述)?|编号|标题|内容|描述|位置|所在位置"
    r"|页码|页数|报告章节|对应章节|章节|省略|省略原因|原因|说明|备注|索引|报告位置|(?:披露)?位置/页码|页码/备注)$",
    re.I,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUNS = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff/、\s]*")


def is_header(cells: tuple[str, ...], framework_headers: re.Pattern[str] | None = None) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and sum(1 for c in filled if header_word(c, framework_headers)) >= 2


def header_word(cell: str, framework_headers: re.Pattern[str] | None) -> bool:
    """A header label, in English, in Chinese, or in both ("Location 位置", "披露项 Disclosure"): words
    every index uses, or the loaded frameworks' own ("GRI Standard", "Accounting metric")."""
    def known(text: str) -> bool:
        return bool(_HEADER_WORDS.match(text)) or bool(framework_headers and framework_headers.match(text))

    cleaned = _clean_header(cell)
    if known(cleaned):
        return True
    if not _CJK.search(cleaned):
        return False
    chinese = "".join(_CJK_RUNS.findall(cleaned)).strip()
    latin = _CJK_RUNS.sub(" ", cleaned).strip(" /")
    return bool(latin and chinese and (known(latin) or known(chinese)))


_RANGE = re.compile(r"[+:]?[A-Z]+\d+:[A-Z]+\d+")  # spreadsheet range residue


def _clean_header(cell: str) -> str:
    return _RANGE.sub("", cell).strip(" :*")
