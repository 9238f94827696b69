"""Review state (status, note) of claims and groups, read from a registry."""

from __future__ import annotations

from claims.registry.model import Registry
from claims.report.model import Review


def reviews(registry: Registry) -> tuple[dict[str, Review], dict[str, Review]]:
    """Claim id -> review and group id -> review, for every active claim and group."""
    claims: dict[str, Review] = {}
    groups: dict[str, Review] = {}
    for g in registry.groups:
        groups[g.id] = Review(status=str(g.status), note=g.note)
        for c in g.claims:
            claims[c.id] = Review(status=str(c.status), note=c.note)
    return claims, groups
