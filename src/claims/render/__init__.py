"""Renderers: the only part of the package that imports rich (only where something is drawn with it: the
machine formats, `check` and the width checks load none of it)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def make_console(stderr: bool = False, width: int | None = None) -> Console:
    """A console honouring NO_COLOR and a fixed width when asked (tests, golden files)."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    no_color = bool(os.environ.get("NO_COLOR")) or not stream.isatty()
    env_width = os.environ.get("CLAIMS_WIDTH")
    if width is None and env_width and env_width.isdigit():
        width = int(env_width)
    return Console(
        file=stream,
        width=width,
        no_color=no_color,
        highlight=False,
        soft_wrap=False,
        emoji=False,
        force_terminal=False if no_color else None,
    )
