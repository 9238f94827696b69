"""A small sentence splitter with offsets, for aligning article bodies.

Lines are split first (news files carry one paragraph or heading per line;
a line followed by one starting in lower case is a hard wrap and runs on,
unless the line is a heading: a markdown `#` line, or a short or title-case line
with no sentence punctuation at its end),
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

HEADING_WORDS = 8
HEADING_CHARS = 40
"""A line this short (words and characters), with no punctuation at its end, is a heading and never runs on
into the next; so is a title-case line of up to 12 words. Hard-wrapped prose lines are longer."""

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


def is_heading(line: str) -> bool:
    """A markdown heading, or a short line without sentence punctuation at its end ("What happens next")."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    words = stripped.split()
    if not words or stripped[-1] in ".!?,;:-–—\"'”’)…":
        return False
    if len(words) <= HEADING_WORDS and len(stripped) < HEADING_CHARS:
        return True
    long_words = [w for w in words if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return len(words) <= 12 and bool(long_words) and capitalised >= 0.7 * len(long_words)


def _block_end(text: str, pos: int, end: int) -> int:
    """End of the line at `pos`, running on over hard wraps (a next line that starts in lower case),
    never after a heading."""
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            return end
        nxt = text[nl + 1 : end].lstrip(" \t")[:1]
        if not nxt.islower() or is_heading(text[pos:nl]):
            return nl
        pos = nl + 1
