"""The pipeline's plumbing: parallel extraction keeps input order, --jobs, progress callbacks."""

from __future__ import annotations

import concurrent.futures
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims import pipeline
from claims.cli import app
from claims.models import Claim, Kind, Source
from claims.pipeline import PARALLEL_MIN_SOURCES, analyse, extract_all


def _source(i: int) -> Source:
    text = f"Item {i}. Councillor Reyes{i} said the bridge would reopen in week {i % 7}."
    return Source(id=f"art{i:04d}", outlet=f"Outlet {i % 3}", path=f"art{i:04d}.txt", text=text,
                  body_start=0, body_end=len(text))


def fake_extract(source: Source) -> list[Claim]:
    """One claim per source, plus a second one for every fifth: enough to see order and counts."""
    start = source.body_start
    end = source.text.index(".", start)  # the first sentence, without its full stop
    found = [Claim(id=f"{source.id}:1", source=source.id, outlet=source.outlet, speaker="Reyes",
                   speaker_id="reyes", cue="said", kind=Kind.INDIRECT, content=source.text[start:end],
                   start=start, end=end)]
    if source.id.endswith(("0", "5")):
        found.append(found[0].model_copy(update={"id": f"{source.id}:2"}))
    return found


class _NoPool:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started")


@pytest.mark.parametrize(
    ("n_sources", "jobs", "uses_pool"),
    [
        (PARALLEL_MIN_SOURCES + 50, 2, True),
        (PARALLEL_MIN_SOURCES + 50, 1, False),
        (PARALLEL_MIN_SOURCES, 2, False),
        (5, None, False),
    ],
)
def test_pool_only_for_many_sources_and_jobs(
    monkeypatch: pytest.MonkeyPatch, n_sources: int, jobs: int | None, uses_pool: bool
) -> None:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _NoPool)
    monkeypatch.setattr(pipeline, "default_jobs", lambda: 2)
    sources = [_source(i) for i in range(n_sources)]
    if uses_pool:
        with pytest.raises(AssertionError, match="worker pool"):
            extract_all(sources, jobs=jobs, extractor=fake_extract)
    else:
        assert len(extract_all(sources, jobs=jobs, extractor=fake_extract)) == n_sources + -(-n_sources // 5)


def test_parallel_extraction_keeps_input_order() -> None:
    sources = [_source(i) for i in range(PARALLEL_MIN_SOURCES + 77)]
    serial = extract_all(sources, jobs=1, extractor=fake_extract)
    parallel = extract_all(sources, jobs=2, extractor=fake_extract)
    assert [c.id for c in parallel] == [c.id for c in serial]
    assert parallel == serial
    assert [c.id for c in serial[:3]] == ["art0000:1", "art0000:2", "art0001:1"]
    for claim, source in zip(parallel, [s for s in sources for _ in fake_extract(s)], strict=True):
        assert source.text[claim.start:claim.end] == claim.content


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_reaches_total_in_order(jobs: int) -> None:
    sources = [_source(i) for i in range(PARALLEL_MIN_SOURCES + 10)]
    calls: list[tuple[int, int]] = []
    extract_all(sources, jobs=jobs, extractor=fake_extract, on_progress=lambda d, t: calls.append((d, t)))
    total = len(sources)
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert len(calls) < total  # batched, not one call per article


def test_progress_on_empty_input() -> None:
    calls: list[tuple[int, int]] = []
    assert extract_all([], jobs=2, on_progress=lambda d, t: calls.append((d, t))) == []
    assert calls == [(0, 0)]


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"story{i:03d}.txt").write_text(
            f"The harbour ferry will run until midnight from {i % 12 + 1} June, port manager Ilse Varn{i} said.\n\n"
            f"\u201cWe expect long queues,\u201d Varn{i} told the Quayside Echo. Tickets cost {i} crowns.\n",
            encoding="utf-8",
        )


def test_analyse_is_the_same_whatever_the_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder, PARALLEL_MIN_SOURCES + 20)
    one = analyse([folder], jobs=1)
    two = analyse([folder], jobs=2)
    assert len(one.sources) == PARALLEL_MIN_SOURCES + 20
    assert one.model_dump() == two.model_dump()
    monkeypatch.setattr(pipeline, "source_claims", fake_extract)
    faked = analyse([folder], jobs=2)
    assert [c.source for c in faked.claims][:3] == ["story000", "story000", "story001"]


def test_analyse_positional_call_stays_compatible() -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = analyse([seeds])
    assert len(result.sources) == 5
    assert result.skipped == []


def test_cli_jobs_option(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder, 12)
    runner = CliRunner()
    outs = []
    for jobs in ("1", "2"):
        res = runner.invoke(app, ["list", "--seeds", str(folder), "--format", "json", "--jobs", jobs])
        assert res.exit_code == 0, res.output
        outs.append(json.loads(res.stdout))
    assert outs[0] == outs[1]
    assert len(outs[0]["sources"]) == 12


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_cli_jobs_rejects_bad_values(tmp_path: Path, bad: str) -> None:
    res = CliRunner().invoke(app, ["list", "--seeds", str(tmp_path), "--jobs", bad])
    assert res.exit_code == 2


def test_analyse_reports_each_phase_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_articles(folder, 3)
    phases: list[str] = []
    analyse([folder], jobs=1, on_phase=phases.append)
    assert phases == ["loading", "extracting", "grouping"]


class _PoolUnavailable:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")


def test_falls_back_to_one_process_without_worker_support(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _PoolUnavailable)
    sources = [_source(i) for i in range(PARALLEL_MIN_SOURCES + 5)]
    calls: list[tuple[int, int]] = []
    found = extract_all(sources, jobs=2, extractor=fake_extract, on_progress=lambda d, t: calls.append((d, t)))
    assert found == extract_all(sources, jobs=1, extractor=fake_extract)
    assert calls[0] == (0, len(sources)) and calls[-1] == (len(sources), len(sources))
