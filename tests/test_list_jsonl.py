"""`claims list --format jsonl`: one JSON object per line (sources, then claims, groups, skipped), the same
content as `--format json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.export import from_jsonl
from tests.conftest import DATA, SEEDS

ORDER = {"source": 0, "claim": 1, "group": 2, "skipped": 3}


def _both(runner: CliRunner, *args: str) -> tuple[str, str]:
    as_json = runner.invoke(app, ["list", *args, "--format", "json"])
    as_jsonl = runner.invoke(app, ["list", *args, "--format", "jsonl"])
    assert as_json.exit_code == as_jsonl.exit_code
    return as_json.stdout, as_jsonl.stdout


def _check(doc_text: str, lines_text: str) -> None:
    assert lines_text.endswith("\n")
    lines = lines_text.splitlines()
    kinds = []
    for line in lines:
        record = json.loads(line)  # each line on its own is valid JSON
        assert isinstance(record, dict) and "\n" not in line
        kinds.append(record["record"])
    assert kinds == sorted(kinds, key=ORDER.__getitem__)  # sources, then claims, then groups
    assert from_jsonl(lines) == json.loads(doc_text)


@pytest.mark.parametrize("name", ["listing", "render_story"])
def test_registry(runner: CliRunner, name: str) -> None:
    doc, lines = _both(runner, "--registry", str(DATA / name / "claims.yaml"))
    _check(doc, lines)
    assert json.loads(doc)["claims"]


def test_filters_apply(runner: CliRunner) -> None:
    doc, lines = _both(runner, "--registry", str(DATA / "listing" / "claims.yaml"), "--single-outlet")
    _check(doc, lines)


def test_seeds_afresh(runner: CliRunner) -> None:
    doc, lines = _both(runner, "--seeds", str(SEEDS), "--jobs", "1")
    _check(doc, lines)


def test_skipped_inputs_are_records_too(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    doc, lines = _both(runner, "--seeds", str(tmp_path))
    _check(doc, lines)
    assert json.loads(lines.splitlines()[-1])["record"] == "skipped"
