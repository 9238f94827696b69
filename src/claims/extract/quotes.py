"""Quotation marks in claim content: trimming a span and telling direct from mixed speech."""

from __future__ import annotations

import re

from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, quote_spans
from claims.models import Kind

_QUOTE_RE = re.compile(f"[{QUOTE_CHARS}]")
_TRAIL = " \t\n,;:—–-"
_LEAD = " \t\n,;:—–-"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, leading/trailing commas and dashes, and a final full stop
    that is not inside a quotation."""
    while start < end and text[start] in _LEAD:
        start += 1
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


def _is_title(fragment: str) -> bool:
    """A quoted name or title ("Project Falcon", "Jaws") rather than quoted speech."""
    words = [w for w in fragment.split() if w[:1].isalpha()]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w in small for w in words)


def has_quoted_speech(text: str, start: int, end: int) -> bool:
    """Whether the span holds a quoted fragment that is speech, not a title or nickname."""
    if _QUOTE_RE.search(text, start, end) is None:
        return False
    for a, b in quote_spans(text, start, end):
        fragment = text[a + 1 : b - 1] if b - a >= 2 else ""
        if fragment.strip() and not _is_title(fragment.strip(" ,.")):
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
    if has_quoted_speech(text, start, end):
        return start, end, Kind.MIXED
    return start, end, Kind.INDIRECT
