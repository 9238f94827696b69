"""`claims list` as a rich table: one row per claim, grouped, most-carried first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claims.models import Analysis, Claim


def _speaker_cell(claim: Claim) -> Text:
    text = Text(claim.speaker, style="bold")
    if claim.via:
        text.append(f" via {claim.via}", style="cyan")
    return text


def render_claims(console: Console, analysis: Analysis) -> None:
    by_id = {c.id: c for c in analysis.claims}
    groups = sorted(analysis.groups, key=lambda g: (-len(g.sources), g.id))
    table = Table(show_lines=False, expand=False, title=None, pad_edge=False)
    table.add_column("Group", no_wrap=True, style="dim")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Outlet", no_wrap=True)
    table.add_column("Speaker", overflow="fold")
    table.add_column("Claim", overflow="fold", ratio=3)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Flags", overflow="fold")
    for group in groups:
        members = [by_id[cid] for cid in group.claims if cid in by_id]
        for i, claim in enumerate(members):
            first = i == 0
            flags = Text(", ".join(group.flags), style="yellow") if first else Text("")
            table.add_row(
                group.id if first else "",
                str(len(group.sources)) if first else "",
                claim.outlet,
                _speaker_cell(claim),
                claim.content,
                claim.kind.value,
                flags,
                end_section=i == len(members) - 1,
            )
    console.print(table)
    n_single = sum(1 for g in analysis.groups if g.single_source)
    console.print(
        f"{len(analysis.claims)} claims in {len(analysis.groups)} groups from "
        f"{len({c.source for c in analysis.claims})} sources; {n_single} single-outlet groups."
    )
