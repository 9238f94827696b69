"""Noun cues: a speaker's possessed noun of saying with its `that` clause ("the mayor's claim
that the bridge is safe", "his warning on Monday that rates would rise", "Her argument is that
...") or the one a verb of issuing takes ("The airline issued a statement that ...").

Only nouns of saying (claims, warnings, promises, remarks, ...), never of belief ("his view
that", "the hope that"); only a possessor as the speaker (a name, "the agency's", or a
possessive pronoun), or the subject of the verb of issuing; only a clause after `that` (not a
relative clause: "the claims that were filed"). The content runs to the end of the sentence.
"""

from __future__ import annotations

import re
from itertools import repeat

from claims.extract.found import Found
from claims.extract.lexicon import tagged
from claims.extract.phrases import inside, looks_like_speaker
from claims.extract.subjects import subject_before
from claims.extract.tails import looks_like_clause, opens_clause
from claims.models import Kind

_NOUNS = tagged("nouncues.saying_noun")
# Nouns of belief or feeling that a verb of expressing makes an act ("expressed doubts that ...",
# "voiced concern that ..."); alone ("his hope that ...") they report nothing.
_EXPRESSED_NOUNS = tagged("nouncues.expressed_noun")
_CUE_NOUNS = _NOUNS | _EXPRESSED_NOUNS
# Words between the noun and `that`: a time or a place ("on Monday", "last year", "in May").
_ADJUNCT = tagged("nouncues.adjunct_word")
# Capitalised words that open a sentence or a phrase, not a possessor's name ("Despite Lee's").
_NOT_NAME = tagged("nouncues.not_name")
# Modifiers between the possessor and the noun that make it no act of saying ("his own").
_NOT_MODIFIER = tagged("nouncues.not_modifier")

_NOUN_RE = re.compile(
    r"(?<![\w'’-])(?P<noun>" + "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True)) + r")"
    r"(?P<adj>(?:\s+[\w.,:’'-]+){0,4}?)(?:\s+(?:is|was))?\s+that\s+"
)
_POSSESSOR_RE = re.compile(
    r"(?:(?<![\w'’])(?P<pro>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"|(?P<name>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:['’]s|s['’]))"
    r"|(?P<def>(?<![\w'’])[Tt]he\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:['’]s|s['’])))"
    r"(?P<mods>(?:\s+[a-z][\w-]*){0,2})\s+$"
)
_OWNER_MARK = re.compile(r"^['’]s?")
_WINDOW = 90
MAX_PER_SENTENCE = 4


_WORD_EDGES = "\"'“”‘’([{-"


def may_hold_noun_cue(low: str) -> bool:
    """False when `noun_cues` is sure to find nothing: no ` that `, or no noun of saying as a
    word of the lower-cased sentence (looked up in a set, without the noun pattern's scan)."""
    if " that " not in low:
        return False
    # (each word stripped in C, by `map`: no generator step per word)
    return not _CUE_NOUNS.isdisjoint(map(str.strip, low.split(), repeat(_WORD_EDGES)))


def _possessor(text: str, lo: int, a: int) -> tuple[int, int] | None:
    """The span of the possessor (without its 's) that ends just before the noun at `a`."""
    m = _POSSESSOR_RE.search(text, max(lo, a - _WINDOW), a)
    if m is None:
        return None
    if any(w in _NOT_MODIFIER for w in m.group("mods").split()):
        return None
    if m.group("pro") is not None:
        return m.start("pro"), m.end("pro")
    key = "name" if m.group("name") is not None else "def"
    start, end = m.start(key), m.end(key)
    end -= 2 if text[end - 2 : end].lower() in ("'s", "’s") else 1
    if key == "name":
        words = text[start:end].split()
        while words and words[0].strip(".").lower() in _NOT_NAME:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if not words:
            return None
    return start, end


def _content(text: str, s: int, e: int, a: int, start: int) -> int | None:
    """Where the `that` clause opening at `start` ends (the noun at `a`): the sentence's end, or
    a comma when an opening preposition puts the noun in a fronted phrase ("Despite Lee's claim
    that ..., the plan failed"); None when no clause follows."""
    end = e
    first = text[s:a].split(maxsplit=1)
    if first and first[0].lower() in _NOT_NAME:
        comma = text.find(", ", start, e)
        end = e if comma < 0 else comma
    while end > start and text[end - 1] in " .!?;:,":
        end -= 1
    if end - start < 8 or not opens_clause(text, start, end) or not looks_like_clause(text, start, end):
        return None
    return end


def noun_cues(text: str, s: int, e: int, quotes: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """The possessed nouns of saying in the sentence `text[s:e]` with their `that` clauses;
    none whose content overlaps a span in `taken` (another claim's content) or that stands
    inside a quotation."""
    out: list[Found] = []
    for m in _NOUN_RE.finditer(text, s, e):
        if len(out) >= MAX_PER_SENTENCE:
            break
        found = _noun_cue(text, s, e, m, quotes, taken)
        if found is not None:
            out.append(found)
    if len(out) < MAX_PER_SENTENCE:
        out.extend(_expressed(text, s, e, quotes, taken)[: MAX_PER_SENTENCE - len(out)])
    return out


def _noun_cue(text: str, s: int, e: int, m: re.Match[str], quotes: list[tuple[int, int]],
              taken: list[tuple[int, int]]) -> Found | None:
    a = m.start("noun")
    if inside(a, quotes) or not (all(_adjunct(w) for w in m.group("adj").split()) or _BY.fullmatch(m.group("adj"))):
        return None
    pos = _possessor(text, s, a) or _by_agent(text, s, m)
    issued = None if pos is not None else _issuer(text, s, a)
    start = m.end()
    end = None if pos is None and issued is None else _content(text, s, e, a, start)
    if end is None or any(ts < end and start < te for ts, te in taken):
        return None
    if issued is not None:  # "The airline issued a statement that ...": the issuer, the issuing its cue
        (ss, se), cs = issued
        return Found(text[ss:se], text[cs : m.end("noun")], None, start, end, cs, ss, kind=Kind.INDIRECT)
    assert pos is not None
    if pos[0] > a:  # "a promise by the mayor that ...": the agent after the noun
        return Found(text[pos[0] : pos[1]], m.group("noun"), None, start, end, a, a, kind=Kind.INDIRECT)
    cue = _OWNER_MARK.sub("", text[pos[1] : m.end("noun")]).strip()
    return Found(text[pos[0] : pos[1]], cue, None, start, end, pos[1], pos[0], kind=Kind.INDIRECT)


# "a public promise by Ann Lee that ...", "the claim by the ministry that ...": the agent after the noun.
_BY = re.compile(
    r"\s+by\s+(?P<agent>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
)


_BY_LEAST_BEFORE = 3
"""Words before a noun with its agent after it: "A claim by X that the dam was safe drew criticism"
opens its sentence as the subject, and its clause would run into the main verb."""


def _by_agent(text: str, s: int, m: re.Match[str]) -> tuple[int, int] | None:
    by = _BY.fullmatch(m.group("adj"))
    if by is None or len(text[s : m.start("noun")].split()) < _BY_LEAST_BEFORE:
        return None
    start = m.start("adj") + by.start("agent")
    end = m.start("adj") + by.end("agent")
    return (start, end) if looks_like_speaker(text, start, end) else None


_EXPRESSED_RE = re.compile(
    r"\b(?P<verb>expressed|expresses|expressing|voiced|voices|voicing)\s+(?:(?:his|her|their|its|some|serious|grave|"
    r"strong|deep|growing)\s+)?(?P<noun>" + "|".join(sorted(_EXPRESSED_NOUNS, key=len, reverse=True)) + r")\s+that\s+"
)


def _expressed(text: str, s: int, e: int, quotes: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """ "The judges also expressed doubts that ...": the subject of the verb of expressing says the clause."""
    out: list[Found] = []
    for m in _EXPRESSED_RE.finditer(text, s, e):
        if inside(m.start(), quotes):
            continue
        start = m.end()
        end = _content(text, s, e, m.start("noun"), start)
        subj = subject_before(text, s, m.start("verb"))
        if end is None or subj.empty or not looks_like_speaker(text, subj.start, subj.end):
            continue
        if any(ts < end and start < te for ts, te in taken):
            continue
        cue = text[m.start("verb") : m.end("noun")]
        out.append(Found(text[subj.start : subj.end], cue, None, start, end, m.start("verb"), subj.start,
                         kind=Kind.INDIRECT))
    return out


# A clock time between the noun and `that` ("a statement around 11:28 a.m. that ...").
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?|[ap]\.?m\.?|around|about|shortly|noon|midday")


def _adjunct(word: str) -> bool:
    low = word.strip(",").lower()
    return low in _ADJUNCT or _CLOCK.fullmatch(low) is not None


# Issuing a statement: "issued a statement", "released a brief statement", "put out a post".
_ISSUED = re.compile(
    r"\b(?:issued|released|shared|published|posted|put\s+out|sent(?:\s+out)?)\s+(?:a|an)\s+(?:[a-z]+\s+)?$"
)


def _issuer(text: str, s: int, a: int) -> tuple[tuple[int, int], int] | None:
    """For a noun of saying that a verb of issuing takes as its object ("The airline issued a
    statement that ..."): (the subject's span, where the verb starts); else None."""
    m = _ISSUED.search(text, max(s, a - 40), a)
    if m is None:
        return None
    subj = subject_before(text, s, m.start())
    if subj.empty or not looks_like_speaker(text, subj.start, subj.end):
        return None
    return (subj.start, subj.end), m.start()
