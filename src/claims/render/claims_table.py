"""`claims list` as a rich table: one row per claim, grouped, most-carried first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claims.flag_names import FLAG_CODES
from claims.models import Analysis, Claim


def _speaker_cell(claim: Claim) -> Text:
    text = Text(claim.speaker, style="bold")
    if claim.via:
        text.append(f" via {claim.via}", style="cyan")
    return text


COMPACT_BELOW = 110
"""Terminals narrower than this get the compact layout: short group ids, no Kind column."""


def render_claims(console: Console, analysis: Analysis) -> None:
    by_id = {c.id: c for c in analysis.claims}
    groups = sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id))
    compact = console.width < COMPACT_BELOW
    table = Table(show_lines=False, expand=True, title=None, pad_edge=False)
    table.add_column("Group", no_wrap=True, style="dim")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Outlet", overflow="fold", max_width=10 if compact else 16)
    table.add_column("Speaker", overflow="fold", ratio=2, min_width=10)
    table.add_column("Claim", overflow="fold", ratio=5, min_width=20)
    if not compact:
        table.add_column("Kind", no_wrap=True)
    if compact:  # one letter a flag, spelled out under the table
        table.add_column("Flags", no_wrap=True)
    else:
        table.add_column("Flags", overflow="fold", ratio=2, min_width=13)
    for group in groups:
        members = [by_id[cid] for cid in group.claims if cid in by_id]
        for i, claim in enumerate(members):
            first = i == 0
            shown = "".join(FLAG_CODES.get(f, "?") for f in group.flags) if compact else ", ".join(group.flags)
            flags = Text(shown if first else "", style="yellow")
            gid = (group.id[:7] if compact else group.id) if first else ""
            cells: list[str | Text] = [
                gid,
                str(len(group.sources)) if first else "",
                claim.outlet,
                _speaker_cell(claim),
                claim.content,
            ]
            if not compact:
                cells.append(claim.kind.value)
            table.add_row(*cells, flags, end_section=i == len(members) - 1)
    console.print(table)
    if compact:
        used = [f for f in FLAG_CODES if any(f in g.flags for g in groups)]
        if used:
            console.print("Flags: " + "; ".join(f"{FLAG_CODES[f]} {f}" for f in used))
    n_single = sum(1 for g in analysis.groups if g.single_source)
    console.print(
        f"{len(analysis.claims)} claims in {len(analysis.groups)} groups from "
        f"{len({c.source for c in analysis.claims})} sources; {n_single} single-outlet groups."
    )
