"""Each command through typer's CliRunner: help, formats, filters, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claims.cli import app
from tests.conftest import SEEDS


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_has_help(runner: CliRunner) -> None:
    names = _commands()
    assert {"list", "sources", "build", "check"} <= set(names)
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_top_help_lists_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Exit codes" in result.output


@pytest.fixture
def seeds_json(runner: CliRunner) -> dict[str, list[dict[str, object]]]:
    result = runner.invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0
    data: dict[str, list[dict[str, object]]] = json.loads(result.stdout)
    return data


def test_list_table_shows_outlets_and_summary(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--seeds", str(SEEDS), "--width", "160"])
    assert result.exit_code == 0
    assert "Reuters" in result.stdout
    assert "single-outlet" in result.stdout
    assert "claims in" in result.stdout


def test_list_yaml_and_csv_carry_the_same_claims(
    runner: CliRunner, seeds_json: dict[str, list[dict[str, object]]]
) -> None:
    as_yaml = yaml.safe_load(runner.invoke(app, ["list", "--seeds", str(SEEDS), "--format", "yaml"]).stdout)
    assert as_yaml["claims"] == seeds_json["claims"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "csv"]).stdout)))
    assert [r["id"] for r in rows] == [c["id"] for c in seeds_json["claims"]]


def test_list_outlet_filter(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "json", "--outlet", "reuters"])
    claims = json.loads(result.stdout)["claims"]
    assert claims and {c["outlet"] for c in claims} == {"Reuters"}


def test_list_speaker_filter(runner: CliRunner, seeds_json: dict[str, list[dict[str, object]]]) -> None:
    speaker_id = str(seeds_json["claims"][0]["speaker_id"])
    result = runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "json", "--speaker", speaker_id])
    claims = json.loads(result.stdout)["claims"]
    assert claims and all(c["speaker_id"] == speaker_id or speaker_id in c["speaker"].lower() for c in claims)
    assert len(claims) < len(seeds_json["claims"])


def test_list_single_outlet_filter(runner: CliRunner, seeds_json: dict[str, list[dict[str, object]]]) -> None:
    result = runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "json", "--single-outlet"])
    doc = json.loads(result.stdout)
    assert doc["groups"] and all(g["single_source"] for g in doc["groups"])
    assert len(doc["claims"]) < len(seeds_json["claims"])


def test_sources_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sources", "--seeds", str(SEEDS), "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {r["outlet"] for r in rows} >= {"Reuters", "PC Gamer"}
    table = runner.invoke(app, ["sources", "--seeds", str(SEEDS), "--width", "120"])
    assert "Times of India" in table.stdout


def test_build_then_check_then_list_from_registry(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    built = runner.invoke(app, ["build"])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "claims.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server")
    assert runner.invoke(app, ["check", "claims.yaml"]).exit_code == 0
    fresh = json.loads(runner.invoke(app, ["list", "--seeds", "seeds", "-f", "json"]).stdout)
    from_registry = json.loads(runner.invoke(app, ["list", "-f", "json"]).stdout)
    assert [c["id"] for c in from_registry["claims"]] == [c["id"] for c in fresh["claims"]] or sorted(
        c["id"] for c in from_registry["claims"]
    ) == sorted(c["id"] for c in fresh["claims"])


def test_check_fails_when_evidence_moved(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["build"]).exit_code == 0
    article = next((tmp_path / "seeds").glob("004_*.txt"))
    article.write_text("Inserted line.\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["check", "claims.yaml"])
    assert result.exit_code == 1
    assert "claims build" in result.stdout


def test_list_with_a_bad_file_still_prints_and_exits_3(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    result = runner.invoke(app, ["list", "--seeds", str(tmp_path / "seeds"), "-f", "json"])
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    assert len(doc["sources"]) == 5
    assert "broken.txt" in result.stderr
