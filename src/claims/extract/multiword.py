"""Multiword cues: refusals ("declined to comment") and "according to"."""

from __future__ import annotations

import re

from claims.extract import cues
from claims.extract.coordinated import joined_subject
from claims.extract.found import Found
from claims.extract.lexicon import tagged
from claims.extract.phrases import (
    BOUNDARY_WORDS,
    DETERMINERS,
    MAX_SPEAKER_CHARS,
    PRONOUNS,
    VERBISH,
    Tok,
    drop_discourse,
    fewer_words,
    inside,
    looks_like_speaker,
    split_via,
    strip_span,
    tokens,
)
from claims.extract.subjects import subject_before
from claims.extract.times import is_time_word
from claims.models import Kind

_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:published|released|issued|dated|posted|aired|broadcast|filed|out|taken|conducted|carried|"
    r"sent|obtained|seen|reviewed|shared|circulated|"
    r"who|which|that)\b"
)


# "according to plan", "sorted according to size": accordance, not a source.
_ACCORDANCE = tagged("multiword.accordance")
_LAST_NOT = tagged("multiword.last_not")


def is_source_phrase(text: str, start: int, end: int) -> bool:
    """What follows "according to" names a source more freely than a subject does: any short
    noun phrase, a poll, a law, results or returns ("according to early exit poll results",
    "according to state law"), not an accordance ("according to plan")."""
    if looks_like_speaker(text, start, end):
        return True
    toks = [t for t in tokens(text, start, end) if t.text not in '“”"«»‘’']
    words = [w for w in (t.low.strip(".,;:") for t in toks) if w]
    if not words or len(words) > 14 or not toks[0].text[:1].isalnum():
        return False
    if words == ["her"]:
        return True  # "According to her, ...": the pronoun, not a determiner whose noun is missing
    if any(w in VERBISH or w in BOUNDARY_WORDS for w in words):
        return False
    if words[-1] in _LAST_NOT or words[0] in {"in", "on", "at", "to", "from", "me", "us"}:
        return False
    return not any(w in _ACCORDANCE for w in words[:3])


# A refusal joined to the predicate before it, sharing its subject: "..., but declined to say".
_JOINED_BEFORE = re.compile(r",?\s+(?:but|and)(?:\s+(?:later|then|also))?\s+\Z")
_SECOND_PREDICATE = re.compile(r"\s+(?:but|and|while|though|although)\s+")


def _refuser(text: str, s: int, a: int) -> tuple[tuple[int, int], str | None] | None:
    """The span of who refuses at `a` and the outlet an aside names ("when contacted by the
    Gazette"): the subject before it, or, for a refusal joined to the predicate before it,
    that clause's subject ("Lee confirmed the meeting but declined to elaborate"); None when
    no speaker-like subject is there."""
    subj = subject_before(text, s, a)
    if subj.empty:
        joiner = _JOINED_BEFORE.search(text, s, a)
        joined = joined_subject(text, s, joiner.start()) if joiner is not None else None
        return (joined, None) if joined is not None else None
    sp = strip_span(text, drop_discourse(text, subj.start, subj.end), subj.end)
    return (sp, subj.aside_via) if looks_like_speaker(text, *sp) else None


def refusals(text: str, s: int, e: int, quotes: list[tuple[int, int]], low: str | None = None) -> list[Found]:
    """Refusal phrases in the sentence `text[s:e]` (`low`: its lower-cased text, if known)."""
    out: list[Found] = []
    sentence = text[s:e]
    for m in cues.refusal_matches(sentence, low)[: cues.MAX_PER_SENTENCE]:
        a, b = s + m.start(), s + m.end()
        if inside(a, quotes):
            continue
        refuser = _refuser(text, s, a)
        if refuser is None:
            continue
        sp, aside_via = refuser
        stop = b
        while stop < e and text[stop] not in ",;—–.":
            stop += 1
        second = _SECOND_PREDICATE.search(text, b, stop)
        if second is not None:
            stop = second.start()  # "declined to discuss it but said ...": a claim of its own
        via = aside_via or _asking_outlet(text, a, b)  # "when contacted by the Gazette", "a BBC request"
        out.append(Found(text[sp[0] : sp[1]], text[a:b], via, a, stop, a, sp[0], kind=Kind.NO_COMMENT))
    return out


# The outlet that asked, named before its request: "did not respond to a BBC request for comment".
_ASKED_BY = re.compile(
    r"\b(?:a|an|the)\s+((?:[A-Z][\w.&’'-]*\s+){1,2}?)(?:e-?mailed\s+|written\s+)?"
    r"(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|e-?mails?|messages?|calls?)\b"
)


def _asking_outlet(text: str, a: int, b: int) -> str | None:
    m = _ASKED_BY.search(text, a, b)
    if m is None:
        return None
    name = m.group(1).strip()
    return None if is_time_word(name) else name


def according(text: str, s: int, e: int, quotes: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for m in cues.according_matches(text[s:e])[: cues.MAX_PER_SENTENCE]:
        a, b = s + m.start(), s + m.end()
        if inside(a, quotes) or inside(a, taken):
            continue
        parts = _according_parts(text, s, e, a, b)
        if parts is None:
            continue
        (ss, se), via, content = parts
        if not is_source_phrase(text, ss, se) or fewer_words(text, *content, 3):
            continue
        out.append(Found(text[ss:se].rstrip("."), text[a:b], via, content[0], content[1], a, a))
        taken.append((a, se))
    return out


_Span = tuple[int, int]


def _lead_end(text: str, b: int, stop: int) -> int:
    """Where a leading "According to X" ends: its comma, or a colon ("According to the
    Herald: "...""); -1 when neither comes within reach."""
    comma, colon = text.find(",", b, stop), text.find(":", b, stop)
    if colon < 0:
        return comma
    return colon if comma < 0 or colon < comma else comma


# What ends the source of a trailing "according to": a comma, a semicolon or a dash.
_TRAILING_STOPS = frozenset(",;—–")


_DETERMINER_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_APPOSITION_OPENERS = _DETERMINER_OPENERS | {"who", "which", "whose"}
_ROLE_LINKS = frozenset({"for", "of", "at", "with", "in"})  # "a spokeswoman for the hospital"


def _past_apposition(text: str, start: int, e: int) -> int:
    """Past an apposition on the source before the content ("According to Maria Santos, a
    spokeswoman for the hospital, two patients ...", "According to the complaint, filed in
    May, the officer ..."): after its closing comma, when a clause follows; else `start`."""
    toks = tokens(text, start, min(e, start + 160))
    if not toks:
        return start
    first = toks[0].low
    if first not in _APPOSITION_OPENERS and not (toks[0].text.islower() and first.endswith("ed")):
        return start
    comma = next((t for t in toks[1:] if t.text == ","), None)
    if comma is None or any(t.text in ";:—–()\"“”" for t in toks[: toks.index(comma)]):
        return start
    segment = toks[: toks.index(comma)]
    if first in _DETERMINER_OPENERS and not (len(segment) >= 3 and any(t.low in _ROLE_LINKS for t in segment)):
        return start  # "the driver, a 34-year-old man, fled": the content's subject, not a role
    k = toks.index(comma)
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not _opens_subject(nxt) or fewer_words(text, comma.end, e, 3):
        return start  # "the bridge, built in 1950, is unsafe": the content's own subject and aside
    later = next((n for n in range(k + 1, len(toks) - 1) if toks[n].text == ","), None)
    if later is not None and toks[later + 1].text.islower() and _verb_like(toks[later + 1].low):
        return start  # "the owner of the bridge, a local firm, is liable": an aside on the subject
    return comma.end


def _verb_like(low: str) -> bool:
    return low in VERBISH or (low.endswith("ed") and len(low) > 3)


def _opens_subject(tok: Tok) -> bool:
    low = tok.low
    return low in DETERMINERS or low in PRONOUNS or tok.text[:1].isupper() or tok.text[:1].isdigit()


def _according_parts(text: str, s: int, e: int, a: int, b: int) -> tuple[_Span, str | None, _Span] | None:
    """(speaker span, relay, content span) for "according to" at `a`-`b` in the sentence
    `s`-`e`: "According to X, <content>" (the speaker runs to the comma or a colon) or "<content>,
    according to X" (to the next comma or semicolon). None when no comma ends a leading one."""
    lead = drop_discourse(text, s, e)
    if a <= lead:
        comma = _lead_end(text, b, min(e, b + MAX_SPEAKER_CHARS + 1))
        if comma < 0:
            return None
        (ss, se), via = split_via(text, b, comma)
        content = (_past_apposition(text, comma + 1, e), e)
    else:
        stop = b
        while stop < e and text[stop] not in _TRAILING_STOPS and stop - b <= MAX_SPEAKER_CHARS:
            if text.startswith(" -", stop) and text[stop + 2 : stop + 4].startswith((" ", "- ")):
                break  # "..., according to a poll last week - the same as ...": a dash ends it
            stop += 1
        (ss, se), via = split_via(text, b, stop)
        content = (lead, a)
    cut = _PARTICIPLE_TAIL.search(text, ss, se)
    if cut is not None:
        ss, se = strip_span(text, ss, cut.start())  # "a report published in May"
    return (ss, se), via, content
