"""Messages about skipped input, on stderr: one line each, escaped (render/escape.py `diagnostic`)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from claims.models import Skipped
from claims.render.escape import diagnostic


def _line(console: Console, label: str, style: str, item: Skipped) -> None:
    console.print(Text.assemble((label, style), diagnostic(item)), soft_wrap=True)


def render_skipped(console: Console, skipped: list[Skipped]) -> None:
    for item in skipped:
        _line(console, "skipped ", "bold red", item)


def render_warnings(console: Console, warnings: list[Skipped]) -> None:
    for item in warnings:
        _line(console, "warning ", "bold yellow", item)
