"""Story clusters: which sources of an archive are grouped together.

Grouping compares claims within one story cluster at a time, so that an archive's memory stays
flat: the working set is that of the largest cluster, not of the whole run. The rule:

- a run of at most `ONE_CLUSTER_UP_TO` claims is ONE cluster (every claim is compared with every
  other candidate, exactly as a run of one story always was);
- above that, two sources are one story when their `published` dates are at most `STORY_DAYS`
  days apart (a source without a date matches any date) and they share at least
  `SHARED_ENTITIES` rare entities;
- an entity is what a source's claims name: a name, as the whole run of capitalised words it is
  written with in a claim or its speaker ('Kestrel Logistics', 'Ximena Marchetti'; `n:`, lowercased;
  a capitalised word opening the text is not a name on its own), an acronym (`a:`) or a quoted
  fragment of two content words or more (`q:`, as `terms.key_terms` reads it); it is rare when at
  most `RARE_SHARE` of the run's sources carry it (at least `RARE_MIN` sources, whatever the size);
- sources are joined by union-find over an inverted index of the rare entities; each source is
  paired, per entity, with at most `NEIGHBOURS` of the entity's other sources, the nearest in date
  (an undated source with the first ones in input order), as the blocker caps a term's postings.

Clusters are lists of source positions in input order, ordered by their first source, and depend
only on the input (not on `--jobs`).

Memory: what the rule must see whole is spilled (`compare.spill.IntBuckets`, one bucket of about
`BUCKET_SOURCES` sources' worth in memory at a time): each source's (entity, source) records in
buckets by entity, where each entity's sources are found by sorting one bucket; then each candidate
pair (s, t) in the bucket of s, where pairs are counted. Only the union-find (4 bytes a source) and
the clusters themselves are held for the whole run.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Protocol, TypedDict, Unpack

from claims.compare.spill import IntBuckets
from claims.compare.terms import acronym_order, quoted_keys

ONE_CLUSTER_UP_TO = 50_000
"""A run of up to this many claims is one cluster (grouped as a whole)."""
STORY_DAYS = 2
"""Two sources further apart than this many days are never one story."""
SHARED_ENTITIES = 2
"""Rare entities two sources must share to be one story."""
RARE_SHARE = 0.01
"""An entity carried by more than this share of the run's sources is not rare."""
RARE_MIN = 20
"""... but an entity carried by up to this many sources always is."""
NEIGHBOURS = 64
"""Per entity, a source is paired with at most this many other sources carrying it."""
UNDATED = -1
"""The day of a source without a (readable) date."""
BUCKET_SOURCES = 5_000
"""Sources per bucket of the spilled working set (see `story_clusters`): a run of up to this many
sources keeps it in memory."""

_NAME = re.compile(r"[A-Z][\w'’&.-]*[\w](?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w'’&.-]*[\w])*")
"""A run of capitalised words (with 'of', 'de', 'van', 'von' inside): 'Bank of Tamsin', 'Ana de Souza'."""


class PerSource(Protocol):
    """Each source's entity codes by position (a list of tuples, or a flat array view)."""

    def __len__(self) -> int: ...

    def __getitem__(self, i: int, /) -> Sequence[int]: ...


def source_day(published: str | None) -> int:
    """The day number of an ISO date ('2026-03-01', or a timestamp starting with one), else UNDATED."""
    if not published:
        return UNDATED
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return UNDATED


def entity_code(entity: str) -> int:
    """A stable 63-bit number for an entity (the same in every process and run): what is held per source."""
    return int.from_bytes(hashlib.blake2b(entity.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def names(text: str) -> set[str]:
    """The names written in `text`, lowercased, one space between words ('n:kestrel logistics')."""
    found: set[str] = set()
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        if m.start() == 0 and len(words) == 1 and not words[0].isupper():
            continue  # a capital that opens the text says nothing
        found.add("n:" + " ".join(words).lower().rstrip("."))
    return found


def entities(texts: Iterable[str]) -> set[str]:
    """The entities of one source: of its claims' contents and speakers (see the module doc)."""
    found: set[str] = set()
    for text in dict.fromkeys(texts):  # a text read twice (a speaker's name) adds nothing
        found |= names(text)
        found.update(quoted_keys(text))
        found.update(["a:" + a for a in acronym_order(text)])
    return found


TEXT_CACHE = 8_192
"""Texts (claim contents, speakers) whose entity codes a process keeps (`entity_codes`): an archive repeats
both across articles. A bounded ~2 MB, whatever the run."""


@lru_cache(maxsize=TEXT_CACHE)
def _text_codes(text: str) -> frozenset[int]:
    return frozenset(entity_code(e) for e in entities((text,)))


def entity_codes(texts: Iterable[str]) -> list[int]:
    """`sorted({entity_code(e) for e in entities(texts)})`: the codes of one source's entities, each text's
    worked out once per process while it is among the last TEXT_CACHE read."""
    found: set[int] = set()
    for text in texts:
        found |= _text_codes(text)
    return sorted(found)


def rare_limit(n_sources: int, rare_share: float = RARE_SHARE, rare_min: int = RARE_MIN) -> int:
    """The most sources a rare entity may have."""
    return max(rare_min, int(rare_share * n_sources))


class _Sets:
    """Union-find over source positions (4 bytes each); a root is the smallest position of its set."""

    def __init__(self, n: int) -> None:
        self.parent = array("i", range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _neighbours(s: int, day: int, members: Sequence[int], days: Sequence[int], undated: Sequence[int],
                window: int, cap: int) -> list[int]:
    """The other sources of one entity that `s` may be one story with: the dated ones within `window`
    days, nearest first, then the undated ones; at most `cap`."""
    if day == UNDATED:
        lo, hi = 0, len(members)
    else:
        lo, hi = bisect_left(days, day - window), bisect_right(days, day + window)
    near = sorted([(abs(days[k] - day) if day != UNDATED else 0, members[k]) for k in range(lo, hi)])
    out = [t for _, t in near if t != s][:cap]
    if len(out) < cap:
        out.extend(t for t in undated if t != s)
    return out[:cap]


class StoryOptions(TypedDict, total=False):
    """`story_cluster_arrays`' keyword options (each defaults to the module's constant)."""

    one_cluster_up_to: int
    window: int
    shared: int
    rare_share: float
    rare_min: int
    cap: int
    bucket_sources: int


def story_clusters(days: Sequence[int], source_entities: PerSource, n_claims: int,
                   **options: Unpack[StoryOptions]) -> list[list[int]]:
    """The story clusters of a run: lists of source positions (see the module doc).

    `days[i]`: source i's day number (`source_day`), `source_entities[i]`: its entity codes
    (`entity_code`), `n_claims`: the claims of the run; `options`: as `story_cluster_arrays`."""
    found = story_cluster_arrays(days, source_entities, n_claims, **options)
    return [list(found[k]) for k in range(len(found))]


class Clusters:
    """Story clusters held compactly (4 bytes a source, 8 a cluster): cluster k's source positions are
    `members[starts[k]:starts[k + 1]]`."""

    def __init__(self, members: array[int], starts: array[int]) -> None:
        self.members, self.starts = members, starts

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, k: int) -> array[int]:
        return self.members[self.starts[k] : self.starts[k + 1]]


def story_cluster_arrays(
    days: Sequence[int],
    source_entities: PerSource,
    n_claims: int,
    *,
    one_cluster_up_to: int = ONE_CLUSTER_UP_TO,
    window: int = STORY_DAYS,
    shared: int = SHARED_ENTITIES,
    rare_share: float = RARE_SHARE,
    rare_min: int = RARE_MIN,
    cap: int = NEIGHBOURS,
    bucket_sources: int = BUCKET_SOURCES,
) -> Clusters:
    """`story_clusters`, held as `Clusters` (an archive's sources are most of them alone)."""
    n = len(days)
    if n == 0:
        return Clusters(array("i"), array("q", [0]))
    if n_claims <= one_cluster_up_to:
        return Clusters(array("i", range(n)), array("q", [0, n]))
    limit = rare_limit(n, rare_share, rare_min)
    buckets = -(-n // bucket_sources)
    sets = _Sets(n)
    with IntBuckets(buckets) as by_entity, IntBuckets(buckets) as pairs:
        for i in range(n):  # (entity code, source) twice 8 bytes, in buckets by entity
            for c in set(source_entities[i]):
                by_entity.extend(c % buckets, (c, i))
        for b in range(buckets):
            for members in _entity_members(by_entity.take(b)):
                if 1 < len(members) <= limit:
                    _pairs(members, days, pairs, bucket_sources, window, cap)
        for b in range(buckets):  # the candidate pairs of sources b * bucket_sources, ...: count them
            for key, k in Counter(pairs.take(b)).items():
                if k >= shared:
                    sets.union(key >> 32, key & _LOW)
    return _by_root(sets)


def _by_root(sets: _Sets) -> Clusters:
    """The sets as clusters ordered by their root (their first source), sources in input order."""
    n = len(sets.parent)
    root = array("i", [sets.find(i) for i in range(n)])
    at = array("q", [0]) * n  # per root: where its next source goes
    for r in root:
        at[r] += 1
    starts = array("q", [0])
    for r in range(n):
        if at[r]:
            size = at[r]
            at[r] = starts[-1]
            starts.append(starts[-1] + size)
    members = array("i", [0]) * n
    for i in range(n):
        r = root[i]
        members[at[r]] = i
        at[r] += 1
    return Clusters(members, starts)


_LOW = (1 << 32) - 1


def _entity_members(records: array[int]) -> Iterator[list[int]]:
    """Each entity's sources, in input order, from (code, source) records of a bucket."""
    keys = sorted([(c << 32) | i for c, i in zip(records[0::2], records[1::2], strict=True)])
    del records
    members: list[int] = []
    code = -1
    for key in keys:
        if key >> 32 != code:
            if members:
                yield members
            members = []
            code = key >> 32
        members.append(key & _LOW)
    if members:
        yield members


def _pairs(members: list[int], days: Sequence[int], pairs: IntBuckets, bucket_sources: int, window: int,
           cap: int) -> None:
    """Each (s, t), s < t, of one rare entity's sources that may be one story (`_neighbours`), as
    s << 32 | t in the bucket of s."""
    order = sorted((days[i], i) for i in members if days[i] != UNDATED)
    dated, dated_days = [i for _, i in order], [d for d, _ in order]
    undated = [i for i in members if days[i] == UNDATED]
    for s in members:
        base = s << 32
        pairs.extend(s // bucket_sources,
                     [base | t for t in _neighbours(s, days[s], dated, dated_days, undated, window, cap) if t > s])
