"""`claims list --format json` is written by `export.json_chunks`: the same text as `json.dumps(indent=2)`.

Compared in one run on the documents of the test registries, of the seeds analysed afresh, and of random
documents of the same shape (and of other shapes, which take json.dumps's own path).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claims.cli import app
from claims.export import json_chunks, json_document_chunks, to_document
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry
from tests.conftest import DATA, SEEDS


def _standard(doc: Any) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("name", ["listing", "render_story"])
def test_registry_documents(name: str) -> None:
    analysis = analysis_from_registry(load_registry(DATA / name / "claims.yaml"))
    doc = to_document(analysis)
    assert "".join(json_chunks(doc)) == _standard(doc)
    assert "".join(json_document_chunks(analysis)) == _standard(doc)  # record by record


def test_the_command_writes_the_standard_text(runner: CliRunner) -> None:
    registry = DATA / "listing" / "claims.yaml"
    result = runner.invoke(app, ["list", "--registry", str(registry), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert result.stdout == _standard(doc) + "\n"
    assert doc == to_document(analysis_from_registry(load_registry(registry)))


TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    ["\x00", "\x1b", "\n", '"', "\\", "\u2028", "\ud800", "é", "漢"]), max_size=12)
SCALAR = st.one_of(TEXT, st.integers(-10**20, 10**20), st.none(), st.booleans(),
                   st.floats(allow_nan=True, allow_infinity=True))
VALUE = st.one_of(SCALAR, st.lists(TEXT, max_size=4), st.lists(SCALAR, max_size=3),
                  st.dictionaries(TEXT, SCALAR, max_size=3), st.lists(st.dictionaries(TEXT, SCALAR, max_size=2),
                                                                      max_size=2))
RECORD = st.dictionaries(TEXT, VALUE, max_size=6)
DOCUMENT = st.dictionaries(st.sampled_from(["sources", "claims", "groups", "skipped", "other"]),
                           st.one_of(st.lists(RECORD, max_size=4), VALUE), max_size=5)


@settings(max_examples=400, deadline=None)
@given(doc=DOCUMENT)
def test_random_documents(doc: dict[str, Any]) -> None:
    assert "".join(json_chunks(doc)) == _standard(doc)
    streamed = {k: iter(v) if isinstance(v, list) else v for k, v in doc.items()}
    assert "".join(json_chunks(streamed)) == _standard(doc)


def test_the_seeds_document() -> None:
    from claims.pipeline import analyse

    analysis = analyse([SEEDS], jobs=1)
    doc = to_document(analysis)
    assert doc["claims"]
    assert "".join(json_chunks(doc)) == _standard(doc)
    assert "".join(json_document_chunks(analysis)) == _standard(doc)
