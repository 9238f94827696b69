"""A second reading of a subject that does not look like a speaker as it stands.

`looks_like_speaker` turns down a subject that holds more than the speaker's noun phrase:
an adverb before the verb ("she angrily said"), a time phrase ("The mayor last week said"),
an opening adverbial before a pronoun ("On Monday he said"), a relative clause ("Voters who
attended the rally said"), an opening subordinator ("While critics say ..."). Such a subject
names its speaker all the same; `repaired_speaker` finds it. A count standing as the subject
("One in three said", "Another said", "61 percent said") is a speaker too: the share of the
people asked. Only a subject already turned down is read again, so nothing that passes today
changes.
"""

from __future__ import annotations

from claims.extract import cues
from claims.extract.phrases import (
    DETERMINERS,
    PUNCT,
    VERBISH,
    Tok,
    is_capitalised,
    looks_like_speaker,
    tokens,
    uncontracted,
)

# Words between the subject and its verb that are not part of the subject ("she also said").
_ADVERBS = frozenset(
    {"also", "then", "later", "even", "again", "still", "once", "now", "just", "already", "since", "too", "first"}
    | {"earlier", "previously", "repeatedly", "recently", "reportedly", "publicly", "privately", "separately"}
)
_NOT_ADVERBS = frozenset({"only", "early", "family", "ally", "rally", "italy", "july", "supply", "assembly", "daily"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}
    | {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "spring", "summer", "fall"}
    | {"winter", "january", "february", "march", "april", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)
# Words that open a time phrase ending the subject: "on Sunday", "last week", "in 2010".
_TIME_OPENERS = frozenset({"on", "in", "last", "this", "next", "earlier", "later", "late", "early", "at", "during"})
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})
# Before a pronoun, these make the verb negated or a question ("nor did he say"): no claim.
_NO_PRONOUN_AFTER = frozenset(
    {"did", "does", "do", "could", "would", "nor", "not", "and", "or", "than", "as"}
    | {"what", "which", "whom", "how", "where"}
)
_SUBORDINATORS = frozenset({"while", "though", "although", "because", "whereas", "since", "why", "if", "when"})
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
    | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen"}
    | {"half", "third", "quarter", "two-thirds", "three-fourths", "three-quarters", "one-third", "one-half"}
)
_COUNT_LEADS = frozenset({"about", "only", "nearly", "almost", "roughly", "some", "just", "another", "the", "all"})
_COUNT_LEAD_PAIRS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("but", "two")})
_PERCENT = frozenset({"percent", "%", "per", "cent"})
_LONE_COUNTS = frozenset({"another", "none", "neither"})
# Family-name particles written lower-case ("de Blasio", "dos Santos", "van Hollen").
_NAME_PARTICLES = frozenset(
    {"de", "da", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "le", "la", "al", "bin"}
)
_OPEN_ENDS = frozenset({"of", "in", "on", "at", "for", "and", "or", "the"})
_REL_OPENERS = frozenset({"who", "whose"})
_PARTICIPLE_LINKS = frozenset({"at", "by", "in", "on", "for", "from", "during"})


def _is_adverb(tok: Tok) -> bool:
    low = tok.low
    if low in _ADVERBS:
        return True
    return tok.text.islower() and low.endswith("ly") and len(low) > 4 and low.isalpha() and low not in _NOT_ADVERBS


def _is_number(low: str) -> bool:
    return low.replace(",", "").replace(".", "").isdigit() or low in _NUMBER_WORDS or low.rstrip("%").isdigit()


def _trim_tail(toks: list[Tok]) -> list[Tok]:
    """Without adverbs and a time phrase at the end ("she angrily", "Ann Lee on Sunday")."""
    changed = True
    while toks and changed:
        changed = False
        while toks and _is_adverb(toks[-1]):
            toks, changed = toks[:-1], True
        last = toks[-1].low if toks else ""
        if toks and (last in _TIME_WORDS or (last.isdigit() and len(last) == 4)):
            k = len(toks) - 1
            while k > 0 and len(toks) - k < 4 and toks[k - 1].low not in _TIME_OPENERS:
                k -= 1
            if k > 0 and toks[k - 1].low in _TIME_OPENERS:
                toks, changed = toks[: k - 1], True
    return toks


def _count_start(lows: list[str]) -> int:
    """Where the number of a count opens, after "about", "more than", "all but"."""
    i = 0
    if len(lows) > 2 and (lows[0], lows[1]) in _COUNT_LEAD_PAIRS:
        i = 2
    elif lows and lows[0] in _COUNT_LEADS:
        i = 1
    return i + 1 if lows[i : i + 2] == ["but", "two"] else i


def _is_count(toks: list[Tok]) -> bool:
    """ "One in three", "about one in five", "61 percent", "the two", "all but two", "Another"."""
    lows = [t.low for t in toks]
    if len(lows) == 1 and lows[0] in _LONE_COUNTS:
        return True
    i = _count_start(lows)
    if i >= len(lows) or not _is_number(lows[i]):
        return False
    rest = lows[i + 1 :]
    if rest[:1] == ["in"] and len(rest) >= 2 and _is_number(rest[1]):
        rest = rest[2:]
    while rest and rest[0] in _PERCENT:
        rest = rest[1:]
    if rest[:1] != ["of"]:
        return not rest
    open_end = rest[-1] in DETERMINERS or rest[-1] in _OPEN_ENDS
    return 2 <= len(rest) <= 6 and not open_end and VERBISH.isdisjoint(rest) and not any(r in PUNCT for r in rest)


def _name_with_particle(toks: list[Tok]) -> bool:
    """ "de Blasio", "Bill de Blasio", "dos Santos": capitalised words and a lower-case particle."""
    if not 2 <= len(toks) <= 4 or toks[-1].low in _NAME_PARTICLES:
        return False
    return any(t.low in _NAME_PARTICLES for t in toks) and all(
        is_capitalised(t.text) or t.low in _NAME_PARTICLES for t in toks
    )


def repaired_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker inside a subject `text[start:end]` that does not look like one, or None."""
    toks = [t for t in tokens(text, start, end) if t.text not in "“”\"‘’"]
    trimmed = _trim_tail(toks) if len(toks) <= 30 else []
    if not trimmed:
        return None
    last = trimmed[-1]
    if last.low in _NOMINATIVE:
        return _pronoun(trimmed)
    if _is_count(trimmed) or _name_with_particle(trimmed):
        return trimmed[0].start, last.end
    span = (trimmed[0].start, last.end)
    if len(trimmed) < len(toks) and looks_like_speaker(text, *span):
        return span
    return _head_or_rest(text, trimmed)


def _pronoun(toks: list[Tok]) -> tuple[int, int] | None:
    """A pronoun closing the subject ("On Monday he"), unless the verb is negated or asked
    about ("nor did he"), the pronoun closes a free relative ("what he") or it opens a clause
    inside another's report ("told me they", "said that he")."""
    last = toks[-1]
    before = toks[-2].low if len(toks) > 1 else ""
    nested = any(t.low == "that" or t.text in cues.FORM_TO_LEMMA for t in toks[:-1])
    return None if before in _NO_PRONOUN_AFTER or nested else (last.start, last.end)


def _head_or_rest(text: str, toks: list[Tok]) -> tuple[int, int] | None:
    """The head noun phrase before a relative clause or a participle phrase ("Voters who
    have ..."), or the subject after an opening subordinator ("While critics")."""
    for k, tok in enumerate(toks[:-1]):
        if k >= 1 and (uncontracted(tok.low) in _REL_OPENERS or _participle_after_noun(toks, k)):
            head = (toks[0].start, toks[k - 1].end)
            return head if looks_like_speaker(text, *head) else None
        if tok.low in _SUBORDINATORS and k <= 2:
            rest = (toks[k + 1].start, toks[-1].end)
            return rest if looks_like_speaker(text, *rest) else None
    return None


def _participle_after_noun(toks: list[Tok], k: int) -> bool:
    """ "veterans interviewed at the rally": a past participle after a plural noun, then a preposition."""
    tok, prev = toks[k], toks[k - 1]
    return (
        tok.low.endswith("ed")
        and len(tok.low) > 4
        and prev.low.endswith("s")
        and prev.text.islower()
        and k + 1 < len(toks)
        and toks[k + 1].low in _PARTICIPLE_LINKS
    )
