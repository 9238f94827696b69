"""The layout policy (render/layout.py) on its own: word wrapping, column choice, stacked records.

Properties are checked on every table the commands build (list, sources, matrix, diff) at every width from
20 to 200: no line too wide, no word split across lines, no column without a value, no column of width 0.
"""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from claims.compare.matrix import coverage
from claims.diff import diff_sources
from claims.models import Analysis
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry
from claims.render import layout
from claims.render.claims_table import claims_layout
from claims.render.diff import _one_side_table, _pairs_table
from claims.render.layout import CLAIM_MIN, ELLIPSIS, Column, Role
from claims.render.matrix import matrix_layout
from claims.render.sources_table import sources_layout
from tests.conftest import DATA


def _analysis(name: str) -> Analysis:
    return analysis_from_registry(load_registry(DATA / name / "claims.yaml"))


def _tables() -> dict[str, layout.Table]:
    out: dict[str, layout.Table] = {}
    for name in ("listing", "render_story"):
        a = _analysis(name)
        out[f"{name}-list"] = claims_layout(a)
        out[f"{name}-sources"] = sources_layout(a)
        out[f"{name}-matrix"] = matrix_layout(coverage(a))[0]
        d = diff_sources(a, a.sources[0].id, a.sources[1].id)
        out[f"{name}-pairs"] = _pairs_table(d.pairs, plain=True)
        out[f"{name}-only"] = _one_side_table(d.only_a, "")
    return out


TABLES = _tables()


def _render(table: layout.Table, width: int) -> tuple[str, layout.Plan]:
    buf = io.StringIO()
    console = Console(file=buf, width=width, no_color=True, highlight=False, emoji=False)
    plan = layout.render(console, table)
    return buf.getvalue(), plan


def _words(table: layout.Table) -> set[str]:
    words = {w for c in table.columns for w in f"{c.name} {c.label}".split()}
    for r, row in enumerate(table.rows):
        for i, cell in enumerate(row):
            words.update(cell.plain.split())
            words.update(table.cell(r, i, table.compactable).plain.split())
    return words


def _whole(token: str, words: set[str]) -> bool:
    if token in words or token.rstrip(":") in words or set(token) <= {"─"}:
        return True
    # a word cut short in a `cut` column (ids, URLs) ends with an ellipsis and starts a real word
    return token.endswith(ELLIPSIS) and any(w.startswith(token[:-1]) for w in words)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_width_keeps_the_policy(name: str) -> None:
    table = TABLES[name]
    words = _words(table)
    for width in range(layout.MIN_WIDTH, 201, 7):
        out, plan = _render(table, width)
        assert all(cell_len(line) <= width for line in out.splitlines()), (name, width)
        broken = [t for t in out.split() if not _whole(t, words)]
        assert not broken, (name, width, broken[:5])
        if not plan.stacked:
            assert all(w >= 1 for w in plan.widths)
            for i in plan.keep:  # no column without a value
                assert any(table.cell(r, i, plan.compact).plain.strip() for r in range(len(table.rows))), (name, i)
            for i, w in zip(plan.keep, plan.widths, strict=True):
                if table.columns[i].role is Role.CLAIM:
                    assert w >= min(CLAIM_MIN, max(cell_len(r[i].plain) for r in table.rows))


def test_wrap_breaks_between_words_only() -> None:
    lines = [t.plain for t in layout.wrap(Text("administration officials said"), 10)]
    assert lines == ["administration"[:9] + ELLIPSIS, "officials", "said"]
    assert [t.plain for t in layout.wrap(Text("a b c d e"), 3)] == ["a b", "c d", "e"]
    assert [t.plain for t in layout.wrap(Text("one\ntwo three"), 20)] == ["one", "two three"]


def test_wrap_keeps_styles() -> None:
    text = Text("keep this red word")
    text.stylize("red", 10, 13)
    lines = layout.wrap(text, 9)
    assert [t.plain for t in lines] == ["keep this", "red word"]
    assert lines[1].spans and lines[1].spans[0].style == "red"


def _table(*cols: Column, rows: list[list[str]]) -> layout.Table:
    table = layout.Table(list(cols))
    for row in rows:
        table.add_row(*(Text(c) for c in row))
    return table


def test_extras_go_first_then_the_table_stacks() -> None:
    table = _table(
        Column("Id", Role.ID), Column("Claim", Role.CLAIM, grow=1), Column("Note", Role.EXTRA),
        rows=[["g1", "the quick brown fox jumps over the lazy dog again and again", "reviewed"]],
    )
    assert layout.plan(table, 200).keep == (0, 1, 2)
    assert layout.plan(table, 36).keep == (0, 1)
    assert layout.plan(table, 21).stacked
    out, _ = _render(table, 21)
    assert out.splitlines()[0] == "Id:    g1" and "Note:  reviewed" in out


def test_an_empty_column_is_left_out() -> None:
    table = _table(Column("Id", Role.ID), Column("Flags", Role.FLAGS), rows=[["g1", ""], ["g2", ""]])
    assert layout.plan(table, 80).keep == (0,)


def test_a_cut_column_shows_an_ellipsis_never_a_split_word() -> None:
    table = _table(Column("Id", Role.ID, cut=6), Column("Claim", Role.CLAIM, grow=1),
                   rows=[["g6e2765e840", "a claim of some length that has to wrap somewhere"]])
    out, plan = _render(table, 30)
    assert not plan.stacked and "g6e27…" in out and "g6e2765e840" not in out
    out, _ = _render(table, 120)
    assert "g6e2765e840" in out


def test_repeated_values_are_shown_once_per_section() -> None:
    table = layout.Table([Column("Group", Role.ID, repeat=False), Column("Claim", Role.CLAIM)])
    table.add_row(Text("g1"), Text("first"))
    table.add_row(Text("g1"), Text("second"), end_section=True)
    table.add_row(Text("g2"), Text("third"))
    out, _ = _render(table, 40)
    assert out.count("g1") == 1 and "g2" in out and "─" * 10 in out.splitlines()[4]


def test_paragraph_wraps_at_words_with_a_hanging_indent() -> None:
    buf = io.StringIO()
    console = Console(file=buf, width=24, no_color=True)
    layout.paragraph(console, Text("Flags: S single-outlet; U unnamed-only"), indent=7)
    assert buf.getvalue().splitlines() == ["Flags: S single-outlet;", "       U unnamed-only"]
