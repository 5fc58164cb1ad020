"""Report text is data on the auditor's terminal: no escape sequence, no rich markup, no bidi reordering."""
from __future__ import annotations

import re
from pathlib import Path

from gri_check import pipeline, report
from gri_check.report.cells import printable, terminal_safe
from gri_check.report.github import escape_data
from tests.conftest import SAMPLE

OSC = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07"


def test_printable_replaces_controls_and_drops_bidi_overrides() -> None:
    assert printable("a\x1b]0;t\x07b\u202ec\x9bd\te\n") == "a\ufffd]0;t\ufffdbc\ufffdd\te\n"


def test_the_last_guard_keeps_only_colour_sequences() -> None:
    assert terminal_safe("\x1b[1mok\x1b[0m \x1b]8;;x\x1b\\", color=True) == "\x1b[1mok\x1b[0m \ufffd]8;;x\ufffd\\"
    assert "\x1b" not in terminal_safe("\x1b[1mok\x1b[0m", color=False)


def hostile(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("Company Profile", f"Company Profile{OSC}\x1b[31mred", 2)
    text = text.replace("# Company Profile", "# Company [/bold] Profile [link=https://evil.example]x[/link]")
    p = tmp_path / "hostile.md"
    p.write_text(text, encoding="utf-8")
    return p


def test_the_terminal_report_shows_hostile_text_inert(tmp_path: Path, catalogue) -> None:
    result = pipeline.run(hostile(tmp_path), pipeline.Options(), catalogue)
    plain = report.render("terminal", result, color=False, width=100)
    assert "\x1b" not in plain and "\x07" not in plain and "pwned" in plain
    coloured = report.render("terminal", result, color=True, width=100)
    assert re.findall(r"\x1b[^\[]", coloured) == [] and "\x1b]8;" not in coloured  # SGR only: no OSC, no link
    assert set(re.findall(r"\x1b\[([0-9;]*)m", coloured)) - {""} and "\x1b[31mred" not in coloured


def test_github_annotations_carry_no_escape_from_the_report() -> None:
    assert escape_data(f"title{OSC}\r\nnext") == "title\ufffd]0;pwned\ufffd\ufffd]52;c;cHduZWQ=\ufffd%0A%0Anext"
