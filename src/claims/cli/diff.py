"""`claims diff`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import (
    DEFAULT_REGISTRY,
    Exit,
    MaxFileSizeOpt,
    fail_usage,
    load_analysis,
    report_skipped,
    resolve_width,
)
from claims.cli.listing import RegistryOpt, SeedsOpt, WidthOpt, format_option
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

DIFF_FORMATS = ("table", "json", "markdown")


@app.command("diff")
def diff(
    a: Annotated[str, typer.Argument(metavar="A", help="First source (the wire copy, say): id, id prefix or outlet.")],
    b: Annotated[str, typer.Argument(metavar="B", help="Second source: id, id prefix or outlet name.")],
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    text: Annotated[
        bool, typer.Option("--text", "-t", help="Also diff the article bodies sentence by sentence.")
    ] = False,
    show_all: Annotated[
        bool, typer.Option("--all", "-a", help="List unchanged shared claims too (table, markdown).")
    ] = False,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when the two sources differ, 0 when they do not.")
    ] = False,
    fmt: Annotated[str, format_option(DIFF_FORMATS)] = "table",
    width: WidthOpt = None,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
) -> None:
    """Compare two outlets' versions of the story: claims shared (and how they changed), added, dropped.

    Changes in wording are shown word by word; in speaker, speaker id, `via`, cue, kind and
    figures field by field. With --text, sentences that are not claims are compared too.
    Without --seeds, reads ./claims.yaml when it exists (article files are read for --text).
    """
    from claims.diff import attach_texts, diff_sources, resolve_source
    from claims.errors import UsageError

    width = resolve_width(width, table=fmt == "table")
    analysis, origin = load_analysis(seeds, registry, max_file_size=max_file_size)
    notes: list[str] = []
    if not analysis.sources and analysis.skipped:
        raise typer.Exit(report_skipped(analysis))
    try:
        if text and not seeds:
            # A registry stores no article text: read the two articles, relative to the registry file.
            names = {resolve_source(analysis.sources, name).id for name in (a, b)}
            reg_path = registry or DEFAULT_REGISTRY
            base = Path(origin).parent if Path(origin) == reg_path else Path(".")
            analysis, notes = attach_texts(analysis, base, names)
        result = diff_sources(analysis, a, b, text=text)
    except UsageError as exc:
        raise fail_usage(str(exc)) from exc
    if notes:
        result = result.model_copy(update={"notes": [*notes, *result.notes]})
    if fmt == "table":
        from claims.render import make_console
        from claims.render.diff import render_table

        render_table(make_console(width=width), result, show_all)
    elif fmt == "markdown":
        from claims.render.diff import render_markdown

        typer.echo(render_markdown(result, show_all), nl=False)
    else:
        from claims.render.diff import render_json

        typer.echo(render_json(result), nl=False)
    code = report_skipped(analysis)
    if code == Exit.OK and exit_code and result.differs:
        code = Exit.FINDINGS
    raise typer.Exit(code)
