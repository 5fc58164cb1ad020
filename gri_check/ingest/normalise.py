"""Text clean-up shared by all readers: one place for Unicode and typographic quirks."""
from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u00ad": None, "\u200b": None, "\ufeff": None, "\u00a0": " ",
        "\u3001": "\u3001",  # keep the ideographic comma: it separates locations
    }
)
_SPACES = re.compile(r"[ \u3000\u2000-\u200a\u202f\u205f]+")


_SPECIAL = re.compile("[" + "".join(chr(c) for c in _TRANSLATE if chr(c) != "\u3001") + "]")


def normalise_chars(text: str) -> str:
    """NFKC (full-width forms, ligatures), straight quotes, plain hyphens; line structure kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # NFKC keeps ASCII as it is, and every character _TRANSLATE changes is beyond it
        return text
    text = unicodedata.normalize("NFKC", text)
    # str.translate walks every character in Python; a regex only stops at the few that change.
    return _SPECIAL.sub(lambda m: m.group(0).translate(_TRANSLATE), text)


def collapse_spaces(text: str) -> str:
    if text.isascii() and "  " not in text:  # no run to collapse: the regex would rebuild the same text
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def normalise_text(text: str) -> str:
    """normalise_chars, then single spaces and no surrounding blanks."""
    return collapse_spaces(normalise_chars(text))
