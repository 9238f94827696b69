"""Workers read their own files: the same Analysis as one process, with paths (not texts) sent out."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from claims import pipeline
from claims.loader import FileTask
from claims.models import Analysis
from tests.synthetic import write_mixed_corpus


def _dump(analysis: Analysis) -> dict[str, Any]:
    return analysis.model_dump(mode="json")


def test_workers_reading_files_give_the_analysis_of_one_process(tmp_path: Path) -> None:
    folder = write_mixed_corpus(tmp_path / "corpus", pipeline.PARALLEL_MIN_SOURCES + 20)
    calls: list[int] = []
    original = pipeline._files_in_workers

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    one = pipeline.analyse([folder], jobs=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "_files_in_workers", spy)
        two = pipeline.analyse([folder], jobs=2)
    assert calls == [1]
    assert _dump(two) == _dump(one)
    # the merge really was exercised: a duplicate id, a bad line, a bad file, an unknown manifest entry
    reasons = " | ".join(s.reason for s in one.skipped)
    for part in ("duplicate source id", "not valid JSON", "empty file", "names no article", "PDF"):
        assert part in reasons
    assert any(s.outlet == "Manifest Outlet" for s in one.sources)
    assert "bulk-2" in {s.id for s in one.sources}
    assert len(one.claims) > pipeline.PARALLEL_MIN_SOURCES


class _LocalPool:
    """A stand-in pool that runs tasks here and records what would be sent to workers."""

    sent: ClassVar[list[Any]] = []

    def __init__(self, max_workers: int) -> None:
        self.max_workers = max_workers

    def __enter__(self) -> _LocalPool:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            _LocalPool.sent.append(item)
            yield fn(item)


def test_workers_are_sent_paths_not_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_mixed_corpus(tmp_path / "corpus", 12)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_SOURCES", 4)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 5)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _LocalPool)
    _LocalPool.sent = []
    seen: list[tuple[int, int]] = []
    two = pipeline.analyse([folder], jobs=2, on_progress=lambda done, total: seen.append((done, total)))
    one = pipeline.analyse([folder], jobs=1)
    assert _dump(two) == _dump(one)
    tasks = [task for chunk in _LocalPool.sent for task in chunk]
    assert len(_LocalPool.sent) == 3  # 14 files (12 articles, a bulk file, an empty file) in chunks of 5
    assert all(isinstance(task, FileTask) and task.data is None for task in tasks)
    assert [Path(t.path).name for t in tasks] == sorted(p.name for p in folder.iterdir()
                                                         if p.suffix in {".md", ".jsonl", ".txt"})
    assert seen[0] == (0, 14) and seen[-1] == (14, 14)


def test_a_file_named_twice_is_read_once_and_reported(tmp_path: Path) -> None:
    folder = write_mixed_corpus(tmp_path / "corpus", 3)
    again = sorted(folder.glob("*.md"))[1]
    analysis = pipeline.analyse([folder, again], jobs=1)
    assert sum(s.path == str(again) for s in analysis.sources) == 1
    assert any("duplicate source id" in s.reason and s.path == str(again) for s in analysis.skipped)


@pytest.mark.parametrize("jobs", [1, 2])
def test_streaming_releases_texts_and_keeps_everything_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            jobs: int) -> None:
    folder = write_mixed_corpus(tmp_path / "corpus", 12)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_SOURCES", 4)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 5)
    full = pipeline.analyse([folder], jobs=1)
    streamed = pipeline.analyse([folder], jobs=jobs, keep_text=False)
    assert all(s.text for s in full.sources)
    assert [s.text for s in streamed.sources] == [""] * len(full.sources)
    expected = _dump(full)
    for source in expected["sources"]:
        source["text"] = ""
    assert _dump(streamed) == expected
    # the texts come back from the files, as for a registry, and every evidence span still holds
    from claims.diff import attach_texts

    reread, notes = attach_texts(streamed, folder)
    assert notes == [] and [s.text for s in reread.sources] == [s.text for s in full.sources]
    texts = {s.id: s.text for s in reread.sources}
    assert all(texts[c.source][c.start : c.end] == c.content for c in streamed.claims)


def test_streaming_a_few_sources_with_workers_keeps_the_claims(tmp_path: Path) -> None:
    folder = write_mixed_corpus(tmp_path / "corpus", 3)
    full = pipeline.analyse([folder], jobs=2)
    streamed = pipeline.analyse([folder], jobs=2, keep_text=False)
    assert streamed.claims == full.claims and streamed.groups == full.groups
    assert all(s.text == "" for s in streamed.sources)
