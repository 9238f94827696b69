"""Analysis <-> Registry."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from claims.flag_names import SINGLE_OUTLET
from claims.models import Analysis, Claim, Group, Review, Source
from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistryNearest, RegistrySource


def _rel(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:
        return Path(path).as_posix()


def registry_from_analysis(analysis: Analysis, base: Path, story: str = "") -> Registry:
    """A fresh registry (no review fields yet) from an analysis; paths relative to `base`."""
    by_id = {c.id: c for c in analysis.claims}
    groups = []
    for g in analysis.groups:
        members = [by_id[cid] for cid in g.claims if cid in by_id]
        groups.append(
            RegistryGroup(
                id=g.id,
                label=g.label,
                flags=list(g.flags),
                nearest=RegistryNearest(**g.nearest.model_dump()) if g.nearest is not None else None,
                claims=[RegistryClaim(**c.model_dump(exclude={"outlet", "group", "rule"})) for c in members],
            )
        )
    sources = [
        RegistrySource(
            id=s.id,
            outlet=s.outlet,
            url=s.url,
            published=s.published,
            title=s.title,
            path=_rel(s.path, base),
            sha256=s.sha256,
        )
        for s in analysis.sources
    ]
    return Registry(story=story, sources=sources, groups=groups)


_REVIEW_FIELDS = frozenset({"status", "note"})


@cache
def _adapters() -> tuple[TypeAdapter[list[Claim]], TypeAdapter[list[Group]]]:
    return TypeAdapter(list[Claim]), TypeAdapter(list[Group])


def analysis_from_registry(registry: Registry) -> Analysis:
    """An Analysis view of a registry, for listing without re-reading articles.

    Sources carry no text here (the registry does not store it). The claims are validated from the registry
    claims' own fields (`__dict__` less the review fields, no `model_dump` copy), all in one call to
    pydantic-core, and the groups likewise: the records stay checked, at about the cost of building them.
    """
    outlets = {s.id: s.outlet for s in registry.sources}
    sources = [
        Source(
            id=s.id,
            outlet=s.outlet,
            url=s.url,
            published=s.published,
            title=s.title,
            path=s.path,
            text="",
            body_start=0,
            body_end=0,
            sha256=s.sha256,
        )
        for s in registry.sources
    ]
    claim_fields: list[dict[str, Any]] = []
    group_fields: list[dict[str, Any]] = []
    claim_reviews: dict[str, Review] = {}
    group_reviews: dict[str, Review] = {}
    review_fields = _REVIEW_FIELDS
    for g in registry.groups:
        if g.reviewed:
            group_reviews[g.id] = Review(status=g.status.value, note=g.note)
        ids = []
        srcs: list[str] = []
        for rc in g.claims:
            fields = dict(rc.__dict__)
            for name in review_fields:
                del fields[name]
            fields["outlet"] = outlets.get(rc.source, rc.source)
            fields["group"] = g.id
            claim_fields.append(fields)
            ids.append(rc.id)
            if rc.reviewed:
                claim_reviews[rc.id] = Review(status=rc.status.value, note=rc.note)
            if rc.source not in srcs:
                srcs.append(rc.source)
        group_fields.append({
            "id": g.id, "claims": ids, "sources": srcs,
            "single_source": len(srcs) == 1 and SINGLE_OUTLET in g.flags, "flags": list(g.flags), "label": g.label,
            "nearest": g.nearest.model_dump() if g.nearest is not None else None,
        })
    claims_adapter, groups_adapter = _adapters()
    return Analysis(
        sources=sources, claims=claims_adapter.validate_python(claim_fields),
        groups=groups_adapter.validate_python(group_fields), claim_reviews=claim_reviews,
        group_reviews=group_reviews,
    )
