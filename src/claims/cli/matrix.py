"""`claims matrix`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import MaxFileSizeOpt, load_analysis, report_skipped, resolve_width
from claims.cli.listing import RegistryOpt, SeedsOpt, WidthOpt, format_option
from claims.flag_names import FLAGS_HELP
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

MATRIX_FORMATS = ("table", "json")


@app.command("matrix", epilog=FLAGS_HELP)
def matrix(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
    fmt: Annotated[str, format_option(MATRIX_FORMATS)] = "table",
    width: WidthOpt = None,
) -> None:
    """Show which outlet carries which claim: one row per group, one column per outlet, with flags.

    Without --seeds, reads ./claims.yaml when it exists, else analyses ./seeds.
    """
    from claims.compare.matrix import coverage

    width = resolve_width(width, table=fmt == "table")
    analysis, _ = load_analysis(seeds, registry, max_file_size=max_file_size)
    data = coverage(analysis)
    if fmt == "json":
        typer.echo(json.dumps(data.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        from claims.render import make_console
        from claims.render.matrix import render_matrix

        render_matrix(make_console(width=width), data)
    raise typer.Exit(report_skipped(analysis))
