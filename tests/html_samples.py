"""A hostile sample report for the HTML page's escaping tests (unit and browser).

Its content index titles, cited locations, headings and body text hold script tags, an attribute breakout
with an <img onerror>, a javascript: link, a right-to-left override and zero-width characters. The Markdown
reader drops tags and link targets itself, so the same text is also written as plain text (headings without
'#'), whose reader keeps every payload as it is: that one carries them into titles, locations, resolved
sections, evidence snippets and finding messages.
"""
from __future__ import annotations

from pathlib import Path

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '"><img src=x onerror="window.__pwned=1">'
JS_LINK = "[x](javascript:window.__pwned=1)"
RLO, PDF_, ZWSP, ZWJ = "\u202e", "\u202c", "\u200b", "\u200d"

EVIL = f"""# Evil Corp Sustainability Report 2024

## About {SCRIPT} This Report

This report covers Evil Corp Ltd. {SCRIPT} and its subsidiaries for the reporting period 1 January 2024 to 31 \
December 2024, published annually. Contact: {IMG} esg@example.com. The entities included are the same as in our \
consolidated financial statements. Evil Corp is a private company limited by shares, headquartered in London.

## Company {IMG} Profile

Evil Corp Ltd. is a private company limited by shares, incorporated in England. Its headquarters are in London \
and it operates in the United Kingdom, France and Spain. Text with a {RLO}gnp.exe{PDF_} override and \
zero{ZWSP}width{ZWJ}joiners. {JS_LINK}

## GRI content index

| Statement of use | Evil Corp has reported in accordance with the GRI Standards for the period 1 January 2024 to \
31 December 2024. |
|---|---|
| GRI 1 used | GRI 1: Foundation 2021 |

| GRI Standard | Disclosure | Location | Omission |
|---|---|---|---|
| GRI 2: General Disclosures 2021 | | | |
| 2-1 | Organizational details {SCRIPT} | Company {IMG} Profile | |
| 2-2 | Entities {RLO}included{PDF_} in the{ZWSP} organization's reporting | About {SCRIPT} This Report | |
| 2-3 | Reporting period, frequency and contact point {JS_LINK} | {JS_LINK} | |
| 2-4 | Restatements of information | <img src=x onerror="window.__pwned=1"> | |
"""


def write_evil(folder: Path, kind: str) -> Path:
    """The hostile report as "md" (Markdown) or "txt" (plain text, which keeps the payloads verbatim)."""
    if kind == "md":
        text = EVIL
    else:
        text = "\n".join(line.lstrip("#").lstrip() if line.startswith("#") else line for line in EVIL.split("\n"))
    path = folder / f"evil.{kind}"
    path.write_text(text, encoding="utf-8")
    return path
