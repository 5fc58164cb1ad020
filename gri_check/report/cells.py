"""Text measured in terminal cells, not characters: a CJK character takes two cells, so len() is not the width.

wrap() breaks like textwrap (at whitespace, long words cut to fill the line) and also between two CJK
characters, since Chinese and Japanese text has no spaces to break at.
"""
from __future__ import annotations

import re

from rich.cells import cell_len, chop_cells, get_character_cell_size

_SPACE = re.compile(r"(\s+)")
# Report text is data: a control character (an ESC opening an OSC title or clipboard sequence, a bell) is shown
# as U+FFFD, and bidirectional overrides, which reorder what the terminal shows, are dropped.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NOT_SGR = re.compile(r"\x1b(?!\[[0-9;]*m)")


def printable(text: str) -> str:
    """Text safe to print on a terminal: no control sequences, no bidirectional overrides."""
    return _BIDI.sub("", _CONTROL.sub("\ufffd", text))


def terminal_safe(output: str, *, color: bool) -> str:
    """The last guard on a rendered report: without colour no ESC at all, with it only colour (SGR) sequences."""
    return _NOT_SGR.sub("\ufffd", output) if color else output.replace("\x1b", "\ufffd")
_CLOSING = frozenset("，。、；：！？）」』》】〉”’")  # full-width marks that must not start a line


def _wide(ch: str) -> bool:
    return get_character_cell_size(ch) == 2


def _chunks(word: str) -> list[str]:
    """A word cut where a line may break inside it: before a CJK character (not a closing mark), and between a
    CJK character and a following letter or digit ("2024年" -> "2024", "年")."""
    if word.isascii():
        return [word]
    out: list[str] = []
    cur = ""
    for ch in word:
        if cur and ((_wide(ch) and ch not in _CLOSING) or (ch.isalnum() and not _wide(ch) and _wide(cur[-1]))):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def _pieces(text: str) -> list[str]:
    """Whitespace runs (as spaces) and unbreakable chunks, in order."""
    out: list[str] = []
    for part in _SPACE.split(text.expandtabs()):
        if not part:
            continue
        if part.isspace():
            out.append(" " * len(part))
        else:
            out.extend(_chunks(part))
    return out


def wrap(text: str, width: int, first: int | None = None) -> list[str]:
    """Lines of at most `width` cells (`first` for the first line when given); [] for blank text.

    Like textwrap.wrap(break_on_hyphens=False) on ASCII text, byte for byte: spaces inside a line are kept,
    whitespace at a line break is dropped, a word longer than a line is cut to fill the current one."""
    lines: list[str] = []
    cur: list[str] = []
    used = 0
    limit = max(first if first is not None else width, 1)
    pending = _pieces(printable(text))[::-1]

    def flush() -> None:
        nonlocal cur, used, limit
        while cur and cur[-1].isspace():
            cur.pop()
        lines.append("".join(cur))
        cur, used, limit = [], 0, max(width, 1)

    while pending:
        piece = pending.pop()
        if piece.isspace() and not cur and lines:
            continue  # whitespace at the start of a continuation line
        size = cell_len(piece)
        if used + size <= limit:
            cur.append(piece)
            used += size
            continue
        if not piece.isspace() and size > limit:  # longer than a whole line: fill this one with its start
            head = chop_cells(piece, max(limit - used, 1))[0]
            if cell_len(head) <= limit - used or not cur:
                cur.append(head)
                pending.append(piece[len(head):])
            else:
                pending.append(piece)
        else:
            pending.append(piece)
        flush()
    if cur:
        flush()
    return lines if any(lines) else []


def pad(text: str, width: int) -> str:
    """Text followed by spaces up to `width` cells (nothing added when it is already that wide)."""
    text = printable(text)
    return text + " " * max(width - cell_len(text), 0)


def clip(text: str, width: int) -> str:
    """Text cut to `width` cells, ending in "…" when something was cut."""
    text = printable(text)
    if cell_len(text) <= width:
        return text
    return chop_cells(text, max(width - 1, 1))[0].rstrip() + "…"
