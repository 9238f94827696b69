"""`claims sources` as a rich table."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from claims.models import Analysis


def render_sources(console: Console, analysis: Analysis) -> None:
    counts = Counter(c.source for c in analysis.claims)
    table = Table(pad_edge=False)
    for name in ("Id", "Outlet", "Published", "Claims"):
        table.add_column(name, overflow="fold", no_wrap=name in {"Id", "Claims"})
    table.add_column("URL", overflow="ellipsis", no_wrap=True, max_width=40)
    for s in analysis.sources:
        table.add_row(s.id, s.outlet, s.published or "", str(counts[s.id]), s.url or "")
    console.print(table)
