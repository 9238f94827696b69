"""Filters that `claims list` and friends apply to an Analysis."""

from __future__ import annotations

from claims.models import Analysis, Claim


def _matches_outlet(claim: Claim, wanted: str) -> bool:
    w = wanted.casefold()
    return claim.outlet.casefold() == w or claim.source.casefold().startswith(w)


def _matches_speaker(claim: Claim, wanted: str) -> bool:
    w = wanted.casefold()
    return claim.speaker_id.casefold() == w or w in claim.speaker.casefold()


def filter_claims(
    analysis: Analysis,
    outlets: list[str] | None = None,
    speakers: list[str] | None = None,
    single_outlet: bool = False,
) -> Analysis:
    """Keep the claims that match every filter given, and the groups and sources they touch."""
    single = {g.id for g in analysis.groups if g.single_source}
    kept = [
        c for c in analysis.claims
        if (not outlets or any(_matches_outlet(c, o) for o in outlets))
        and (not speakers or any(_matches_speaker(c, s) for s in speakers))
        and (not single_outlet or c.group in single)
    ]
    ids = {c.id for c in kept}
    groups = [g for g in analysis.groups if any(cid in ids for cid in g.claims)]
    return analysis.model_copy(update={"claims": kept, "groups": groups})
