"""`claims list` as a table: one row per claim, grouped, most-carried first (layout: render/layout.py)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from claims.flag_names import FLAG_CODES
from claims.models import Analysis, Claim, Nearest, Review
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
    """The comparer's nearest other group for a group, when it records one (a `nearest` field), as text:
    'PC Gamer g12ab34, 0.41' (the closest claim of another outlet: a lead to check)."""
    value = getattr(group, "nearest", None)
    if not value:
        return ""
    if isinstance(value, Nearest):
        return f"{value.outlet} {value.group[:7]}, {value.score:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def flags_cell(flags: list[str], review: Review, compact: bool, nearest: str = "") -> Text:
    shown = "".join(FLAG_CODES.get(f, "?") for f in flags) if compact else ", ".join(flags)
    if nearest and not compact:
        shown = f"{shown} (nearest: {nearest})" if shown else f"nearest: {nearest}"
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


def claims_layout(analysis: Analysis, labels: bool = True) -> layout.Table:
    """The table; with `labels`, a group of several claims opens with a row holding its label
    (the stacked layout, one field per line, leaves those rows out: they are not claims)."""
    by_id = {c.id: c for c in analysis.claims}
    groups = sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id))
    table = layout.Table(COLUMNS)
    for group in groups:
        members = [by_id[cid] for cid in group.claims if cid in by_id]
        if labels and len(members) > 1 and group.label:
            # the group's label first: what the claims below share
            review = analysis.review_of(members[0])
            table.add_row(
                safe_text(group.id), Text(str(len(group.sources))), Text(""), Text(""), Text(""),
                safe_text(group.label, style="bold italic"), Text(""),
                flags_cell(group.flags, review, compact=False, nearest=nearest_of(group)), Text(""),
                compact={_FLAGS: flags_cell(group.flags, review, compact=True)},
            )
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


def explain_lines(analysis: Analysis) -> list[str]:
    """For each group of several claims, the links that hold it together and the features behind each."""
    outlet = {c.id: c.outlet for c in analysis.claims}
    out: list[str] = []
    for g in sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id)):
        if not g.links:
            continue
        out.append(f"{g.id} {g.label}")
        for link in g.links:
            parts = [f"{k} {v:.2f}" for k, v in link.features.items() if k != "party" and v]
            party = link.features.get("party", 1.0)
            tail = f" (another party: x{party:.1f})" if party != 1.0 else ""
            out.append(f"  {outlet.get(link.a, link.a)} ~ {outlet.get(link.b, link.b)} {link.score:.2f}: "
                       + (", ".join(parts) or "nothing shared") + tail)
    return out


def render_claims(console: Console, analysis: Analysis, explain: bool = False) -> None:
    """The table (a group of several claims opens with a row holding its label); with `explain`,
    then the features that decided each group."""
    groups = analysis.groups
    table = claims_layout(analysis)
    if layout.plan(table, console.width).stacked:
        table = claims_layout(analysis, labels=False)
    chosen = layout.render(console, table)
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
    if explain:
        lines = explain_lines(analysis)
        layout.paragraph(console, Text("Why these groups (each claim's strongest link; the features add up):"
                                       if lines else "No group holds more than one claim."))
        for line in lines:
            console.print(safe_text(line), soft_wrap=True)
