"""An attribution set off by commas in the middle of a sentence: "The bridge, officials said,
is unsafe." / "The deal, according to two people familiar with the talks, could close by
Friday." / "Prices, the company said in a statement, will rise 4% in June."

The claim is the whole sentence without its final punctuation ("The bridge, officials said,
is unsafe"): its subject and predicate lie on both sides of the aside, and a claim is one
contiguous span of the text, so the span necessarily holds the attribution; the speaker, cue
and relay are read from the aside.

What is not such an attribution:
- an aside that is not speaker + cue: an apposition ("The mayor, a former nurse, said ...",
  read as an ordinary speaker-first claim) or a relative clause ("The bridge, which officials
  said was unsafe, closed": what officials said is "the bridge was unsafe", which is no
  contiguous span, so no claim is made, as for "The rules, which critics say are too weak, ...");
- "as" asides ("Prices, as analysts predicted, rose"), a writer's comparison, not a report;
- a head that is already a clause ("Output will fall, the chief said, adding ..."), which the
  content-first pattern reads;
- a continuation that does not resume the sentence's predicate ("..., officials said, and ...",
  "..., she said, adding that ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from claims.extract import cues
from claims.extract.found import Found
from claims.extract.labels import glued_to_hyphen
from claims.extract.lexicon import tagged
from claims.extract.phrases import (
    VERBISH,
    drop_discourse,
    first_token,
    looks_like_speaker,
    split_via,
    strip_span,
    tokens,
)
from claims.extract.subjects import cue_start
from claims.extract.tails import addressed_in_person, tail

__all__ = ["mid_sentence"]

_MAX_HEAD_WORDS = 14
_MAX_ASIDE_WORDS = 16
_MAX_HEAD_CHARS = 250  # a head of _MAX_HEAD_WORDS words fits well within this; bounds the comma scan
# Finite verbs that show the head before the aside is a clause, not a subject.
_FINITE = VERBISH | tagged("asides.finite_extra")
# Words that cannot open the predicate resumed after the aside.
_NOT_PREDICATE = tagged("asides.not_predicate")
_NOT_ASIDE_START = tagged("asides.not_aside_start")


def _predicate_follows(text: str, pos: int, end: int) -> bool:
    m = first_token(text, pos, min(end, pos + 60))
    if m is None:
        return False
    first = m.group()
    return first.isalpha() and first.islower() and first not in _NOT_PREDICATE and not first.endswith("ing")


def _head_is_subject(text: str, start: int, end: int) -> bool:
    toks = tokens(text, start, end)
    words = [t for t in toks if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_HEAD_WORDS:
        return False
    if any(t.text in '“”"«»‘’;:' for t in toks):
        return False
    return not any(t.low in _FINITE for t in toks)


def _according(text: str, a: int, b: int) -> Found | None:
    toks = tokens(text, a, b)
    if len(toks) < 3 or toks[0].low != "according" or toks[1].low != "to":
        return None
    (ss, se), via = split_via(text, toks[2].start, b)
    if not looks_like_speaker(text, ss, se):
        return None
    return Found(text[ss:se].rstrip("."), text[toks[0].start : toks[1].end], via, 0, 0, toks[0].start, a)


def _reported(text: str, a: int, b: int) -> Found | None:
    """ "officials said", "the company said in a statement", "she told Reuters on Monday"."""
    matches = cues.verb_matches(text[a:b])
    if not matches:
        return None
    m_start, m_end, form = matches[0]
    vs, ve = a + m_start, a + m_end
    lemma = cues.lemma(form)
    if lemma in cues.OBJECT_COMPLEMENT or cues.is_participle(form) or glued_to_hyphen(text, vs):
        return None  # (nor "the self-proclaimed, consummate outsider": a compound adjective)
    cs = cue_start(text, a, vs)
    pos, via, had_that = tail(text, ve, b, lemma)
    if had_that or text[pos:b].strip():
        return None
    sp = strip_span(text, a, cs)
    if sp[1] <= sp[0]:
        return None
    (ss, se), relay = split_via(text, *sp)
    if not looks_like_speaker(text, ss, se):
        return None
    if lemma in cues.COGNITION and text[ss:se].lower() in cues.FIRST_PERSON:
        return None  # the writer's "The plan, I think, is sound."
    via = via or relay
    found = Found(text[ss:se], text[cs:ve], via, 0, 0, cs, a)
    found.in_person = via is None and addressed_in_person(text, lemma, ve, b)
    return found


def _commas(text: str, lead: int, e: int, quotes: list[tuple[int, int]]) -> Iterator[int]:
    """Commas outside the (sorted) quotations of `text[lead:e]`, up to the first one past
    _MAX_HEAD_CHARS."""
    k = 0
    i = text.find(",", lead, e)
    while i >= 0:
        while k < len(quotes) and quotes[k][1] <= i:
            k += 1
        if not (k < len(quotes) and quotes[k][0] < i):
            yield i
            if i - lead > _MAX_HEAD_CHARS:
                return
        i = text.find(",", i + 1, e)


def mid_sentence(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> tuple[Found, tuple[int, int]] | None:
    """The attribution set off by commas inside the sentence `text[s:e]`, with the span of
    the aside; the content is the whole sentence (shaped later)."""
    if text.count(",", s, e) < 2:  # an aside needs a comma on each side: most sentences stop here
        return None
    lead = drop_discourse(text, s, e)
    for c1, c2 in pairwise(_commas(text, lead, e, quotes)):
        if c1 - lead > _MAX_HEAD_CHARS:
            break
        a, b = c1 + 1, c2
        aside = tokens(text, a, b)
        if not aside or len(aside) > _MAX_ASIDE_WORDS or aside[0].low in _NOT_ASIDE_START:
            continue
        # The predicate first: each head tested then holds one more word, so at most
        # _MAX_HEAD_WORDS + 1 heads are tokenised per sentence.
        if not _predicate_follows(text, c2 + 1, e) or not _head_is_subject(text, lead, c1):
            continue
        found = _according(text, a, b) or _reported(text, a, b)
        if found is None:
            continue
        found.start, found.end, found.clause = lead, e, lead
        return found, (a, b)
    return None
