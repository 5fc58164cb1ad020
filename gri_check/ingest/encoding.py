"""Bytes -> str for text reports: BOMs, UTF-16 without BOM, UTF-8, then detection for legacy encodings.

Detection is charset-normalizer's, limited to encodings a report plausibly uses. Two local rules sit
around it: a file that is UTF-8 except for a few stray bytes stays UTF-8 (one pasted cp1252 quote
should not turn every "é" into mojibake), and among Latin code pages the detector rates alike, the
reading whose accents fit one language wins (see detect). No encoding "always succeeds" here: the
old GB18030 fallback decoded any latin-1 text into Chinese characters.
"""
from __future__ import annotations

from pathlib import Path

from gri_check.errors import InputError

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
_SAMPLE = 65536  # bytes looked at for NUL patterns and UTF-8 repair
_STRAY_UTF8 = 0.05  # invalid bytes allowed per valid non-ASCII character in "UTF-8 with stray bytes"
_TIE = 0.05  # charset-normalizer chaos/coherence within this of the best count as equally good
_WESTERN = "cp1252"
# Encodings a report may plausibly be in. Without this list the detector also weighs DOS, Mac and EBCDIC
# code pages, and reads plain cp1252 text as cp775 (Baltic DOS).
_LATIN = frozenset(["cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "iso8859_2", "iso8859_15"])
_CANDIDATES = _LATIN | {"cp1251", "cp1253", "cp1255", "cp1256", "koi8_r", "koi8_u", "cp874", "utf_8", "utf_16",
                        "utf_32", "gb18030", "big5", "big5hkscs", "cp950", "cp932", "shift_jis", "euc_jp", "cp949",
                        "euc_kr"}
# Accented letters of each Latin-script language family (lower case). A right reading of a text draws its
# accents from one family; a wrong code page mixes in letters no single language uses together.
_ALPHABETS = tuple(frozenset(a) for a in (
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœ",  # French, German, Spanish, Portuguese, Italian, Dutch, Nordic
    "áäčďéěíĺľňóôŕřšťúůýž",  # Czech, Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "çğıöşü",  # Turkish
    "āčēģīķļņšūžąęėįųõäöü",  # Latvian, Lithuanian, Estonian
    "čćđšž",  # Croatian, Slovene, Serbian (Latin)
))
_TYPOGRAPHY = frozenset("ß€–—‘’“”„•…°²³½¼¾«»§©®™·×")
_PRINTABLE = 0.95
# Binary is judged by the share of control bytes, not by the presence of one: a UTF-8 report that an
# editor ended with a NUL is still text, while executables, images and archives run at 10% and more.
_CONTROL = bytes([*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f])
_MAX_CONTROL = 0.01


def decode(data: bytes, path: Path | str) -> str:
    """Decode a text report or raise InputError (exit 3) when it is binary or no encoding fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if b"\x00" in data:
        text = _utf16_without_bom(data) if b"\x00" in data[:_SAMPLE] else None
        if text is not None:
            return text
        if control_share(data) > _MAX_CONTROL:
            raise _binary(path)
        data = data.replace(b"\x00", b"")  # a stray NUL (a padded or truncated export) is no text: dropped
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data) or detect(data)
    if text is None:
        raise _binary(path)
    return text


def detect(data: bytes) -> str | None:
    """charset-normalizer's reading of data among plausible report encodings; None when none fits.

    When its best guess is a Latin-script code page, the equally rated Latin code pages compete: the
    one whose accented letters best fit a single language's alphabet wins, then cp1252. The detector
    alone reads short French as cp1250 ("ï" -> "ď") and Turkish as cp1252 ("ş" -> "þ").
    """
    from charset_normalizer import from_bytes  # imported on demand: UTF-8 reports never need it

    matches = from_bytes(data, cp_isolation=list(_CANDIDATES))
    best = matches.best()
    if best is None:
        return None
    tied = [enc for m in matches if m.chaos <= best.chaos + _TIE and m.coherence >= best.coherence - _TIE
            for enc in (m.encoding, *m.could_be_from_charset) if enc in _LATIN]
    if best.encoding not in _LATIN or len(tied) < 2:
        return str(best)
    sample = data[:_SAMPLE]
    winner = max(tied, key=lambda enc: (_latin_score(sample.decode(enc, errors="replace")), enc == _WESTERN))
    try:
        return data.decode(winner)
    except UnicodeDecodeError:
        return str(best)


def _latin_score(text: str) -> int:
    """Non-ASCII letters that fit the best-fitting language's alphabet minus those that do not."""
    odd = [ch.lower() for ch in text if ord(ch) > 127 and ch not in _TYPOGRAPHY]
    fitting = max(sum(1 for ch in odd if ch in alphabet) for alphabet in _ALPHABETS) if odd else 0
    return 2 * fitting - len(odd)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a pasted cp1252 quote), decoded with U+FFFD for those bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # less U+FFFD already in the file
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if non_ascii >= 20 and bad <= non_ascii * _STRAY_UTF8:
        return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Text with NUL bytes is UTF-16 without a BOM when the NULs fall on one side of each code unit."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    units = len(sample) // 2
    if odd > units * 0.3 and even < units * 0.02:
        codec = "utf-16-le"
    elif even > units * 0.3 and odd < units * 0.02:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch.isspace())
    return text if printable >= _PRINTABLE * min(len(text), 20000) else None


def control_share(data: bytes) -> float:
    """The share of control bytes (tab, line and page breaks aside) in data."""
    return (len(data) - len(data.translate(None, _CONTROL))) / max(len(data), 1)


def _binary(path: Path | str) -> InputError:
    return InputError("file is binary, not a text report", path=path,
                      hint="give a .pdf, .docx, .html, .md or .txt report (text saved as UTF-8 reads best)")
