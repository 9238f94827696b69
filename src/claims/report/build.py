"""Analysis (+ review state) -> Report: everything the HTML page shows, computed in one pass."""

from __future__ import annotations

import re
from collections.abc import Mapping

from claims.compare.outlets import OutletKey, credited_outlets, outlet_index, outlet_key
from claims.diff.model import Op
from claims.diff.words import word_diff
from claims.flag_names import CONFLICT, FLAGS, NOT_IN_CREDITED_SOURCE, SINGLE_OUTLET
from claims.models import Analysis, Claim, Group, Source
from claims.report.dates import parse_date
from claims.report.evidence import CONTEXT, CONTEXT_LARGE, evidence
from claims.report.model import Band, GroupView, OutletView, Report, Review, SourceView, Version
from claims.report.provenance import provenance

LARGE_CLAIMS = 2_000
"""Above this many claims a story is large: shorter context, sections start collapsed."""
MATRIX_ROWS = 300
"""The matrix draws at most this many groups (the first in its order); every group keeps its section."""
FULL_NAMES = 8
"""Up to this many outlets the matrix heads its columns across, else with names set vertically."""

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)
_ANCHOR = re.compile(r"[^A-Za-z0-9_-]+")


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None (javascript:, data:, odd characters)."""
    if url and _SAFE_URL.match(url.strip()):
        return url.strip()
    return None


def _band(flags: list[str]) -> Band:
    if NOT_IN_CREDITED_SOURCE in flags or CONFLICT in flags:
        return Band.CHECK
    if SINGLE_OUTLET in flags:
        return Band.SINGLE
    return Band.SHARED


def _sort_key(published: str | None) -> tuple[int, str]:
    found = parse_date(published)
    return (0, found.first.isoformat()) if found else (1, "")


def _outlets(analysis: Analysis, names: list[str]) -> list[OutletView]:
    by_outlet: dict[str, list[Source]] = {}
    for s in analysis.sources:
        by_outlet.setdefault(s.outlet, []).append(s)
    return [
        OutletView(
            name=name,
            sources=[
                SourceView(id=s.id, title=s.title, published=s.published, url=safe_url(s.url), url_text=s.url)
                for s in by_outlet.get(name, [])
            ],
        )
        for name in names
    ]


def _columns(analysis: Analysis) -> list[str]:
    """Each outlet once, in source order (then outlets only claims name), as `claims matrix` orders them."""
    names = dict.fromkeys(s.outlet for s in analysis.sources)
    names.update(dict.fromkeys(c.outlet for c in analysis.claims))
    return list(names)


def _anchors(groups: list[Group]) -> dict[str, str]:
    out: dict[str, str] = {}
    used: set[str] = set()
    for g in groups:
        base = "g-" + (_ANCHOR.sub("-", g.id).strip("-") or "group")
        anchor, n = base, 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        out[g.id] = anchor
    return out


def build_report(
    analysis: Analysis,
    story: str = "",
    origin: str = "",
    claim_reviews: Mapping[str, Review] | None = None,
    group_reviews: Mapping[str, Review] | None = None,
    notes: list[str] | None = None,
) -> Report:
    """The report of one analysis. Reviews (claim id / group id -> status, note) come from a registry."""
    names = _columns(analysis)
    column = {name: i for i, name in enumerate(names)}
    index = outlet_index(analysis.sources)
    key_names: dict[OutletKey, str] = {}
    for name in names:
        key_names.setdefault(outlet_key(name), name)
    sources = {s.id: s for s in analysis.sources}
    by_claim = {c.id: c for c in analysis.claims}
    large = len(analysis.claims) > LARGE_CLAIMS
    width = CONTEXT_LARGE if large else CONTEXT
    anchors = _anchors(analysis.groups)
    reviewed = claim_reviews is not None or group_reviews is not None
    when = {s.id: _sort_key(s.published) for s in analysis.sources}
    undated = (1, "")
    band_order = {band: i for i, band in enumerate(Band)}

    views: list[tuple[tuple[int, int, int], GroupView]] = []
    for position, g in enumerate(analysis.groups):
        members = [by_claim[cid] for cid in g.claims if cid in by_claim]
        if not members:
            continue
        members.sort(key=lambda c: (when.get(c.source, undated), column.get(c.outlet, len(names))))
        counts: dict[int, int] = {}
        for c in members:
            counts[column[c.outlet]] = counts.get(column[c.outlet], 0) + 1
        credited: set[int] = set()
        for c in members:
            for key in credited_outlets(c, index):
                outlet = key_names.get(key)
                if outlet is not None and column[outlet] not in counts:
                    credited.add(column[outlet])
        carried = sorted(counts)
        carriers = [names[i] for i in carried]
        earliest: dict[str, tuple[int, str]] = {}
        for c in members:
            date = when.get(c.source, undated)
            earliest[c.outlet] = min(earliest.get(c.outlet, date), date)
        carriers.sort(key=lambda outlet: earliest.get(outlet, undated))
        band = _band(g.flags)
        view = GroupView(
            id=g.id,
            anchor=anchors[g.id],
            label=g.label or members[0].content,
            flags=list(g.flags),
            band=band,
            width=len(names),
            counts=counts,
            credited=frozenset(credited),
            credited_names=[names[i] for i in sorted(credited)],
            columns=" ".join(map(str, carried)) or "-",
            outlets=[names[i] for i in carried],
            versions=_versions(members, sources, width, claim_reviews),
            provenance=provenance(members, sources, index, key_names, carriers) if len(carriers) > 1 else None,
            review=group_reviews.get(g.id) if group_reviews is not None else None,
        )
        views.append(((band_order[band], -len(carriers), position), view))
    views.sort(key=lambda item: item[0])
    groups = [v for _, v in views]

    flag_counts = {flag: sum(1 for g in groups if flag in g.flags) for flag in FLAGS}
    totals = {
        "claims": len(analysis.claims),
        "groups": len(groups),
        "single-outlet claims": flag_counts[SINGLE_OUTLET],
    }
    return Report(
        story=story,
        origin=origin,
        outlets=_outlets(analysis, names),
        groups=groups,
        counts=totals,
        flag_counts=flag_counts,
        matrix_rows=min(len(groups), MATRIX_ROWS),
        vertical_heads=len(names) > FULL_NAMES,
        open_sections=not large,
        reviewed=reviewed,
        notes=list(notes or []),
    )


def _versions(
    members: list[Claim], sources: dict[str, Source], width: int, reviews: Mapping[str, Review] | None
) -> list[Version]:
    base = members[0].content
    out: list[Version] = []
    for i, c in enumerate(members):
        source = sources.get(c.source)
        spans = None if i == 0 else word_diff(base, c.content)
        same = spans is not None and all(s.op is Op.EQUAL for s in spans)
        out.append(
            Version(
                claim_id=c.id,
                source_id=c.source,
                outlet=c.outlet,
                published=source.published if source is not None else None,
                speaker=c.speaker,
                cue=c.cue,
                via=c.via,
                kind=str(c.kind),
                evidence=evidence(c, source, width),
                diff=spans,
                same_words=same,
                review=reviews.get(c.id) if reviews is not None else None,
            )
        )
    return out
