"""Whether the terminal report is coloured: the --color/--no-color flag, then the environment, then the TTY.

Follows no-color.org: a non-empty NO_COLOR turns colour (and every other style) off unless the user
explicitly passes --color on this command line, which wins because it is the more specific request.
FORCE_COLOR (non-empty, other than "0") colours output that is piped; TERM=dumb means a terminal that
understands no escape codes, so it is plain even on a TTY.
"""
from __future__ import annotations

from collections.abc import Mapping


def want_color(flag: bool | None, is_tty: bool, environ: Mapping[str, str]) -> bool:
    """flag: True for --color, False for --no-color, None when neither was given."""
    if flag is not None:
        return flag
    if environ.get("NO_COLOR", ""):
        return False
    if environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if environ.get("TERM", "") == "dumb":
        return False
    return is_tty
