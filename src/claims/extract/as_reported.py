"""An attribution after the claim in an as-clause: "..., as the Herald first reported.", "..., as
the Herald reports." and "..., as reported by the Herald on Wednesday." The outlet (or party) reported the whole main
clause before the comma; digests and rewrites credit the outlet that broke a story this way.

"..., as revealed (announced, confirmed) by X" reads so too. Of the active forms only "report"
does: "..., as she said on Monday" repeats an earlier statement of the same party more often
than it attributes the clause (that shape gives nothing, row `speaker_before`).
"""

from __future__ import annotations

import re

from claims.extract.checks import PASS, SKIP, Ctx, Verdict, check
from claims.extract.found import Found
from claims.extract.frames import FrameRow, act_rows
from claims.extract.phrases import drop_discourse, fewer_words, looks_like_speaker, strip_span

_ADVERB = r"(?:(?:first|previously|earlier|initially|originally|also)\s+)?"
# "..., as reported by" / "..., as first reported by" (the speaker after the verb)
_PASSIVE_BEFORE = re.compile(r",\s+as\s+" + _ADVERB + r"\Z")
# "..., as the Herald (has) (first) reported" (the speaker before the verb)
_ACTIVE_BEFORE = re.compile(r",\s+as\s+(?P<speaker>[^,;:“”\"]{2,80}?)\s+(?:(?:has|had)\s+)?" + _ADVERB + r"\Z")
_BY = re.compile(r"\s+by\s+")
# What may follow the attribution: a time, then the sentence's end.
_TAIL = re.compile(
    r"(?:\s+(?:on|in|last|this|earlier|late|early)\b[^,;:“”\"]{0,40}?|\s+(?:today|yesterday|tonight))?"
    r"\s*[.!?]?[’”\"]?\s*\Z"
)
_TIME_START = re.compile(r"\s+(?:on|in|last|this|earlier|late|early|today|yesterday|tonight)\b")
_LEAST_CONTENT = 4  # words
_AS_VERBS = frozenset({"report", "reveal", "announce", "confirm"})
"""Verbs whose "..., as reported / revealed / announced / confirmed by X" credits X; only
"report" in the active form ("..., as the Herald reported")."""


_Span = tuple[int, int]


def _by_speaker(text: str, head: str, vs: int, ve: int, e: int) -> tuple[_Span, int] | None:
    """ "..., as (first) reported by X [time].": X's span and the comma's position."""
    passive = _PASSIVE_BEFORE.search(head)
    by = _BY.match(text, ve, e) if passive is not None else None
    if passive is None or by is None:
        return None
    time = _TIME_START.search(text, by.end(), e)
    sp = strip_span(text, by.end(), time.start() if time is not None else e, chars=" \t\n,;:.!?’”\"")
    if _TAIL.fullmatch(text, sp[1], e) is None:
        return None
    return sp, vs - len(head) + passive.start()


def _subject_speaker(text: str, head: str, vs: int, ve: int, e: int) -> tuple[_Span, int] | None:
    """ "..., as X (has) (first) reported [time].": X's span and the comma's position."""
    active = _ACTIVE_BEFORE.search(head)
    if active is None or _TAIL.fullmatch(text, ve, e) is None:
        return None
    offset = vs - len(head)
    return (offset + active.start("speaker"), offset + active.end("speaker")), offset + active.start()


@check("as_reported")
def as_reported(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "<content>, as X (first) reported [time]." / "<content>, as reported by X [time].": X's
    claim of the clause before the comma."""
    present = ctx.form == "reports"  # "..., as NBC News reports."
    if ctx.lemma not in _AS_VERBS or not (ctx.form.endswith("ed") or present):
        return SKIP
    acts = act_rows()
    if any(f.rule not in acts for f in ctx.sent.chain):
        return SKIP  # '"...," Ann Lee noted in an interview, as reported by the Herald': Lee's claim
    text, s, e, vs, ve = ctx.sent.text, ctx.sent.s, ctx.sent.e, ctx.vs, ctx.ve
    head = text[max(s, vs - 120) : vs]
    parts = None if present else _by_speaker(text, head, vs, ve, e)
    if parts is None and ctx.lemma == "report":  # ("..., as she said on Monday": the active form of "report" only)
        parts = _subject_speaker(text, head, vs, ve, e)
    if parts is None:
        return SKIP
    sp, comma = parts
    c_start = drop_discourse(text, s, comma)
    if not looks_like_speaker(text, *sp) or fewer_words(text, c_start, comma, _LEAST_CONTENT):
        return SKIP
    ctx.found = Found(text[sp[0] : sp[1]], text[vs:ve], None, c_start, comma, vs, s, content_first=True)
    return PASS
