"""Which outlet a claim is credited to ('told Reuters', 'according to a Reuters report')."""

from __future__ import annotations

import re

from claims.models import Claim, Source
from claims.text import normalise

_TOKEN = re.compile(r"[a-z0-9]+")
_DROP = frozenset({"the", "com", "www", "news"})


def outlet_key(name: str) -> tuple[str, ...]:
    """An outlet name as comparable words: 'The Signal' -> ('signal',), 'Investing.com' -> ('investing',)."""
    words = tuple(w for w in _TOKEN.findall(normalise(name)) if w not in _DROP)
    return words or tuple(_TOKEN.findall(normalise(name)))


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def credited_outlets(claim: Claim, outlets: dict[tuple[str, ...], list[str]]) -> set[tuple[str, ...]]:
    """Outlets in the corpus (by key) that the claim's `via` or speaker names."""
    found: set[tuple[str, ...]] = set()
    for text in (claim.via, claim.speaker):
        if not text:
            continue
        words = tuple(_TOKEN.findall(normalise(text)))
        found.update(key for key in outlets if _contains(words, key))
    return found


def outlet_index(sources: list[Source]) -> dict[tuple[str, ...], list[str]]:
    """Outlet key -> ids of the corpus sources published by that outlet."""
    index: dict[tuple[str, ...], list[str]] = {}
    for s in sources:
        index.setdefault(outlet_key(s.outlet), []).append(s.id)
    return index
