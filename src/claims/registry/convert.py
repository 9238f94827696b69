"""Analysis <-> Registry."""

from __future__ import annotations

import os
from pathlib import Path

from claims.flag_names import SINGLE_OUTLET
from claims.models import Analysis, Claim, Group, Nearest, Review, Source, prevalidated
from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistryNearest, RegistrySource, Status


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


_CLAIM_SET: set[str] = set(Claim.model_fields) - {"rule"}
"""The fields a claim read from a registry sets (`rule` is not stored): shared by every such claim."""
_GROUP_SET: set[str] = set(Group.model_fields) - {"links"}
_NEAREST_SET: set[str] = set(Nearest.model_fields)
_SOURCE_SET: set[str] = set(Source.model_fields)


def analysis_from_registry(registry: Registry) -> Analysis:
    """An Analysis view of a registry, for listing without re-reading articles.

    Sources carry no text here (the registry does not store it). The registry was validated as it was read
    (`Registry.model_validate`), and its claims, groups and sources hold fields of the types an analysis's
    records hold (the same `Kind`, offsets checked `>= 0`, optional texts None or text): each record is built
    from those values as it stands (`claims.models.prevalidated`), the values in field order, without a
    second validation. `tests/test_registry_convert.py` checks the view equals records validated afresh.
    """
    outlets = {s.id: s.outlet for s in registry.sources}
    sources = [
        prevalidated(Source, {
            "id": s.id, "outlet": s.outlet, "url": s.url, "published": s.published, "title": s.title,
            "path": s.path, "text": "", "body_start": 0, "body_end": 0, "sha256": s.sha256,
        }, _SOURCE_SET)
        for s in registry.sources
    ]
    claims: list[Claim] = []
    groups: list[Group] = []
    claim_reviews: dict[str, Review] = {}
    group_reviews: dict[str, Review] = {}
    add_claim = claims.append
    unreviewed = Status.UNREVIEWED
    for g in registry.groups:
        if g.status is not unreviewed or g.note.strip():
            group_reviews[g.id] = Review(status=g.status.value, note=g.note)
        gid = g.id
        ids = []
        srcs: list[str] = []
        for rc in g.claims:
            f = rc.__dict__
            source = f["source"]
            add_claim(prevalidated(Claim, {
                "id": f["id"], "source": source, "outlet": outlets.get(source, source), "speaker": f["speaker"],
                "speaker_id": f["speaker_id"], "via": f["via"], "cue": f["cue"], "kind": f["kind"],
                "content": f["content"], "start": f["start"], "end": f["end"], "group": gid, "rule": "",
            }, _CLAIM_SET))
            ids.append(f["id"])
            if f["status"] is not unreviewed or f["note"].strip():
                claim_reviews[f["id"]] = Review(status=f["status"].value, note=f["note"])
            if source not in srcs:
                srcs.append(source)
        nearest = g.nearest
        groups.append(prevalidated(Group, {
            "id": gid, "claims": ids, "sources": srcs,
            "single_source": len(srcs) == 1 and SINGLE_OUTLET in g.flags, "flags": list(g.flags), "label": g.label,
            "nearest": None if nearest is None else prevalidated(Nearest, dict(nearest.__dict__), _NEAREST_SET),
            "links": [],
        }, _GROUP_SET))
    return Analysis(
        sources=sources, claims=claims, groups=groups, claim_reviews=claim_reviews, group_reviews=group_reviews,
    )
