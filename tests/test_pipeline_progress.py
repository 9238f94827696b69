"""The progress bar: only at a terminal, only for runs longer than the delay."""

from __future__ import annotations

import io

from claims.render.progress import DelayedBar, progress_bar


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_no_bar_when_not_a_terminal() -> None:
    with progress_bar("Extracting", stream=io.StringIO()) as cb:
        assert cb is None


def test_bar_callback_at_a_terminal() -> None:
    stream = _Tty()
    with progress_bar("Extracting", stream=stream) as cb:
        assert isinstance(cb, DelayedBar)
        cb(0, 10)
        cb(10, 10)
    assert stream.getvalue() == ""  # a quick run draws nothing


def test_bar_appears_only_after_the_delay() -> None:
    clock = _Clock()
    stream = _Tty()
    bar = DelayedBar("Extracting", stream, delay=2.0, clock=clock)
    bar(0, 100)
    clock.now += 1.0
    bar(30, 100)
    assert not bar.shown
    assert stream.getvalue() == ""
    clock.now += 1.5
    bar(60, 100)
    assert bar.shown
    assert "Extracting" in stream.getvalue()
    assert "60/100" in stream.getvalue()
    bar(100, 100)
    bar.close()
    assert not bar.shown


def test_finished_before_the_delay_never_draws() -> None:
    clock = _Clock()
    stream = _Tty()
    bar = DelayedBar("Extracting", stream, delay=2.0, clock=clock)
    clock.now += 5.0
    bar(100, 100)  # done == total: nothing left to show
    assert not bar.shown
    assert stream.getvalue() == ""


def test_phase_relabels_a_shown_bar() -> None:
    clock = _Clock()
    stream = _Tty()
    bar = DelayedBar("Extracting claims", stream, delay=2.0, clock=clock)
    bar.phase("grouping")  # not shown yet: only the label changes, nothing is drawn
    assert bar.label == "Grouping claims"
    assert stream.getvalue() == ""
    bar.phase("extracting")
    clock.now += 3.0
    bar(5, 10)
    bar.phase("grouping")
    assert "Grouping claims" in stream.getvalue()
    bar.close()


def test_grouping_after_a_slow_extraction_shows_the_bar() -> None:
    clock = _Clock()
    stream = _Tty()
    bar = DelayedBar("Extracting claims", stream, delay=2.0, clock=clock)
    bar(0, 400)
    clock.now += 1.2  # extraction finished under the delay: no bar yet
    bar(400, 400)
    assert not bar.shown
    bar.phase("grouping")
    assert bar.shown
    assert "Grouping claims" in stream.getvalue()
    bar.close()


def test_grouping_after_a_quick_extraction_stays_quiet() -> None:
    clock = _Clock()
    stream = _Tty()
    bar = DelayedBar("Extracting claims", stream, delay=2.0, clock=clock)
    bar(0, 5)
    clock.now += 0.1
    bar(5, 5)
    bar.phase("grouping")
    assert not bar.shown
    assert stream.getvalue() == ""
