"""`archive.IdSet`: the run's source ids kept compactly, duplicates found exactly."""

from __future__ import annotations

import random
import tempfile

from claims.archive import IdSet


def _ids(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.randrange(n // 2)}-é\udcff"[: rng.randrange(1, 8)] + str(rng.randrange(n)) for _ in range(n)]


def _added_like_a_set(kind: type[IdSet], items: list[str]) -> int:
    """Adds `items` to a fresh set of `kind`, checking each answer against a plain set; the size."""
    with tempfile.TemporaryFile() as f:
        ids, plain = kind(f), set[str]()
        for item in items:
            assert ids.add(item) == (item not in plain), item
            plain.add(item)
        assert len(ids) == len(plain)
        return len(ids)


def test_id_set_agrees_with_a_set() -> None:
    items = _ids(5000, 1)
    assert _added_like_a_set(IdSet, items) < len(items)


class _Colliding(IdSet):
    @staticmethod
    def hash(data: bytes) -> int:
        return len(data) % 3  # many different ids share a hash: the stored text decides


def test_equal_hashes_of_different_ids_are_not_duplicates() -> None:
    items = _ids(600, 2)
    assert _added_like_a_set(_Colliding, items) == len(set(items))
