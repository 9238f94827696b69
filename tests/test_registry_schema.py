"""The registry file format: committed JSON Schema, descriptions, header, round trip, safe loading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.errors import InputError
from claims.registry.model import Registry, Status
from claims.registry.schema import SCHEMA_FILE, schema_text
from claims.registry.store import HEADER, dump_registry, load_registry, parse_yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "registry"


def test_committed_schema_equals_generated() -> None:
    assert (ROOT / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text(), "run `claims schema > claims.schema.json`"


def test_schema_command_prints_it(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert json.loads(result.stdout)["title"] == "claims.yaml"


def _objects(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("Registry", schema), *schema["$defs"].items()]


def test_every_field_has_a_description() -> None:
    schema = json.loads(schema_text())
    missing = [
        f"{name}.{prop}"
        for name, obj in _objects(schema)
        for prop, spec in obj.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert missing == []
    assert {"RegistrySource", "RegistryClaim", "RegistryGroup", "Status"} <= set(schema["$defs"])


def test_schema_lists_review_statuses_and_source_fields() -> None:
    schema = json.loads(schema_text())
    assert schema["$defs"]["Status"]["enum"] == ["unreviewed", "confirmed", "disputed", "false", "retracted"]
    source_fields = set(schema["$defs"]["RegistrySource"]["properties"])
    assert {"id", "outlet", "url", "published", "path", "sha256"} <= source_fields
    assert schema["additionalProperties"] is False


def test_dump_starts_with_schema_header_and_round_trips(tmp_path: Path) -> None:
    original = load_registry(DATA / "valid" / "harbour.yaml")
    text = dump_registry(original)
    assert text.startswith("# yaml-language-server: $schema=claims.schema.json\n")
    assert text.startswith(HEADER)
    assert "retired:" not in text
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_registry(path) == original


def test_status_false_survives_a_round_trip(tmp_path: Path) -> None:
    reg = load_registry(DATA / "valid" / "curly-quotes-status-false.yaml")
    assert reg.groups[0].claims[0].status is Status.FALSE
    path = tmp_path / "claims.yaml"
    path.write_text(dump_registry(reg), encoding="utf-8")
    assert "status: 'false'" in path.read_text(encoding="utf-8")
    assert load_registry(path) == reg


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a: 1\na: 2\n", "duplicate-key"),
        ("a:\n  b: 1\n  c: 2\n  b: 3\n", "duplicate-key"),
        ("- {x: 1, x: 1}\n", "duplicate-key"),
        ("a: [1, 2\n", "syntax"),
        ("a: 1\n---\nb: 2\n", "syntax"),
        ("a: !!python/object/apply:os.system ['true']\n", "tag"),
        ("a: !!python/name:os.system\n", "tag"),
    ],
)
def test_parse_yaml_problems(text: str, kind: str) -> None:
    assert [p.kind for p in parse_yaml(text).problems] == [kind]


@pytest.mark.parametrize("text", ["a: 1\nb: 1\n", "a: {b: 1}\nc: {b: 1}\n", "- a: 1\n- a: 1\n", ""])
def test_parse_yaml_clean(text: str) -> None:
    assert parse_yaml(text).problems == []


def test_load_registry_refuses_ambiguous_yaml(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nstory: a\nstory: b\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate key 'story'"):
        load_registry(path)


def test_list_reads_claims_yaml_in_cwd(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(DATA / "valid" / "harbour.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert len(doc["claims"]) == 7
    assert {c["group"] for c in doc["claims"]} == {"g1", "g2", "g3", "g4", "g5"}
    assert Registry.model_validate(parse_yaml((tmp_path / "claims.yaml").read_text()).data).story
