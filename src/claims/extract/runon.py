"""Quotations that run on past one sentence: the checks of the rows `quote_runs_on` and
`quote_pending` (paragraph-level finder `quote_runs`).

A sentence with no claim of its own is offered with the claim just before it (`Ctx.prev`,
None when a sentence lies between them):

- `continues_quote`: the sentence is wholly a quotation, or opens one that runs past its
  paragraph's end, right after a claim: that claim runs on to the sentence's last quoted
  word ('"A," she said. "B."'; 'She said A. "B."', then a mixed claim);
- `opens_quote`: the sentence opens a quotation that runs on past its paragraph's end; it is
  kept pending until a later quoted claim attributes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extract.checks import PASS, SKIP, Ctx, Verdict, check
from claims.extract.found import Found
from claims.extract.quotes import inside_quote, is_whole_quote, trim
from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, quote_spans
from claims.models import Kind

if TYPE_CHECKING:
    from claims.extract.frames import FrameRow

MIN_WORDS = 2
QUOTED = (Kind.DIRECT, Kind.MIXED)


def whole_quote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The words of a sentence that is wholly a quotation."""
    a, b = trim(text, s, e)
    if b < len(text) and text[b : b + 1] in ".!?" and b + 1 == e:
        b = e
    if not is_whole_quote(text, a, b):
        return None
    return inside_quote(text, a, b)


def open_quote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The words of a quotation that opens a paragraph and runs on past its end, the
    convention for a quote continued in the next paragraph."""
    if text[s] not in OPEN_QUOTES or text[e - 1] in CLOSE_QUOTES:
        return None
    if quote_spans(text, s, e) != [(s, e)]:
        return None
    a, b = trim(text, s + 1, e)
    return (a, b) if len(text[a:b].split()) >= MIN_WORDS else None


@check("continues_quote")
def _continues_quote(ctx: Ctx, row: FrameRow) -> Verdict:
    """The sentence continues the claim just before it, quoted or reported ('She said A.
    "B."'); `c_end` is its last quoted word (`found`: the quotation, credited like that claim)."""
    sent, last = ctx.sent, ctx.prev
    if last is None or last.kind is Kind.NO_COMMENT:
        return SKIP
    if last.kind not in QUOTED and "\n" in sent.text[last.end : sent.s]:
        return SKIP  # a reported claim runs on in its own paragraph only
    span = whole_quote(sent.text, sent.s, sent.e) or open_quote(sent.text, sent.s, sent.e)
    if span is None:
        return SKIP
    qs, qe = span
    ctx.found = Found(last.speaker, last.cue, last.via, qs, qe, qs, qs, kind=Kind.DIRECT, via_from=last.via_from)
    return PASS


@check("opens_quote")
def _opens_quote(ctx: Ctx, row: FrameRow) -> Verdict:
    """The sentence opens a quotation that runs on past its paragraph's end (`found`: the quotation, no speaker yet)."""
    span = open_quote(ctx.sent.text, ctx.sent.s, ctx.sent.e)
    if span is None:
        return SKIP
    qs, qe = span
    ctx.found = Found("", "", None, qs, qe, qs, qs, kind=Kind.DIRECT)
    return PASS
