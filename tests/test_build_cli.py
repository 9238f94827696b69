"""`claims build` through the CLI: writes a registry that passes `claims check`, keeps reviews,
--dry-run writes nothing, writes are atomic. The analysis is faked so these tests pin the registry
behaviour, whatever the extractor finds."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claims.pipeline
from claims.cli import app
from claims.models import Analysis, Claim, Group, Kind, Source
from claims.registry.store import load_registry, write_atomic

ARTICLES = Path(__file__).resolve().parent / "data" / "registry" / "articles"
SPANS = {  # (source, claim id suffix, verbatim content)
    "harbour-gazette": [
        ("1", "has postponed a planned dredging of the inner harbour"),
        ("2", "We will not put a single barge in the water until the contract is settled"),
    ],
    "harbour-wire": [
        ("1", "has pushed back dredging of its inner harbour"),
        ("2", "The contractor wanted a 30% higher fee"),
    ],
}


def fake_analysis(folder: Path, spans: dict[str, list[tuple[str, str]]]) -> Analysis:
    sources, claims, groups = [], [], []
    for sid, items in spans.items():
        path = folder / f"{sid}.txt"
        data = path.read_bytes()
        text = data.decode("utf-8")
        sources.append(
            Source(
                id=sid,
                outlet=sid.split("-")[1].title(),
                path=str(path),
                text=text,
                body_start=0,
                body_end=len(text),
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
        for suffix, content in items:
            start = text.index(content)
            claims.append(
                Claim(
                    id=f"{sid}:{suffix}",
                    source=sid,
                    outlet=sid,
                    speaker="chair",
                    speaker_id="chair",
                    cue="said",
                    kind=Kind.INDIRECT,
                    content=content,
                    start=start,
                    end=start + len(content),
                    group=f"g{len(groups) + 1}",
                )
            )
            groups.append(
                Group(
                    id=f"g{len(groups) + 1}",
                    claims=[claims[-1].id],
                    sources=[sid],
                    single_source=True,
                    flags=["single-outlet"],
                    label=content[:30],
                )
            )
    return Analysis(sources=sources, claims=claims, groups=groups)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, list[tuple[str, str]]]], None]:
    """A project folder with ./seeds; call the fixture with spans to set what the 'extractor' finds."""
    return make_project(tmp_path, monkeypatch)


def make_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[dict[str, list[tuple[str, str]]]], None]:
    """The `project` fixture's body, for other test modules' fixtures."""
    shutil.copytree(ARTICLES, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)

    def set_spans(spans: dict[str, list[tuple[str, str]]]) -> None:
        monkeypatch.setattr(
            claims.pipeline, "analyse", lambda paths, **_: fake_analysis(Path("seeds").resolve(), spans)
        )

    set_spans(SPANS)
    return set_spans


def test_build_writes_a_registry_that_passes_check(runner: CliRunner, project: object) -> None:
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=claims.schema.json\n")
    reg = load_registry(Path("claims.yaml"))
    assert [s.path for s in reg.sources] == ["seeds/harbour-gazette.txt", "seeds/harbour-wire.txt"]
    assert len(reg.claims()) == 4
    checked = runner.invoke(app, ["check", "--strict"])
    assert checked.exit_code == 0, checked.output


def test_rebuild_keeps_reviews_and_reports_retired(
    runner: CliRunner, project: Callable[[dict[str, list[tuple[str, str]]]], None]
) -> None:
    runner.invoke(app, ["build"])
    path = Path("claims.yaml")
    text = path.read_text(encoding="utf-8")
    text = text.replace("label: has postponed a planned dredgi\n", "label: Dredging postponed\n", 1)
    text = text.replace(
        "  - id: harbour-wire:2\n    status: unreviewed\n    note: ''",
        "  - id: harbour-wire:2\n    status: disputed\n    note: contractor denies it",
        1,
    )
    path.write_text(text, encoding="utf-8")
    project({"harbour-gazette": SPANS["harbour-gazette"], "harbour-wire": SPANS["harbour-wire"][:1]})
    refused = runner.invoke(app, ["build"])
    assert refused.exit_code == 1
    assert "would retire 1 of 1 reviewed item(s)" in refused.stderr
    assert "claim harbour-wire:2 (disputed): The contractor wanted a 30% higher fee" in refused.stderr
    assert path.read_text(encoding="utf-8") == text
    result = runner.invoke(app, ["build", "--force"])
    assert result.exit_code == 0, result.output
    assert "1 retired reviewed claim(s) to resolve" in result.stderr
    assert "retired claim harbour-wire:2" in result.stderr
    reg = load_registry(path)
    assert reg.groups[0].label == "Dredging postponed"
    assert reg.retired[0].claims[0].note == "contractor denies it"
    warned = runner.invoke(app, ["check"])
    assert warned.exit_code == 0 and "(retired-claims)" in warned.stdout


def test_dry_run_lists_changes_and_writes_nothing(
    runner: CliRunner, project: Callable[[dict[str, list[tuple[str, str]]]], None]
) -> None:
    first = runner.invoke(app, ["build", "--dry-run"])
    assert first.exit_code == 0
    assert "added claim harbour-wire:2" in first.stdout
    assert not Path("claims.yaml").exists()
    runner.invoke(app, ["build"])
    before = Path("claims.yaml").read_bytes()
    assert runner.invoke(app, ["build", "--dry-run"]).stdout == "claims.yaml: up to date\n"
    project({"harbour-gazette": SPANS["harbour-gazette"][1:], "harbour-wire": SPANS["harbour-wire"]})
    changed = runner.invoke(app, ["build", "-n"])
    assert changed.exit_code == 0
    assert changed.stdout.splitlines() == [
        "claims.yaml: 2 change(s) (dry run, nothing written)",
        "  removed group g1: has postponed a planned dredgi",
        "  removed claim harbour-gazette:1: group g1: has postponed a planned dredging of the inner harbour",
    ]
    assert Path("claims.yaml").read_bytes() == before


def test_build_refuses_an_invalid_registry(runner: CliRunner, project: object) -> None:
    Path("claims.yaml").write_text("version: 1\ngroups:\n- id: g1\n  stauts: confirmed\n", encoding="utf-8")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 3
    assert "claims check" in result.stderr
    assert "stauts" in Path("claims.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("fail_at", ["fsync", "replace"])
def test_write_atomic_leaves_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\n", encoding="utf-8")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, fail_at, boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, "version: 1\nstory: half-written\n")
    assert path.read_text(encoding="utf-8") == "version: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_build_failure_mid_write_keeps_old_registry(
    runner: CliRunner, project: Callable[[dict[str, list[tuple[str, str]]]], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    runner.invoke(app, ["build"])
    before = Path("claims.yaml").read_bytes()
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    project({"harbour-wire": SPANS["harbour-wire"]})
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 3
    assert "disk full" in result.stderr and "previous file is unchanged" in result.stderr
    assert Path("claims.yaml").read_bytes() == before
    assert [p.name for p in Path().iterdir() if p.name.endswith(".tmp")] == []
