"""Flags on a group: what a fact-checker should look at first."""

from __future__ import annotations

from itertools import combinations

from claims.compare.outlets import OutletIndex, OutletKey, credited_outlets
from claims.compare.quantities import conflicting, quantities
from claims.flag_names import CONFLICT, FLAGS, NOT_IN_CREDITED_SOURCE, SINGLE_OUTLET, UNNAMED_ONLY
from claims.models import Claim

__all__ = ["CONFLICT", "FLAGS", "NOT_IN_CREDITED_SOURCE", "SINGLE_OUTLET", "UNNAMED_ONLY", "Credits", "group_flags",
           "shared_found"]


Found = dict[tuple[str | None, str], set[OutletKey]]
"""`credited_outlets` by (via, speaker)."""

CREDITS_KEEP = 8_192
"""(via, speaker) pairs whose credited outlets `shared_found` keeps, at most: a bound on what each grouping
process holds however large the archive (the peak at 100,000 articles stays within 1.5x that of 10,000)."""
_SHARED: list[tuple[dict[str, list[OutletKey]], Found]] = []


class Credits:
    """`credited_outlets` of claims, worked out once per (via, speaker) pair: a run repeats them.
    `found`: the pairs already worked out with the same `index.by_first` (`shared_found`)."""

    __slots__ = ("_found", "index")

    def __init__(self, index: OutletIndex, found: Found | None = None) -> None:
        self.index = index
        self._found: Found = {} if found is None else found

    def __call__(self, claim: Claim) -> set[OutletKey]:
        key = (claim.via, claim.speaker)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = credited_outlets(claim, self.index)
        return found


def shared_found(index: OutletIndex) -> Found:
    """The credited outlets worked out so far in this process for `index`'s outlets: `credited_outlets`
    reads only `index.by_first`, which the story clusters of an archive share (`claims.archive`), so each
    cluster's `Credits` starts from those of the clusters before it. Emptied past CREDITS_KEEP pairs."""
    if not _SHARED or _SHARED[0][0] is not index.by_first:
        _SHARED[:] = [(index.by_first, {})]  # holding by_first keeps its identity from being reused
    found = _SHARED[0][1]
    if len(found) > CREDITS_KEEP:
        found.clear()
    return found


def not_in_credited_source(members: list[Claim], index: OutletIndex, credits: Credits | None = None) -> bool:
    """Some claim credits an outlet whose article is in the set, yet no article of it carries the group.
    `credits`: a `Credits` of `index`, to share across groups."""
    carried = {c.source for c in members}
    credited = credits or Credits(index)
    for claim in members:
        for key in credited(claim):
            if carried.isdisjoint(index.sources[key]):
                return True
    return False


def conflict(members: list[Claim]) -> bool:
    """Two versions mention the same kind of quantity with no value in common. Each distinct text is read
    once, and only texts that mention a quantity are compared: a text never conflicts with itself (a group
    often holds one quote from several outlets), nor with one that mentions none."""
    texts = dict.fromkeys(f"{c.speaker} {c.content}" for c in members)
    found = [q for q in map(quantities, texts) if q]
    return any(conflicting(a, b) for a, b in combinations(found, 2))


def group_flags(
    members: list[Claim], index: OutletIndex, anonymous: dict[str, bool], single: bool | None = None,
    credits: Credits | None = None, disagreed: bool = False,
) -> list[str]:
    """The flags that apply to one group, in FLAGS order (`index`: `outlet_index(sources)`).
    `single`: the comparer's single-outlet verdict (None: one source carries the group); `credits`: a
    `Credits` of `index` shared by the run's groups; `disagreed`: another outlet's version of the
    claim, in another group, gives another figure (`conflict` then applies too)."""
    out: list[str] = []
    if len({c.source for c in members}) == 1 if single is None else single:
        out.append(SINGLE_OUTLET)
    if not_in_credited_source(members, index, credits):
        out.append(NOT_IN_CREDITED_SOURCE)
    if disagreed or (len(members) > 1 and conflict(members)):
        out.append(CONFLICT)
    for c in members:  # (no generator: most groups hold one claim)
        if not anonymous.get(c.speaker_id, False):
            return out
    out.append(UNNAMED_ONLY)
    return out
