"""Who a claim is credited to, as the comparer sees it: named or anonymous, generic or not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claims.models import Claim
from claims.text import normalise


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

# Nouns for a party the article does not name. A speaker built on one of these
# ("two sources familiar with the matter", "a senior official", "one engineer")
# with no personal name is anonymous.
ROLE_NOUNS = _wordset(
    """
    source sources person people official officials analyst analysts expert experts insider
    insiders executive executives engineer engineers employee employees staff staffer staffers
    aide aides diplomat diplomats observer observers critic critics spokesperson spokesman
    spokeswoman representative representatives adviser advisers advisor advisors investor
    investors economist economists trader traders researcher researchers worker workers
    member members manager managers lawyer lawyers officer officers negotiator negotiators
    witness witnesses resident residents someone pilot pilots nurse nurses doctor doctors
    investigator investigators
    """
)
# Nouns for a text rather than a person: 'a Reuters report' names its source, 'internal
# communications' or 'reports of smuggling' do not.
DOCUMENT_NOUNS = _wordset(
    "report reports document documents communications memo memos letter filing filings "
    "correspondence statement statements article articles"
)
# Words that say the party is unnamed on purpose.
UNNAMED_MARKERS = frozenset({"unnamed", "anonymous", "anonymously", "familiar", "unidentified"})
_UNNAMED_TAIL = re.compile(r"anonymity|anonymously|not to be named|not authori[sz]ed|familiar with")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"})
# Generic speakers: sharing one of these says little about sharing a proposition.
GENERIC_HEADS = frozenset(
    {"source", "sources", "people", "person", "official", "officials", "analyst", "analysts",
     "expert", "experts", "observers", "critics", "reports", "report", "insiders", "insider"}
)
_TOKEN = re.compile(r"[a-z0-9]+")
_TRAILER = re.compile(r"\b(?:familiar|with|who|speaking|at|from|of|in|close|briefed|on)\b.*$")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text).replace("'", ""))


def _head(speaker: str) -> tuple[list[str], list[str]]:
    """Split a speaker phrase at its trailer ('... familiar with', '... at X'): (head, trailer)."""
    low = normalise(speaker)
    m = _TRAILER.search(low)
    head = low[: m.start()] if m else low
    tail = low[m.start():] if m else ""
    return _TOKEN.findall(head), _TOKEN.findall(tail)


def _has_name_after_role(speaker: str) -> bool:
    """'official John Reyes', 'analyst Ben Park': a capitalised word right after the role noun."""
    words = [w.strip(",.'\"“”") for w in speaker.split()]
    for i, w in enumerate(words):
        if w.lower() in ROLE_NOUNS:
            return i + 1 < len(words) and words[i + 1][:1].isupper()
    return False


def _capitalised_before_head(speaker: str) -> bool:
    words = [w.strip(",.'\"“”") for w in speaker.split()]
    for w in words[1:]:
        if w.lower() in DOCUMENT_NOUNS:
            return False
        if w[:1].isupper():
            return True
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in {"a", "an", "the", "one", "some"}


@lru_cache(maxsize=65536)
def is_anonymous(speaker: str) -> bool | None:
    """True for an unnamed party, False for a named one, None for a pronoun (undecided)."""
    head, tail = _head(speaker)
    if not head:
        return None
    if len(head) == 1 and head[0] in PRONOUNS:
        return None
    if UNNAMED_MARKERS & set(head) or _UNNAMED_TAIL.search(" ".join(tail)):
        return True
    if head[-1] in DOCUMENT_NOUNS:
        return not _capitalised_before_head(speaker)
    if head[-1] in ROLE_NOUNS:
        return not _has_name_after_role(speaker)
    return False


@lru_cache(maxsize=65536)
def is_generic(speaker: str) -> bool:
    """A speaker description that many unrelated claims share ('analysts', 'the official')."""
    head, _ = _head(speaker)
    return bool(head) and head[-1] in GENERIC_HEADS and is_anonymous(speaker) is True


def anonymous_ids(claims: Iterable[Claim]) -> dict[str, bool]:
    """speaker_id -> anonymous, decided over every description of that speaker.

    A pronoun ('He') takes the verdict of the speaker's other descriptions; a
    speaker named anywhere in the run is named.
    """
    named: set[str] = set()
    unnamed: set[str] = set()
    for claim in claims:
        anon = is_anonymous(claim.speaker)
        if anon is not None:
            (unnamed if anon else named).add(claim.speaker_id)
    return {sid: sid not in named for sid in named | unnamed}


def generic_ids(claims: Iterable[Claim]) -> set[str]:
    """speaker_ids whose every non-pronoun description is generic."""
    seen: dict[str, bool] = {}
    for claim in claims:
        if is_anonymous(claim.speaker) is None:
            continue
        g = is_generic(claim.speaker)
        seen[claim.speaker_id] = seen.get(claim.speaker_id, True) and g
    return {sid for sid, g in seen.items() if g}


@lru_cache(maxsize=65536)
def party_words(speaker: str) -> frozenset[str]:
    """The named parties in a (joint) speaker: 'Acme and Globex' -> {'acme', 'globex'}; a possessive
    is its owner ("Acme's press office" -> acme, office, press)."""
    words = tokens(normalise(speaker).replace("’s ", " ").replace("'s ", " "))
    return frozenset(w for w in words if w not in {"and", "the", "a", "an", "both", "or"})
