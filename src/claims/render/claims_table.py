"""`claims list` as a table: one row per claim, grouped, most-carried first (layout: render/layout.py)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from claims.flag_names import FLAG_CODES
from claims.models import Analysis, Claim, Review
from claims.render import layout
from claims.render.escape import safe_text
from claims.render.layout import Column, Role

MARKED = {"false": "bold red", "disputed": "bold yellow", "retracted": "bold magenta"}
"""Review statuses the table marks in the Flags cell, so that they show at every width."""

MARK_CODES = {"false": "✗", "disputed": "?", "retracted": "R"}
"""The marks in the compact Flags cell (spelled out under the table)."""


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def speaker_cell(claim: Claim) -> Text:
    text = safe_text(claim.speaker, style="bold")
    if claim.via:
        text.append_text(safe_text(f" via {claim.via}", style="cyan"))
    return text


def review_cell(review: Review) -> Text:
    if review.status == "unreviewed" and not review.note:
        return Text("")
    text = Text(review.status, style=MARKED.get(review.status, "green"))
    if review.note:
        text.append_text(safe_text(f": {review.note}"))
    return text


def nearest_of(group: object) -> str:
    """The comparer's nearest other group for a group, when it records one (a `nearest` field), as text."""
    value = getattr(group, "nearest", None)
    if not value:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def flags_cell(flags: list[str], review: Review, compact: bool, nearest: str = "") -> Text:
    shown = "".join(FLAG_CODES.get(f, "?") for f in flags) if compact else ", ".join(flags)
    if nearest and not compact:
        shown = ", ".join(x for x in (shown, f"nearest: {nearest}") if x)
    text = safe_text(shown, style="yellow")
    if review.status in MARKED:
        if shown and not compact:
            text.append(", ")
        mark = MARK_CODES[review.status] if compact else review.status.upper()
        text.append(mark, style=MARKED[review.status])
    return text


def legend(flags: list[str], statuses: set[str]) -> str:
    """The compact Flags cell spelled out: "Flags: C conflict; S single-outlet; ✗ false"."""
    parts = [f"{FLAG_CODES[f]} {f}" for f in FLAG_CODES if f in flags]
    parts += [f"{MARK_CODES[s]} {s}" for s in MARK_CODES if s in statuses]
    return "Flags: " + "; ".join(parts) if parts else ""


COLUMNS = [
    Column("Group", Role.ID, cut=8, repeat=False, style="dim"),
    Column("#", Role.EXTRA, justify="right", repeat=False, drop_rank=1, label="Outlets"),
    Column("Outlet", Role.OUTLET, grow=1, ideal=20),
    Column("Speaker", Role.SPEAKER, grow=2, ideal=24),
    Column("Cue", Role.CUE, ideal=12),
    Column("Claim", Role.CLAIM, grow=6),
    Column("Kind", Role.EXTRA, drop_rank=2),
    Column("Flags", Role.FLAGS, grow=1, repeat=False, ideal=24),
    Column("Review", Role.EXTRA, grow=2, drop_rank=0, ideal=30, min_width=20),
]
_FLAGS = 7


def claims_layout(analysis: Analysis) -> layout.Table:
    by_id = {c.id: c for c in analysis.claims}
    groups = sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id))
    table = layout.Table(COLUMNS)
    for group in groups:
        members = [by_id[cid] for cid in group.claims if cid in by_id]
        for i, claim in enumerate(members):
            review = analysis.review_of(claim)
            table.add_row(
                safe_text(group.id),
                Text(str(len(group.sources))),
                safe_text(claim.outlet),
                speaker_cell(claim),
                safe_text(claim.cue),
                safe_text(claim.content),
                Text(claim.kind.value),
                flags_cell(group.flags, review, compact=False, nearest=nearest_of(group)),
                review_cell(review),
                end_section=i == len(members) - 1,
                compact={_FLAGS: flags_cell(group.flags, review, compact=True)},
            )
    return table


def render_claims(console: Console, analysis: Analysis) -> None:
    groups = analysis.groups
    chosen = layout.render(console, claims_layout(analysis))
    if _FLAGS in chosen.compact:
        key = legend([f for g in groups for f in g.flags], {analysis.review_of(c).status for c in analysis.claims})
        if key:
            layout.paragraph(console, Text(key), indent=7)
    n_single = sum(1 for g in groups if g.single_source)
    n_sources = len({c.source for c in analysis.claims})
    layout.paragraph(console, Text(
        f"{plural(len(analysis.claims), 'claim')} in {plural(len(groups), 'group')} from "
        f"{plural(n_sources, 'source')}; {plural(n_single, 'single-outlet group')}."
    ))
