"""Messages about skipped input, on stderr."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from claims.models import Skipped


def render_skipped(console: Console, skipped: list[Skipped]) -> None:
    for item in skipped:
        console.print(Text.assemble(("skipped ", "bold red"), str(item)))
