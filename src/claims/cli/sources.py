"""`claims sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import MaxFileSizeOpt, load_analysis, report_skipped
from claims.cli.listing import RegistryOpt, SeedsOpt
from claims.safefiles import DEFAULT_MAX_FILE_SIZE


@app.command("sources")
def list_sources(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
    as_json: Annotated[bool, typer.Option("--json", help="Print the source records as JSON.")] = False,
    width: Annotated[int | None, typer.Option(help="Table width in columns.")] = None,
) -> None:
    """Show the source records: id, outlet, date, claim count, URL."""
    analysis, _ = load_analysis(seeds, registry, max_file_size=max_file_size)
    if as_json:
        import json

        from claims.export import to_document

        typer.echo(json.dumps(to_document(analysis)["sources"], indent=2, ensure_ascii=False))
    else:
        from claims.render import make_console
        from claims.render.sources_table import render_sources

        render_sources(make_console(width=width), analysis)
    raise typer.Exit(report_skipped(analysis))
