"""The JSON contract of `claims list --format json` (and the yaml/csv views of it)."""

from __future__ import annotations

from typing import Any

from claims.models import Analysis

SOURCE_FIELDS = ("id", "outlet", "url", "published", "title", "path")


def to_document(analysis: Analysis) -> dict[str, Any]:
    """{"sources": [...], "claims": [...], "groups": [...], "skipped": [...]}."""
    return {
        "sources": [{f: getattr(s, f) for f in SOURCE_FIELDS} for s in analysis.sources],
        "claims": [c.model_dump(mode="json") for c in analysis.claims],
        "groups": [g.model_dump(mode="json") for g in analysis.groups],
        "skipped": [s.model_dump(mode="json") for s in analysis.skipped],
    }
