"""Stable group ids and short labels."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

LABEL_WIDTH = 80


def group_id(claim_ids: list[str]) -> str:
    """'g' + 10 hex digits of the hash of the sorted member ids: same members, same id, every run."""
    digest = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8"), usedforsecurity=False)
    return "g" + digest.hexdigest()[:10]


def trim(text: str, width: int = LABEL_WIDTH) -> str:
    """One line of at most `width` characters, cut at a word boundary with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= width:
        return text if line == text else line  # the text's own string: one copy, not two
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


LABEL_CENTRAL_SHARE = 0.75
"""A label may come from any member whose links add up to this share of the most central one's."""


_ANAPHORIC = re.compile(r"(?i)^(?:it|its|he|she|they|this|that|these|those|the (?:company|firm|agency|move|group))\b")


def label_rank(text: str) -> tuple[bool, int]:
    """How a text ranks as a label: first one that does not open on a pronoun ('it has...', 'the
    company said...': the reader cannot tell who), then the shorter."""
    return bool(_ANAPHORIC.match(text.lstrip(" \"“'‘"))), len(text)


def label_member(members: list[int], sims: dict[tuple[int, int], float],
                 lengths: Callable[[int], tuple[bool, int]]) -> int:
    """The member to label the group with: among those close to the centre, one that names its
    subject, the shortest (it fits the label width whole more often, and says the shared part with
    less around it). `lengths(i)`: claim i's `label_rank`."""
    if len(members) == 1:
        return members[0]
    if len(members) > 40:
        return central(members, sims)

    def total(i: int) -> float:
        return sum(sims.get((min(i, j), max(i, j)), 0.0) for j in members if j != i)

    scores = {i: total(i) for i in members}
    top = max(scores.values())
    near = [i for i in members if scores[i] >= LABEL_CENTRAL_SHARE * top]
    return min(near, key=lambda i: (lengths(i), -scores[i], members.index(i)))
