"""`claims matrix` as a table: group id, label, one narrow column per outlet, flags (layout: render/layout.py)."""

from __future__ import annotations

import re

from rich.console import Console
from rich.text import Text

from claims.compare.matrix import Matrix
from claims.flag_names import FLAG_CODES, FLAGS
from claims.models import Review
from claims.render import layout
from claims.render.claims_table import MARK_CODES, flags_cell, plural, review_cell
from claims.render.escape import safe_text
from claims.render.layout import Column, Role

ABBREV_WIDTH = 4
ABSENT = "·"
_WORD = re.compile(r"[A-Za-z0-9]+")
_SKIP = frozenset({"the", "of", "and", "a", "com", "news"})


def abbreviate(name: str, width: int = ABBREV_WIDTH) -> str:
    """A short column heading: the name when it fits, initials of a several-word name, else a prefix.

    'Reuters' -> 'Reut', 'Times of India' -> 'TI', 'PC Gamer' -> 'PCG', 'KRVL Radio' -> 'KR'.
    """
    if len(name) <= width:
        return name
    words: list[str] = [w for w in _WORD.findall(name) if w.lower() not in _SKIP] or _WORD.findall(name) or [name]
    if len(words) == 1:
        return words[0][:width]
    initials = "".join(w if w.isupper() and len(w) <= 2 else w[0].upper() for w in words)
    return initials[:width]


def abbreviations(names: list[str], width: int = ABBREV_WIDTH) -> list[str]:
    """Distinct abbreviations for distinct names (a digit replaces the last letter on a clash)."""
    out: list[str] = []
    for name in names:
        short = abbreviate(name, width)
        n = 2
        while short in out:
            short = abbreviate(name, width)[: width - len(str(n))] + str(n)
            n += 1
        out.append(short)
    return out


def row_label(label: str, claim: str) -> str:
    """The label, or the claim it was shortened from (the label is empty, or the start of the claim with or
    without an ellipsis): the table wraps a long label rather than cutting it short."""
    stem = label.removesuffix("…").rstrip()
    if claim and (not stem or claim.startswith(stem)):
        return claim
    return label


def matrix_layout(matrix: Matrix) -> tuple[layout.Table, int]:
    """The matrix as a layout table, and the index of its Flags column."""
    short = abbreviations(matrix.outlets)
    columns = [Column("Group", Role.ID, cut=8, style="dim"), Column("Claim", Role.CLAIM, grow=1)]
    columns += [Column(s, Role.OUTLET, justify="right", label=name)
                for s, name in zip(short, matrix.outlets, strict=True)]
    columns += [Column("#", Role.EXTRA, justify="right", label="Outlets", drop_rank=1),
                Column("Flags", Role.FLAGS), Column("Review", Role.EXTRA, grow=1, min_width=20, ideal=30)]
    flags_at = len(columns) - 2
    table = layout.Table(columns)
    for row in matrix.rows:
        review = Review(status=row.status, note=row.note)
        cells = [Text(str(n) if n else ABSENT) for n in row.counts]
        table.add_row(safe_text(row.group), safe_text(row_label(row.label, row.claim)), *cells, Text(str(row.outlets)),
                      flags_cell(row.flags, review, compact=False), review_cell(review),
                      compact={flags_at: flags_cell(row.flags, review, compact=True)})
    return table, flags_at


def records_layout(matrix: Matrix) -> layout.Table:
    """The matrix as records, for widths its outlet columns do not fit: each group with the outlets carrying it."""
    columns = [Column("Group", Role.ID), Column("Claim", Role.CLAIM), Column("Carried by", Role.OUTLET),
               Column("Flags", Role.FLAGS), Column("Review", Role.EXTRA)]
    table = layout.Table(columns)
    for row in matrix.rows:
        review = Review(status=row.status, note=row.note)
        carried = "; ".join(f"{name} ({n})" for name, n in zip(matrix.outlets, row.counts, strict=True) if n)
        table.add_row(safe_text(row.group), safe_text(row_label(row.label, row.claim)), safe_text(carried),
                      flags_cell(row.flags, review, compact=False), review_cell(review))
    return table


def render_matrix(console: Console, matrix: Matrix) -> None:
    outlet_cells = sum(len(s) + 1 for s in abbreviations(matrix.outlets))
    if outlet_cells + len("Group") + layout.CLAIM_MIN + len("Flags") + 3 > console.width:  # cannot fit: records
        table, flags_at = layout.Table([]), -1
        chosen = layout.Plan(stacked=True)
    else:
        table, flags_at = matrix_layout(matrix)
        chosen = layout.plan(table, console.width)
    if chosen.stacked:
        layout.render_stacked(console, records_layout(matrix), console.width)
    else:
        layout.render(console, table, chosen=chosen)
    layout.paragraph(console, Text(
        f"{plural(len(matrix.rows), 'group')} across {plural(len(matrix.outlets), 'outlet')}. A cell counts the "
        f"group's claims in that outlet ({ABSENT} = none); # counts the outlets carrying it."
    ))
    legend: list[tuple[str, Text]] = []
    if not chosen.stacked:
        legend += [(s, safe_text(name)) for s, name in zip(abbreviations(matrix.outlets), matrix.outlets, strict=True)]
    if flags_at in chosen.compact:
        used = [f for f in FLAG_CODES if any(f in r.flags for r in matrix.rows)]
        legend += [(FLAG_CODES[f], Text(f"{f}: {FLAGS[f]}")) for f in used]
        statuses = {r.status for r in matrix.rows}
        legend += [(mark, Text(f"reviewed as {status}")) for status, mark in MARK_CODES.items() if status in statuses]
    indent = ABBREV_WIDTH + 2
    for key, meaning in legend:
        for n, line in enumerate(layout.wrap(meaning, max(console.width - indent, 10))):
            head = Text(key.ljust(indent), style="bold") if n == 0 else Text(" " * indent)
            console.print(head + line, overflow="ignore", crop=False, no_wrap=True)
