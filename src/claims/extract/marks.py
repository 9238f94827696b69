"""Typewriter quotation marks: two apostrophes (''like this'') used as double quotes.

Some outlets and archives write a double quotation mark as two apostrophes. The extractor
reads quotation marks one character at a time, so `as_double_quotes` gives a working copy of
the text of the same length in which each such pair is one double quote and a space: an
opening pair (before a word) becomes ' "', a closing pair (after a word or punctuation)
'" '. Offsets into the copy are offsets into the original, so every evidence span still
reads the original text.
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"(?<!')''(?!')")


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
