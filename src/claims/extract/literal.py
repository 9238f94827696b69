"""Verbs of saying used for something else: checks that keep them from making claims.

- an obligation, not a report: "the council should say what it will do", "he should have
  told voters" (`not_obligation`): what someone ought to say has not been said;
- a physical act, not criticism aloud: "slammed the door", "attacked a police station",
  "blasted the ball over the bar" (`said_not_done`, on the rows of judging verbs that also
  name a physical act): the object's head noun is a thing one strikes, not a party, a deed
  or words;
- a sum, not a remark: "the economy added 151,000 jobs", "adding $2 billion to the deficit"
  (`not_a_sum_added`): "add" with an amount right after it;
- an object, not an inverted speaker: "A, mocked the party and its leaders" (`not_an_object_after`,
  on the content-first rows): a verb with its noun-phrase object after it reports nothing before it.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from claims.extract.checks import DROP, PASS, Ctx, Verdict, check
from claims.extract.complements import FRAME_LEMMAS, frame_start
from claims.extract.lexicon import tagged
from claims.extract.phrases import is_agent, iter_tokens
from claims.extract.times import is_time_word

if TYPE_CHECKING:
    from claims.extract.frames import FrameRow

_OBLIGATION = frozenset({"should", "shouldn’t", "shouldn't"})


@check("not_obligation")
def not_obligation(ctx: Ctx, row: FrameRow) -> Verdict:
    """The cue is not what someone ought to say ("should say", "should have told"): no claim."""
    if ctx.cs >= ctx.vs:
        return PASS  # no auxiliary opens the cue (most cues): read no further
    first = next(iter_tokens(ctx.sent.text, ctx.cs, ctx.vs), None)
    return DROP if first is not None and first.low in _OBLIGATION else PASS


PHYSICAL_OBJECTS = tagged("literal.physical_objects")
# Words that end the object's noun phrase before its head would be passed.
_NP_END = (
    tagged("complements.object_end", "tails.phrase_prepositions", "adjunct_opener")
    | frozenset({"and", "or", "into", "onto", "behind", "across", "near", "by", "off", "down", "up"})
)
_NP_MOST = 7  # words of the object read for its head


def object_head(text: str, start: int, end: int) -> str:
    """The head noun of the noun phrase at `start` (lower case): its last word before a
    preposition, a comma or a joiner ("the door [on the way out]" -> "door"); "" when none."""
    head = ""
    for tok in islice(iter_tokens(text, start, end), _NP_MOST):
        if not tok.text[:1].isalnum() or tok.low in _NP_END:
            break
        head = tok.low.rstrip(".")
    return head


@check("said_not_done", per_row=True)
def said_not_done(ctx: Ctx, row: FrameRow) -> Verdict:
    """The object of a judging verb that also names a physical act is not a thing struck
    ("slammed the door", "attacked a police station"): else no claim (no other row reads the
    act as a report either)."""
    return DROP if object_head(ctx.sent.text, ctx.start, ctx.sent.e) in PHYSICAL_OBJECTS else PASS


_APPROXIMATE = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "another", "an", "a"})


@check("not_a_sum_added")
def not_a_sum_added(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "added 151,000 jobs", "adding $2 billion", "added another 30 seats": an amount right
    after "add" is a sum, not a remark: no claim."""
    if ctx.lemma != "add":
        return PASS
    for tok in islice(iter_tokens(ctx.sent.text, ctx.ve, ctx.sent.e), 3):
        if tok.text[:1].isdigit() or tok.text[:1] in "$€£":
            return DROP
        if tok.low not in _APPROXIMATE:
            return PASS
    return PASS


@check("not_an_object_after")
def not_an_object_after(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "A, mocked the party and its leaders", "A, the actor discussed his film": a verb whose
    noun-phrase object follows it (a phrase in lower case that its frame reads) takes neither
    the words before it as its content nor that object as an inverted speaker ("..., said the
    mayor" inverts; "..., tweeted Ann Cole" may): no claim."""
    if ctx.lemma not in FRAME_LEMMAS:
        return PASS
    text, e = ctx.sent.text, ctx.sent.e
    first = next(iter_tokens(text, ctx.ve, e), None)
    if first is None or not first.text[:1].islower() or is_time_word(first.low.rstrip(",.")):
        return PASS  # (no object: "..., the agency revealed today, ...")
    if _inverted_agent(text, ctx.ve, e):
        return PASS  # "A, announced the company on Friday.": the party is the inverted speaker
    return DROP if frame_start(text, ctx.lemma, first.start, e) is not None else PASS


_PARTY_NOUNS = tagged("literal.party_noun")
# After an inverted party, only the sentence's end or a time: "on Friday.", "late Tuesday."
_ENDS_AFTER_PARTY = re.compile(r"(?:\s+(?:on|late|early|earlier|later)\s+[A-Za-z]+)?\s*[.!?]?[\"”’]?\s*$")


def _inverted_agent(text: str, ve: int, e: int) -> bool:
    """A determiner and a party noun within three words after the verb ("the company", "the AI
    startup"), then the sentence's end, or a time before it ("on Friday")."""
    toks = list(islice(iter_tokens(text, ve, e), 4))
    if not toks or toks[0].low not in {"the", "a", "an"}:
        return False
    for tok in toks[1:]:
        low = tok.low.rstrip(".")
        if is_agent(low) or low in _PARTY_NOUNS:
            end = tok.end - (len(tok.low) - len(low))
            return _ENDS_AFTER_PARTY.match(text, end, e) is not None
    return False
