"""`claims sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import MaxFileSizeOpt, load_analysis, report_skipped, resolve_width
from claims.cli.listing import RegistryOpt, SeedsOpt, WidthOpt, format_option
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

SOURCE_FORMATS = ("table", "json")


@app.command("sources")
def list_sources(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
    fmt: Annotated[str, format_option(SOURCE_FORMATS)] = "table",
    as_json: Annotated[
        bool, typer.Option("--json", hidden=True, help="Deprecated: use --format json.")
    ] = False,
    width: WidthOpt = None,
) -> None:
    """Show the source records: id, outlet, date, claim count, URL."""
    width = resolve_width(width, table=fmt == "table" and not as_json)
    if as_json:
        typer.echo("note: --json is deprecated; use --format json", err=True)
    analysis, _ = load_analysis(seeds, registry, max_file_size=max_file_size)
    if as_json or fmt == "json":
        import json

        from claims.export import to_document

        typer.echo(json.dumps(to_document(analysis)["sources"], indent=2, ensure_ascii=False))
    else:
        from claims.render import make_console
        from claims.render.sources_table import render_sources

        render_sources(make_console(width=width), analysis)
    raise typer.Exit(report_skipped(analysis))
