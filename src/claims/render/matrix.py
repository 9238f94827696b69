"""`claims matrix` as a rich table that fits 80 columns: abbreviated outlets, flag codes, a legend."""

from __future__ import annotations

import re

from rich import box
from rich.console import Console
from rich.table import Table

from claims.compare.matrix import Matrix
from claims.flag_names import FLAG_CODES, FLAGS

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


def render_matrix(console: Console, matrix: Matrix) -> None:
    short = abbreviations(matrix.outlets)
    flags_w = max([len("Flags"), *(len(r.flags) for r in matrix.rows)])
    count_w = max(1, len(str(len(matrix.outlets))))
    # every column but the last is followed by one space; the Claim column takes what is left
    narrow = sum(len(s) + 1 for s in short) + count_w + 1 + flags_w
    claim_w = max(16, console.width - narrow - 1)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=0, show_edge=False)
    table.add_column("Claim", overflow="ellipsis", no_wrap=True, width=claim_w)
    for s in short:
        table.add_column(s, justify="center", no_wrap=True, width=len(s))
    table.add_column("#", justify="right", no_wrap=True, width=count_w)
    table.add_column("Flags", no_wrap=True, width=flags_w)
    for row in matrix.rows:
        cells = [str(n) if n else ABSENT for n in row.counts]
        codes = "".join(FLAG_CODES.get(f, "?") for f in row.flags)
        table.add_row(row.label, *cells, str(row.outlets), codes)
    console.print(table)
    console.print(
        f"{len(matrix.rows)} groups across {len(matrix.outlets)} outlets. A cell counts the group's "
        f"claims in that outlet ({ABSENT} = none); # counts the outlets carrying it."
    )
    legend = Table.grid(padding=(0, 1), pad_edge=True)
    legend.add_column(no_wrap=True)
    legend.add_column(overflow="fold")
    for s, name in zip(short, matrix.outlets, strict=True):
        legend.add_row(s, name)
    for flag, code in FLAG_CODES.items():
        legend.add_row(code, f"{flag}: {FLAGS[flag]}")
    console.print(legend)
