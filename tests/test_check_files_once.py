"""`claims check` reads each article file once per run (registry/rules.py FileCache): hashed once, a JSON Lines
file parsed once for all its records, whatever number of sources and registry files name it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claims.registry.rules as rules
from claims.cli import app
from claims.errors import InputError
from claims.loader import evidence_lookup, evidence_text
from tests.conftest import generated_registry

BULK = "\n".join([
    json.dumps({"id": "wire-1", "text": "The minister said the dam was safe.", "outlet": "Wire One"}),
    json.dumps({"body": "Engineers told the Echo the dam had cracks."}),
    "{not json",
    json.dumps({"id": "wire-1", "text": "A duplicate id."}),
    json.dumps({"content": "  A spokesperson declined to comment.  "}),
]) + "\n"


@pytest.mark.parametrize(("data", "path"), [
    (BULK.encode(), "bulk.jsonl"),
    (b"{not json\n", "bad.jsonl"),
    (b"", "empty.jsonl"),
    (b"---\ntitle: T\n---\nThe mayor said the budget was fine.\n", "one.md"),
    (b"\x00binary", "x.txt"),
])
def test_the_lookup_equals_evidence_text(data: bytes, path: str) -> None:
    lookup = evidence_lookup(data, path)
    for source_id in ("wire-1", "bulk-2", "bulk-3", "bulk-5", "nope", "one", Path(path).stem):
        try:
            expected: str | tuple[str, str, int | None] = evidence_text(data, path, source_id)
        except InputError as exc:
            expected = (exc.path, exc.reason, exc.line)
        try:
            got: str | tuple[str, str, int | None] = lookup(source_id)
        except InputError as exc:
            got = (exc.path, exc.reason, exc.line)
        assert got == expected, source_id


def test_two_registries_naming_the_same_files_read_each_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             runner: CliRunner) -> None:
    path = generated_registry(tmp_path, 6, seed=2)
    second = path.with_name("again.yaml")
    shutil.copy(path, second)
    articles = len(list(path.parent.glob("*.md")))
    calls: list[str] = []
    real: Callable[[bytes, str], Callable[[str], str]] = rules.evidence_lookup

    def counting(data: bytes, name: str) -> Callable[[str], str]:
        calls.append(name)
        return real(data, name)

    monkeypatch.setattr(rules, "evidence_lookup", counting)
    result = runner.invoke(app, ["check", str(path), str(second)])
    assert result.exit_code == 0, result.output
    assert len(calls) == articles == len(set(calls))
    # nothing is kept from one run to the next: a second run reads every file again
    calls.clear()
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0 and len(calls) == articles
