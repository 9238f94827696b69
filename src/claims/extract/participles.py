"""Participles of saying with no comma before them that still report what the clause's
subject said: after a message the subject put out ("The club issued a statement saying
...", "She filed a lawsuit alleging that ...", "He sent an email to donors asking ..."),
and after a verb of going on or starting ("She kept asking whether ...", "He began
calling the deal a fraud").

Each is a check of a `participle.*` row of the frame table, run after the rows of a
participle after a comma, before `participle.quoted_as` (which drops what no row took)."""

from __future__ import annotations

from claims.extract.checks import SKIP, Ctx, Verdict, check, keeps
from claims.extract.coordinated import is_expletive, nearest_clause_subject
from claims.extract.frames import FrameRow
from claims.extract.lexicon import tagged
from claims.extract.phrases import PUNCT, Tok, looks_like_speaker, main_subject, tokens

_MESSAGE_NOUNS = tagged("participles.message_noun")
_ASPECT_VERBS = tagged("participles.aspect_verb")
_NP_OPENERS = tagged("determiner_before_noun")
_IRREGULAR_PAST = tagged("phrases.irregular_past")
_NOT_VERBS = tagged("adjunct_opener") | tagged("discourse") | _NP_OPENERS
_MESSAGE_REACH = 6  # words between the message noun and the participle, at most
_NP_REACH = 4  # words of the message's noun phrase before its noun, at most


def _clause_speaker(ctx: Ctx, cut: int) -> str | None:
    """The subject of the clause that ends at `cut` (the nearest clause's, after "and")."""
    text, s = ctx.sent.text, ctx.sent.s
    sp = main_subject(text, s, cut)
    sp = nearest_clause_subject(text, s, cut, expletive=sp is not None and is_expletive(text, sp), bare=True) or sp
    if sp is None or sp[1] > cut or not looks_like_speaker(text, *sp):
        return None
    return text[sp[0] : sp[1]]


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


def _message_start(ctx: Ctx) -> int | None:
    """Where "a statement", "an email to donors", "a $1 million lawsuit" starts, when such a
    phrase ends right before the participle and a verb puts it out; None otherwise."""
    toks = tokens(ctx.sent.text, max(ctx.lo, ctx.cs - 120), ctx.cs)
    k = len(toks) - 1
    while k >= 0 and len(toks) - 1 - k <= _MESSAGE_REACH and toks[k].low not in _MESSAGE_NOUNS:
        if toks[k].text in PUNCT or toks[k].low in _RELATIVES:
            return None  # "the lawsuit that led to the court ruling that ...": another clause's noun
        k -= 1
    if k < 0 or toks[k].low not in _MESSAGE_NOUNS:
        return None
    return _message_phrase_start(toks, k)


def _message_phrase_start(toks: list[Tok], k: int) -> int | None:
    """Where the noun phrase of the message noun `toks[k]` starts, when a verb puts it out."""
    if k >= 2 and toks[k].low.endswith("s") and _past_verb(toks[k - 1].text):
        return toks[k].start  # a bare plural: "both issued statements saying ..."
    j = k - 1
    while j >= 0 and k - j <= _NP_REACH and toks[j].low not in _NP_OPENERS and not toks[j].low.endswith(("'s", "’s")):
        j -= 1
    if j < 1 or k - j > _NP_REACH:
        return None
    verb = toks[j - 1]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in _NOT_VERBS:
        return None  # "In her statement condemning ...": no verb puts the message out
    return toks[j].start


def _past_verb(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST)


@check("message_participle")
def message_participle(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "The club issued a statement saying ...": the subject of the clause that put the
    message out says what the participle reports."""
    start = _message_start(ctx)
    if start is None:
        return SKIP
    ctx.speaker = _clause_speaker(ctx, start)
    return keeps(ctx.speaker is not None)


@check("aspect_participle")
def aspect_participle(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "She kept asking whether ...", "He began calling the deal a fraud": the subject of
    the verb of going on or starting says it."""
    if ctx.before not in _ASPECT_VERBS:
        return SKIP
    text = ctx.sent.text
    verb = text.rfind(ctx.before, ctx.lo, ctx.cs)
    ctx.speaker = _clause_speaker(ctx, verb) if verb > ctx.sent.s else None
    return keeps(ctx.speaker is not None)

