"""The Dask engine (`claims[dask]`): the same claims as the local run, on a dask.distributed LocalCluster."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.export import jsonl_lines
from claims.models import Analysis
from claims.pipeline import analyse
from tests.synthetic import write_mixed_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SYNTHETIC_ARTICLES = int(os.environ.get("CLAIMS_DASK_TEST_ARTICLES", "240"))
"""Articles of the synthetic corpus (240 keeps this file under 30 s on a shared 2-core machine;
the issue's 2,000 were measured once: see bench/README.md)."""

HAS_DASK = True
try:
    import dask.bag  # noqa: F401
    import distributed  # noqa: F401
except ImportError:
    HAS_DASK = False
needs_dask = pytest.mark.skipif(not HAS_DASK, reason="dask[bag] and distributed are not installed: "
                                "pip install '.[test,dask]' to run the Dask engine tests")


def _dump(analysis: Analysis) -> dict[str, Any]:
    return analysis.model_dump(mode="json")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    if not HAS_DASK:
        pytest.skip("dask is not installed")
    from claims.engines.dask import local_client

    # Thread workers: process workers start too slowly for a unit test; the work and the results are the same.
    with local_client(2, processes=False) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c
        c.cluster.close()


def test_claims_list_does_not_import_dask() -> None:
    code = ("import sys; from typer.testing import CliRunner; from claims.cli import app; "
            f"r = CliRunner().invoke(app, ['list', '--seeds', {str(SEEDS)!r}, '-f', 'json']); "
            "assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_without_dask_the_engine_is_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    result = CliRunner().invoke(app, ["list", "--seeds", str(SEEDS), "--engine", "dask"])
    assert result.exit_code == 2
    assert "pip install 'claims[dask]'" in result.output


def test_scheduler_needs_the_dask_engine() -> None:
    result = CliRunner().invoke(app, ["list", "--seeds", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


@needs_dask
def test_seeds_give_the_same_claims_on_dask(client: Any) -> None:
    from claims.engines.dask import analyse_dask

    local = analyse([SEEDS], jobs=1)
    on_dask = analyse_dask([SEEDS], client=client, partition_size=3)
    assert local.claims
    assert _dump(on_dask) == _dump(local)


@needs_dask
def test_synthetic_corpus_gives_the_same_claims_on_dask(client: Any, tmp_path: Path) -> None:
    from claims.engines.dask import analyse_dask

    folder = write_mixed_corpus(tmp_path / "corpus", SYNTHETIC_ARTICLES)
    local = analyse([folder], jobs=1)
    on_dask = analyse_dask([folder], client=client)
    assert len(local.claims) > SYNTHETIC_ARTICLES
    assert [c.model_dump() for c in on_dask.claims] == [c.model_dump() for c in local.claims]
    assert _dump(on_dask) == _dump(local)  # sources, groups, speaker ids and every skipped input too


@needs_dask
def test_claims_written_as_jsonl_partitions(client: Any, tmp_path: Path) -> None:
    from claims.engines.dask import analyse_dask, write_claims_jsonl

    analysis = analyse_dask([SEEDS], client=client)
    files = write_claims_jsonl(analysis, tmp_path / "parts", client=client, partitions=3)
    assert [f.name for f in files] == ["00000.jsonl", "00001.jsonl", "00002.jsonl"]
    written = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    expected = [line for line in jsonl_lines(analysis) if json.loads(line)["record"] == "claim"]
    assert written == [line.rstrip("\n") for line in expected]
    assert len(written) == len(analysis.claims) > 0


@needs_dask
def test_cli_engine_dask_lists_the_same_claims() -> None:
    runner = CliRunner()
    local = runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "json"])
    on_dask = runner.invoke(app, ["list", "--seeds", str(SEEDS), "-f", "json", "--engine", "dask", "--jobs", "2"])
    assert local.exit_code == 0 and on_dask.exit_code == 0, on_dask.output
    assert json.loads(on_dask.stdout) == json.loads(local.stdout)


def test_default_partitions_are_about_four_per_worker() -> None:
    from claims.engines.dask import MAX_PARTITION, default_partition_size
    from claims.pipeline import CHUNK_SIZE

    assert default_partition_size(2000, 2) == 250
    assert default_partition_size(100, 2) == CHUNK_SIZE
    assert default_partition_size(100_000, 2) == MAX_PARTITION
    assert default_partition_size(10, 0) == CHUNK_SIZE
