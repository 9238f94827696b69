"""Grouping's parallel steps: one function over chunks, in forked processes that share the run's state.

The state (claims, features, term statistics) is built once in this process; a worker forked
afterwards sees it without pickling (copy-on-write), and only the chunks and their results
cross between processes. Results come back in chunk order, so the output does not depend on
the number of processes. Where `fork` is not available, or a pool cannot start, or `jobs` is 1,
the chunks run here, one after another.

`forked_map` returns every result at once; `forked_imap` yields them in order as they are ready,
with only a few chunks worked out ahead, so a caller can build on each result while the workers go
on (the features of the claims whose terms came back) and drop it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from multiprocessing.pool import Pool
from typing import Any, TypeVar

C = TypeVar("C")
R = TypeVar("R")

_STATE: Any = None
"""The state of the map under way, inherited by forked workers (set only while the pool runs)."""

AHEAD = 2
"""Chunks each forked worker has in hand or queued (`forked_imap`'s default)."""
SWITCH_INTERVAL = 0.0005
"""The interpreter's thread switch interval (seconds) while a pool runs: the pool's threads here hand
the workers their next chunks and take their results, and at Python's default of 5 ms they waited
behind this process's own chunks: at 10,000 articles the forked worker of `--jobs 2` was idle 85%
of the grouping stage (this process worked out 52 of 69 cluster batches; 35 / 34 at 0.5 ms, and the
stage's wall time 10.4 -> 6.6 s)."""
_SAVED_INTERVAL: list[float] = []
"""Chunks each forked worker may have queued or finished ahead of the one `forked_imap` yields."""


def _call(fn: Callable[[Any, Any], Any], chunk: Any) -> Any:
    return fn(_STATE, chunk)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def cpus() -> int:
    """The CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


def chunked(items: Sequence[C], size: int) -> list[Sequence[C]]:
    """`items` in consecutive slices of at most `size`."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def _pool(state: Any, jobs: int, chunks: int, fresh_after: int | None = None) -> tuple[Pool | None, int]:
    """A pool of forked workers for `jobs` processes in all (this one included) and the number of
    processes, or None when the chunks are better run here. Sets the shared state and freezes the
    collector; `_release` undoes both. `fresh_after`: a worker that has done that many chunks is
    replaced by a new fork, which drops the pages it copied (see `forked_imap`)."""
    global _STATE
    if jobs <= 1 or chunks < 2 or not can_fork():
        return None, 1
    _STATE = state
    _SAVED_INTERVAL.append(sys.getswitchinterval())
    sys.setswitchinterval(min(SWITCH_INTERVAL, _SAVED_INTERVAL[-1]))
    # Objects made so far move out of the collector's reach while the workers run: a collection in
    # a worker would otherwise write to every object's header and copy the pages it shares.
    gc.freeze()
    procs = min(jobs, chunks)
    try:
        # This process takes every procs-th chunk itself, so `jobs` processes work with only
        # jobs - 1 forked copies: each copies the pages of shared objects it touches (reference
        # counts), some 50-70 MB while the pairs are scored at 10,000 articles.
        return multiprocessing.get_context("fork").Pool(procs - 1, maxtasksperchild=fresh_after), procs
    except (OSError, NotImplementedError):  # no worker processes in this sandbox
        _release()
        return None, 1


def _release() -> None:
    global _STATE
    _STATE = None
    gc.unfreeze()
    if _SAVED_INTERVAL:
        sys.setswitchinterval(_SAVED_INTERVAL.pop())


def forked_map(fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C], jobs: int,
               first: Callable[[], None] | None = None) -> list[R]:
    """[fn(state, chunk) for chunk in chunks], over `jobs` processes (this one and jobs - 1 forked
    from it) when that can pay: `forked_imap`'s results as one list."""
    return list(forked_imap(fn, state, chunks, jobs, first))


def forked_imap(fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C], jobs: int,
                first: Callable[[], None] | None = None, fresh_after: int | None = None,
                ahead: int = AHEAD) -> Iterator[R]:
    """fn(state, chunk) for each chunk, yielded in chunk order, over `jobs` processes (this one and
    jobs - 1 forked from it) when that can pay.

    Chunks are dealt as processes come free: each worker has AHEAD chunks in hand or queued, and this
    process, whenever the next result in order is not ready, works out the next chunk not yet dealt
    (so a process slowed by other work on the machine takes fewer). Whoever makes a result, it is
    yielded in chunk order, and the caller's work between results (writing them out, building on
    them) overlaps the workers'. No chunk is dealt more than WINDOW chunks past the one to yield
    next, so few results are held. `first`, when given, runs here before any chunk: this process's
    own work that overlaps the workers' (it must not change the state). The shared state must not
    change until the iterator is done (or closed: the workers are then stopped). `fn` must be a
    module-level function (it is named to the workers, not pickled whole).

    A forked worker copies every page of the shared state that it touches (reading an object writes
    its reference count). A step that reads most of the run's objects (planning the groups reads
    every claim) would leave the worker holding a copy of most of them; with `fresh_after`, a worker
    is replaced by a new fork after that many chunks, so it holds at most the pages of its last few
    chunks. `ahead`: chunks each worker has in hand or queued; short chunks need more, so that a worker
    is not left waiting while this process's threads hand it the next one."""
    pool, procs = _pool(state, jobs, len(chunks), fresh_after)
    if pool is None:
        if first is not None:
            first()
        for chunk in chunks:
            yield fn(state, chunk)
        return
    try:
        with pool:
            yield from _dealt(pool, procs, fn, state, chunks, first, ahead)
    finally:
        _release()


def _ready_or_failed(results: dict[int, Any], k: int, errors: list[BaseException]) -> bool:
    return k in results or bool(errors)


WINDOW = 8
"""Chunks dealt past the one `forked_imap` yields next, at most (per process)."""


def _dealt(pool: Pool, procs: int, fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C],
           first: Callable[[], None] | None, ahead: int = AHEAD) -> Iterator[R]:
    """`forked_imap`'s work, once the pool is up. The workers ask for chunks through the callbacks of
    their results (on the pool's result thread); this process takes the others."""
    n = len(chunks)
    window = WINDOW * procs
    results: dict[int, Any] = {}
    lock = threading.Condition()
    taken = out = 0  # chunks dealt; the next chunk to yield
    with_workers = 0  # chunks a worker has in hand or queued
    errors: list[BaseException] = []
    step = partial(_call, fn)

    def take() -> int | None:
        """The next chunk to deal (under the lock), or None."""
        nonlocal taken
        if errors or taken >= n or taken >= out + window:
            return None
        taken += 1
        return taken - 1

    def feed() -> None:
        """Top the workers up to `ahead` chunks each."""
        nonlocal with_workers
        while True:
            with lock:
                if with_workers >= ahead * (procs - 1) or (k := take()) is None:
                    return
                with_workers += 1
            pool.apply_async(step, (chunks[k],), callback=partial(got, k), error_callback=failed)

    def got(k: int, result: Any) -> None:
        nonlocal with_workers
        with lock:
            results[k] = result
            with_workers -= 1
            lock.notify_all()
        feed()

    def failed(error: BaseException) -> None:
        nonlocal with_workers
        with lock:
            errors.append(error)
            with_workers -= 1
            lock.notify_all()

    try:
        feed()
        if first is not None:
            first()
        while out < n:
            with lock:
                if errors:
                    raise errors[0]
                if out not in results:
                    k = take()
                    if k is None:  # the next result is a worker's: wait for it
                        lock.wait_for(partial(_ready_or_failed, results, out, errors))
                        continue
                else:
                    k = None
            if k is not None:
                mine = fn(state, chunks[k])
                with lock:
                    results[k] = mine
                continue
            with lock:
                result = results.pop(out)
            out += 1
            feed()
            yield result
    finally:
        with lock:
            # The chunks in the workers' hands finish before the pool may be stopped (a callback
            # would otherwise deal to a pool that is gone); no more are dealt.
            errors.append(GeneratorExit())
            lock.wait_for(lambda: with_workers == 0)
