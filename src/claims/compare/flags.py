"""Flags on a group: what a fact-checker should look at first."""

from __future__ import annotations

from itertools import combinations

from claims.compare.outlets import OutletIndex, credited_outlets
from claims.compare.quantities import conflicting, quantities
from claims.flag_names import CONFLICT, FLAGS, NOT_IN_CREDITED_SOURCE, SINGLE_OUTLET, UNNAMED_ONLY
from claims.models import Claim

__all__ = ["CONFLICT", "FLAGS", "NOT_IN_CREDITED_SOURCE", "SINGLE_OUTLET", "UNNAMED_ONLY", "group_flags"]


def not_in_credited_source(members: list[Claim], index: OutletIndex) -> bool:
    """Some claim credits an outlet whose article is in the set, yet no article of it carries the group."""
    carried = {c.source for c in members}
    for claim in members:
        for key in credited_outlets(claim, index):
            if not carried & set(index.sources[key]):
                return True
    return False


def conflict(members: list[Claim]) -> bool:
    """Two versions mention the same kind of quantity with no value in common."""
    found = [quantities(f"{c.speaker} {c.content}") for c in members]
    return any(conflicting(a, b) for a, b in combinations(found, 2))


def group_flags(
    members: list[Claim], index: OutletIndex, anonymous: dict[str, bool], single: bool | None = None
) -> list[str]:
    """The flags that apply to one group, in FLAGS order (`index`: `outlet_index(sources)`).
    `single`: the comparer's single-outlet verdict (None: one source carries the group)."""
    out: list[str] = []
    if len({c.source for c in members}) == 1 if single is None else single:
        out.append(SINGLE_OUTLET)
    if not_in_credited_source(members, index):
        out.append(NOT_IN_CREDITED_SOURCE)
    if len(members) > 1 and conflict(members):
        out.append(CONFLICT)
    if all(anonymous.get(c.speaker_id, False) for c in members):
        out.append(UNNAMED_ONLY)
    return out
