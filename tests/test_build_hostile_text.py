"""Written means readable: whatever text the articles hold, the registry a build writes reads back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.guard import sanitise
from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistrySource
from claims.registry.roundtrip import render_new, render_update
from claims.registry.store import load_registry, parse_yaml

HOSTILE = {
    "lone surrogate": "the plan \ud800 is fine",
    "low surrogate": "\udfff at the start",
    "escape sequences": "clear \x1b[2J title \x1b]0;pwned\x07 link \x1b]8;;http://x\x1b\\",
    "nul and controls": "a\x00b\x01c\x7fd\x85e",
    "line and paragraph separators": "one\u2028two\u2029three",
    "byte order mark": "\ufeffstarts with a BOM",
    "bidi override": "abc\u202edcba",
    "yaml lookalikes": "yes",
    "yaml boolean false": "false",
    "yaml date": "2023-03-10",
    "yaml null": "~",
    "yaml number": "1e3",
    "colon space": "the mayor said: no",
    "hash": "a # not a comment",
    "quotes": "it's \"fine\" ‘really’",
    "leading and trailing spaces": "  padded  ",
    "newlines and tabs": "line one\n\tline two\r\nline three\r",
    "flow indicators": "[a, b] {c: d} & * ! | > % @ `",
    "document markers": "---\n...",
    "long": "word " * 5000,
    "empty": "",
}


def registry_with(text: str) -> Registry:
    claim = RegistryClaim(
        id="a:1", source="a", speaker=text or "x", speaker_id="x", cue="said", kind="direct",
        content=text, start=0, end=len(text), note=text,
    )
    return Registry(
        story=text,
        sources=[RegistrySource(id="a", outlet=text or "x", title=text, path="a.txt", sha256="0" * 64)],
        groups=[RegistryGroup(id="g1", label=text, note=text, claims=[claim])],
    )


def expected(text: str) -> Registry:
    return sanitise(registry_with(text))[0]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_written_registry_reads_back(tmp_path: Path, case: str) -> None:
    text = HOSTILE[case]
    reg, warnings = sanitise(registry_with(text))
    assert bool(warnings) == (case in {"lone surrogate", "low surrogate"})
    path = tmp_path / "claims.yaml"
    path.write_text(render_new(reg), encoding="utf-8")
    assert load_registry(path) == reg
    # And as an edit of an existing reviewer's file.
    base = registry_with("plain text")
    old_text = render_new(base) + "# a reviewer's comment\n"
    path.write_text(old_text, encoding="utf-8")
    updated = render_update(old_text, load_registry(path), reg, parse_yaml(old_text).node)
    path.write_text(updated, encoding="utf-8")
    assert load_registry(path) == reg
    # A rebuild that changes one field rewrites that line only.
    written = render_new(reg)
    changed = reg.model_copy(update={"sources": [reg.sources[0].model_copy(update={"sha256": "1" * 64})]})
    rebuilt = render_update(written, reg, changed, parse_yaml(written).node)
    diff = [(a, b) for a, b in zip(written.split("\n"), rebuilt.split("\n"), strict=True) if a != b]
    assert diff == [(f"  sha256: '{'0' * 64}'", f"  sha256: '{'1' * 64}'")]


def test_lone_surrogates_in_an_article_are_replaced_with_a_warning(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("articles").mkdir()
    record = {
        "id": "m1",
        "title": "Bad \ud800 title",
        "outlet": "Wire",
        "text": 'The mayor said "the plan \ud800 is fine and will go ahead" on Monday, adding that it was agreed.',
    }
    Path("articles/m.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    first = runner.invoke(app, ["build", "--seeds", "articles"])
    # The loader repairs the text and warns (exit 3: input used with a warning); the registry is written.
    assert first.exit_code == 3, first.output
    assert "lone surrogate" in first.stderr
    assert load_registry(Path("claims.yaml")).sources[0].title == "Bad \ufffd title"
    again = runner.invoke(app, ["build"])  # the written registry is readable: later builds work
    assert again.exit_code == 3, again.output
    assert "invalid registry" not in again.output
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 0, checked.output
