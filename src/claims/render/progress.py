"""A progress bar on stderr for long runs; silent for short runs and when stderr is not a terminal."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER_SECONDS = 2.0
"""Runs shorter than this never show a bar, so quick commands stay quiet."""

PHASE_LABELS = {"loading": "Loading articles", "extracting": "Extracting claims", "grouping": "Grouping claims"}


class DelayedBar:
    """An `on_progress(done, total)` callback that draws a bar once the run has lasted `delay` seconds."""

    def __init__(
        self,
        label: str,
        stream: TextIO,
        delay: float = SHOW_AFTER_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.stream = stream
        self.delay = delay
        self.clock = clock
        self.started = clock()
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.total = 0

    @property
    def shown(self) -> bool:
        return self.progress is not None

    def __call__(self, done: int, total: int) -> None:
        self.total = total
        if self.progress is None:
            if done >= total or self.clock() - self.started < self.delay:
                return
            self._start(total)
        assert self.progress is not None and self.task is not None
        self.progress.update(self.task, completed=done, total=total)
        self.progress.refresh()

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        # Only built for a terminal stream (see progress_bar), so drawing is always wanted here.
        console = Console(file=self.stream, force_terminal=True, no_color=bool(os.environ.get("NO_COLOR")),
                          highlight=False, emoji=False)
        # auto_refresh=False: no drawing thread, so worker processes fork from a single-threaded parent.
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
        )
        self.progress.start()
        self.task = self.progress.add_task(self.label, total=total)

    def phase(self, name: str) -> None:
        """A new stage of the run: relabel the bar; stages without a count show no completion.

        Grouping takes about as long as extraction, so a run already half-way to the delay when
        grouping starts is expected to pass it: the bar is shown then.
        """
        self.label = PHASE_LABELS.get(name, name)
        if self.progress is None and name == "grouping" and self.clock() - self.started >= self.delay / 2:
            self._start(self.total)
        if self.progress is not None and self.task is not None:
            if name == "extracting":
                self.progress.update(self.task, description=self.label)
            else:
                self.progress.update(self.task, description=self.label, total=None)
            self.progress.refresh()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


@contextmanager
def progress_bar(label: str, stream: TextIO | None = None) -> Iterator[DelayedBar | None]:
    """Yield a bar to pass as the pipeline's `on_progress` (and its `phase` as `on_phase`), or None when
    `stream` is not a terminal."""
    out = stream if stream is not None else sys.stderr
    if not out.isatty():
        yield None
        return
    bar = DelayedBar(label, out)
    try:
        yield bar
    finally:
        bar.close()
