"""The layout policy every table follows (`list`, `sources`, `matrix`, `diff`), written down once.

1. Columns have a role. The roles of a claim, in the order they are kept: ID, OUTLET, SPEAKER, CUE,
   CLAIM, FLAGS. Tables may add other columns (counts, kind, review, URL...): those are EXTRA and go
   first when space runs short, the last-declared EXTRA column first.
2. Text wraps at word boundaries only. A column is never narrower than its longest word, except columns
   marked `cut` (ids, URLs): a word longer than such a column is cut short with an ellipsis `…`, never
   split across lines. The CLAIM column is never narrower than `CLAIM_MIN` (so a claim is never a column of
   single letters).
3. No column is ever zero width: a column either fits with its minimum width or is left out (EXTRA) —
   and when the kept columns (the roles above) do not fit, the table switches to a stacked record
   layout, one field per line (as `git log` and `kubectl describe` do).
4. Space left over goes first to columns a few cells short of their natural width, then (with at most
   half of what is left) to columns below their `ideal` width (an outlet name on one or two lines), then
   to the columns that wrap, in proportion to their `grow`, never beyond what the longest cell needs.
5. A column may carry a compact form (flags as one letter each): it is used once the extras are gone and
   the full form still does not fit.
6. `--width` must be at least `MIN_WIDTH`; 0, negative widths and an unusable `COLUMNS` are usage errors.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import islice
from operator import itemgetter
from typing import Literal, Protocol

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from claims.render.widths import MIN_WIDTH as MIN_WIDTH  # re-exported: the layout policy's narrowest width

CLAIM_MIN = 20
"""The narrowest a CLAIM column may be before the table goes stacked."""

CLAIM_COMFORT = 32
"""Extras are left out (and flags shortened) before the CLAIM column goes below this."""

SEPARATOR = "  "
ELLIPSIS = "…"
RULE = "─"


class Role(IntEnum):
    """What a column shows; lower values are kept longer."""

    ID = 0
    OUTLET = 1
    SPEAKER = 2
    CUE = 3
    CLAIM = 4
    FLAGS = 5
    EXTRA = 6


@dataclass(frozen=True)
class Column:
    name: str
    role: Role = Role.EXTRA
    grow: int = 0
    """Share of left-over space (0: the column keeps its minimum)."""
    cut: int | None = None
    """For ids and URLs: words longer than the column are cut with an ellipsis; the column may shrink to
    this many cells."""
    justify: Literal["left", "right"] = "left"
    style: str = ""
    repeat: bool = True
    """False: in the table, a cell equal to the one above it in the same section is left blank."""
    min_width: int = 1
    label: str = ""
    """The field name in the stacked layout (default: `name`)."""
    ideal: int = 0
    """Once every column has its minimum, a column is widened up to this (or its natural width if less)
    before the CLAIM column takes the rest; 0: no such step."""
    drop_rank: int = 0
    """EXTRA columns with a higher rank are left out first (ties: the last-declared first)."""


@dataclass
class Table:
    """Rows of rich Text cells under columns; `sections` end after the given row indexes."""

    columns: list[Column]
    rows: list[list[Text]] = field(default_factory=list)
    compact_rows: list[dict[int, Text]] = field(default_factory=list)
    """Per row, column index -> a compact form of the cell, used when the full cells do not fit."""
    section_ends: set[int] = field(default_factory=set)
    _measured: dict[tuple[int, bool], tuple[int, int]] = field(default_factory=dict, repr=False)

    def add_row(self, *cells: Text, end_section: bool = False, compact: dict[int, Text] | None = None) -> None:
        self.rows.append(list(cells))
        self.compact_rows.append(dict(compact or {}))
        self._measured.clear()
        if end_section:
            self.section_ends.add(len(self.rows) - 1)

    @property
    def compactable(self) -> frozenset[int]:
        return frozenset(i for row in self.compact_rows for i in row)

    def measure(self, i: int, compact: bool) -> tuple[int, int]:
        """(natural width, longest word) of column `i` (its compact cells when `compact`), computed once."""
        key = (i, compact)
        if key not in self._measured:
            forms = frozenset({i}) if compact else frozenset()
            self._measured[key] = _measure(self.columns[i], [self.cell(r, i, forms) for r in range(len(self.rows))])
        return self._measured[key]

    def cell(self, r: int, i: int, compact: frozenset[int] = frozenset()) -> Text:
        if i in compact:
            return self.compact_rows[r].get(i, self.rows[r][i])
        return self.rows[r][i]

    def filled(self, i: int) -> bool:
        """Whether column `i` holds a non-blank cell."""
        return any(self.cell(r, i).plain.strip() for r in range(len(self.rows)))


class Measured(Protocol):
    """What `plan` reads of a table: a `Table`, or the `Measures` of rows that are not kept."""

    @property
    def columns(self) -> list[Column]: ...

    @property
    def compactable(self) -> frozenset[int]: ...

    def filled(self, i: int) -> bool: ...

    def measure(self, i: int, compact: bool) -> tuple[int, int]: ...


PlainRow = tuple[list[str], dict[int, str], bool]
"""A row as plain strings: its cells, the compact forms of some of them, and whether it ends a section."""

StyledRow = tuple[list[Text], dict[int, Text], bool]
"""A row as rich Text cells (the same shape as `PlainRow`)."""


class Measures:
    """The measurements `plan` needs, gathered one row at a time from plain strings; no row is kept.

    A table of any length is measured in one pass, planned once, then drawn section by section
    (`render_rows`) without ever holding every row: what `claims list` does on a large registry.
    The figures equal `Table.measure` on the same cells.
    """

    def __init__(self, columns: list[Column], rows: Iterable[PlainRow] = ()) -> None:
        self.columns = columns
        n = len(columns)
        heads = [(natural_plain(c.name), longest_word_plain(c.name)) for c in columns]
        self._natural = [max(h[0], 1) for h in heads]
        self._word = [max(h[1], 1) for h in heads]
        self._compact_natural = list(self._natural)
        self._compact_word = list(self._word)
        self._filled = [False] * n
        self._compactable: set[int] = set()
        self.rows = 0
        chunk: list[PlainRow] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == MEASURE_CHUNK:
                self.add_many(chunk)
                chunk.clear()
        if chunk:
            self.add_many(chunk)

    def add(self, row: PlainRow) -> None:
        self.add_many([row])

    def add_many(self, rows: Sequence[PlainRow]) -> None:
        """Measure a batch of rows column by column: each column's cells joined once, so that printable
        ASCII is measured by C string methods rather than cell by cell."""
        if not rows:
            return
        self.rows += len(rows)
        columns = list(zip(*(row[0] for row in rows), strict=True))
        compact_keys = {i for row in rows for i in row[1]}
        self._compactable |= compact_keys
        for i, cells in enumerate(columns):
            nat, wd, filled = _measure_cells(cells)
            self._note(i, nat, wd)
            if filled:
                self._filled[i] = True
            if i in compact_keys:
                nat, wd, _ = _measure_cells([row[1].get(i, row[0][i]) for row in rows])
            if nat > self._compact_natural[i]:
                self._compact_natural[i] = nat
            if wd > self._compact_word[i]:
                self._compact_word[i] = wd

    def add_columns(self, rows: int, cells: Sequence[Collection[str]], compact: Mapping[int, Collection[str]]) -> None:
        """`add_many` for `rows` rows given column by column: each column's cells (`cells[i]`), and the compact
        forms of the columns that have them (`compact[i]`: every row's compact form of column i, or the cell
        itself where a row has none). The figures are maxima and "any", so each distinct cell may be given once
        (a set) and in any order."""
        if not rows:
            return
        self.rows += rows
        self._compactable |= set(compact)
        for i, column in enumerate(cells):
            nat, wd, filled = _measure_chunks(list(column))
            self._note(i, nat, wd)
            if filled:
                self._filled[i] = True
            if i in compact:
                nat, wd, _ = _measure_chunks(list(compact[i]))
            if nat > self._compact_natural[i]:
                self._compact_natural[i] = nat
            if wd > self._compact_word[i]:
                self._compact_word[i] = wd

    def _note(self, i: int, nat: int, wd: int) -> None:
        if nat > self._natural[i]:
            self._natural[i] = nat
        if wd > self._word[i]:
            self._word[i] = wd

    @property
    def compactable(self) -> frozenset[int]:
        return frozenset(self._compactable)

    def filled(self, i: int) -> bool:
        return self._filled[i]

    def measure(self, i: int, compact: bool) -> tuple[int, int]:
        if compact:
            return self._compact_natural[i], self._compact_word[i]
        return self._natural[i], self._word[i]


MEASURE_CHUNK = 512
"""Rows measured together by `Measures` (then let go)."""


def _measure_chunks(cells: Sequence[str]) -> tuple[int, int, bool]:
    """`_measure_cells` of any number of cells, `MEASURE_CHUNK` at a time (a chunk of printable ASCII is measured
    whole, the others cell by cell)."""
    nat, wd, filled = 0, 0, False
    for start in range(0, len(cells), MEASURE_CHUNK):
        n, w, f = _measure_cells(cells[start : start + MEASURE_CHUNK])
        nat, wd, filled = max(nat, n), max(wd, w), filled or f
    return nat, wd, filled


def _measure_cells(cells: Sequence[str]) -> tuple[int, int, bool]:
    """(natural width, longest word, any non-blank cell) of some cells: `natural_plain`, `longest_word_plain`
    and `cell.strip()` over each, computed on the cells joined when they are all printable ASCII."""
    joined = " ".join(cells)
    filled = bool(joined.strip())
    if joined.isascii() and joined.isprintable():
        return max(map(len, cells), default=0), max(map(len, joined.split()), default=0), filled
    # Some cells are not printable ASCII (at least one: a space joins them): the others are still measured whole.
    plain = [cell for cell in cells if cell.isascii() and cell.isprintable()]
    other = [cell for cell in cells if not (cell.isascii() and cell.isprintable())]
    nat, wd, _ = _measure_cells(plain) if plain else (0, 0, False)
    return (max(nat, max(map(natural_plain, other))), max(wd, max(map(longest_word_plain, other))), filled)


@dataclass(frozen=True)
class Plan:
    """What `plan` decided: the columns shown with their widths, or the stacked layout."""

    stacked: bool
    keep: tuple[int, ...] = ()
    widths: tuple[int, ...] = ()
    compact: frozenset[int] = frozenset()
    sep: str = SEPARATOR


_WORD = re.compile(r"\S+")


def longest_word(cell: Text) -> int:
    return longest_word_plain(cell.plain)


def natural_width(cell: Text) -> int:
    return natural_plain(cell.plain)


def longest_word_plain(text: str) -> int:
    """Cells taken by the longest word of `text` (printable ASCII: its length, without measuring each character)."""
    if text.isascii() and text.isprintable():
        return max(map(len, text.split()), default=0)
    return max((cell_len(w) for w in _WORD.findall(text)), default=0)


def natural_plain(text: str) -> int:
    """Cells taken by the longest line of `text`."""
    if text.isascii() and text.isprintable():
        return len(text)
    return max(cell_len(line) for line in text.split("\n"))


def _measure(col: Column, cells: Sequence[Text]) -> tuple[int, int]:
    """(natural width, longest word) of a column holding `cells` under its header."""
    header = Text(col.name)
    natural = max([natural_width(c) for c in cells] + [natural_width(header), 1])
    word = max([longest_word(c) for c in cells] + [longest_word(header), 1])
    return natural, word


def _need(col: Column, measured: tuple[int, int], claim_floor: int = CLAIM_MIN) -> tuple[int, int]:
    """(minimum, natural) width of a column measured as (natural width, longest word)."""
    natural, word = measured
    minimum = min(word, col.cut) if col.cut else word
    if col.role is Role.CLAIM:
        minimum = max(minimum, min(claim_floor, natural))
    minimum = max(minimum, col.min_width, 1)
    return min(minimum, natural) if col.cut else minimum, max(natural, minimum)


def plan(table: Measured, width: int) -> Plan:
    """Choose the columns and their widths for `width` cells, or the stacked layout (see the module doc)."""
    cols = table.columns
    keep = [i for i in range(len(cols)) if table.filled(i)]
    extras = sorted((i for i in keep if cols[i].role is Role.EXTRA), key=lambda i: (cols[i].drop_rank, i))
    steps: list[tuple[list[int], frozenset[int]]] = [(list(keep), frozenset())]
    for i in reversed(extras):
        keep.remove(i)
        steps.append((list(keep), frozenset()))
    if table.compactable:
        steps.append((list(keep), table.compactable))
    essentials = steps[-1][0]
    bound = sum(max(longest_word(Text(cols[i].name)), cols[i].min_width) for i in essentials) + len(essentials) - 1
    if bound > width:  # even the headers of the columns that must stay do not fit: no need to measure cells
        return Plan(stacked=True)
    for floor, sep in ((CLAIM_COMFORT, SEPARATOR), (CLAIM_MIN, SEPARATOR), (CLAIM_MIN, " ")):
        for kept, compact in steps:
            widths = _fit_widths(table, kept, compact, width, cell_len(sep), floor)
            if widths is not None:
                return Plan(stacked=False, keep=tuple(kept), widths=tuple(widths), compact=compact, sep=sep)
    return Plan(stacked=True)


CHEAP = 8
"""A column this few cells short of its natural width is given them first (an outlet name unwrapped)."""


def _fit_widths(
    table: Measured, kept: list[int], compact: frozenset[int], width: int, sep: int, floor: int
) -> list[int] | None:
    cols = table.columns
    if not kept:
        return None
    needs = [_need(cols[i], table.measure(i, i in compact), floor) for i in kept]
    total = sum(n for n, _ in needs) + sep * (len(kept) - 1)
    if total > width:
        return None
    widths = [n for n, _ in needs]
    spare = width - total
    # 1. cheap completions, cheapest first
    for k in sorted(range(len(kept)), key=lambda k: (cols[kept[k]].role, needs[k][1] - widths[k])):
        short = needs[k][1] - widths[k]
        if 0 < short <= min(CHEAP, spare):
            widths[k] += short
            spare -= short
    # 2. columns with an `ideal` width are widened to it, most important first, with half the space left
    budget = spare // 2
    for k in sorted(range(len(kept)), key=lambda k: cols[kept[k]].role):
        target = min(cols[kept[k]].ideal, needs[k][1])
        add = min(budget, target - widths[k])
        if add > 0:
            widths[k] += add
            spare -= add
            budget -= add
    # 3. the rest in proportion to `grow`, up to each column's natural width
    growing = [k for k in range(len(kept)) if cols[kept[k]].grow and widths[k] < needs[k][1]]
    while spare > 0 and growing:
        share = sum(cols[kept[k]].grow for k in growing)
        given = 0
        for k in growing:
            add = max(1, spare * cols[kept[k]].grow // share)
            add = min(add, needs[k][1] - widths[k], spare - given)
            widths[k] += add
            given += add
        spare -= given
        growing = [k for k in growing if widths[k] < needs[k][1]]
        if given == 0:
            break
    # 4. columns that do not grow still take their natural width when there is room
    for k in range(len(kept)):
        add = min(spare, needs[k][1] - widths[k])
        if add > 0:
            widths[k] += add
            spare -= add
    return widths


def _line_spans(plain: str, width: int, first: int | None) -> list[tuple[int, int]]:
    """(start, end) of each line of `plain` wrapped at word boundaries (see `wrap`); (0, 0) for a blank line."""
    out: list[tuple[int, int]] = []

    def room() -> int:
        return first if first is not None and not out else width

    offset = 0
    for para in plain.split("\n"):
        start: int | None = None
        end = 0
        for m in _WORD.finditer(para):
            ws, we = m.start(), m.end()
            if start is not None and cell_len(para[start:we]) <= room():
                end = we
                continue
            if start is not None:
                out.append((offset + start, offset + end))
            start, end = ws, we
        if start is not None:
            out.append((offset + start, offset + end))
        elif not out or para == "":
            out.append((0, 0))
        offset += len(para) + 1
    return out or [(0, 0)]


def _room(n: int, width: int, first: int | None) -> int:
    return first if first is not None and n == 0 else width


def wrap(cell: Text, width: int, first: int | None = None) -> list[Text]:
    """`cell` in lines of at most `width` cells (the first line: `first`, when given), broken only between
    words; a word longer than the line is cut short with an ellipsis. Newlines in the cell start new lines."""
    spans = _line_spans(cell.plain, width, first)
    return [_fit(cell[s:e] if e else Text(""), _room(n, width, first)) for n, (s, e) in enumerate(spans)]


def wrap_plain(text: str, width: int, first: int | None = None) -> list[str]:
    """`wrap` for a plain string (the fast path when no styles are drawn)."""
    if text.isascii() and text.isprintable():  # one cell per character, no line breaks: count characters
        line = text.strip(" ")
        if len(line) <= (width if first is None else first):
            return [line]
        return _wrap_ascii(text, width, first)
    return _wrap_cells(text, width, first)


def _wrap_cells(text: str, width: int, first: int | None = None) -> list[str]:
    spans = _line_spans(text, width, first)
    return [_fit_plain(text[s:e], _room(n, width, first)) for n, (s, e) in enumerate(spans)]


def _wrap_ascii(text: str, width: int, first: int | None) -> list[str]:
    """`_line_spans` and `_fit_plain` for printable ASCII, where a character is a cell and a space the only
    blank: each line ends at the last word end within reach (found with `rfind`, not word by word)."""
    lines: list[str] = []
    room = width if first is None else first
    stop = len(text.rstrip(" "))  # the end of the last word
    start = len(text) - len(text.lstrip(" "))
    while start < stop:
        if stop - start <= room:  # the rest fits
            lines.append(text[start:stop])
            break
        space = text.rfind(" ", start, start + room + 1)
        end = len(text[start:space].rstrip(" ")) + start if space > start else start
        if end == start:  # a word longer than the line: cut short
            end = text.find(" ", start)
            end = stop if end < 0 else end
            lines.append(text[start : start + max(room - 1, 0)] + ELLIPSIS if end - start > room else text[start:end])
        else:
            lines.append(text[start:end])
        room = width
        nxt = end
        while nxt < stop and text[nxt] == " ":
            nxt += 1
        start = nxt
    return lines or [""]


def cell_width(text: str) -> int:
    """`cell_len`, counting characters for printable ASCII."""
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


def _fit_plain(line: str, width: int) -> str:
    if cell_width(line) <= width:
        return line
    return set_cell_size(line, max(width - 1, 0)) + ELLIPSIS


def _fit(line: Text, width: int) -> Text:
    if line.cell_len <= width:
        return line
    cut = line.copy()
    cut.truncate(max(width - 1, 0))
    cut.append(ELLIPSIS)
    return cut


def _pad(line: Text, width: int, justify: str) -> Text:
    gap = width - line.cell_len
    if gap <= 0:
        return line
    return Text(" " * gap) + line if justify == "right" else line + Text(" " * gap)


def render(console: Console, table: Table, width: int | None = None, chosen: Plan | None = None) -> Plan:
    """Print `table` at the console's width (or `width`) following the policy (or the `chosen` plan);
    return the plan used."""
    width = width or console.width
    chosen = chosen or plan(table, width)
    if console.is_terminal:
        render_styled_rows(console, table.columns, _styled_rows(table), chosen, width)
    else:
        render_plain_rows(console, table.columns, _plain_rows(table), chosen, width)
    return chosen


def _styled_rows(table: Table) -> Iterator[StyledRow]:
    for r, row in enumerate(table.rows):
        yield row, table.compact_rows[r], r in table.section_ends


def _plain_rows(table: Table) -> Iterator[PlainRow]:
    for r, row in enumerate(table.rows):
        yield ([c.plain for c in row], {i: c.plain for i, c in table.compact_rows[r].items()},
               r in table.section_ends)


CHUNK_LINES = 500
"""Lines drawn before they are written out, when a table is drawn from a stream of rows."""


def render_plain_rows(console: Console, columns: list[Column], rows: Iterable[PlainRow], chosen: Plan,
                      width: int) -> None:
    """Draw rows of plain strings under `columns` with the `chosen` plan, without styles (a pipe, a log, a file),
    writing as it goes: the rows may be a generator that is never held whole."""
    if chosen.stacked:
        _stacked_plain(console, columns, rows, width)
        return
    cols = [columns[i] for i in chosen.keep]
    widths = chosen.widths
    rule = RULE * min(width, sum(widths) + len(chosen.sep) * (len(widths) - 1))
    out: list[str] = []
    write = console.file.write

    layout = [(c.justify == "right", w) for c, w in zip(cols, widths, strict=True)]
    blanks = [" " * w for w in widths]  # a cell with fewer lines than the row
    join = chosen.sep.join

    def pad(line: str, rjust: bool, w: int) -> str:
        if line.isascii() and line.isprintable():  # a character is a cell
            return line.rjust(w) if rjust else line.ljust(w)
        gap = " " * (w - cell_width(line))
        return gap + line if rjust else line + gap

    def emit(wrapped: list[list[str]]) -> None:
        padded = [[pad(line, rjust, w) for line in lines] for lines, (rjust, w) in zip(wrapped, layout, strict=True)]
        height = max(map(len, padded))
        if height == 1:
            out.append(join([lines[0] for lines in padded]).rstrip())
            return
        for n in range(height):
            out.append(join([lines[n] if n < len(lines) else blank
                             for lines, blank in zip(padded, blanks, strict=True)]).rstrip())

    # The wrapped lines of cells that repeat (outlets, speakers, cues), kept per column; not the claims'.
    memos: list[dict[str, list[str]] | None] = [None if c.role is Role.CLAIM else {} for c in cols]

    def emit_row(shown: list[str]) -> None:
        """`emit([wrap_plain(cell, w) ...])`, with the cells that fit on one line padded directly."""
        first: list[str] = []
        more: list[tuple[int, list[str]]] = []
        whole = "".join(shown)
        plain = whole.isascii() and whole.isprintable()  # every cell: a character is a cell
        for k, cell in enumerate(shown):
            rjust, w = layout[k]
            if len(cell) <= w and (plain or (cell.isascii() and cell.isprintable())):  # wrap_plain's first case
                line = cell.strip(" ")
                first.append(line.rjust(w) if rjust else line.ljust(w))
                continue
            memo = memos[k]
            lines = memo.get(cell) if memo is not None else None
            if lines is None:
                lines = [pad(line, rjust, w) for line in wrap_plain(cell, w)]
                if memo is not None:
                    memo[cell] = lines
            first.append(lines[0])
            if len(lines) > 1:
                more.append((k, lines))
        out.append(join(first).rstrip())
        if more:
            for n in range(1, max(len(lines) for _, lines in more)):
                parts = list(blanks)
                for k, lines in more:
                    if n < len(lines):
                        parts[k] = lines[n]
                out.append(join(parts).rstrip())

    emit([wrap_plain(c.name, w) for c, w in zip(cols, widths, strict=True)])
    out.append(rule)
    # Rows of printable ASCII (a character is a cell): each cell's lines padded, kept per column (the claims' and
    # ids' only until the next write), as (number of lines, the lines, blanks up to ROW_LINES) for one `zip`.
    wrapped = [_Lines(w, rjust) for rjust, w in layout]
    passing = [wrapped[k] for k, c in enumerate(cols) if c.role in (Role.CLAIM, Role.ID)]  # cells seldom seen again
    keep, compact_keep = chosen.keep, [(k, i) for k, i in enumerate(chosen.keep) if i in chosen.compact]
    pick = itemgetter(*keep) if len(keep) > 1 else (lambda row: (row[keep[0]],))
    once = [k for k, c in enumerate(cols) if not c.repeat]  # blank when equal to the cell above
    strip = str.rstrip
    previous: list[str] | None = None
    pending_rule = False
    for row, compact, end_section in rows:
        if pending_rule:
            out.append(rule)
            pending_rule = False
        cells = list(pick(row))
        if compact_keep:
            for k, i in compact_keep:
                cells[k] = compact.get(i, cells[k])
        shown = cells
        if previous is not None and once:
            shown = list(cells)
            for k in once:
                if cells[k] == previous[k]:
                    shown[k] = ""
        previous = cells
        parts = [lines[cell] for lines, cell in zip(wrapped, shown, strict=True)]
        if None in parts:  # a cell that is not printable ASCII, or of more lines than ROW_LINES
            emit_row(shown)
        else:
            lines_of = zip(*parts, strict=True)
            height = max(next(lines_of))
            if height == 1:
                out.append(join(next(lines_of)).rstrip())
            else:
                out.extend(map(strip, map(join, islice(lines_of, height))))
        if end_section:
            pending_rule = True
            previous = None
            if len(out) >= CHUNK_LINES:
                write("\n".join(out) + "\n")
                out.clear()
                for lines in passing:
                    lines.clear()
    if out:
        write("\n".join(out) + "\n")


ROW_LINES = 8
"""The most lines a cell may wrap to for a row to be drawn from `_Lines` (a taller one is drawn cell by cell)."""

_Padded = tuple[int | str, ...]


class _Lines(dict[str, "_Padded | None"]):
    """Cell -> (its number of lines, its lines wrapped to one column's width (`wrap_plain`) and padded, blank lines
    up to `ROW_LINES`), each cell wrapped once; None for a cell that is not printable ASCII or takes more lines."""

    def __init__(self, width: int, rjust: bool) -> None:
        super().__init__()
        self.width, self.rjust = width, rjust
        self.blank = " " * width

    def __missing__(self, cell: str) -> _Padded | None:
        padded: _Padded | None = None
        if cell.isascii() and cell.isprintable():
            w = self.width
            lines = [line.rjust(w) if self.rjust else line.ljust(w) for line in wrap_plain(cell, w)]
            if len(lines) <= ROW_LINES:
                padded = (len(lines), *lines, *([self.blank] * (ROW_LINES - len(lines))))
        self[cell] = padded
        return padded


def render_styled_rows(console: Console, columns: list[Column], rows: Iterable[StyledRow], chosen: Plan,
                       width: int) -> None:
    """`render_plain_rows` with rich Text cells and styles, for a terminal."""
    if chosen.stacked:
        _stacked_styled(console, columns, rows, width)
        return
    cols = [columns[i] for i in chosen.keep]
    widths = chosen.widths
    sep = Text(chosen.sep)
    rule = Text(RULE * min(width, sum(widths) + len(chosen.sep) * (len(widths) - 1)), style="dim")
    out: list[Text] = []
    header = [wrap(Text(c.name, style="bold"), w) for c, w in zip(cols, widths, strict=True)]
    _emit(out, header, cols, widths, sep)
    out.append(rule)
    previous: list[str] | None = None
    pending_rule = False
    for row, compact, end_section in rows:
        if pending_rule:
            out.append(rule)
            pending_rule = False
        cells = [compact.get(i, row[i]) if i in chosen.compact else row[i] for i in chosen.keep]
        shown = [
            Text("") if (not c.repeat and previous is not None and cell.plain == previous[k]) else cell
            for k, (c, cell) in enumerate(zip(cols, cells, strict=True))
        ]
        previous = [cell.plain for cell in cells]
        _emit(out, [wrap(cell, w) for cell, w in zip(shown, widths, strict=True)], cols, widths, sep)
        if end_section:
            pending_rule = True
            previous = None
            if len(out) >= CHUNK_LINES:
                print_lines(console, out)
                out = []
    print_lines(console, out)


def print_lines(console: Console, lines: list[Text]) -> None:
    """Print lines already fitted to the width, in one call (one render pass for a whole table)."""
    if lines:
        console.print(Text("\n").join(lines), overflow="ignore", crop=False, no_wrap=True)


def _emit(out: list[Text], wrapped: list[list[Text]], cols: list[Column], widths: Sequence[int], sep: Text) -> None:
    height = max(len(lines) for lines in wrapped)
    for n in range(height):
        parts: list[Text] = []
        for lines, col, w in zip(wrapped, cols, widths, strict=True):
            line = lines[n] if n < len(lines) else Text("")
            if col.style:
                line = line.copy()
                line.stylize(col.style)
            parts.append(_pad(line, w, col.justify))
        line = sep.join(parts)
        line.rstrip()
        out.append(line)


LABEL_MAX = 16
"""Field names longer than this (and all fields when the value would be narrower than 12) go on a line of
their own in the stacked layout, the value indented under them."""


def render_stacked(console: Console, table: Table, width: int) -> None:
    """One record per row, one `Name: value` line per non-empty field, records separated by a blank line
    (a rule between sections)."""
    if console.is_terminal:
        _stacked_styled(console, table.columns, _styled_rows(table), width)
    else:
        _stacked_plain(console, table.columns, _plain_rows(table), width)


def _label_width(columns: list[Column]) -> int:
    names = [c.label or c.name for c in columns]
    return max([cell_len(n) + 2 for n in names if cell_len(n) + 2 <= LABEL_MAX] or [0])


def _stacked_plain(console: Console, columns: list[Column], rows: Iterable[PlainRow], width: int) -> None:
    label_w = _label_width(columns)
    text_out: list[str] = []
    write = console.file.write
    after_section: bool | None = None  # None before the first row
    for row, _, end_section in rows:
        if after_section is not None:
            text_out.append(RULE * width if after_section else "")
        after_section = end_section
        for col, cell in zip(columns, row, strict=True):
            if not cell.strip():
                continue
            name = col.label or col.name
            if cell_len(name) + 2 <= label_w and width - label_w >= 12:
                lines_ = wrap_plain(cell, width - label_w)
                text_out.extend((f"{name}:".ljust(label_w) if n == 0 else " " * label_w) + line
                                for n, line in enumerate(lines_))
            else:  # too narrow for a value beside its label: the value goes under it
                text_out.extend(wrap_plain(f"{name}:", width))
                text_out.extend("  " + line for line in wrap_plain(cell, width - 2))
        if end_section and len(text_out) >= CHUNK_LINES:
            write("\n".join(line.rstrip() for line in text_out) + "\n")
            text_out.clear()
    if text_out:
        write("\n".join(line.rstrip() for line in text_out) + "\n")


def _stacked_styled(console: Console, columns: list[Column], rows: Iterable[StyledRow], width: int) -> None:
    label_w = _label_width(columns)
    out: list[Text] = []
    after_section: bool | None = None
    for row, _, end_section in rows:
        if after_section is not None:
            out.append(Text(RULE * width, style="dim") if after_section else Text(""))
        after_section = end_section
        for col, cell in zip(columns, row, strict=True):
            if not cell.plain.strip():
                continue
            name = col.label or col.name
            label = Text(f"{name}:".ljust(label_w), style="bold")
            if cell_len(name) + 2 <= label_w and width - label_w >= 12:
                for n, line in enumerate(wrap(cell, width - label_w)):
                    out.append(Text.assemble(label if n == 0 else " " * label_w, line))
            else:  # too narrow for a value beside its label: the value goes under it
                out.extend(wrap(Text(f"{name}:", style="bold"), width))
                out.extend(Text.assemble("  ", line) for line in wrap(cell, width - 2))
        if end_section and len(out) >= CHUNK_LINES:
            print_lines(console, out)
            out = []
    print_lines(console, out)


def paragraph(console: Console, text: Text, indent: int = 0) -> None:
    """Print `text` wrapped at word boundaries to the console width (continuation lines indented)."""
    lines = wrap(text, max(console.width - indent, 10), first=console.width)
    print_lines(console, [Text(" " * indent) + line if n and indent else line for n, line in enumerate(lines)])
