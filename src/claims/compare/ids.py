"""Stable group ids and short labels."""

from __future__ import annotations

import hashlib

LABEL_WIDTH = 80


def group_id(claim_ids: list[str]) -> str:
    """'g' + 10 hex digits of the hash of the sorted member ids: same members, same id, every run."""
    digest = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8"), usedforsecurity=False)
    return "g" + digest.hexdigest()[:10]


def trim(text: str, width: int = LABEL_WIDTH) -> str:
    """One line of at most `width` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    if line[width - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(" ,;:-—")
    return cut + "…"


def central(members: list[int], sims: dict[tuple[int, int], float]) -> int:
    """The member most similar to the rest (closest to the centroid); the first one on ties."""
    def total(i: int) -> float:
        return sum(sims.get((min(i, j), max(i, j)), 0.0) for j in members if j != i)

    return max(members, key=lambda i: (total(i), -members.index(i)))
