"""When the terminal report is coloured: flag, NO_COLOR, FORCE_COLOR, TERM=dumb, TTY (report/colour.py)."""
from __future__ import annotations

import pytest

from gri_check.report.colour import want_color


@pytest.mark.parametrize(("flag", "tty", "env", "expected"), [
    (None, True, {}, True),
    (None, False, {}, False),
    (None, True, {"NO_COLOR": "1"}, False),
    (None, True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value counts
    (True, True, {"NO_COLOR": "1"}, True),  # an explicit --color on the command line wins
    (False, True, {"FORCE_COLOR": "1"}, False),
    (None, False, {"FORCE_COLOR": "1"}, True),  # piped, forced
    (None, False, {"FORCE_COLOR": "0"}, False),
    (None, True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (None, True, {"TERM": "dumb"}, False),
    (None, False, {"TERM": "dumb", "FORCE_COLOR": "1"}, True),
    (True, False, {"TERM": "dumb"}, True),
])
def test_want_color(flag, tty, env, expected) -> None:
    assert want_color(flag, tty, env) is expected
