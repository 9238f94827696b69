"""`claims frames`."""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli import app
from claims.cli.listing import format_option

FRAME_FORMATS = ("table", "json")


@app.command("frames")
def list_frames(fmt: Annotated[str, format_option(FRAME_FORMATS)] = "table") -> None:
    """List the extractor's attribution frames: id, slots, cue class, checks, priority, an example."""
    from claims.extract.frames import table
    from claims.render.frames_table import frame_lines, frame_record

    rows = table()
    if fmt == "json":
        import json

        typer.echo(json.dumps([frame_record(r) for r in rows], indent=2, ensure_ascii=False))
        return
    for line in frame_lines(rows):
        typer.echo(line)
