"""The analysis on Dask (the optional extra `claims[dask]`): `analyse_dask(paths, ...)`.

The files are listed here (`plan_paths`), then a Dask bag of file tasks (paths, never texts)
is mapped with the same per-file function the local pipeline uses (`load_and_extract`): each
Dask task reads and extracts its own files. The results come back in input order and are
merged, given speaker ids and grouped here, exactly as the local run does them; so the
Analysis equals `claims.pipeline.analyse(paths)` claim for claim. Scheduling and the worker
protocol are Dask's (`dask.distributed`); nothing here talks to workers itself.

Workers read the files by the paths given, so a cluster on other machines needs the articles
on a shared filesystem at the same path (pass absolute paths). `write_claims_jsonl` writes
the claims as JSON Lines partitions (the records of `claims list --format jsonl`).

Dask is imported only when these functions run: `pip install 'claims[dask]'`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.loader import plan_paths
from claims.models import Analysis
from claims.pipeline import CHUNK_SIZE, FileResult, PhaseFn, assemble, default_jobs, finish, load_and_extract

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "DASK_MISSING",
    "DaskMissing",
    "analyse_dask",
    "claims_jsonl_lines",
    "default_partition_size",
    "local_client",
    "write_claims_jsonl",
]

DASK_MISSING = "the dask engine needs Dask: pip install 'claims[dask]' (dask[bag] and distributed)"


class DaskMissing(ImportError):
    """Dask (or dask.distributed) is not installed."""


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(DASK_MISSING) from exc


def local_client(workers: int | None = None, processes: bool = True) -> Client:
    """A client of a new `LocalCluster` on this machine: `workers` single-threaded workers (default: one per
    CPU), in processes (extraction is CPU-bound Python) unless `processes=False`. Close it when done."""
    _require()
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=processes,
                           dashboard_address=":0")  # any free port: other clusters may run here
    return Client(cluster)


MAX_PARTITION = 256
"""Largest default partition (files per Dask task)."""


def default_partition_size(files: int, workers: int) -> int:
    """Files per Dask task: about four tasks per worker (fewer, larger tasks cost less to schedule and
    gather), at least CHUNK_SIZE and at most MAX_PARTITION files."""
    return max(CHUNK_SIZE, min(MAX_PARTITION, -(-files // (4 * max(1, workers)))))


def _partitions(client: Client, paths: Iterable[Path], partition_size: int | None,
                max_file_size: int | None, keep_text: bool) -> Analysis:
    from functools import partial

    import dask.bag as db

    plan = plan_paths(paths) if max_file_size is None else plan_paths(paths, max_file_size=max_file_size)
    tasks = plan.tasks
    if not tasks:
        return finish(*assemble(plan, []))
    if partition_size is None:
        partition_size = default_partition_size(len(tasks), len(client.scheduler_info()["workers"]))
    bag = db.from_sequence(tasks, partition_size=max(1, partition_size)).map_partitions(
        partial(load_and_extract, keep_text=keep_text))
    # One future per partition, taken in order and released once merged: the workers and this process
    # never hold every result at once, and merging overlaps the work still running.
    futures = client.compute(bag.to_delayed())

    def results() -> Iterator[FileResult]:
        for future in futures:
            part: list[FileResult] = future.result()
            future.release()
            yield from part

    return finish(*assemble(plan, results()))


def analyse_dask(
    paths: Iterable[Path],
    *,
    scheduler: str | None = None,
    client: Client | None = None,
    partition_size: int | None = None,
    max_file_size: int | None = None,
    on_phase: PhaseFn | None = None,
    keep_text: bool = True,
) -> Analysis:
    """`claims.pipeline.analyse(paths)`, with the files read and extracted by Dask workers.

    `client`: an existing `distributed.Client` (left open); else `scheduler`, the address of a
    running scheduler ("tcp://host:8786"); else a `LocalCluster` made for this call and closed
    after it. `partition_size`: files per Dask task (default: `default_partition_size`).
    `keep_text=False`: workers send back no article texts (sources get `text == ""`, as in
    `analyse(keep_text=False)`). Raises `DaskMissing` without Dask.
    """
    _require()
    if on_phase is not None:
        on_phase("extracting")
    paths = list(paths)
    if client is not None:
        return _partitions(client, paths, partition_size, max_file_size, keep_text)
    if scheduler is not None:
        from distributed import Client

        with Client(scheduler) as remote:
            return _partitions(remote, paths, partition_size, max_file_size, keep_text)
    with local_client() as local:
        try:
            return _partitions(local, paths, partition_size, max_file_size, keep_text)
        finally:
            if local.cluster is not None:
                local.cluster.close()


def claims_jsonl_lines(analysis: Analysis) -> list[str]:
    """The claim lines of `claims list --format jsonl` for `analysis`, without their newlines."""
    from claims.export import jsonl_lines

    return [line[:-1] for line in jsonl_lines(Analysis(sources=[], claims=analysis.claims, groups=[], skipped=[]))]


def write_claims_jsonl(analysis: Analysis, folder: Path, client: Client | None = None,
                       partitions: int | None = None) -> list[Path]:
    """Write the claims as JSON Lines partitions `folder/00000.jsonl`, ... (in claim order), by Dask workers.

    Each line is a claim record of `claims list --format jsonl`. `client` defaults to Dask's current
    one; `partitions` to one per 10,000 claims. Returns the files written, in order."""
    _require()
    import dask.bag as db

    lines = claims_jsonl_lines(analysis)
    folder.mkdir(parents=True, exist_ok=True)
    n = partitions or max(1, -(-len(lines) // 10_000))
    bag = db.from_sequence(lines or [""], npartitions=n)
    kwargs: dict[str, Any] = {"name_function": lambda i: f"{i:05d}", "last_endline": bool(lines)}
    written = bag.to_textfiles(str(folder / "*.jsonl"), compute=False, **kwargs)
    if client is not None:
        client.compute(written, sync=True)
    else:
        import dask

        dask.compute(*written)
    return sorted(folder.glob("*.jsonl"))
