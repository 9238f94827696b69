"""Quotation marks in claim content: trimming a span and telling direct from mixed speech."""

from __future__ import annotations

import re

from claims.extract.lexicon import tagged
from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, holds_quote_mark, quote_spans
from claims.models import Kind

_TRAIL = " \t\n,;:—–-"
_LEAD = " \t\n,;:—–-"


def trim_start(text: str, start: int, end: int) -> int:
    """`trim(text, start, end)[0]`: past leading spaces, commas and dashes."""
    while start < end and text[start] in _LEAD:
        start += 1
    return start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, leading/trailing commas and dashes, and a final full stop
    that is not inside a quotation."""
    while start < end and text[start] in _LEAD:  # `trim_start`, inline: trim is called for every claim
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    if end > start and text[end - 1] == ")" and text.find("(", start, end) < 0:
        end -= 1  # "(The mayor said the plan was dead.)": the sentence's own parenthesis closes
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
    if end > start and text[end - 1] in ".!?" and end - 1 > start and text[end - 2] not in ".":
        end -= 1
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
    return start, end


def is_whole_quote(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is one quotation from its opening to its closing mark."""
    if end - start < 3 or text[start] not in OPEN_QUOTES or text[end - 1] not in CLOSE_QUOTES:
        return False
    spans = quote_spans(text, start, end)
    return len(spans) == 1 and spans[0] == (start, end)


def inside_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a whole quotation, without the marks and the closing punctuation."""
    s, e = start + 1, end - 1
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


# Words that open a clause of its own: a quotation resumed with one of them after the cue
# ('"We are ready," she said, "and the rest is up to them."') is a second claim.
_CLAUSE_OPENERS = tagged("quotes.clause_openers")


def split_quote(text: str, first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int] | None:
    """One quoted sentence interrupted by its attribution: '"The plan," Mayor X said, "was
    never about jobs."'. `first` and `second` are the two quotations with their marks. The
    first must break off at a comma or dash and the second resume in lower case, not with a
    word that opens a clause of its own. Returns the span from the first fragment's first
    character to the last fragment's last (marks and closing punctuation excluded), which
    necessarily holds the attribution between them; None when the fragments are two claims."""
    if not (is_whole_quote(text, *first) and is_whole_quote(text, *second)):
        return None
    a, b = first
    if text[b - 2 : b - 1] not in {",", "—", "–"} or text[a + 1 : a + 2].isspace():
        return None
    words = text[second[0] + 1 : second[1]].split()
    if not words or not words[0][:1].islower() or words[0].strip(",;:").lower() in _CLAUSE_OPENERS:
        return None
    start = inside_quote(text, *first)[0]
    end = inside_quote(text, *second)[1]
    return (start, end) if end > start else None


def _is_title(fragment: str) -> bool:
    """A quoted name or title ("Project Falcon", "Jaws") rather than quoted speech."""
    words = [w for w in fragment.split() if w[:1].isalpha()]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w in small for w in words)


# Words that introduce a quoted label, not quoted speech: 'the so-called "lead czar"',
# 'a fund dubbed "the lifeline"', 'a post called "lead czar"'.
_LABEL_BEFORE = re.compile(
    r"(?:so-called|dubbed|nicknamed|known\s+as|billed\s+as|branded|labell?ed|titled|entitled|(?<!-)called)\s*$",
    re.IGNORECASE,
)
# ... except a party's own characterisation: 'what critics called "a cover-up"'.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:\S+\s+){1,5}?(?:called|described\s+as)\s*$", re.IGNORECASE)


def is_label(text: str, quote_start: int, lo: int = 0) -> bool:
    """The quotation at `quote_start` is a name given to something ('so-called "X"')."""
    if _LABEL_BEFORE.search(text, max(lo, quote_start - 24), quote_start) is None:
        return False
    return _WHAT_CALLED.search(text, max(lo, quote_start - 80), quote_start) is None


def has_quoted_speech(text: str, start: int, end: int) -> bool:
    """Whether the span holds a quoted fragment that is speech, not a title, a nickname or a
    label ('the so-called "winter timetable"')."""
    if not holds_quote_mark(text, start, end):
        return False
    for a, b in quote_spans(text, start, end):
        fragment = text[a + 1 : b - 1] if b - a >= 2 else ""
        if fragment.strip() and not _is_title(fragment.strip(" ,.")) and not is_label(text, a):
            return True
    return False


def shape(text: str, start: int, end: int) -> tuple[int, int, Kind]:
    """Trim a content span and classify it: a whole quotation is direct (marks dropped),
    quoted fragments in reported speech make it mixed, else it is indirect."""
    start, end = trim(text, start, end)
    if is_whole_quote(text, start, end):
        s, e = inside_quote(text, start, end)
        if e > s:
            return s, e, Kind.DIRECT
    if _runs_on_open(text, start, end):
        return trim_start(text, start + 1, end), end, Kind.DIRECT  # 'said: "A. ¶ "B."': it closes later
    if has_quoted_speech(text, start, end):
        return start, end, Kind.MIXED
    return start, end, Kind.INDIRECT


_SINGLE_OPENERS = "‘'"
_SINGLE_CLOSERS = "’'"


def _single_runs_on(text: str, start: int, mark: str) -> bool:
    """The single mark at `start` stays open to its paragraph's end (no closing mark that is not
    an apostrophe inside a word), and the next paragraph opens with the same mark."""
    para_end = text.find("\n", start)
    if para_end < 0:
        return False
    for i in range(start + 1, para_end):
        if text[i] in _SINGLE_CLOSERS and not (i + 1 < para_end and text[i + 1].isalnum()):
            return False
    nxt = para_end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return text.startswith(mark, nxt)


def _runs_on_open(text: str, start: int, end: int) -> bool:
    """The content opens a quotation that no mark closes within it (it runs on past it); with
    single marks (the closing one is also an apostrophe), one left open at its paragraph's end
    and reopened by the next ("said: ‘A. ¶ ‘B.’", as British papers quote)."""
    mark = text[start : start + 1]
    if end - start < 2:
        return False
    if mark in _SINGLE_OPENERS:
        return _single_runs_on(text, start, mark)
    if mark not in _DOUBLE_OPENERS:
        return False
    return not any(ch in _DOUBLE_MARKS for ch in text[start + 1 : end])


_DOUBLE_OPENERS = frozenset('“"«')
_DOUBLE_MARKS = frozenset('“”"«»')
