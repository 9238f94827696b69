"""Grouping's parallel steps: one function over chunks, in forked processes that share the run's state.

The state (claims, features, term statistics) is built once in this process; a worker forked
afterwards sees it without pickling (copy-on-write), and only the chunks and their results
cross between processes. Results come back in chunk order, so the output does not depend on
the number of processes. Where `fork` is not available, or a pool cannot start, or `jobs` is 1,
the chunks run here, one after another.

`forked_map` returns every result at once; `forked_imap` yields them in order as they are ready,
with only a few chunks worked out ahead, so a caller can write each result out and drop it (the
output of `claims list --format json` is never held whole).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, TypeVar

C = TypeVar("C")
R = TypeVar("R")

_STATE: Any = None
"""The state of the map under way, inherited by forked workers (set only while the pool runs)."""

AHEAD = 2
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


def _pool(state: Any, jobs: int, chunks: int) -> tuple[Pool | None, int]:
    """A pool of forked workers for `jobs` processes in all (this one included) and the number of
    processes, or None when the chunks are better run here. Sets the shared state and freezes the
    collector; `_release` undoes both."""
    global _STATE
    if jobs <= 1 or chunks < 2 or not can_fork():
        return None, 1
    _STATE = state
    # Objects made so far move out of the collector's reach while the workers run: a collection in
    # a worker would otherwise write to every object's header and copy the pages it shares.
    gc.freeze()
    procs = min(jobs, chunks)
    try:
        # This process takes every procs-th chunk itself, so `jobs` processes work with only
        # jobs - 1 forked copies: each copies the pages of shared objects it touches (reference
        # counts), some 50-70 MB while the pairs are scored at 10,000 articles.
        return multiprocessing.get_context("fork").Pool(procs - 1), procs
    except (OSError, NotImplementedError):  # no worker processes in this sandbox
        _release()
        return None, 1


def _release() -> None:
    global _STATE
    _STATE = None
    gc.unfreeze()


def forked_map(fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C], jobs: int,
               first: Callable[[], None] | None = None) -> list[R]:
    """[fn(state, chunk) for chunk in chunks], over `jobs` processes (this one and jobs - 1 forked
    from it) when that can pay.

    Chunks are dealt as processes come free (this one included), so a process slowed by other work
    on the machine takes fewer; the results keep chunk order whoever made them. `first`, when given,
    runs in this process before it takes chunks: work of its own that overlaps the workers' (it must
    not change the state). `fn` must be a module-level function (it is named to the workers, not
    pickled whole)."""
    pool, procs = _pool(state, jobs, len(chunks))
    if pool is None:
        if first is not None:
            first()
        return [fn(state, chunk) for chunk in chunks]
    try:
        with pool:
            return _dealt(pool, procs, fn, state, chunks, first)
    finally:
        _release()


def _dealt(pool: Pool, procs: int, fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C],
           first: Callable[[], None] | None) -> list[R]:
    """`forked_map`'s work: each chunk goes to the first process to ask (the workers' requests are
    the callbacks of their results, on the pool's result thread)."""
    n = len(chunks)
    results: list[Any] = [None] * n
    lock = threading.Condition()
    taken = finished = 0
    errors: list[BaseException] = []
    step = partial(_call, fn)

    def take() -> int | None:
        """The next chunk to work on, or None when all are handed out (or one failed)."""
        nonlocal taken
        with lock:
            if errors or taken >= n:
                return None
            taken += 1
            return taken - 1

    def done(error: BaseException | None = None) -> None:
        nonlocal finished
        with lock:
            if error is not None:
                errors.append(error)
            finished += 1
            lock.notify_all()

    def feed() -> None:
        k = take()
        if k is not None:
            pool.apply_async(step, (chunks[k],), callback=partial(got, k), error_callback=done)

    def got(k: int, result: Any) -> None:
        results[k] = result
        done()
        feed()

    # Each worker holds one chunk in hand and one queued, so it never waits for this process.
    for _ in range(AHEAD * (procs - 1)):
        feed()
    if first is not None:
        first()
    while (k := take()) is not None:
        try:
            results[k] = fn(state, chunks[k])
        except BaseException as exc:  # raised below, once the workers' chunks in hand are done
            done(exc)
            break
        done()
    with lock:
        lock.wait_for(lambda: finished >= taken)  # every chunk handed out is finished (or failed)
    if errors:
        raise errors[0]
    return results


def forked_imap(fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C], jobs: int) -> Iterator[R]:
    """fn(state, chunk) for each chunk, yielded in chunk order, over `jobs` processes as `forked_map`.

    A forked worker runs at most AHEAD chunks ahead of the one yielded, so results are not piled up
    while the caller is busy with one. The shared state must not change until the iterator is done
    (or closed: the workers are then stopped)."""
    pool, procs = _pool(state, jobs, len(chunks))
    if pool is None:
        for chunk in chunks:
            yield fn(state, chunk)
        return
    try:
        with pool:
            theirs = [k for k in range(len(chunks)) if k % procs]
            pending: dict[int, AsyncResult[R]] = {}
            step = partial(_call, fn)
            queued = served = 0

            def top_up(limit: int) -> None:
                nonlocal queued
                while queued < len(theirs) and queued < limit:
                    k = theirs[queued]
                    pending[k] = pool.apply_async(step, (chunks[k],))
                    queued += 1

            top_up(AHEAD * (procs - 1))
            for k, chunk in enumerate(chunks):
                if k % procs == 0:
                    yield fn(state, chunk)
                else:
                    result = pending.pop(k).get()
                    served += 1
                    top_up(served + AHEAD * (procs - 1))
                    yield result
    finally:
        _release()
