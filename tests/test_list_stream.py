"""`claims list` draws its table as a stream (render/claims_table.py `render_table`): it must print exactly what
the whole-table rendering (`layout.render` on `claims_layout`) prints, at every width, to a terminal and to a pipe.

Inputs: the fixed registries of tests/data, a hand-made analysis with awkward cells (wide characters, control
characters, long words, multi-line notes, reviews, an empty group) and a generated registry of a few hundred
claims (bench/corpus.py).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from claims.models import Analysis, Claim, Group, Kind, Review, Source
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry
from claims.render import layout
from claims.render.claims_table import claims_layout, plain_rows, render_table, styled_rows
from tests.conftest import DATA, generated_registry


def _awkward() -> Analysis:
    sources = [Source(id=f"s{i}", outlet=o, path=f"s{i}.txt", text="", body_start=0, body_end=0)
               for i, o in enumerate(["Wire", "日本経済新聞", "The Very Long Named Evening Chronicle"])]
    texts = [
        "a plain claim about the budget",
        "請求は予算についてです、と述べた 全角の文字",
        "Supercalifragilisticexpialidociousnesses-of-the-committee-report were noted",
        "line\nbreak and\ttab and \x1b[2J escape and \u202e bidi",
        "",
    ]
    claims: list[Claim] = []
    groups: list[Group] = []
    for g in range(6):
        ids = []
        for k in range(g % 3 + 1):
            src = (g + k) % 3
            cid = f"c{g}-{k}"
            speaker = ["He", "Ana Ruiz", "a spokesperson for the ministry of transport"][k % 3]
            claims.append(Claim(id=cid, source=f"s{src}", outlet=sources[src].outlet, speaker=speaker,
                                speaker_id=f"p{k}", via="Reuters" if k == 1 else None, cue="said",
                                kind=list(Kind)[(g + k) % 4], content=texts[(g + k) % len(texts)], start=0, end=1,
                                group=f"g{g}"))
            ids.append(cid)
        srcs = list(dict.fromkeys(c.source for c in claims if c.group == f"g{g}"))
        groups.append(Group(id=f"g{g}", claims=ids, sources=srcs, single_source=len(srcs) == 1,
                            flags=["single-outlet"] if len(srcs) == 1 else (["conflict"] if g == 4 else [])))
    groups.append(Group(id="g-empty", claims=["gone"], sources=[], single_source=False))
    return Analysis(sources=sources, claims=claims, groups=groups,
                    claim_reviews={"c1-0": Review(status="false", note="wrong:\nsee the\x07 minutes"),
                                   "c2-1": Review(status="confirmed")},
                    group_reviews={"g3": Review(status="disputed", note="contested")})


def _generated(tmp: Path) -> Analysis:
    path = generated_registry(tmp, 30, seed=3)
    return analysis_from_registry(load_registry(path))


@pytest.fixture(scope="module")
def analyses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Analysis]:
    out = {name: analysis_from_registry(load_registry(DATA / name / "claims.yaml"))
           for name in ("listing", "render_story")}
    out["awkward"] = _awkward()
    out["generated"] = _generated(tmp_path_factory.mktemp("generated"))
    out["empty"] = Analysis(sources=[], claims=[], groups=[])
    return out


def _console(width: int, terminal: bool) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=terminal, color_system="standard" if terminal else None,
                      no_color=not terminal, highlight=False, emoji=False)
    return console, buf


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
@pytest.mark.parametrize("name", ["listing", "render_story", "awkward", "generated", "empty"])
def test_streamed_table_equals_the_whole_table(analyses: dict[str, Analysis], name: str, terminal: bool) -> None:
    analysis = analyses[name]
    widths = range(layout.MIN_WIDTH, 201, 9) if name != "generated" else (20, 47, 80, 120, 200)
    for width in widths:
        old_console, old = _console(width, terminal)
        whole = claims_layout(analysis)
        if layout.plan(whole, width).stacked:  # label rows are not claims: the stacked layout leaves them out
            whole = claims_layout(analysis, labels=False)
        old_plan = layout.render(old_console, whole)
        new_console, new = _console(width, terminal)
        new_plan = render_table(new_console, analysis)
        assert new_plan == old_plan, (name, width)
        assert new.getvalue() == old.getvalue(), (name, width)
        if terminal and analysis.claims:
            assert "\x1b[" in new.getvalue()  # styles drawn


@pytest.mark.parametrize("name", ["listing", "awkward", "generated"])
def test_plain_rows_equal_the_styled_cells(analyses: dict[str, Analysis], name: str) -> None:
    plain = list(plain_rows(analyses[name]))
    styled = list(styled_rows(analyses[name]))
    assert plain == [([c.plain for c in cells], {i: c.plain for i, c in compact.items()}, end)
                     for cells, compact, end in styled]


def test_measures_equal_the_table_measures(analyses: dict[str, Analysis]) -> None:
    for analysis in analyses.values():
        table = claims_layout(analysis)
        measures = layout.Measures(table.columns, plain_rows(analysis))
        assert measures.rows == len(table.rows)
        assert measures.compactable == table.compactable
        for i in range(len(table.columns)):
            assert measures.filled(i) == table.filled(i)
            assert measures.measure(i, False) == table.measure(i, False)
            assert measures.measure(i, True) == table.measure(i, True)


def test_measures_in_small_batches_equal_the_table_measures(analyses: dict[str, Analysis],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are measured a batch at a time; batches mixing ASCII and other text measure alike."""
    monkeypatch.setattr(layout, "MEASURE_CHUNK", 3)
    for analysis in analyses.values():
        table = claims_layout(analysis)
        measures = layout.Measures(table.columns, plain_rows(analysis))
        assert measures.rows == len(table.rows)
        for i in range(len(table.columns)):
            assert (measures.filled(i), measures.measure(i, False), measures.measure(i, True)) == (
                table.filled(i), table.measure(i, False), table.measure(i, True))


def test_a_large_table_is_written_in_pieces(analyses: dict[str, Analysis]) -> None:
    writes: list[str] = []

    class Recorder(io.StringIO):
        def write(self, s: str) -> int:
            writes.append(s)
            return len(s)

    console = Console(file=Recorder(), width=120, no_color=True, highlight=False, emoji=False)
    render_table(console, analyses["generated"])
    lines = "".join(writes).count("\n")
    assert lines > 2 * layout.CHUNK_LINES
    assert len(writes) >= lines // (layout.CHUNK_LINES + 100)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab cd-ef  Supercalifragilistic.,")), max_size=120),
       width=st.integers(1, 40), first=st.one_of(st.none(), st.integers(1, 60)))
def test_the_ascii_wrap_equals_the_general_one(text: str, width: int, first: int | None) -> None:
    assert layout.wrap_plain(text, width, first) == layout._wrap_cells(text, width, first)


@pytest.mark.parametrize("name", ["listing", "render_story", "awkward", "generated"])
def test_plain_drawing_equals_the_styled_drawing(analyses: dict[str, Analysis], name: str) -> None:
    """The plain path (a pipe: ASCII rows formatted whole, others cell by cell) draws what the styled path (rich
    Text cells) draws once its styles are left out."""
    for width in (20, 38, 47, 80, 120, 200):
        plain_console, plain = _console(width, terminal=False)
        render_table(plain_console, analyses[name])
        bare = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None, highlight=False,
                       emoji=False)
        render_table(bare, analyses[name])
        assert bare.file.getvalue() == plain.getvalue(), (name, width)  # type: ignore[attr-defined]


@pytest.mark.parametrize("labels", [True, False])
def test_column_measures_equal_the_row_measures(analyses: dict[str, Analysis], labels: bool) -> None:
    """`claims_measures` (distinct cells, column by column) measures what `Measures` of the rows measures."""
    from claims.render.claims_table import COLUMNS, claims_measures

    for name, analysis in analyses.items():
        rows = layout.Measures(COLUMNS, plain_rows(analysis, labels))
        columns = claims_measures(analysis, labels)
        assert (columns.rows, columns.compactable) == (rows.rows, rows.compactable), name
        for i in range(len(COLUMNS)):
            assert columns.filled(i) == rows.filled(i), (name, i)
            assert columns.measure(i, False) == rows.measure(i, False), (name, i)
            assert columns.measure(i, True) == rows.measure(i, True), (name, i)


def test_cells_taller_than_the_row_limit_draw_alike(analyses: dict[str, Analysis],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A row with a cell of more lines than `layout.ROW_LINES` is drawn cell by cell, to the same text."""
    monkeypatch.setattr(layout, "ROW_LINES", 2)
    for width in (20, 38, 80):
        plain_console, plain = _console(width, terminal=False)
        render_table(plain_console, analyses["generated"])
        bare = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None, highlight=False,
                       emoji=False)
        render_table(bare, analyses["generated"])
        assert bare.file.getvalue() == plain.getvalue(), width  # type: ignore[attr-defined]
