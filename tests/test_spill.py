"""Spilled working sets (`claims.compare.spill`) and the story clusters worked out through them."""

from __future__ import annotations

import random
from datetime import date

import pytest

from claims.compare.spill import IntBuckets
from claims.compare.stories import UNDATED, story_cluster_arrays, story_clusters

D = date(2026, 3, 10).toordinal()


def test_buckets_round_trip_through_the_file() -> None:
    rng = random.Random(7)
    added: list[list[int]] = [[], [], []]
    with IntBuckets(3, block=5) as buckets:
        for _ in range(500):
            k = rng.randrange(3)
            values = [rng.randrange(-(2**63), 2**63) for _ in range(rng.randrange(4))]
            buckets.extend(k, values)
            added[k].extend(values)
        assert buckets.file is not None  # blocks of 5 were written out
        assert [list(buckets.take(k)) for k in range(3)] == added
        assert list(buckets.take(1)) == []  # taken once: emptied
        buckets.extend(1, [4, 5])
        assert list(buckets.take(1)) == [4, 5]
    assert buckets.file is None


def test_one_bucket_stays_in_memory() -> None:
    with IntBuckets(1, block=2) as buckets:
        buckets.extend(0, range(10))
        assert buckets.file is None
        assert list(buckets.take(0)) == list(range(10))
    with pytest.raises(ValueError):
        IntBuckets(0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_story_clusters_do_not_depend_on_the_bucket_size(seed: int) -> None:
    """The spilled rule (many small buckets) gives the clusters of one bucket held in memory."""
    rng = random.Random(seed)
    n = 600
    days: list[int] = []
    codes: list[tuple[int, ...]] = []
    for _ in range(n):  # 150 stories of five entities each, over 40 days, and entities of their own
        story = rng.randrange(150)
        days.append(UNDATED if rng.random() < 0.1 else D + story % 40 + rng.randrange(3))
        own = [rng.randrange(10**6, 2 * 10**6) for _ in range(rng.randrange(3))]
        codes.append(tuple(rng.sample(range(5 * story, 5 * story + 5), rng.randrange(1, 4)) + own))
    whole = story_clusters(days, codes, n_claims=10**6, bucket_sources=n)
    assert 1 < len(whole) < n  # some sources joined, not all
    assert any(len(c) > 2 for c in whole)
    for size in (1, 7, 250):
        assert story_clusters(days, codes, n_claims=10**6, bucket_sources=size) == whole


def test_clusters_are_held_as_arrays_in_input_order() -> None:
    """Each source in one cluster, in input order; clusters ordered by their first source."""
    rng = random.Random(11)
    n = 300
    days = [D + rng.randrange(5) for _ in range(n)]
    codes = [tuple(rng.sample(range(60), 3)) for _ in range(n)]
    found = story_cluster_arrays(days, codes, n_claims=10**6, bucket_sources=64)
    clusters = [list(found[k]) for k in range(len(found))]
    assert sorted(found.members) == list(range(n)) and len(found.starts) == len(clusters) + 1
    assert all(c == sorted(c) for c in clusters)
    assert [c[0] for c in clusters] == sorted(c[0] for c in clusters)
    assert 1 < len(clusters) < n
    assert clusters == story_clusters(days, codes, n_claims=10**6)
    one = story_cluster_arrays(days, codes, n_claims=10)
    assert len(one) == 1 and list(one[0]) == list(range(n))
    assert len(story_cluster_arrays([], [], n_claims=0)) == 0
