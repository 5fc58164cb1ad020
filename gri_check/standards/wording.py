"""Text that restates a requirement (a stand-alone index reprinting what each disclosure asks) is no answer.

An index may reprint, beside each row, the requirement text of the standard. Read as the company's answer it
would support every row. An answer brings words of its own (names, figures, "no", years); a reprint is the
requirement's words again, often lettered a., b., c. The catalogue's item texts and title are the measure.
"""
from __future__ import annotations

import re

import Stemmer

from gri_check.standards.catalogue import Disclosure

_WORD = re.compile(r"[^\W_]+")
_LETTERED = re.compile(r"(?:^|[;\n]|\s)\(?([a-h])[.)]\s", re.I)
# Words requirement texts use that answers do not bring as facts of their own.
_REQUIREMENT_WORDS = frozenset(
    "a an the of to in on for and or with by its it is are be as at from that which this these those their "
    "report reports reporting describe description disclose disclosure provide list explain explanation "
    "including include includes whether where how what any each all other organization organization's "
    "organizations organisation if such".split())
NOVEL_SHARE = 0.2  # at most this share of a cell's words new to the requirement: a reprint
LETTERED_NOVEL_SHARE = 0.35  # a cell lettered a., b., c. like the items may paraphrase them a little more
MIN_LETTERS = 3  # "a. and b. not applicable ..." answers items by letter: two letters make no reprint


def restates(text: str, disclosure: Disclosure, stemmer: Stemmer.Stemmer | None = None) -> bool:
    """Whether `text` restates the disclosure's requirement (its items' texts and title) instead of answering
    it: almost none of its words are new to the requirement, or it is lettered like the items and mostly
    their words."""
    stem = stemmer or Stemmer.Stemmer("english")
    words = [w for w in _WORD.findall(text.lower()) if not w.isdigit() or len(w) < 3]
    if len(words) < 4:
        return False
    own = set(stem.stemWords([w for t in (disclosure.title, *(i.text for i in disclosure.items))
                              for w in _WORD.findall(t.lower())]))
    novel = [w for w, s in zip(words, stem.stemWords(words)) if s not in own and w not in _REQUIREMENT_WORDS]
    share = len(novel) / len(words)
    lettered = len(set(m.group(1).lower() for m in _LETTERED.finditer(text))) >= MIN_LETTERS
    return share <= NOVEL_SHARE or (lettered and share <= LETTERED_NOVEL_SHARE)
