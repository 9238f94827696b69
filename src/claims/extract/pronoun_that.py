""" "He said that would take years": `that` after a cue is the subject of the reported
clause, not its conjunction, when a singular finite verb follows it ("that is", "that
would", "that was"); the content then opens with `that`."""

from __future__ import annotations

from claims.extract import cues
from claims.extract.checks import PASS, Ctx, Verdict, check
from claims.extract.frames import FrameRow
from claims.extract.lexicon import tagged
from claims.extract.phrases import word_after

# Singular finite verbs that make `that` the subject: "that is", "that would", "that has".
_AFTER_THAT_SUBJECT = tagged("pronoun_that.verbs")


@check("that_as_subject")
def that_as_subject(ctx: Ctx, row: FrameRow) -> Verdict:
    """Move the content's start back over `that` when it is the reported clause's subject."""
    if not ctx.had_that or ctx.framed is not None or ctx.form in cues.NOUN_LIKE:
        return PASS  # "a claim that was never paid": a noun's relative clause
    text, start = ctx.sent.text, ctx.start
    if word_after(text, start, ctx.sent.e) not in _AFTER_THAT_SUBJECT:
        return PASS
    at = text.rfind("that", ctx.ve, start)
    if at >= 0 and not text[at + 4 : start].strip():
        ctx.start = at
    return PASS
