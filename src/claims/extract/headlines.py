"""Headline case: a line in title case ("Mayor Says The Bridge Will Close") read with its
reporting verbs in lower case.

Reporting verbs are found case-sensitively (a capitalised "Says" in running text is rarely a
cue). A headline in title case capitalises every word, its verb too, and would give no claim.
`headline_cues` gives a working copy of the text of the same length in which, on such a line
(a paragraph of one sentence whose words of four letters or more are all capitalised), each
capitalised verb form after the first word has its initial in lower case. Offsets into the
copy are offsets into the original, so every content span still reads the original text.
A sentence opened by the participle "Asked by" has its initial lowered the same way.
"""

from __future__ import annotations

import re

from claims.extract.cues import FORM_TO_LEMMA
from claims.extract.segment import Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_LEAST_LONG_WORDS = 4  # words of four letters or more a title-case line holds
_MOST_CHARS = 200  # a headline is short
_ASKED_BY = "Asked by "


def headline_cues(text: str, split: list[Sentence]) -> str:
    """`text` with the reporting verbs of its title-case lines in lower case (same length);
    the text itself when there is none."""
    out: list[str] | None = None
    for index, sent in enumerate(split):
        if text.startswith(_ASKED_BY, sent.start):
            # "Asked by Ann Lee whether ..., she said": the participle opening the sentence is
            # the asker's verb (`verbchecks.asked_by`), capitalised only as the first word
            out = list(text) if out is None else out
            out[sent.start] = "a"
        if sent.end - sent.start > _MOST_CHARS:
            continue
        alone = (index == 0 or split[index - 1].para != sent.para) and (
            index + 1 == len(split) or split[index + 1].para != sent.para
        )
        if not alone:
            continue
        verbs = _title_case_verbs(text, sent.start, sent.end)
        if verbs:
            out = list(text) if out is None else out
            for at in verbs:
                out[at] = text[at].lower()
    return text if out is None else "".join(out)


def _title_case_verbs(text: str, start: int, end: int) -> list[int]:
    """Where the capitalised verb forms of a title-case line start (never its first word; a
    base form only after a plural: "New Polls Show", not "Munich Attack"); none when the line
    is not in title case, or is a label and its words ("Ann Lee: ...", read as such)."""
    if ":" in text[start:end]:
        return []
    long_words = 0
    verbs: list[int] = []
    before = ""
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if len(word) >= 4:
            if not word[0].isupper():
                return []
            long_words += 1
        if before and word[0].isupper() and word[1:].islower() and _verb_form(word.lower(), before):
            verbs.append(m.start())
        before = word
    return verbs if long_words >= _LEAST_LONG_WORDS else []


def _verb_form(low: str, before: str) -> bool:
    """A reporting verb's form; its base form only after a plural subject."""
    lemma = FORM_TO_LEMMA.get(low)
    return lemma is not None and (lemma != low or _plural(before))


def _plural(word: str) -> bool:
    """A plural noun before a base form ("Polls", "Documents"): not a possessive or "-ss"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
