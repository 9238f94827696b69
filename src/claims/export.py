"""The JSON contract of `claims list --format json` (and the yaml/csv views of it)."""

from __future__ import annotations

from typing import Any

from claims.models import Analysis, Review

SOURCE_FIELDS = ("id", "outlet", "url", "published", "title", "path")


def to_document(analysis: Analysis) -> dict[str, Any]:
    """{"sources": [...], "claims": [...], "groups": [...], "skipped": [...]}.

    Claims and groups carry the review fields `status` and `note` (from the registry; "unreviewed" and ""
    for a fresh analysis). A claim's `status` is its own, or its group's when the claim itself is unreviewed.
    """
    no_review = Review()
    return {
        "sources": [{f: getattr(s, f) for f in SOURCE_FIELDS} for s in analysis.sources],
        "claims": [{**c.model_dump(mode="json"), **analysis.review_of(c).model_dump()} for c in analysis.claims],
        "groups": [{**g.model_dump(mode="json"), **analysis.group_reviews.get(g.id, no_review).model_dump()}
                   for g in analysis.groups],
        "skipped": [s.model_dump(mode="json") for s in analysis.skipped],
    }
