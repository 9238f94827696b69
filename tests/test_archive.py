"""Flat memory over an archive (`claims.archive`, `claims.compare.stories`): the story-cluster rule,
the spill round trip, JSON Lines = JSON over several clusters, and the same output for any --jobs."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claims.archive import Speaker, analyse_archive, speaker_mapping, write_json, write_jsonl
from claims.cli import app
from claims.compare.stories import (
    UNDATED,
    entities,
    entity_code,
    names,
    rare_limit,
    source_day,
    story_clusters,
)
from claims.export import from_jsonl, to_document
from claims.extract import resolve_speaker_ids
from claims.pipeline import analyse
from tests.conftest import SEEDS
from tests.synthetic import corpus_module, write_mixed_corpus

D = date(2026, 3, 10).toordinal()

# -- the story-cluster rule ------------------------------------------------------------------------------


def _filler(n: int) -> list[tuple[int, list[int]]]:
    """n sources that share nothing: each with its own two entities, undated."""
    return [(UNDATED, [1000 + 2 * i, 1001 + 2 * i]) for i in range(n)]


CASES: list[tuple[str, list[tuple[int, list[int]]], list[list[int]]]] = [
    # name, sources (day, entity codes), the clusters among the first sources (the filler stays alone)
    ("same day, two shared", [(D, [1, 2]), (D, [1, 2])], [[0, 1]]),
    ("two days apart", [(D, [1, 2, 3]), (D + 2, [1, 2])], [[0, 1]]),
    ("three days apart", [(D, [1, 2]), (D + 3, [1, 2])], [[0], [1]]),
    ("one shared entity only", [(D, [1, 2]), (D, [1, 3])], [[0], [1]]),
    ("undated matches any date", [(D, [1, 2]), (UNDATED, [1, 2]), (D + 200, [1, 2])], [[0, 1, 2]]),
    ("chained by union-find", [(D, [1, 2]), (D + 2, [1, 2, 3, 4]), (D + 4, [3, 4])], [[0, 1, 2]]),
    ("two entities over two pairs do not chain", [(D, [1, 9]), (D, [1, 2]), (D, [2, 8])], [[0], [1], [2]]),
]


@pytest.mark.parametrize(("name", "sources", "expected"), CASES, ids=[c[0] for c in CASES])
def test_story_rule(name: str, sources: list[tuple[int, list[int]]], expected: list[list[int]]) -> None:
    every = sources + _filler(40)
    days = [d for d, _ in every]
    codes = [tuple(c) for _, c in every]
    clusters = story_clusters(days, codes, n_claims=10**6)
    assert clusters[: len(expected)] == expected
    assert clusters[len(expected):] == [[i] for i in range(len(sources), len(every))]


def test_common_entities_do_not_join() -> None:
    """An entity carried by more than the rare limit of sources says nothing about a story."""
    n = 300
    limit = rare_limit(n)
    assert limit == 20  # at least 20 sources, whatever 1% of them is
    common = [(D, [7, 8]) for _ in range(limit + 1)]  # two entities that too many sources carry
    every = common + _filler(n - len(common))
    clusters = story_clusters([d for d, _ in every], [tuple(c) for _, c in every], n_claims=10**6)
    assert len(clusters) == n
    rare = [(D, [7, 8]) for _ in range(limit)] + _filler(n - limit)
    clusters = story_clusters([d for d, _ in rare], [tuple(c) for _, c in rare], n_claims=10**6)
    assert clusters[0] == list(range(limit))


def test_rare_share_scales_with_the_run() -> None:
    assert rare_limit(100) == 20 and rare_limit(10_000) == 100 and rare_limit(100_000) == 1000


def test_small_runs_are_one_cluster() -> None:
    """Up to 50,000 claims nothing is split, whatever the dates and entities."""
    every = _filler(30)
    days = [D + 10 * i for i in range(30)]
    codes = [tuple(c) for _, c in every]
    assert story_clusters(days, codes, n_claims=50_000) == [list(range(30))]
    assert len(story_clusters(days, codes, n_claims=50_001)) == 30
    assert story_clusters([], [], n_claims=0) == []


def test_entities_and_days() -> None:
    found = entities(['the "rate cut was overdue", Maria Lopez told the IMF meeting', "Bank of Tamsin"])
    assert {"n:maria lopez", "n:imf", "a:imf", "n:bank of tamsin"} <= found  # whole names, not single words
    assert any(e.startswith("q:") for e in found)
    assert not any(e.startswith("d:") for e in found)  # numbers are not entities
    assert names("Officials said the port would reopen") == set()  # the opening capital is no name
    assert names("Ports of Tamsin said so") == {"n:ports of tamsin"}
    assert entity_code("n:lopez") == entity_code("n:lopez") != entity_code("n:lopes")
    assert 0 <= entity_code("n:lopez") < 2**63
    assert source_day("2026-03-10") == D == source_day("2026-03-10T08:00:00Z")
    assert source_day(None) == UNDATED == source_day("last Tuesday") == source_day("")


# -- spill round trip, clusters and output ----------------------------------------------------------------


def _doc(run: Any) -> dict[str, Any]:
    out = io.StringIO()
    write_json(run, out)
    doc: dict[str, Any] = json.loads(out.getvalue())
    return doc


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixed_corpus(tmp_path_factory.mktemp("archive") / "mixed", 40)


def test_spill_round_trip_equals_the_in_memory_run(mixed: Path) -> None:
    """One cluster: every record (sources, claims with groups, groups, skipped) as `analyse` makes them,
    with a duplicate id, a bad JSON Lines line, an empty file, an unknown file and a manifest in the input."""
    run = analyse_archive([mixed], jobs=1)
    try:
        assert run.clusters == 1
        doc = _doc(run)
    finally:
        run.close()
    expected = to_document(analyse([mixed], jobs=1, keep_text=False))
    assert doc == expected
    assert doc["skipped"] and doc["claims"] and len(doc["groups"]) < len(doc["claims"])


def test_claims_read_back_are_the_extracted_claims(mixed: Path) -> None:
    """Before grouping: the spilled claims, speaker ids resolved over the run, equal the pipeline's."""
    from claims.archive import _Builder

    run = analyse_archive([mixed], jobs=1)
    try:
        back = run.claims_of(range(run.n_sources), _Builder())
    finally:
        run.close()
    fresh = analyse([mixed], jobs=1, keep_text=False)
    assert [c.model_copy(update={"group": None}) for c in fresh.claims] == back
    assert resolve_speaker_ids(back) == back


def test_speaker_mapping_reads_distinct_pairs() -> None:
    pairs = [Speaker("ana-ruiz", "Ana Ruiz"), Speaker("ruiz", "Ruiz"), Speaker("mayor", "the mayor")]
    assert speaker_mapping(pairs) == {"ruiz": "ana-ruiz"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "corpus"
    folder.mkdir()
    corpus_module().write_corpus(folder, 240, seed=5)
    return folder


def test_several_clusters_json_equals_jsonl(corpus: Path) -> None:
    """A run forced into story clusters (one_cluster_up_to=0): JSON Lines is valid line by line and equals
    the JSON document; every claim has a group that lists it, and no group spans two clusters."""
    run = analyse_archive([corpus], jobs=1, one_cluster_up_to=0)
    try:
        assert 1 < run.clusters < run.n_sources  # stories are joined, the run is split
        doc = _doc(run)
        lines = io.StringIO()
        write_jsonl(run, lines)
    finally:
        run.close()
    for line in lines.getvalue().splitlines():
        assert isinstance(json.loads(line), dict)
    assert from_jsonl(lines.getvalue().splitlines()) == doc
    members = {c for g in doc["groups"] for c in g["claims"]}
    assert members == {c["id"] for c in doc["claims"]} and len(members) == len(doc["claims"])
    by_id = {g["id"]: g for g in doc["groups"]}
    assert all(c["id"] in by_id[c["group"]]["claims"] for c in doc["claims"])
    shared = [g for g in doc["groups"] if len(g["sources"]) > 1]
    assert shared  # stories covered by several outlets still group across them
    whole = to_document(analyse([corpus], jobs=1, keep_text=False))
    assert doc["sources"] == whole["sources"]
    assert [{**c, "group": None} for c in doc["claims"]] == [{**c, "group": None} for c in whole["claims"]]


def test_several_clusters_same_output_for_any_jobs(corpus: Path) -> None:
    docs = []
    for jobs in (1, 2):
        run = analyse_archive([corpus], jobs=jobs, one_cluster_up_to=0)
        try:
            docs.append(_doc(run))
        finally:
            run.close()
    assert docs[0] == docs[1]


def test_speaker_caches_emptied_between_clusters_give_the_same_groups(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The speaker caches are emptied after each cluster once they hold more than SPEAKER_CACHE_KEEP
    phrases (memory over an archive); emptied after every cluster, the document is the same."""
    import claims.archive

    real = claims.archive.trim_speaker_caches
    emptied: list[bool] = []

    def counted(keep: int) -> bool:
        emptied.append(real(keep))
        return emptied[-1]

    monkeypatch.setattr(claims.archive, "trim_speaker_caches", counted)
    docs = []
    for keep in (10**9, 0):
        monkeypatch.setattr(claims.archive, "SPEAKER_CACHE_KEEP", keep)
        emptied.clear()
        run = analyse_archive([corpus], jobs=1, one_cluster_up_to=0)
        try:
            docs.append(_doc(run))
        finally:
            run.close()
        assert any(emptied) == (keep == 0)
        assert len(emptied) == run.clusters
    assert docs[0] == docs[1]


def test_trim_speaker_caches() -> None:
    from claims.compare.names import read_speaker
    from claims.compare.parties import trim_speaker_caches

    for k in range(5):
        read_speaker(f"Imogen Tallis-{k}, a ferry pilot")
    held = read_speaker.cache_info().currsize
    assert held >= 5
    assert not trim_speaker_caches(held) and read_speaker.cache_info().currsize == held
    assert trim_speaker_caches(held - 1) and read_speaker.cache_info().currsize == 0


def test_trim_speaker_caches_empties_the_press_readings_too() -> None:
    from claims.compare.parties import _leak, _media_words, trim_speaker_caches

    for k in range(5):
        _media_words(f"local media reports {k}")
        _leak(f"two sources {k}")
    assert _media_words.cache_info().currsize >= 5 and _leak.cache_info().currsize >= 5
    assert trim_speaker_caches(0)
    assert _media_words.cache_info().currsize == 0 and _leak.cache_info().currsize == 0


def test_cli_list_json_takes_the_archive_path(runner: CliRunner, mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claims.archive

    calls: list[int] = []
    real = claims.archive.analyse_archive

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(claims.archive, "analyse_archive", counted)
    result = runner.invoke(app, ["list", "--seeds", str(mixed), "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 3  # skipped inputs, as before
    assert calls == [1]
    assert from_jsonl(result.stdout.splitlines()) == to_document(analyse([mixed], jobs=1, keep_text=False))
    filtered = runner.invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json", "--single-outlet"])
    assert filtered.exit_code == 0 and calls == [1]  # filters keep the in-memory path


def test_empty_input(tmp_path: Path) -> None:
    run = analyse_archive([tmp_path], jobs=1, one_cluster_up_to=0)
    try:
        assert _doc(run) == {"sources": [], "claims": [], "groups": [], "skipped": []} and run.clusters == 0
    finally:
        run.close()
