"""Grouping over several processes, and the light claim records inside the pipeline.

`--jobs 2` must give the same claims, speaker ids and groups as `--jobs 1`; the compact claims
the pipeline holds must equal the models they replace."""

from __future__ import annotations

import json
import multiprocessing
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import claims.compare as compare
from claims.cli import app
from claims.compare import features, forked, group_claims, similarity
from claims.compare.clustering import average_link, average_link_parts, components
from claims.compare.forked import chunked, forked_map
from claims.compare.records import Compactor
from claims.models import Claim, Kind
from claims.pipeline import analyse
from tests.synthetic import corpus_module


def _list_json(folder: Path, jobs: int) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["list", "--seeds", str(folder), "--format", "json", "--jobs", str(jobs)])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "corpus"
    folder.mkdir()
    corpus_module().write_corpus(folder, 240, seed=11)  # more than PARALLEL_MIN_SOURCES files
    return folder


def test_jobs_two_lists_what_jobs_one_lists(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small steps, so that the terms and the scores really are spread over the workers.
    monkeypatch.setattr(features, "TERMS_CHUNK", 300)
    monkeypatch.setattr(similarity, "SCORE_CHUNK", 500)
    monkeypatch.setattr(compare, "FLAGS_CHUNK", 200)
    one = _list_json(corpus, 1)
    two = _list_json(corpus, 2)
    assert len(one["claims"]) > 1000 and len(one["groups"]) > 100
    assert one == two


def test_grouping_forks_workers_and_groups_as_one_process(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = analyse(sorted(corpus.iterdir()), jobs=1, keep_text=False)
    claims = [c.model_copy(update={"group": None}) for c in analysis.claims]
    monkeypatch.setattr(features, "TERMS_CHUNK", 400)
    monkeypatch.setattr(similarity, "SCORE_CHUNK", 700)
    pools: list[int] = []
    real = multiprocessing.get_context

    def spy(method: str | None = None) -> Any:
        pools.append(1)
        return real(method)

    monkeypatch.setattr(forked.multiprocessing, "get_context", spy)
    alone = group_claims(claims, analysis.sources, jobs=1)
    assert pools == []
    shared = group_claims(claims, analysis.sources, jobs=2)
    assert len(pools) >= 2 or not forked.can_fork()  # the terms and the scores
    assert alone == shared
    assert [c.group for c in alone[0]] == [c.group for c in analysis.claims]


def _double(state: int, chunk: list[int]) -> list[int]:
    return [state * x for x in chunk]


def test_forked_map_keeps_chunk_order_and_sees_the_state() -> None:
    chunks = chunked(list(range(50)), 7)
    assert [len(c) for c in chunks] == [7] * 7 + [1]
    here = forked_map(_double, 3, chunks, 1)
    assert forked_map(_double, 3, chunks, 2) == here
    assert [x for part in here for x in part] == [3 * x for x in range(50)]
    assert forked._STATE is None  # released once the pool is done


def _interval(state: int, chunk: list[int]) -> list[float]:
    return [sys.getswitchinterval() for _ in chunk]


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_a_pool_hands_out_chunks_at_a_short_switch_interval_and_restores_it() -> None:
    before = sys.getswitchinterval()
    seen = [x for part in forked_map(_interval, 0, chunked(list(range(40)), 4), 2) for x in part]
    assert max(seen) <= forked.SWITCH_INTERVAL  # here and in the forked worker alike
    assert sys.getswitchinterval() == before
    assert forked_map(_interval, 0, [[1]], 2) == [[before]]  # one chunk: no pool, nothing changed


def _claim(i: int, speaker: str) -> Claim:
    text = f"the plan would cost {i} million"
    return Claim(id=f"s{i}:abc", source=f"s{i % 2}", outlet="Daily Post", speaker=speaker,
                 speaker_id=speaker.lower().replace(" ", "-"), cue="said", kind=Kind.INDIRECT,
                 content=text, start=0, end=len(text))


def test_compact_claims_equal_the_models_they_replace() -> None:
    compact = Compactor()
    originals = [_claim(i, "".join(["Ann", " Lee"])) for i in range(4)]  # distinct string objects
    light = [compact(c) for c in originals]
    assert light == originals
    assert [c.model_dump(mode="json") for c in light] == [c.model_dump(mode="json") for c in originals]
    assert light[0].speaker is light[3].speaker and light[0].outlet is light[1].outlet
    grouped = compact.with_group(light[1], "g1")
    assert grouped == originals[1].model_copy(update={"group": "g1"})
    assert light[1].group is None  # the copy, not the original, carries the group
    assert grouped.model_copy(update={"via": "Reuters"}).via == "Reuters"
    assert light[2].model_fields_set == set(Claim.model_fields)  # model_copy copied the shared set
    with pytest.raises(ValueError):
        light[0].group = "g2"  # still frozen


def test_clustering_by_connected_parts_equals_one_graph() -> None:
    rng = random.Random(5)
    n = 300
    edges: dict[tuple[int, int], float] = {}
    for _ in range(700):
        i, j = sorted(rng.sample(range(n), 2))
        if abs(i - j) < 25:  # many small parts, some large
            edges[(i, j)] = round(rng.uniform(0.12, 0.9), 3)
    sources = [f"s{rng.randrange(40)}" for _ in range(n)]
    compound = [rng.random() < 0.1 for _ in range(n)]
    whole = average_link(n, edges, sources, 0.24, 0.2, compound)
    parts = components(n, edges)
    assert len(parts) > 3 and all(len(p) > 1 for p in parts)
    assert sorted(i for p in parts for i in p) == sorted({i for pair in edges for i in pair})
    assert average_link_parts(n, edges, sources, 0.24, 0.2, compound, jobs=2) == whole
    assert any(len(c) > 1 for c in whole)
