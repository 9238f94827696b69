"""Comparer: claims -> groups of the same proposition across sources, with flags."""

from __future__ import annotations

from claims.models import Claim, Group, Source


def group_claims(claims: list[Claim], sources: list[Source]) -> tuple[list[Claim], list[Group]]:
    """Assign each claim a group; return the claims (with `group` set) and the groups."""
    groups: list[Group] = []
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        gid = f"g{i + 1:04d}"
        out.append(claim.model_copy(update={"group": gid}))
        groups.append(Group(id=gid, claims=[claim.id], sources=[claim.source], single_source=True,
                            flags=["single-outlet"], label=claim.content[:80]))
    return out, groups
