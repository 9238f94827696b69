"""A statement reported in the passive with its agent named after "by": "He was told by doctors
that he would never walk again", "It was confirmed by police that two people had died". The
agent said it; the content is the `that` clause."""

from __future__ import annotations

from itertools import islice

from claims.extract import cues
from claims.extract.checks import DROP, PASS, SKIP, Ctx, Verdict, check
from claims.extract.found import Found
from claims.extract.frames import FrameRow
from claims.extract.phrases import PUNCT, fewer_words, iter_tokens, looks_like_speaker, word_before
from claims.extract.tails import relative_that

# Verbs whose passive names the one told ("was told by X that") or the fact stated ("it was
# confirmed by X that"); not "was said by" alone (no `that` follows the agent there).
_PASSIVE_FORMS = frozenset(
    {"told", "informed", "assured", "warned", "advised", "reminded", "confirmed", "announced", "stated", "reported"}
)
_AGENT_MOST_TOKENS = 12


@check("told_by")
def told_by(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "was told by X that ...", "were assured by X that ...", "It was confirmed by X that
    ...": the agent's claim, the `that` clause to the sentence end."""
    text, e = ctx.sent.text, ctx.sent.e
    if ctx.form not in _PASSIVE_FORMS or not text.startswith(" by ", ctx.ve):
        return SKIP
    if word_before(text, ctx.sent.s, ctx.vs) not in cues.PASSIVE:
        return SKIP
    agent = _agent(text, ctx.ve + 4, e)
    if agent is None:
        return DROP
    a, b, start = agent
    stop = e
    while stop > start and text[stop - 1] in ".!?":
        stop -= 1
    if fewer_words(text, start, stop, 3):
        return DROP
    ctx.found = Found(text[a:b], text[ctx.vs : ctx.ve], None, start, stop, ctx.vs, ctx.vs)
    return PASS


def _agent(text: str, pos: int, e: int) -> tuple[int, int, int] | None:
    """The agent after "by", up to its `that` -> (its start, its end, the content's start)."""
    toks = list(islice(iter_tokens(text, pos, e), _AGENT_MOST_TOKENS + 1))
    # (not a relative `that`: "the company that was running the site")
    k = next((n for n, t in enumerate(toks) if t.low == "that" and n > 0 and not relative_that(text, t.end, e)), None)
    if k is None or any(t.text in PUNCT for t in toks[:k]):
        return None
    a, b = toks[0].start, toks[k - 1].end
    if not looks_like_speaker(text, a, b):
        return None
    start = toks[k].end
    while start < e and text[start].isspace():
        start += 1
    return a, b, start
