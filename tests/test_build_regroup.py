"""`claims build --regroup`: the comparer's grouping replaces the file's, reviews of claims stay."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.store import load_registry
from tests.test_build_cli import project  # noqa: F401  (the fixture, by name)

pytestmark = pytest.mark.usefixtures("project")


def _merge_all_groups(path: Path) -> None:
    """What an earlier grouping (or a reviewer) left: every claim in the first group, one reviewed."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    first, rest = doc["groups"][0], doc["groups"][1:]
    for g in rest:
        first["claims"].extend(g["claims"])
    first["label"] = "everything"
    for c in first["claims"]:
        if c["id"] == "harbour-wire:2":
            c["status"], c["note"] = "disputed", "contractor denies it"
    doc["groups"] = [first]
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


def test_plain_build_keeps_the_files_grouping(runner: CliRunner) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    _merge_all_groups(Path("claims.yaml"))
    assert runner.invoke(app, ["build"]).exit_code == 0
    reg = load_registry(Path("claims.yaml"))
    assert len(reg.groups) == 1 and reg.groups[0].label == "everything"


def test_regroup_takes_the_comparers_grouping_and_keeps_claim_reviews(runner: CliRunner) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    fresh = load_registry(Path("claims.yaml"))
    _merge_all_groups(Path("claims.yaml"))
    result = runner.invoke(app, ["build", "--regroup"])
    assert result.exit_code == 0, result.output
    reg = load_registry(Path("claims.yaml"))
    assert [[c.id for c in g.claims] for g in reg.groups] == [[c.id for c in g.claims] for g in fresh.groups]
    reviewed = {c.id: c for c in reg.claims()}["harbour-wire:2"]
    assert (reviewed.status.value, reviewed.note) == ("disputed", "contractor denies it")
    assert runner.invoke(app, ["check", "--strict"]).exit_code == 0


def test_regroup_keeps_a_groups_review_when_its_members_are_unchanged(runner: CliRunner) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    path = Path("claims.yaml")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["groups"][0]["label"], doc["groups"][0]["status"] = "Dredging postponed", "confirmed"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    assert runner.invoke(app, ["build", "--regroup"]).exit_code == 0
    group = load_registry(path).groups[0]
    assert (group.id, group.label, group.status.value) == (doc["groups"][0]["id"], "Dredging postponed", "confirmed")
