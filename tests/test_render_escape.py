"""The escaping rule, "data is never markup" (render/escape.py), once per renderer.

Hostile values: rich markup (`[sic]`, `[/bold]`, `[/]`), escape sequences (clear screen, OSC 8 hyperlink,
window title with BEL), bidi override, and file names carrying a GitHub workflow command after a newline.
Each renderer must show them verbatim or visibly escaped, never interpret them, never crash.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from typer.testing import CliRunner

from claims.cli import app
from claims.compare.matrix import coverage
from claims.diff import diff_sources
from claims.models import Analysis, Claim, Group, Kind, Review, Skipped, Source
from claims.render.claims_table import render_claims
from claims.render.diagnostics import render_skipped, render_warnings
from claims.render.diff import render_markdown, render_table
from claims.render.escape import diagnostic, safe_text, visible
from claims.render.matrix import render_matrix
from claims.render.sources_table import render_sources

CLEAR = "\x1b[2J"
LINK = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07"
TITLE = "\x1b]0;pwned\x07"
BIDI = "\u202e"
CONTENT = f'the plan [sic] was "fine [the council] agreed" [/bold] [/] {CLEAR}{LINK}{TITLE}{BIDI}end'
OUTLET = "[/]Evil [bold]Post\x1b[31m"
INJECT = "x\n::error title=pwned::boom.txt"


def _analysis() -> Analysis:
    sources = [
        Source(id="a1", outlet=OUTLET, url="https://e.example/[/]\x1b[2J", published="2026-01-01",
               title="[/bold] title", path=INJECT, text="", body_start=0, body_end=0),
        Source(id="b1", outlet="Plain Wire", path="b1.txt", text="", body_start=0, body_end=0),
    ]
    claims = [
        Claim(id="a1#1", source="a1", outlet=OUTLET, speaker="[red]Mayor[/red]\x1b[2J", speaker_id="mayor",
              via="[/]", cue="said[/]", kind=Kind.INDIRECT, content=CONTENT, start=0, end=1, group="g1"),
        Claim(id="b1#1", source="b1", outlet="Plain Wire", speaker="Mayor", speaker_id="mayor", cue="said",
              kind=Kind.INDIRECT, content=CONTENT.replace("fine", "good"), start=0, end=1, group="g1"),
    ]
    groups = [Group(id="g1", claims=["a1#1", "b1#1"], sources=["a1", "b1"], single_source=False,
                    flags=["conflict"], label=f"[bold]{CLEAR}label")]
    reviews = {"a1#1": Review(status="false", note="[/bold] see \x1b[2J note")}
    return Analysis(sources=sources, claims=claims, groups=groups, claim_reviews=reviews,
                    group_reviews={"g1": Review(status="disputed", note="[/] group note")})


def _console(width: int = 120) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=width, no_color=True, highlight=False, emoji=False), buf


def _assert_clean(out: str) -> None:
    assert "\x1b" not in out and "\x07" not in out and BIDI not in out
    assert "\\x1b" in out


def test_visible_and_diagnostic() -> None:
    assert visible("a\x1b[2Jb\x07c\x9b") == "a\\x1b[2Jb\\x07c\\x9b"
    assert visible("line\none\ttab") == "line one tab"
    assert visible("line\none", newlines="escape") == "line\\none"
    assert visible(BIDI) == "\\u202e"
    assert visible("keep\nlines", newlines="keep") == "keep\nlines"
    assert diagnostic(INJECT) == "x\\n:\\x3aerror title=pwned:\\x3aboom.txt"
    assert "\n" not in diagnostic(INJECT) and "::" not in diagnostic(INJECT)
    assert safe_text("[sic] [/bold]").plain == "[sic] [/bold]"


@pytest.mark.parametrize("width", [30, 80, 160])
def test_list_table(width: int) -> None:
    console, buf = _console(width)
    render_claims(console, _analysis())
    out = buf.getvalue()
    _assert_clean(out)
    assert "[sic]" in out and "[the" in out and "council]" in out and "[/bold]" in out


def test_matrix_table() -> None:
    console, buf = _console()
    render_matrix(console, coverage(_analysis()))
    out = buf.getvalue()
    _assert_clean(out)
    assert "[bold]\\x1b[2Jlabel" in out and "[/]Evil" in out


def test_sources_table() -> None:
    console, buf = _console(200)
    render_sources(console, _analysis())
    out = buf.getvalue()
    _assert_clean(out)
    assert "[/]Evil [bold]Post\\x1b[31m" in out


def test_diff_table_and_markdown() -> None:
    diff = diff_sources(_analysis(), "a1", "b1")
    console, buf = _console(160)
    render_table(console, diff)
    _assert_clean(buf.getvalue())
    assert "[sic]" in buf.getvalue()
    md = render_markdown(diff)
    assert "\x1b" not in md and "\\x1b" in md and "\\[sic\\]" in md


def test_diagnostics_on_stderr() -> None:
    console, buf = _console(60)
    skipped = [Skipped(path=INJECT, reason="binary file \x1b[2J", line=3)]
    render_skipped(console, skipped)
    render_warnings(console, [Skipped(path=INJECT, reason="decoded as cp1252", level="warning")])
    out = buf.getvalue()
    _assert_clean(out)
    lines = out.splitlines()
    assert len(lines) == 2 and not any(line.startswith("::") or "::" in line for line in lines)


def _registry(tmp_path: Path) -> Path:
    doc = {
        "version": 1, "story": "hostile",
        "sources": [{"id": "a1", "outlet": OUTLET, "path": INJECT, "sha256": "0" * 64, "url": None,
                     "published": None, "title": None}],
        "groups": [{"id": "g1", "label": "[/]", "flags": [], "status": "disputed", "note": "[/bold]",
                    "claims": [{"id": "a1#1", "source": "a1", "speaker": "[/]", "speaker_id": "x", "via": None,
                                "cue": "said", "kind": "indirect", "content": CONTENT, "start": 0,
                                "end": len(CONTENT), "status": "false", "note": "[sic]\x1b[2J"}]}],
    }
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["list"], ["matrix"], ["sources"], ["list", "-f", "csv"]])
def test_cli_outputs(tmp_path: Path, command: list[str]) -> None:
    reg = _registry(tmp_path)
    result = CliRunner().invoke(app, [*command, "--registry", str(reg), "--width", "200"])
    assert result.exit_code == 0, result.output
    _assert_clean(result.stdout)
    if "csv" in command:
        row = next(csv.DictReader(io.StringIO(result.stdout)))
        assert row["content"].startswith("the plan [sic]") and row["flags"] == "" and row["status"] == "false"


def test_json_carries_reviews_and_stays_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["list", "--registry", str(_registry(tmp_path)), "-f", "json"])
    doc = json.loads(result.stdout)
    assert doc["claims"][0]["content"] == CONTENT
    assert (doc["claims"][0]["status"], doc["groups"][0]["status"]) == ("false", "disputed")


def test_check_text_escapes_paths(tmp_path: Path) -> None:
    reg = _registry(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "text", str(reg)])
    assert result.exit_code in (1, 3)
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream
        assert not any(line.startswith("::") for line in stream.splitlines()), stream


def test_a_file_name_cannot_inject_a_workflow_command(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x\n::error title=pwned::boom.txt").write_bytes(b"\x00\x01binary")
    (folder / "ok.txt").write_text("The mayor said the plan was fine.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["list", "--seeds", str(folder), "--width", "80"])
    assert result.exit_code == 3, result.output
    assert not any(line.startswith("::") for line in result.stderr.splitlines()), result.stderr
    assert "\\n:\\x3aerror" in result.stderr
