"""`claims list` as a rich table: one row per claim, grouped, most-carried first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claims.flag_names import FLAG_CODES
from claims.models import Analysis, Claim, Group

NEAREST_CODE = "~"
"""Compact-layout mark of a group with a nearest claim elsewhere."""


def _speaker_cell(claim: Claim) -> Text:
    text = Text(claim.speaker, style="bold")
    if claim.via:
        text.append(f" via {claim.via}", style="cyan")
    return text


def nearest_text(group: Group) -> str:
    """'nearest: PC Gamer g12ab34, 0.41': the closest claim elsewhere, a lead to check."""
    n = group.nearest
    return "" if n is None else f"nearest: {n.outlet} {n.group[:7]}, {n.score:.2f}"


def flags_text(group: Group, compact: bool) -> str:
    """The Flags cell: 'single-outlet (nearest: PC Gamer g12ab34, 0.41)'; one letter a flag when compact."""
    if compact:
        return "".join(FLAG_CODES.get(f, "?") for f in group.flags) + (NEAREST_CODE if group.nearest else "")
    shown = ", ".join(group.flags)
    lead = nearest_text(group)
    if lead and shown:
        return f"{shown} ({lead})"
    return shown or lead


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
            tail = f" (other party x{party:.1f})" if party != 1.0 else ""
            out.append(f"  {outlet.get(link.a, link.a)} ~ {outlet.get(link.b, link.b)} {link.score:.2f}: "
                       + (", ".join(parts) or "nothing shared") + tail)
    return out


COMPACT_BELOW = 110
"""Terminals narrower than this get the compact layout: short group ids, no Kind column."""


def render_claims(console: Console, analysis: Analysis, explain: bool = False) -> None:
    """The table; a group of several claims opens with a row holding its label. `explain`: then
    the features that decided each group."""
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
        shown = flags_text(group, compact)
        header = len(members) > 1
        if header:
            cells_h: list[str | Text] = [group.id[:7] if compact else group.id, str(len(group.sources)), "", "",
                                         Text(group.label, style="bold italic")]
            if not compact:
                cells_h.append("")
            table.add_row(*cells_h, Text(shown, style="yellow"))
        for i, claim in enumerate(members):
            first = i == 0 and not header
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
        legend = [f"{FLAG_CODES[f]} {f}" for f in used]
        if any(g.nearest for g in groups):
            legend.append(f"{NEAREST_CODE} a near claim elsewhere (wider table or --format json)")
        if legend:
            console.print("Flags: " + "; ".join(legend))
    n_single = sum(1 for g in analysis.groups if g.single_source)
    console.print(
        f"{len(analysis.claims)} claims in {len(analysis.groups)} groups from "
        f"{len({c.source for c in analysis.claims})} sources; {n_single} single-outlet groups."
    )
    if explain:
        lines = explain_lines(analysis)
        console.print("Why these groups (each claim's strongest link; features add up, another party scales):"
                      if lines else "No group holds more than one claim.")
        for line in lines:
            console.print(line, markup=False, highlight=False)
