"""The whole job: files -> sources -> claims -> groups, as one Analysis.

Extraction is the per-article cost, so large runs spread it over worker
processes in chunks; results keep input order, so the output does not depend
on the number of jobs. When there are many files, each worker reads and parses
its own files (it is sent paths, not texts); duplicate ids and manifest checks
are resolved here, in input order, exactly as `load_paths` does.

The same steps serve other engines (`claims.engines.dask`): `plan_paths` lists
the files, `load_and_extract` is the per-file work, `assemble` merges the
results and `finish` sets speaker ids and groups.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from claims.compare import group_in_place
from claims.compare.records import Compactor
from claims.errors import OverBudget
from claims.extract import extract_claims, resolve_speaker_ids
from claims.extract.frames import act_rows
from claims.loader import FileTask, LoadPlan, LoadResult, merge, plan_paths, read_task
from claims.loader.boilerplate import boilerplate_spans, overlaps
from claims.models import Analysis, Claim, Skipped, Source

ProgressFn = Callable[[int, int], None]
"""on_progress(done, total): called as articles are extracted; `done` grows to `total`."""

PhaseFn = Callable[[str], None]
"""on_phase(name): called as each stage starts: "loading", "extracting", "grouping"."""

Extractor = Callable[[Source], list[Claim]]

PARALLEL_MIN_SOURCES = 200
"""Below this many sources a worker pool costs more to start than it saves."""

CHUNK_SIZE = 32
"""Sources per task sent to a worker: large enough to amortise pickling, small enough to balance."""

BUDGET_S_PER_MB = 10.0
BUDGET_MIN_S = 5.0
"""Time budget for extracting one source: BUDGET_S_PER_MB CPU seconds per MB of text, at least
BUDGET_MIN_S. The extractor's own bounds keep it linear (about 1 s per MB whatever the shape
of the text); the budget is only the last line of defence: a source still over it is skipped
and named, and the run goes on."""

__all__ = [
    "CHUNK_SIZE",
    "PARALLEL_MIN_SOURCES",
    "FileResult",
    "PhaseFn",
    "ProgressFn",
    "analyse",
    "assemble",
    "budget_seconds",
    "default_jobs",
    "extract_all",
    "finish",
    "load_and_extract",
    "source_claims",
]

FileResult = tuple[LoadResult, list[list[Claim] | Skipped]]
"""One file task's outcome: its sources (and skips), and each source's claims or over-budget record."""


def default_jobs() -> int:
    """The CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


def budget_seconds(source: Source) -> float:
    """The time one source's extraction may take (see BUDGET_S_PER_MB)."""
    return max(BUDGET_MIN_S, BUDGET_S_PER_MB * (source.body_end - source.body_start) / 1_000_000)


def source_claims(source: Source) -> list[Claim]:
    """One source's claims in text order; page furniture ("Also read: ...", "Share Tweet Email") yields none.

    Raises `OverBudget` when extraction runs past `budget_seconds(source)`."""
    return [c for c in source_claims_with_acts(source) if not is_act(c)]


def source_claims_with_acts(source: Source) -> list[Claim]:
    """`source_claims` with the acts whose object is a noun phrase ("praised the verdict",
    "criticized the company"): PolNeAR's annotators mark them, the project's conventions do not."""
    deadline = time.process_time() + budget_seconds(source)
    furniture = boilerplate_spans(source.text, source.body_start, source.body_end)
    return [c for c in extract_claims(source, deadline) if not overlaps(furniture, c.start, c.end)]


def is_act(claim: Claim) -> bool:
    """A speech act with a noun-phrase object and no proposition ("praised the verdict"): its
    frame row is marked `act` in the frame table."""
    return claim.rule in act_rows()


def _guarded(extractor: Extractor, source: Source) -> list[Claim] | Skipped:
    """The extractor's claims, or a Skipped record naming a source over its time budget."""
    try:
        return extractor(source)
    except OverBudget as exc:
        mb = (source.body_end - source.body_start) / 1_000_000
        reason = f"extraction took longer than its budget of {exc.budget_s:.0f} s ({mb:.2f} MB); no claims taken"
        if source.id != Path(source.path).stem:
            reason = f"source {source.id}: {reason}"
        return Skipped(path=source.path, reason=reason)


def _chunks(sources: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    for i in range(0, len(sources), size):
        yield sources[i : i + size]


def _extract_chunk(extractor: Extractor, chunk: Sequence[Source]) -> list[list[Claim] | Skipped]:
    return [_guarded(extractor, source) for source in chunk]


def _collect(
    source: Source,
    found: list[Claim] | Skipped,
    claims: list[Claim],
    skipped: dict[str, Skipped] | None,
    compact: Compactor | None = None,
) -> None:
    """Keep one source's claims (held compactly when `compact` is given) or its over-budget record."""
    if isinstance(found, Skipped):
        if skipped is not None:
            skipped[source.id] = found
    elif compact is None:
        claims.extend(found)
    else:
        claims.extend(map(compact, found))


def _extract_here(
    sources: Sequence[Source], extractor: Extractor, on_progress: ProgressFn | None, skipped: dict[str, Skipped] | None
) -> list[Claim]:
    claims: list[Claim] = []
    total = len(sources)
    for done, source in enumerate(sources, start=1):
        _collect(source, _guarded(extractor, source), claims, skipped)
        if on_progress is not None and (done % CHUNK_SIZE == 0 or done == total):
            on_progress(done, total)
    return claims


def _extract_in_workers(
    sources: Sequence[Source],
    extractor: Extractor,
    on_progress: ProgressFn | None,
    jobs: int,
    skipped: dict[str, Skipped] | None,
) -> list[Claim]:
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    total = len(sources)
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, -(-total // CHUNK_SIZE)))
    except (OSError, NotImplementedError):  # no worker processes on this platform or sandbox
        return _extract_here(sources, extractor, on_progress, skipped)
    claims: list[Claim] = []
    compact = Compactor()
    done = 0
    with pool:
        # map() yields in submission order, so claims stay in input order.
        chunks = list(_chunks(sources, CHUNK_SIZE))
        for chunk, chunk_claims in zip(chunks, pool.map(partial(_extract_chunk, extractor), chunks), strict=True):
            for source, found in zip(chunk, chunk_claims, strict=True):
                _collect(source, found, claims, skipped, compact)
            done += len(chunk_claims)
            if on_progress is not None:
                on_progress(done, total)
    return claims


def extract_all(
    sources: Sequence[Source],
    jobs: int | None = None,
    on_progress: ProgressFn | None = None,
    extractor: Extractor | None = None,
    skipped: dict[str, Skipped] | None = None,
) -> list[Claim]:
    """Every source's claims, in source order then text order.

    A source whose extraction raises `OverBudget` gives no claims; when `skipped` is given, a
    `Skipped` record naming it is stored there under the source's id.

    `jobs` worker processes share the work when there are more than
    PARALLEL_MIN_SOURCES sources (None: one per CPU; 1: stay in this process).
    `extractor` (default `source_claims`) must be a module-level function so worker
    processes can import it.
    """
    extractor = extractor or source_claims
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if on_progress is not None:
        on_progress(0, len(sources))
    if jobs == 1 or len(sources) <= PARALLEL_MIN_SOURCES:
        return _extract_here(sources, extractor, on_progress, skipped)
    return _extract_in_workers(sources, extractor, on_progress, jobs, skipped)


def _without_text(source: Source) -> Source:
    """The source's metadata, hash and offsets, its text released (re-read from the file when needed)."""
    return source.model_copy(update={"text": ""})


def load_and_extract(
    tasks: Sequence[FileTask], extractor: Extractor | None = None, keep_text: bool = True
) -> list[FileResult]:
    """Read each file task and extract its sources' claims: the work a worker does, in any process.

    Without `keep_text`, each source's text is released once its claims are taken: only its
    metadata, hash and claims (with offsets) are kept or sent back."""
    extractor = extractor or source_claims
    out: list[FileResult] = []
    for task in tasks:
        loaded = read_task(task)
        found = [_guarded(extractor, source) for source in loaded.sources]
        if not keep_text:
            loaded.sources = [_without_text(source) for source in loaded.sources]
        out.append((loaded, found))
    return out


def assemble(
    plan: LoadPlan, results: Iterable[FileResult], on_file: Callable[[], None] | None = None
) -> tuple[LoadResult, list[Claim], dict[str, Skipped]]:
    """The plan's sources, claims and over-budget records from its file results (in task order).

    Duplicate ids, manifest checks and the order of everything are those of `load_paths`
    followed by `extract_all`; the claims of a source left out as a duplicate are dropped."""
    claims: list[Claim] = []
    over_budget: dict[str, Skipped] = {}
    pending: dict[int, list[Claim] | Skipped] = {}
    compact = Compactor()

    def loaded_results() -> Iterator[LoadResult]:
        for loaded, found in results:
            pending.clear()
            pending.update((id(source), f) for source, f in zip(loaded.sources, found, strict=True))
            yield loaded

    def added(task: FileTask, sources: list[Source]) -> None:
        for source in sources:
            _collect(source, pending[id(source)], claims, over_budget, compact)
        if on_file is not None:
            on_file()

    loaded = merge(plan, loaded_results(), added)
    return loaded, claims, over_budget


def file_ticker(total: int, on_progress: ProgressFn | None) -> Callable[[], None]:
    """A callback to call once a file: reports progress every CHUNK_SIZE files and at the last
    (and 0 of `total` at once)."""
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if on_progress is not None and (done % CHUNK_SIZE == 0 or done == total):
            on_progress(done, total)

    if on_progress is not None:
        on_progress(0, total)
    return tick


def _files_in_workers(
    plan: LoadPlan, jobs: int, on_progress: ProgressFn | None, keep_text: bool = True,
    extractor: Extractor | None = None,
) -> tuple[LoadResult, list[Claim], dict[str, Skipped]]:
    """`assemble` over worker processes that each read their own chunk of files (here when jobs is 1)."""
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    tasks = plan.tasks
    chunks = [tasks[i : i + CHUNK_SIZE] for i in range(0, len(tasks), CHUNK_SIZE)]
    tick = file_ticker(len(tasks), on_progress)
    work = partial(load_and_extract, extractor=extractor, keep_text=keep_text)
    here = (r for task in tasks for r in work([task]))  # one file at a time: only one text held
    if jobs == 1 or not chunks:
        return assemble(plan, here, tick)
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)))
    except (OSError, NotImplementedError):  # no worker processes on this platform or sandbox
        return assemble(plan, here, tick)
    with pool:
        # map() yields in submission order, so everything stays in input order.
        results = (r for chunk_results in pool.map(work, chunks) for r in chunk_results)
        return assemble(plan, results, tick)


def finish(
    loaded: LoadResult,
    claims: list[Claim],
    over_budget: dict[str, Skipped],
    on_phase: PhaseFn | None = None,
    jobs: int = 1,
) -> Analysis:
    """Speaker ids and groups for extracted claims: the end of every engine (`jobs` processes
    share the grouping's set-up and scoring)."""
    # A source over its time budget is left out, as a bad file is.
    sources = [s for s in loaded.sources if s.id not in over_budget]
    # The list is this run's own: its claims are replaced in place, by their copies with speaker ids
    # resolved and then by their grouped copies. (A new list would leave the caller's, which the
    # call holds until it returns, holding every claim a second time: ~60 MB at 10,000 articles.)
    claims[:] = resolve_speaker_ids(claims)
    if on_phase is not None:
        on_phase("grouping")
    groups = group_in_place(claims, sources, jobs)
    return Analysis(sources=sources, claims=claims, groups=groups, skipped=[*loaded.skipped, *over_budget.values()])


def analyse(
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    on_progress: ProgressFn | None = None,
    on_phase: PhaseFn | None = None,
    max_file_size: int | None = None,
    keep_text: bool = True,
    acts: bool = False,
) -> Analysis:
    """Load, extract and compare. Bad files become `Analysis.skipped`, never exceptions.

    `jobs`: worker processes for extraction (None: one per CPU). `on_progress(done, total)`
    is called as articles are extracted and `on_phase(name)` as each stage starts, for a
    progress display; the core never prints. `max_file_size` caps one article (default: the
    loader's, 20 MB). With more than PARALLEL_MIN_SOURCES files and more than one job, the
    workers read the files too, and progress counts files.

    `keep_text=False` streams: each file is read, extracted and its text released (one file
    at a time, or one chunk per worker), so memory holds only metadata, hashes and claims.
    The sources then have `text == ""`, as a registry's do: `claims.diff.attach_texts`
    re-reads them from their files when a diff or report needs them. The claims, groups and
    everything else are the same.

    `acts=True` keeps the speech acts with a noun-phrase object (`source_claims_with_acts`).
    """
    extractor = source_claims_with_acts if acts else source_claims
    if on_phase is not None:
        on_phase("loading")
    plan = plan_paths(paths) if max_file_size is None else plan_paths(paths, max_file_size=max_file_size)
    workers = default_jobs() if jobs is None else max(1, jobs)
    many_files = len(plan.tasks) > PARALLEL_MIN_SOURCES
    if (workers > 1 and many_files) or (not keep_text and (workers == 1 or many_files)):
        if on_phase is not None:
            on_phase("extracting")
        return finish(*_files_in_workers(plan, workers if many_files else 1, on_progress, keep_text, extractor),
                      on_phase=on_phase, jobs=workers)
    loaded = merge(plan, (read_task(task) for task in plan.tasks))
    if on_phase is not None:
        on_phase("extracting")
    over_budget: dict[str, Skipped] = {}
    claims = extract_all(loaded.sources, jobs=jobs, on_progress=on_progress, extractor=extractor, skipped=over_budget)
    if not keep_text:
        loaded.sources = [_without_text(source) for source in loaded.sources]
    return finish(loaded, claims, over_budget, on_phase, jobs=workers)
