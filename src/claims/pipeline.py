"""The whole job: files -> sources -> claims -> groups, as one Analysis."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claims.compare import group_claims
from claims.extract import extract_claims, resolve_speaker_ids
from claims.loader import load_paths
from claims.loader.boilerplate import boilerplate_spans, overlaps
from claims.models import Analysis, Claim


def analyse(paths: Iterable[Path]) -> Analysis:
    """Load, extract and compare. Bad files become `Analysis.skipped`, never exceptions."""
    loaded = load_paths(paths)
    claims: list[Claim] = []
    for source in loaded.sources:
        # Page furniture ("Also read: ...", "Share Tweet Email") never yields a claim.
        furniture = boilerplate_spans(source.text, source.body_start, source.body_end)
        claims.extend(c for c in extract_claims(source) if not overlaps(furniture, c.start, c.end))
    claims = resolve_speaker_ids(claims)
    claims, groups = group_claims(claims, loaded.sources)
    return Analysis(sources=loaded.sources, claims=claims, groups=groups, skipped=loaded.skipped)
