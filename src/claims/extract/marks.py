"""Typewriter quotation marks: two apostrophes (''like this'') used as double quotes, and
straight single quotes ('like this') used as quotation marks.

Some outlets and archives write a double quotation mark as two apostrophes. The extractor
reads quotation marks one character at a time, so `as_double_quotes` gives a working copy of
the text of the same length in which each such pair is one double quote and a space: an
opening pair (before a word) becomes ' "', a closing pair (after a word or punctuation)
'" '. Offsets into the copy are offsets into the original, so every evidence span still
reads the original text.

Some outlets quote with single marks, and plain-text copies of their pages have them
straight, where the same character is also the apostrophe ("don't", "O'Brien", "the
farmers' union"). `as_curly_singles` turns the straight marks that pair up as quotation
marks into ‘ and ’, which the extractor reads as quotation marks (same length again).

A Markdown blockquote ("> ..." lines: an embedded post, a statement set off from the text)
reads as a paragraph of its own: `without_blockquote_marks` blanks the marks.
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"(?<!')''(?!')")


def working_copy(text: str) -> str:
    """What the extractor reads: `text` with the marks above normalised, of the same length (the
    text itself when there is nothing to normalise)."""
    return as_curly_singles(as_double_quotes(without_blockquote_marks(text)))


_BLOCKQUOTE = re.compile(r"^[ \t]*>[> \t]*", re.MULTILINE)


def without_blockquote_marks(text: str) -> str:
    """`text` with the marks that open Markdown blockquote lines ("> ", "> > ") as spaces."""
    if ">" not in text or _BLOCKQUOTE.search(text) is None:
        return text
    return _BLOCKQUOTE.sub(lambda m: " " * len(m.group()), text)


def as_double_quotes(text: str) -> str:
    """`text` with each ''-pair turned into a double quote, same length; unchanged when none."""
    if "''" not in text:
        return text
    out = list(text)
    for m in _PAIR.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if not after.isspace() and (before.isspace() or before in "([{—–-/"):
            out[i], out[i + 1] = " ", '"'  # opening: the mark touches the word after it
        elif not before.isspace() and (after.isspace() or not after.isalnum()):
            out[i], out[i + 1] = '"', " "  # closing: the mark touches what it closes
    if "'''" in text:
        _triples(text, out)
    return "".join(out)


_TRIPLE = re.compile(r"(?<!')'''(?!')")


def _triples(text: str, out: list[str]) -> None:
    """Three apostrophes: a single quote and the double pair around it. Closing, after a word
    or punctuation ("'no,''' she said": the single quote, then '" '); opening, before a word
    ("'''No,' he said": ' "', then the single quote)."""
    for m in _TRIPLE.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 3] if i + 3 < len(text) else " "
        if not before.isspace() and (after.isspace() or not after.isalnum()):
            out[i + 1], out[i + 2] = '"', " "
        elif not after.isspace() and (before.isspace() or before in "([{—–-/"):
            out[i], out[i + 1] = " ", '"'


def widen_to_pairs(text: str, start: int, end: int) -> tuple[int, int]:
    """A span of the working copy that opens or closes on a converted mark, widened to
    cover the whole pair in the original text."""
    if start > 0 and text[start - 1 : start + 1] == "''":
        start -= 1
    if end < len(text) and text[end - 1 : end + 1] == "''":
        end += 1
    return start, end


# A straight single quote that may open a quotation: after a space, the text's start, an opening
# bracket or dash or a double quote, and before a word; not a clipped word ('90s, 'em, rock 'n' roll).
_SINGLE_OPENER = re.compile(r"(?<![^\s(\[{—–/\"“])'(?=[^\s'])(?!\d0s|\d\d\b|(?:em|til|cause|tis|twas|n)\b)")
# What every such opening mark is part of (the text's very start aside): `as_curly_singles` tests
# these first, since the pattern's look-behind makes a search over the whole text dear.
_OPENER_MARKS = (" '", "\n'", "\t'", "('", "['", "{'", "—'", "–'", "/'", "\"'", "“'")
# One that may close it: after a word or punctuation, before a space, punctuation or the end.
_SINGLE_CLOSER = re.compile(r"(?<=[^\s'])'(?=[\s,.;:!?)\]—–\"”]|$)")

_OPENER_BEFORE = frozenset(mark[0] for mark in _OPENER_MARKS)
"""The characters before the straight quote in `_OPENER_MARKS` (each mark is one of them, then ')."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _may_open_single(text: str) -> bool:
    """`text.startswith("'") or any(mark in text for mark in _OPENER_MARKS)`, read at each straight
    single quote of the text (an article holds a few): the character before it is looked up, where
    each mark's substring test would read the whole text (~50 µs an article for the eleven)."""
    at = text.find("'")
    if at == 0:
        return True
    while at > 0:
        if text[at - 1] in _OPENER_BEFORE:
            return True
        at = text.find("'", at + 1)
    return False


def as_curly_singles(text: str) -> str:
    """`text` with each pair of straight single quotes that quote something turned into ‘ and ’,
    same length; unchanged when there is none. A pair opens and closes in one paragraph; an
    opening mark left without its closing one is kept when the next paragraph opens with one
    (the convention for a quotation that runs on over paragraphs)."""
    if not _may_open_single(text) or _SINGLE_OPENER.search(text) is None:
        return text  # (most texts: no mark that may open a quotation)
    out = list(text)
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    for k, (first, end) in enumerate(zip(starts, ends, strict=True)):
        runs_on = k + 1 < len(starts) and _SINGLE_OPENER.match(text, _skip_space(text, starts[k + 1])) is not None
        for opens, closes in _single_pairs(text, first, end, runs_on):
            out[opens] = "‘"
            if closes >= 0:
                out[closes] = "’"
    return "".join(out)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n":
        at += 1
    return at


def _single_pairs(text: str, first: int, end: int, runs_on: bool) -> list[tuple[int, int]]:
    """The paragraph's quotation pairs of straight single quotes, as (opening, closing) offsets;
    closing -1 for a last opening mark whose quotation runs on into the next paragraph. A closing
    mark after an s and before a space may be a plural's apostrophe ("the farmers' union"): it
    closes only when no other mark in the paragraph can."""
    closers = [m.start() for m in _SINGLE_CLOSER.finditer(text, first, end)]
    pairs: list[tuple[int, int]] = []
    after = first
    for m in _SINGLE_OPENER.finditer(text, first, end):
        opens = m.start()
        if opens < after:
            continue  # inside the last pair
        later = [c for c in closers if c > opens + 1]
        strong = [c for c in later if not (text[c - 1] in "sS" and c + 1 < end and text[c + 1].isspace())]
        closes = strong[0] if strong else later[0] if later else -1
        if closes < 0:
            if runs_on:
                pairs.append((opens, -1))
            break
        pairs.append((opens, closes))
        after = closes + 1
    return pairs
