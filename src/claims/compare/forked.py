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
    """[fn(state, chunk) for chunk in chunks], over `jobs` forked processes when that can pay.

    `fn` must be a module-level function (it is named to the workers, not pickled whole)."""
    global _STATE
    if jobs <= 1 or len(chunks) < 2 or not can_fork():
        return [fn(state, chunk) for chunk in chunks]
    _STATE = state
    # Objects made so far move out of the collector's reach while the workers run: a collection in
    # a worker would otherwise write to every object's header and copy the pages it shares.
    gc.freeze()
    try:
        try:
            pool = multiprocessing.get_context("fork").Pool(min(jobs, len(chunks)))
        except (OSError, NotImplementedError):  # no worker processes in this sandbox
            return [fn(state, chunk) for chunk in chunks]
        with pool:
            return pool.map(partial(_call, fn), chunks, chunksize=1)
    finally:
        _STATE = None
        gc.unfreeze()
