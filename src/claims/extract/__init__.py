"""Extractor: Source -> attributed claims (who said what, to whom, where in the text)."""

from __future__ import annotations

from claims.models import Claim, Source

__all__ = ["extract_claims"]


def extract_claims(source: Source) -> list[Claim]:
    """All attributed claims in a source's body, in text order.

    Every claim satisfies `source.text[claim.start:claim.end] == claim.content`.
    `speaker_id` is provisional here (unique within the source); the pipeline
    makes ids consistent across the run with `claims.speakers`.
    """
    return []
