"""Which outlet a claim is credited to ('told Reuters', 'according to a Reuters report')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.models import Claim, Source
from claims.text import normalise

_TOKEN = re.compile(r"[a-z0-9]+")
_DROP = frozenset({"the", "com", "www", "news"})


def outlet_key(name: str) -> tuple[str, ...]:
    """An outlet name as comparable words: 'The Signal' -> ('signal',), 'Investing.com' -> ('investing',)."""
    words = tuple(w for w in _TOKEN.findall(normalise(name)) if w not in _DROP)
    return words or tuple(_TOKEN.findall(normalise(name)))


def credited_outlets(claim: Claim, outlets: dict[tuple[str, ...], list[str]]) -> set[tuple[str, ...]]:
    """Outlets in the corpus (by key) that the claim's `via` or speaker names."""
    return credited_in(claim, first_word_index(outlets))


def credited_in(claim: Claim, by_first: dict[str, list[tuple[str, ...]]]) -> set[tuple[str, ...]]:
    """As credited_outlets, with the outlet keys indexed by their first word (see first_word_index)."""
    found: set[tuple[str, ...]] = set()
    for text in (claim.via, claim.speaker):
        if not text:
            continue
        words = tuple(_TOKEN.findall(normalise(text)))
        for i, w in enumerate(words):
            for key in by_first.get(w, ()):
                if words[i:i + len(key)] == key:
                    found.add(key)
    return found


def first_word_index(outlets: dict[tuple[str, ...], list[str]]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in outlets:
        if key:
            by_first.setdefault(key[0], []).append(key)
    return by_first


@dataclass(frozen=True, slots=True)
class OutletIndex:
    """The corpus outlets: key -> source ids, and the keys by first word for fast lookup."""

    sources: dict[tuple[str, ...], list[str]]
    by_first: dict[str, list[tuple[str, ...]]]


def outlet_index(sources: list[Source]) -> OutletIndex:
    """Outlet key -> ids of the corpus sources published by that outlet."""
    index: dict[tuple[str, ...], list[str]] = {}
    for s in sources:
        index.setdefault(outlet_key(s.outlet), []).append(s.id)
    return OutletIndex(sources=index, by_first=first_word_index(index))
