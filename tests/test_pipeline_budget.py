"""The per-file time budget: a source still over it is skipped and named, the rest processed, exit 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims import pipeline
from claims.cli import app
from claims.errors import OverBudget
from claims.extract import extract_claims
from claims.models import Claim, Skipped, Source
from claims.pipeline import PARALLEL_MIN_SOURCES, analyse, budget_seconds, extract_all, source_claims
from tests.extracting import text_source

STORY = "The harbour master said the port would reopen on Friday. Crews said the quay was safe.\n"


def _slow_on_odd(source: Source) -> list[Claim]:
    """An extractor that runs over its budget on every odd-numbered source (module level: workers import it)."""
    if int(source.id[-3:]) % 2:
        raise OverBudget(source.id, 5.0)
    return source_claims(source)


def _sources(n: int) -> list[Source]:
    return [text_source(STORY, sid=f"s{i:03d}") for i in range(n)]


def test_budget_grows_with_size_from_a_floor() -> None:
    small = text_source("x" * 1_000)
    big = text_source("x" * 3_000_000)
    assert budget_seconds(small) == pipeline.BUDGET_MIN_S
    assert budget_seconds(big) == pytest.approx(3 * pipeline.BUDGET_S_PER_MB)


def test_a_deadline_already_past_stops_extraction() -> None:
    source = text_source(STORY)
    assert extract_claims(source, deadline=None)
    with pytest.raises(OverBudget) as info:
        extract_claims(source, deadline=-1.0)
    assert info.value.source_id == "t"


@pytest.mark.parametrize("jobs", [1, 2])
def test_over_budget_sources_are_skipped_and_the_rest_kept(jobs: int) -> None:
    sources = _sources(PARALLEL_MIN_SOURCES + 11)  # enough for worker processes with jobs=2
    skipped: dict[str, Skipped] = {}
    claims = extract_all(sources, jobs=jobs, extractor=_slow_on_odd, skipped=skipped)
    odd = {s.id for s in sources if int(s.id[-3:]) % 2}
    assert set(skipped) == odd
    assert {c.source for c in claims} == {s.id for s in sources} - odd
    assert all(k.path == f"{sid}.txt" for sid, k in skipped.items())
    assert all("budget" in k.reason and k.level == "error" for k in skipped.values())
    # Without a dict to report into, the over-budget sources simply give no claims.
    assert extract_all(sources, jobs=1, extractor=_slow_on_odd) == claims


def _write(folder: Path) -> None:
    folder.mkdir()
    (folder / "calm.txt").write_text(STORY, encoding="utf-8")
    (folder / "stuck.txt").write_text("Officials said the ferry would sail at noon. " * 50, encoding="utf-8")


def test_analyse_leaves_the_slow_file_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "in")
    monkeypatch.setattr(pipeline, "budget_seconds", lambda s: -1.0 if s.id == "stuck" else 60.0)
    result = analyse([tmp_path / "in"], jobs=1)
    assert [s.id for s in result.sources] == ["calm"]
    assert {c.source for c in result.claims} == {"calm"}
    assert [Path(k.path).name for k in result.skipped] == ["stuck.txt"]
    assert "longer than its budget" in result.skipped[0].reason


def test_cli_names_the_file_over_budget_and_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "in")
    monkeypatch.setattr(pipeline, "budget_seconds", lambda s: -1.0 if s.id == "stuck" else 60.0)
    result = CliRunner().invoke(
        app, ["list", "--seeds", str(tmp_path / "in"), "--format", "json", "--jobs", "1"], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 3, result.output
    assert "stuck.txt" in result.stderr and "budget" in result.stderr
    data = json.loads(result.stdout)
    assert {c["source"] for c in data["claims"]} == {"calm"}
