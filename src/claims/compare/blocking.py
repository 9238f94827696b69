"""Candidate pairs without comparing all pairs: an inverted index over each claim's rarest terms.

Prefix filtering: in a large corpus every claim is indexed under its PREFIX rarest terms (content stems and key
terms, rarest first, ties broken by the term itself so the order is global). Two claims become
candidates when their prefixes share a term. Terms carried by more than `max_postings` claims
say little about a proposition and are not indexed at all, which bounds the work per term.
Refusals (`no_comment`) are blocked by speaker words instead, and claims of one non-generic
speaker id form a block of their own (capped the same way).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable

from claims.compare.features import Corpus

PREFIX = 6
"""Rarest terms indexed per claim in a large corpus."""
ALL_TERMS_UP_TO = 2000
"""Up to this many claims (one story, a few dozen articles) every usable term is indexed."""
MAX_POSTINGS = 32
"""A term in more claims than this is too common to block on."""


BUCKET_BITS = 8
"""Pairs are gathered in buckets of 2**BUCKET_BITS consecutive first claims."""


def _index(corpus: Corpus, prefix: int, max_postings: int) -> dict[str, list[int]]:
    df = corpus.df
    limit = None if corpus.n <= ALL_TERMS_UP_TO else prefix
    index: dict[str, list[int]] = defaultdict(list)
    for f in corpus.items:
        if f.no_comment:
            for word in f.parties | {f"id:{f.speaker_id}"}:
                index["p:" + word].append(f.index)
            continue
        terms = [t for t in {*f.stems, *f.keys} if 1 < df[t] <= max_postings]
        if limit is not None:  # (every usable term indexed: their order makes no other pair)
            terms = [t for _, t in sorted([(df[t], t) for t in terms])[:limit]]  # rarest first, ties by term
        for t in terms:
            index[t].append(f.index)
        if not f.generic_speaker:
            index["s:" + f.speaker_id].append(f.index)
    return index


def pair_blocks(corpus: Corpus, block: int, prefix: int = PREFIX, max_postings: int = MAX_POSTINGS) -> list[array[int]]:
    """The pairs of `candidate_pairs`, coded i * n + j (i < j), sorted and without repeats, in
    consecutive blocks of about `block` pairs (a block holds every pair of a run of first claims).

    Held as 8-byte codes rather than a set of tuples (~0.1 KB a pair): the codes of each bucket of
    first claims are gathered, repeats included, and each block is sorted and deduplicated on its
    own, so the whole set of pairs is never held as objects. Sorted codes are pairs in (i, j) order."""
    n = corpus.n
    buckets: dict[int, array[int]] = {}
    for posting in _usable(_index(corpus, prefix, max_postings).values(), max_postings):
        # A posting lists its claims in increasing order (`_index` reads them in order, each once a term):
        # each claim's pairs with the claims after it go to its bucket at once.
        for x in range(len(posting) - 1):
            i = posting[x]
            bucket = buckets.get(i >> BUCKET_BITS)
            if bucket is None:
                bucket = buckets[i >> BUCKET_BITS] = array("q")
            base = i * n
            bucket.extend([base + j for j in posting[x + 1:]])
    out: list[array[int]] = []
    current: set[int] = set()
    for key in sorted(buckets):
        current.update(buckets.pop(key))
        if len(current) >= block:
            out.append(array("q", sorted(current)))
            current = set()
    if current:
        out.append(array("q", sorted(current)))
    return out


def candidate_pairs(corpus: Corpus, prefix: int = PREFIX, max_postings: int = MAX_POSTINGS) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, worth scoring."""
    n = corpus.n
    return {divmod(code, n) for codes in pair_blocks(corpus, 1 << 20, prefix, max_postings) for code in codes}


def _usable(postings: Iterable[list[int]], cap: int) -> Iterable[list[int]]:
    return (p for p in postings if 1 < len(p) <= cap)
