"""`claims sources` as a table (layout: render/layout.py)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from claims.models import Analysis
from claims.render import layout
from claims.render.claims_table import plural
from claims.render.escape import safe_text
from claims.render.layout import Column, Role

COLUMNS = [
    Column("Id", Role.ID, cut=12),
    Column("Outlet", Role.OUTLET, grow=1),
    Column("Published", Role.EXTRA, drop_rank=1),
    Column("Claims", Role.EXTRA, justify="right", drop_rank=0),
    Column("URL", Role.EXTRA, cut=24, grow=3, drop_rank=2),
]


def sources_layout(analysis: Analysis) -> layout.Table:
    counts = Counter(c.source for c in analysis.claims)
    table = layout.Table(COLUMNS)
    for s in analysis.sources:
        table.add_row(safe_text(s.id), safe_text(s.outlet), safe_text(s.published or ""), Text(str(counts[s.id])),
                      safe_text(s.url or ""))
    return table


def render_sources(console: Console, analysis: Analysis) -> None:
    layout.render(console, sources_layout(analysis))
    outlets = len({s.outlet for s in analysis.sources})
    layout.paragraph(console, Text(f"{plural(len(analysis.sources), 'source')} from {plural(outlets, 'outlet')}; "
                       f"{plural(len(analysis.claims), 'claim')}."))
