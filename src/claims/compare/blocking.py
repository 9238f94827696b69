"""Candidate pairs without comparing all pairs: an inverted index over each claim's rarest terms.

Prefix filtering: in a large corpus every claim is indexed under its PREFIX rarest terms (content stems and key
terms, rarest first, ties broken by the term itself so the order is global). Two claims become
candidates when their prefixes share a term. Terms carried by more than `max_postings` claims
say little about a proposition and are not indexed at all, which bounds the work per term.
Refusals (`no_comment`) are blocked by speaker words instead, and claims of one non-generic
speaker id form a block of their own (capped the same way).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claims.compare.features import Corpus

PREFIX = 6
"""Rarest terms indexed per claim in a large corpus."""
ALL_TERMS_UP_TO = 2000
"""Up to this many claims (one story, a few dozen articles) every usable term is indexed."""
MAX_POSTINGS = 32
"""A term in more claims than this is too common to block on."""


def _pairs(posting: list[int], out: set[tuple[int, int]]) -> None:
    for x, i in enumerate(posting):
        for j in posting[x + 1:]:
            out.add((i, j) if i < j else (j, i))


def candidate_pairs(corpus: Corpus, prefix: int = PREFIX, max_postings: int = MAX_POSTINGS) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, worth scoring."""
    df = corpus.df
    limit = None if corpus.n <= ALL_TERMS_UP_TO else prefix
    index: dict[str, list[int]] = defaultdict(list)
    for f in corpus.items:
        if f.no_comment:
            for word in f.parties | {f"id:{f.speaker_id}"}:
                index["p:" + word].append(f.index)
            continue
        terms = sorted((t for t in {*f.stems, *f.keys} if 1 < df[t] <= max_postings), key=lambda t: (df[t], t))
        for t in terms[:limit]:
            index[t].append(f.index)
        if not f.generic_speaker:
            index["s:" + f.speaker_id].append(f.index)
    out: set[tuple[int, int]] = set()
    for posting in _usable(index.values(), max_postings):
        _pairs(posting, out)
    return out


def _usable(postings: Iterable[list[int]], cap: int) -> Iterable[list[int]]:
    return (p for p in postings if 1 < len(p) <= cap)
