"""Grouping's parallel steps: one function over chunks, in forked processes that share the run's state.

The state (claims, features, term statistics) is built once in this process; a worker forked
afterwards sees it without pickling (copy-on-write), and only the chunks and their results
cross between processes. Results come back in chunk order, so the output does not depend on
the number of processes. Where `fork` is not available, or a pool cannot start, or `jobs` is 1,
the chunks run here, one after another.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

C = TypeVar("C")
R = TypeVar("R")

_STATE: Any = None
"""The state of the map under way, inherited by forked workers (set only while the pool runs)."""


def _call(fn: Callable[[Any, Any], Any], chunk: Any) -> Any:
    return fn(_STATE, chunk)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def chunked(items: Sequence[C], size: int) -> list[Sequence[C]]:
    """`items` in consecutive slices of at most `size`."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def forked_map(fn: Callable[[Any, C], R], state: Any, chunks: Sequence[C], jobs: int) -> list[R]:
    """[fn(state, chunk) for chunk in chunks], over `jobs` processes (this one and jobs - 1 forked
    from it) when that can pay.

    `fn` must be a module-level function (it is named to the workers, not pickled whole)."""
    global _STATE
    if jobs <= 1 or len(chunks) < 2 or not can_fork():
        return [fn(state, chunk) for chunk in chunks]
    _STATE = state
    # Objects made so far move out of the collector's reach while the workers run: a collection in
    # a worker would otherwise write to every object's header and copy the pages it shares.
    gc.freeze()
    procs = min(jobs, len(chunks))
    try:
        try:
            # This process takes every procs-th chunk itself, so `jobs` processes work with only
            # jobs - 1 forked copies: each copies the pages of shared objects it touches (reference
            # counts), some 50-70 MB while the pairs are scored at 10,000 articles.
            pool = multiprocessing.get_context("fork").Pool(procs - 1)
        except (OSError, NotImplementedError):  # no worker processes in this sandbox
            return [fn(state, chunk) for chunk in chunks]
        with pool:
            theirs = pool.map_async(partial(_call, fn), [c for k, c in enumerate(chunks) if k % procs], chunksize=1)
            mine = [fn(state, c) for c in chunks[::procs]]
            done = iter(theirs.get())
        return [mine[k // procs] if k % procs == 0 else next(done) for k in range(len(chunks))]
    finally:
        _STATE = None
        gc.unfreeze()
