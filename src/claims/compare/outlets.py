"""Which outlet a claim is credited to ('told Reuters', 'according to a Reuters report')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.models import Claim, Source
from claims.text import normalise

_TOKEN = re.compile(r"[a-z0-9]+")
_DROP = frozenset({"the", "com", "www", "news"})

OutletKey = tuple[str, ...]


def outlet_key(name: str) -> OutletKey:
    """An outlet name as comparable words: 'The Signal' -> ('signal',), 'Investing.com' -> ('investing',)."""
    words = tuple(w for w in _TOKEN.findall(normalise(name)) if w not in _DROP)
    return words or tuple(_TOKEN.findall(normalise(name)))


@dataclass(frozen=True, slots=True)
class OutletIndex:
    """The outlets of the corpus: key -> source ids, and the keys by first word for fast lookup."""

    sources: dict[OutletKey, list[str]]
    by_first: dict[str, list[OutletKey]]


def outlet_index(sources: list[Source]) -> OutletIndex:
    index: dict[OutletKey, list[str]] = {}
    for s in sources:
        index.setdefault(outlet_key(s.outlet), []).append(s.id)
    by_first: dict[str, list[OutletKey]] = {}
    for key in index:
        if key:
            by_first.setdefault(key[0], []).append(key)
    return OutletIndex(sources=index, by_first=by_first)


def credited_outlets(claim: Claim, index: OutletIndex) -> set[OutletKey]:
    """Corpus outlets that the claim's `via` or speaker names, as whole words ('a Reuters report')."""
    found: set[OutletKey] = set()
    for text in (claim.via, claim.speaker):
        if not text:
            continue
        words = tuple(_TOKEN.findall(normalise(text)))
        for i, w in enumerate(words):
            for key in index.by_first.get(w, ()):
                if words[i:i + len(key)] == key:
                    found.add(key)
    return found
