"""`claims build`: regenerate the registry from the articles, keeping review fields."""

from __future__ import annotations

from pathlib import Path

from claims.models import Analysis
from claims.registry.convert import registry_from_analysis
from claims.registry.model import Registry


def merge_reviews(fresh: Registry, old: Registry | None) -> Registry:
    """Carry review fields (status, note, label) over from the old registry by id."""
    if old is None:
        return fresh
    old_claims = {c.id: c for g in old.groups for c in g.claims}
    old_groups = {g.id: g for g in old.groups}
    groups = []
    for g in fresh.groups:
        claims = []
        for c in g.claims:
            prev = old_claims.get(c.id)
            claims.append(c.model_copy(update={"status": prev.status, "note": prev.note}) if prev else c)
        update: dict[str, object] = {"claims": claims}
        pg = old_groups.get(g.id)
        if pg is not None:
            update.update(status=pg.status, note=pg.note, label=pg.label or g.label)
        groups.append(g.model_copy(update=update))
    return fresh.model_copy(update={"groups": groups, "story": old.story or fresh.story})


def build_registry(analysis: Analysis, registry_path: Path, old: Registry | None) -> Registry:
    fresh = registry_from_analysis(analysis, registry_path.parent)
    return merge_reviews(fresh, old)
