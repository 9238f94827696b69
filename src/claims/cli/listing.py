"""`claims list`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import load_analysis, report_skipped
from claims.flag_names import FLAGS_HELP


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"
    csv = "csv"


SeedsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--seeds", "-s", metavar="PATH", help="Article folder or file to analyse afresh (repeatable; - for stdin)."
    ),
]
RegistryOpt = Annotated[Path | None, typer.Option("--registry", "-r", help="Registry to read (default ./claims.yaml).")]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes for extraction (default: one per CPU)."),
]


@app.command("list", epilog=FLAGS_HELP)
def list_claims(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    outlet: Annotated[
        list[str] | None, typer.Option(metavar="NAME", help="Only claims from this outlet or source id (repeatable).")
    ] = None,
    speaker: Annotated[
        list[str] | None, typer.Option(metavar="NAME", help="Only claims by this speaker id or name (repeatable).")
    ] = None,
    single_outlet: Annotated[
        bool, typer.Option("--single-outlet", help="Only claims that one outlet alone carries.")
    ] = False,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
    width: Annotated[int | None, typer.Option(help="Table width in columns (default: terminal).")] = None,
    jobs: JobsOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="After the table, show which features decided each group.")
    ] = False,
) -> None:
    """List attributed claims, grouped across outlets, with flags.

    Without --seeds, reads ./claims.yaml when it exists, else analyses ./seeds.
    With --format json the document is {"sources", "claims", "groups"}: see the README; each group
    carries `nearest` (a near claim elsewhere) and `links` (the features behind the group).
    """
    from claims.select import filter_claims

    analysis, _ = load_analysis(seeds, registry, jobs)
    shown = filter_claims(analysis, outlet, speaker, single_outlet)
    if fmt is ListFormat.table:
        from claims.render import make_console
        from claims.render.claims_table import render_claims

        render_claims(make_console(width=width), shown, explain=explain)
    else:
        from claims.render.formats import write_document

        write_document(shown, fmt.value)
    raise typer.Exit(report_skipped(analysis))
