"""A rebuild edits the reviewer's file in place: comments, quoting and values as typed survive byte for
byte; modes, symlinks and non-regular files are handled. The analysis is faked (see test_build_cli)."""

from __future__ import annotations

import difflib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.model import Registry
from claims.registry.roundtrip import _folded, _render_whole, render_update
from claims.registry.store import load_registry, parse_yaml
from tests.test_build_cli import SPANS, make_project

Spans = dict[str, list[tuple[str, str]]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Spans], None]:
    return make_project(tmp_path, monkeypatch)


MORE = {**SPANS, "harbour-wire": [*SPANS["harbour-wire"], ("3", "Tidewell Marine declined to comment")]}


def review(path: Path) -> str:
    """A reviewer's hand edits: a comment, a double-quoted note with ': ', unquoted false, a date, yes, empty."""
    text = path.read_text(encoding="utf-8")
    edits = [
        ("groups:\n", "# Reviewed by the standards desk, March 2026\ngroups:\n"),
        (
            "  - id: harbour-gazette:1\n    status: unreviewed\n    note: ''\n",
            '  - id: harbour-gazette:1\n    status: confirmed   # checked with the authority\n'
            '    note: "Minutes: item 4, page 2"\n',
        ),
        ("  - id: harbour-gazette:2\n    status: unreviewed\n    note: ''\n",
         "  - id: harbour-gazette:2\n    status: false\n    note: 2023-03-10\n"),
        ("  - id: harbour-wire:1\n    status: unreviewed\n    note: ''\n",
         "  - id: harbour-wire:1\n    status: disputed\n    note: yes\n"),
        ("  - id: harbour-wire:2\n    status: unreviewed\n    note: ''\n", "  - id: harbour-wire:2\n    note:\n"),
    ]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def test_comments_quotes_and_typed_values_survive_a_rebuild_byte_for_byte(
    runner: CliRunner, project: Callable[[Spans], None]
) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    path = Path("claims.yaml")
    reviewed = review(path)
    same = runner.invoke(app, ["build"])
    assert same.exit_code == 0, same.output
    assert path.read_text(encoding="utf-8") == reviewed
    project(MORE)  # one new claim: the file changes, but only by that claim
    dry = runner.invoke(app, ["build", "--dry-run"])
    assert dry.stdout.splitlines()[0] == "claims.yaml: 2 change(s) (dry run, nothing written)"
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    rebuilt = path.read_text(encoding="utf-8")
    ops = difflib.SequenceMatcher(None, reviewed.splitlines(), rebuilt.splitlines()).get_opcodes()
    changed = [(tag, reviewed.splitlines()[i1:i2]) for tag, i1, i2, _, _ in ops if tag != "equal"]
    # Only insertions (the new claim and its group, the new sha256) and the one replaced hash line.
    assert all(tag == "insert" or all("sha256" in line for line in lines) for tag, lines in changed), changed
    for line in (
        "# Reviewed by the standards desk, March 2026",
        "    status: confirmed   # checked with the authority",
        '    note: "Minutes: item 4, page 2"',
        "    status: false",
        "    note: 2023-03-10",
        "    note: yes",
        "    note:",
    ):
        assert line in rebuilt.splitlines()
    reg = load_registry(path)
    notes = {c.id: (c.status.value, c.note) for c in reg.claims()}
    assert notes["harbour-gazette:1"] == ("confirmed", "Minutes: item 4, page 2")
    assert notes["harbour-gazette:2"] == ("false", "2023-03-10")
    assert notes["harbour-wire:1"] == ("disputed", "yes")
    assert notes["harbour-wire:2"] == ("unreviewed", "")
    assert notes["harbour-wire:3"] == ("unreviewed", "")
    assert runner.invoke(app, ["check", "--strict"]).exit_code == 0


def test_new_registry_gets_the_umask_mode_and_an_existing_one_keeps_its_mode(
    runner: CliRunner, project: Callable[[Spans], None]
) -> None:
    old = os.umask(0o022)
    try:
        assert runner.invoke(app, ["build"]).exit_code == 0
        assert Path("claims.yaml").stat().st_mode & 0o777 == 0o644
        Path("claims.yaml").chmod(0o600)
        project(MORE)
        assert runner.invoke(app, ["build"]).exit_code == 0
        assert Path("claims.yaml").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_symlinked_registry_is_written_through_the_link(runner: CliRunner, project: Callable[[Spans], None]) -> None:
    Path("reviews").mkdir()
    Path("claims.yaml").symlink_to(Path("reviews") / "claims.yaml")
    assert runner.invoke(app, ["build"]).exit_code == 0
    assert Path("claims.yaml").is_symlink()
    assert Path("reviews/claims.yaml").is_file()
    project(MORE)
    assert runner.invoke(app, ["build"]).exit_code == 0
    assert Path("claims.yaml").is_symlink()
    assert "harbour-wire:3" in Path("reviews/claims.yaml").read_text(encoding="utf-8")
    assert sorted(p.name for p in Path("reviews").iterdir()) == ["claims.yaml"]


@pytest.mark.parametrize("command", [["build"], ["build", "--dry-run"], ["check"]])
def test_fifo_registry_is_refused_not_read(runner: CliRunner, project: object, command: list[str]) -> None:
    os.mkfifo("claims.yaml")  # reading it would block forever
    result = runner.invoke(app, command)
    assert result.exit_code == 3
    assert "not a regular file" in result.stderr


def test_stale_temporary_files_are_removed_at_the_next_build(runner: CliRunner, project: object) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    Path(".claims.yaml.x1y2z3.tmp").write_text("half a regis", encoding="utf-8")
    Path(".other.yaml.abc.tmp").write_text("not ours", encoding="utf-8")
    dry = runner.invoke(app, ["build", "--dry-run"])
    assert "  would remove .claims.yaml.x1y2z3.tmp, left by an interrupted build" in dry.stdout
    assert Path(".claims.yaml.x1y2z3.tmp").exists()
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0
    assert "removed .claims.yaml.x1y2z3.tmp, left by an interrupted build" in result.stderr
    assert sorted(p.name for p in Path().iterdir() if p.name.startswith(".")) == [".other.yaml.abc.tmp"]


DATA = Path(__file__).resolve().parent / "data" / "registry" / "valid"


def scenarios(old: Registry) -> dict[str, Registry]:
    g = old.groups
    moved = [
        g[1].model_copy(update={"claims": [*g[1].claims, g[0].claims[0]]}),
        g[0].model_copy(update={"claims": g[0].claims[1:]}),
        *g[2:],
    ]
    return {
        "unchanged": old,
        "claim moved": old.model_copy(update={"groups": moved}),
        "group retired": old.model_copy(update={"groups": g[1:], "retired": [g[0]]}),
        "label with colon": old.model_copy(
            update={"groups": [g[0], g[1].model_copy(update={"label": "x: y"}), *g[2:]]}
        ),
        "group added": old.model_copy(update={"groups": [*g, g[0].model_copy(update={"id": "new", "claims": []})]}),
        "source changed": old.model_copy(
            update={"sources": [old.sources[0].model_copy(update={"sha256": "f" * 64}), *old.sources[1:]]}
        ),
    }


def read(text: str, tmp_path: Path) -> Registry:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return load_registry(path)


@pytest.mark.parametrize("case", ["unchanged", "claim moved", "group retired", "label with colon", "group added",
                                  "source changed"])
def test_group_by_group_editing_equals_whole_file_editing(tmp_path: Path, case: str) -> None:
    text = "# reviewers' notes\n" + (DATA / "harbour.yaml").read_text(encoding="utf-8").replace(
        "- id: g2\n", "# g2 was checked twice\n- id: g2\n"
    )
    old = read(text, tmp_path)
    new = scenarios(old)[case]
    node = parse_yaml(text).node
    fast = render_update(text, old, new, node)
    assert fast == _render_whole(text, old, new, _folded(node, text))
    assert read(fast, tmp_path) == new
    assert "# g2 was checked twice\n" in fast and fast.startswith("# reviewers' notes\n")


def indented(text: str) -> str:
    """The same document with block sequences indented under their key (`  - id: ...`)."""
    y = YAML()
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 1_000_000
    y.preserve_quotes = True
    out = io.StringIO()
    y.dump(y.load(text), out)
    return out.getvalue()


@pytest.mark.parametrize("layout", ["indented sequences", "no final newline"])
def test_other_layouts_are_edited_whole_and_keep_their_indentation(tmp_path: Path, layout: str) -> None:
    base = (DATA / "harbour.yaml").read_text(encoding="utf-8")
    text = indented(base) if layout == "indented sequences" else base.rstrip("\n")
    old = read(text, tmp_path)
    new = scenarios(old)["claim moved"]
    out = render_update(text, old, new, parse_yaml(text).node)
    assert read(out, tmp_path) == new
    if layout == "indented sequences":
        assert "\n  - id: harbour-gazette\n" in out and "\n- id" not in out
    unchanged = [line for line in text.splitlines() if "harbour-wire.txt" in line or "sha256" in line]
    assert all(line in out.splitlines() for line in unchanged)
