"""A small sentence splitter with offsets, for aligning article bodies.

Lines are split first (news files carry one paragraph or heading per line;
a line followed by one starting in lower case is a hard wrap and runs on,
unless it is a markdown `#` heading, a title-case line, or the next line's first
word would have fitted on it: then the line was ended on purpose, as a subheading is),
then each line at sentence-final punctuation followed by space and a capital,
digit or opening quote, unless the word before the stop is a common
abbreviation or a single initial.

`story_sentences` also leaves out page furniture: the lines the extractor ignores
(claims.loader.boilerplate: share rows, "Register for …", "Advertisement", credits).
"""

from __future__ import annotations

import re

from claims.diff.model import Sentence
from claims.loader.boilerplate import boilerplate_spans, overlaps

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "st", "jr", "sr", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ",
    "vs", "v", "approx", "est", "ed", "eds",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c",
})
# Abbreviations only before a number ("No. 5", "Fig. 2"); elsewhere the stop ends a sentence ("No. She left").
_BEFORE_NUMBER = frozenset({"no", "nos", "fig", "figs", "vol", "op", "pp"})
_STOP = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")


def _is_abbreviation(line: str, stop: int) -> bool:
    """Whether the '.' at line[stop] ends an abbreviation or an initial rather than a sentence."""
    m = _WORD_BEFORE.search(line, 0, stop + 1)
    if not m:
        return False
    word = m.group(1)
    start = m.start(1)
    if start > 0 and not (line[start - 1].isspace() or line[start - 1] in "\"'“‘(["):
        return False
    if word.lower() in _BEFORE_NUMBER:
        return line[stop + 1 :].lstrip()[:1].isdigit()
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end], stripped, with offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Sentence] = []

    def add(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Sentence(start=s, end=e, text=text[s:e]))

    pos = start
    while pos < end:
        line_end = _block_end(text, pos, end)
        line = text[pos:line_end]
        cut = 0
        for m in _STOP.finditer(line):
            if m.group(0).startswith(".") and len(m.group(0)) == 1 and _is_abbreviation(line, m.start()):
                continue
            add(pos + cut, pos + m.end())
            cut = m.end()
        add(pos + cut, line_end)
        pos = line_end + 1
    return out


def story_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """`split_sentences`, less the sentences that overlap a page-furniture line."""
    furniture = boilerplate_spans(text, start, end)
    return [s for s in split_sentences(text, start, end) if not overlaps(furniture, s.start, s.end)]


def _wrapped(line: str, following: str) -> bool:
    """Whether `line` reads as hard-wrapped into `following`: the next line starts in lower case, `line` is no
    markdown heading, and the next line's first word would not have fitted on it (else the writer ended the
    line on purpose: a subheading such as "What happens next" above "the council will ...")."""
    nxt = following.strip()
    if not nxt[:1].islower() or line.lstrip().startswith("#") or _title_case(line):
        return False
    first = nxt.split()[0]
    return len(line.strip()) + 1 + len(first) > len(nxt)


def _title_case(line: str) -> bool:
    """A title-case line with no sentence punctuation at its end ("What Happens Next For Riders")."""
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?,;:\"'”’)":
        return False
    long_words = [w for w in stripped.split() if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


def _block_end(text: str, pos: int, end: int) -> int:
    """End of the line at `pos`, running on over hard wraps (see `_wrapped`)."""
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            return end
        after = text.find("\n", nl + 1, end)
        if not _wrapped(text[pos:nl], text[nl + 1 : end if after < 0 else after]):
            return nl
        pos = nl + 1
