"""`claims diff` through the CLI: golden output per format, name resolution, --exit-code, colour."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.diff import diff_sources
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry

DATA = Path(__file__).resolve().parent / "data" / "diff"
REGISTRY = str(DATA / "claims.yaml")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["diff", *args, "--registry", REGISTRY], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("args", "name"), [
    (["--format", "table"], "diff_table.txt"),
    (["--format", "table", "--text", "--all"], "diff_table_text.txt"),
    (["--format", "markdown", "--text"], "diff.md"),
    (["--format", "json", "--text"], "diff.json"),
])
def test_golden(runner: CliRunner, golden: Callable[[str, str], None], args: list[str], name: str) -> None:
    code, out, err = run(runner, "Northwire", "hg", "--width", "100", *args, env={"NO_COLOR": "1"})
    assert (code, err) == (0, "")
    golden(name, out)


def test_json_is_the_diff_as_data(runner: CliRunner) -> None:
    code, out, _ = run(runner, "nw", "hg", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["differs"] is True and doc["text"] is None
    assert doc["counts"] == {"shared": 4, "changed": 3, "unchanged": 1, "only_a": 3, "only_b": 2}
    g03 = next(p for p in doc["pairs"] if p["group"] == "g03")
    assert g03["changed"] and {"field": "numbers", "a": "six", "b": "eight"} in g03["changes"]
    assert [s for s in g03["words"] if s["op"] != "equal"] == [{"op": "delete", "text": "six"},
                                                                {"op": "insert", "text": "eight"}]


@pytest.mark.parametrize(("a", "b", "outlets"), [
    ("nw_rail_0412", "hg_rail_0412", ("Northwire", "Harbor Gazette")),  # ids
    ("nw", "hp", ("Northwire", "Harbor Post")),  # unique prefixes
    ("NORTHWIRE", "harbor post", ("Northwire", "Harbor Post")),  # outlets, any case
])
def test_names_resolve(runner: CliRunner, a: str, b: str, outlets: tuple[str, str]) -> None:
    code, out, _ = run(runner, a, b, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and (doc["a"]["outlet"], doc["b"]["outlet"]) == outlets


@pytest.mark.parametrize(("a", "b", "message", "candidates"), [
    ("h", "nw", "'h' is ambiguous", ["hg_rail_0412 (Harbor Gazette)", "hp_rail_0412 (Harbor Post)"]),
    ("nw", "Daily Planet", "no source matches 'Daily Planet'",
     ["nw_rail_0412 (Northwire)", "hg_rail_0412 (Harbor Gazette)", "hp_rail_0412 (Harbor Post)"]),
    ("nw", "Northwire", "same source", ["nw_rail_0412"]),
])
def test_bad_names_exit_2_with_candidates(runner: CliRunner, a: str, b: str, message: str,
                                          candidates: list[str]) -> None:
    code, out, err = run(runner, a, b)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err
    for c in candidates:
        assert c in err


@pytest.mark.parametrize(("args", "code"), [
    (["nw", "hg", "--exit-code"], 1),  # claims differ
    (["nw", "hp", "--exit-code"], 0),  # a verbatim republication
    (["nw", "hp", "--exit-code", "--text"], 0),  # bodies identical too
    (["nw", "hg"], 0),  # without --exit-code a difference is not a failure
])
def test_exit_code(runner: CliRunner, args: list[str], code: int) -> None:
    assert run(runner, *args)[0] == code


def test_text_with_missing_article_exits_3(runner: CliRunner, tmp_path: Path) -> None:
    reg = tmp_path / "claims.yaml"
    reg.write_text((DATA / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["diff", "nw", "hg", "--text", "--registry", str(reg)])
    assert result.exit_code == 3
    assert "no article text for nw_rail_0412" in result.stdout
    assert "skipped" in result.stderr and "nw_rail_0412.txt" in result.stderr


def test_seeds_input(runner: CliRunner) -> None:
    # --seeds analyses the folder afresh; the text diff needs no registry.
    result = runner.invoke(app, ["diff", "nw", "hg", "--seeds", str(DATA), "--text", "--format", "json"])
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["counts"]["sentences_added"] == 2 and doc["counts"]["sentences_same"] == 1


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("no_color", "colour"), [("1", False), ("", True)])
def test_no_color_on_a_terminal(monkeypatch: pytest.MonkeyPatch, no_color: str, colour: bool) -> None:
    from claims.render import make_console
    from claims.render.diff import render_table

    for var in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLAIMS_WIDTH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", "xterm-256color")
    out = _Tty()
    monkeypatch.setattr("sys.stdout", out)
    diff = diff_sources(analysis_from_registry(load_registry(DATA / "claims.yaml")), "nw", "hg")
    render_table(make_console(width=100), diff)
    text = out.getvalue()
    assert bool(ANSI.search(text)) is colour
    # Without colour, word changes are marked in the text itself.
    assert ("[-six-]{+eight+}" in text) is not colour
    assert "eight" in ANSI.sub("", text)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("up to six weeks", "up to eight weeks", "up to ~~six~~**eight** weeks"),
    ("the old plan", "the plan", "the ~~old~~ plan"),
    ("the bridge, officials said.", "the bridge.", "the bridge<del>, officials said</del>."),
    ("costs 5|6", "costs 5*6 $", "costs 5<del>\\|</del><ins>\\*</ins>6 **\\$**"),
    ("<b>x</b> y", "<b>x</b> z", "&lt;b>x&lt;/b> ~~y~~**z**"),
])
def test_markdown_word_marks(a: str, b: str, expected: str) -> None:
    from claims.diff.words import word_diff
    from claims.render.diff import _md_spans

    assert _md_spans(word_diff(a, b)) == expected


def test_text_notes_an_article_changed_since_the_registry(runner: CliRunner, tmp_path: Path) -> None:
    for f in DATA.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    changed = tmp_path / "hp_rail_0412.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late correction was appended.\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", "nw", "hp", "--text", "--format", "json", "--exit-code",
                                 "--registry", str(tmp_path / "claims.yaml")])
    doc = json.loads(result.stdout)
    assert result.exit_code == 1  # the appended sentence is a difference; the change is not unreadable input
    assert doc["counts"]["sentences_added"] == 1 and doc["counts"]["shared"] == 7
    assert len(doc["notes"]) == 1 and "changed since the registry was built" in doc["notes"][0]
