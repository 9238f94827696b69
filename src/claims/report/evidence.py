"""The claim's words in a few lines of article around them, cut from its evidence span."""

from __future__ import annotations

from claims.models import Claim, Source
from claims.report.model import Evidence

CONTEXT = 240
"""Characters of article shown on each side of the claim (small stories)."""
CONTEXT_LARGE = 50
"""Each side, in large stories: keeps the file small."""


def _cut_before(text: str, lo: int, start: int, width: int) -> tuple[str, bool]:
    """Text before the claim: from its paragraph's start, else from a word boundary `width` back."""
    begin = max(lo, start - width)
    window = text[begin:start]
    para = window.rfind("\n\n")
    if para >= 0:
        return window[para + 2 :], False
    if begin == lo:
        return window, False
    space = window.find(" ")
    return (window[space + 1 :] if 0 <= space < len(window) - 1 else window), True


def _cut_after(text: str, end: int, hi: int, width: int) -> tuple[str, bool]:
    """Text after the claim: to its paragraph's end, else to a word boundary `width` on."""
    stop = min(hi, end + width)
    window = text[end:stop]
    para = window.find("\n\n")
    if para >= 0:
        return window[:para], False
    if stop == hi:
        return window, False
    space = window.rfind(" ")
    return (window[:space] if space > 0 else window), True


def evidence(claim: Claim, source: Source | None, width: int = CONTEXT) -> Evidence:
    """Context around `claim` in `source`; the claim's own words alone when the text is missing or moved."""
    text = source.text if source is not None else ""
    if not text or text[claim.start : claim.end] != claim.content:
        return Evidence(before="", claim=claim.content, after="", cut_before=False, cut_after=False, available=False)
    lo = min(source.body_start, claim.start) if source is not None else 0
    hi = max(source.body_end, claim.end) if source is not None else len(text)
    before, cut_b = _cut_before(text, lo, claim.start, width)
    after, cut_a = _cut_after(text, claim.end, hi, width)
    return Evidence(before=before, claim=claim.content, after=after, cut_before=cut_b, cut_after=cut_a,
                    available=True)
