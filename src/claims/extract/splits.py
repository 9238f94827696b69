"""A sentence split by its attribution: "If the dam fails, engineers said, the town will
flood." / "The line will close, the agency said, because the tunnel is unsafe."

The attribution sits between two halves of one reported sentence: a subordinate clause or
long adverbial first and the main clause after it, or a main clause first and a clause of
reason or condition after it. Neither half is the claim alone, so the claim is the whole
sentence without its stop (as for a mid-sentence aside, `asides`): a claim is one span of
the text, so the span holds the attribution.

Not such a split: a half after the attribution that opens with a participle or an adjunct
("..., she said, adding that ...", "..., he said, in an interview"), or that is no clause.
"""

from __future__ import annotations

from claims.extract.checks import PASS, SKIP, Ctx, Verdict, check
from claims.extract.finite import cue_text, subj_of
from claims.extract.found import Found
from claims.extract.frames import FrameRow
from claims.extract.lexicon import tagged
from claims.extract.phrases import iter_tokens
from claims.extract.tails import looks_like_clause

# Words that open a half which needs the other: "If ...", "Because ...", "Whatever ...".
_OPENS_HALF = tagged("splits.opens_first_half")
# Words that open a second half of reason or condition: "..., because ...", "..., unless ...".
_OPENS_SECOND = tagged("splits.opens_second_half")
_LEAST_WORDS = 3


def _first_word(text: str, start: int, end: int) -> str:
    tok = next(iter_tokens(text, start, min(end, start + 40)), None)
    return tok.text if tok is not None else ""


def _second_half(text: str, pos: int, e: int) -> int | None:
    """Where the second half starts: right after the comma that follows the cue (and its
    time adverbial), when a lowercase word that is no participle opens it."""
    while pos < e and text[pos].isspace():
        pos += 1
    if pos >= e or text[pos] != ",":
        return None
    pos += 1
    while pos < e and text[pos].isspace():
        pos += 1
    word = _first_word(text, pos, e)
    if not (word.isalpha() and word.islower()) or word.endswith("ing"):
        return None
    return pos


@check("split_sentence")
def split_sentence(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "If A, X said, B." / "A, X said, because B.": the sentence is one claim."""
    text, e, subj = ctx.sent.text, ctx.sent.e, subj_of(ctx)
    boundary = subj.boundary
    if subj.empty or boundary is None or boundary.text != "," or ctx.resumed is not None:
        return SKIP
    second = _second_half(text, ctx.start, e)
    if second is None:
        return SKIP
    first = _first_word(text, ctx.c_start, boundary.start).lower()
    after = _first_word(text, second, e).lower()
    # A subordinator opening the second half makes it a clause ("because the cars fail"); a
    # first half with no verb ("Six months ago", "For the poorer towns") is an adjunct of it.
    leads = first in _OPENS_HALF or not looks_like_clause(text, ctx.c_start, boundary.start)
    joined = after in _OPENS_SECOND or (leads and looks_like_clause(text, second, e))
    if not joined or len(text[second:e].split()) < _LEAST_WORDS:
        return SKIP
    found = Found(text[ctx.ss : ctx.se], cue_text(ctx), ctx.via, ctx.c_start, e, ctx.cs, ctx.c_start)
    found.content_first = True
    ctx.found = found
    return PASS
