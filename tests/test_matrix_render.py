"""`claims matrix` through the CLI: golden table at 80 columns, JSON, and the outlet abbreviations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.compare import group_claims
from claims.models import Analysis
from claims.registry.convert import registry_from_analysis
from claims.registry.store import dump_registry
from claims.render.matrix import abbreviate, abbreviations
from tests.goldclaims import DATA, load_gold


@pytest.fixture
def port_registry(tmp_path: Path) -> Path:
    """A registry holding the comparer's groups for the invented port-strike story."""
    gs = load_gold(DATA / "grouping" / "port_strike.yaml")
    claims, groups = group_claims(gs.claims, gs.sources)
    registry = registry_from_analysis(Analysis(sources=gs.sources, claims=claims, groups=groups), tmp_path,
                                      story="belmora-port-strike")
    path = tmp_path / "claims.yaml"
    path.write_text(dump_registry(registry), encoding="utf-8")
    return path


def test_matrix_table_golden(runner: CliRunner, port_registry: Path, golden: Callable[[str, str], None]) -> None:
    result = runner.invoke(app, ["matrix", "--registry", str(port_registry), "--width", "80"])
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert "\x1b[" not in result.stdout
    golden("matrix_port_strike.txt", result.stdout)


def test_matrix_json(runner: CliRunner, port_registry: Path) -> None:
    result = runner.invoke(app, ["matrix", "--registry", str(port_registry), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["outlets"] == ["NordWire", "Harbor Ledger", "Meridian Post", "Coastline Daily"]
    assert all(len(row["counts"]) == 4 for row in doc["rows"])
    assert doc["rows"][0]["counts"].count(0) < doc["rows"][-1]["counts"].count(0)


def test_matrix_help_lists_flags(runner: CliRunner) -> None:
    result = runner.invoke(app, ["matrix", "--help"])
    assert result.exit_code == 0
    for flag in ("single-outlet", "not-in-credited-source", "conflict", "unnamed-only"):
        assert flag in result.output


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Reuters", "Reut"),
        ("AP", "AP"),
        ("Times of India", "TI"),
        ("PC Gamer", "PCG"),
        ("The Signal", "Sign"),
        ("Investing.com", "Inve"),
        ("KRVL Radio", "KR"),
        ("Morning Courier", "MC"),
    ],
)
def test_abbreviate(name: str, short: str) -> None:
    assert abbreviate(name) == short


def test_abbreviations_are_distinct() -> None:
    names = ["Morning Courier", "Midland Chronicle", "Mountain Crier", "Reuters"]
    short = abbreviations(names)
    assert len(set(short)) == len(names)
    assert short[0] == "MC" and short[3] == "Reut"
    assert all(len(s) <= 4 for s in short)
