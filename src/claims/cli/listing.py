"""`claims list`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claims.cli import app
from claims.cli.common import (
    DEFAULT_REGISTRY,
    ENGINE_HELP,
    ENGINES,
    MaxFileSizeOpt,
    choices,
    load_analysis,
    pause_collector,
    report_skipped,
    report_unmatched,
    resolve_width,
    warn_if_stale,
)
from claims.flag_names import FLAGS_HELP
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

if TYPE_CHECKING:
    from claims.models import Analysis

LIST_FORMATS = ("table", "json", "jsonl", "yaml", "csv")
STATUSES = ("unreviewed", "confirmed", "disputed", "false", "retracted")
FORMAT_HELP = "Output format: {choices}."


def format_option(formats: tuple[str, ...]) -> Any:
    """The `--format/-f` option every command shares: one of `formats`, with a plain message otherwise."""
    return typer.Option("--format", "-f", metavar="FORMAT", callback=choices(*formats),
                        help=FORMAT_HELP.format(choices=", ".join(formats)))
WIDTH_HELP = "Output width in columns, at least 20 (default: the terminal's, or COLUMNS; 80 in a pipe)."
MATCHING_HELP = (
    "\b\nMatching: names compare case-insensitively, with hyphens, underscores, dots and spaces alike.\n"
    "  --speaker picks a party by whole words of its id or of any name written for it\n"
    "  (Bajarin, ben-bajarin and 'Ben Bajarin' pick the same claims); --outlet matches an outlet\n"
    "  name or the start of a source id. A value that matches nothing is an error (exit 2)\n"
    "  listing the nearest values."
)


SeedsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--seeds", "-s", metavar="PATH", help="Article folder or file to analyse afresh (repeatable; - for stdin)."
    ),
]
RegistryOpt = Annotated[
    Path | None,
    typer.Option("--registry", "-r", metavar="FILE", help="Registry to read (default ./claims.yaml)."),
]
WidthOpt = Annotated[int | None, typer.Option("--width", "-w", metavar="N", help=WIDTH_HELP)]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes for extraction (default: one per CPU)."),
]


@app.command("list", epilog=FLAGS_HELP + "\n\n" + MATCHING_HELP)
def list_claims(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    outlet: Annotated[
        list[str] | None, typer.Option(metavar="NAME", help="Only claims from this outlet or source id (repeatable).")
    ] = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(metavar="NAME", help="Only claims by this party: id, name or surname (repeatable)."),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            metavar="STATUS",
            callback=choices(*STATUSES),
            help="Only claims with this review status (repeatable): unreviewed, confirmed, disputed, false, "
            "retracted. A claim without a status of its own has its group's.",
            show_default=False,
        ),
    ] = None,
    single_outlet: Annotated[
        bool, typer.Option("--single-outlet", help="Only claims that one outlet alone carries.")
    ] = False,
    fmt: Annotated[str, format_option(LIST_FORMATS)] = "table",
    width: WidthOpt = None,
    jobs: JobsOpt = None,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
    explain: Annotated[
        bool, typer.Option("--explain", help="After the table, show which features decided each group.")
    ] = False,
    acts: Annotated[
        bool,
        typer.Option("--acts", help="Also list speech acts with a noun-phrase object and no proposition "
                     "(\"praised the verdict\"), as PolNeAR's annotators count them; with --seeds."),
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", metavar="ENGINE", callback=choices(*ENGINES), help=ENGINE_HELP)
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS",
                     help="With --engine dask: a running Dask scheduler (e.g. tcp://host:8786). Workers read the "
                     "articles by their paths, so they must see the same files."),
    ] = None,
) -> None:
    """List attributed claims, grouped across outlets, with flags.

    Without --seeds, reads ./claims.yaml when it exists, else analyses ./seeds.
    With --format json the document is {"sources", "claims", "groups"}: see the README; each group
    carries `nearest` (a near claim elsewhere) and `links` (the features behind the group). --format
    jsonl writes the same records one per line (sources, then claims, then groups), each with a
    "record" field: source, claim, group or skipped.
    """
    from claims.select import filter_claims

    width = resolve_width(width, table=fmt == "table")
    if (seeds and engine == "local" and fmt in ("json", "jsonl") and not acts
            and not (outlet or speaker or status or single_outlet)):
        # Every record, as JSON: the flat-memory path (claims spilled to disk, grouped per story cluster).
        raise typer.Exit(_list_archive(seeds, fmt, jobs, max_file_size))
    if not seeds and (registry is not None or DEFAULT_REGISTRY.is_file()):
        pause_collector()
    # No article text is shown: the texts are released as the run goes (streaming memory).
    analysis, origin = load_analysis(seeds, registry, jobs, max_file_size, engine, scheduler, keep_text=False,
                                     acts=acts)
    if not seeds:
        warn_if_stale(Path(origin), analysis)
    statuses = list(status or [])
    if analysis.claims:
        report_unmatched(analysis, outlet, speaker, statuses)
    shown = (filter_claims(analysis, outlet, speaker, single_outlet, statuses)
             if outlet or speaker or single_outlet or statuses or not _every_group_shown(analysis) else analysis)
    if fmt == "table":
        from claims.render import make_console
        from claims.render.claims_table import render_claims

        render_claims(make_console(width=width), shown, explain=explain)
    else:
        from claims.render.formats import write_document

        write_document(shown, fmt)
    raise typer.Exit(report_skipped(analysis))


def _every_group_shown(analysis: Analysis) -> bool:
    """Every group holds a claim of the analysis: `filter_claims` without a filter would keep it whole."""
    ids = {c.id for c in analysis.claims}
    return all(not ids.isdisjoint(g.claims) for g in analysis.groups)


def _list_archive(seeds: list[Path], fmt: str, jobs: int | None, max_file_size: int) -> int:
    """`claims list --seeds ... --format json|jsonl` over `claims.archive`; returns the exit code."""
    import sys

    from claims.archive import analyse_archive, write_json, write_jsonl
    from claims.models import Analysis

    if not sys.stderr.isatty():
        run = analyse_archive(seeds, jobs=jobs, max_file_size=max_file_size)
    else:
        from claims.render.progress import progress_bar

        with progress_bar("Extracting claims") as bar:
            run = analyse_archive(seeds, jobs=jobs, max_file_size=max_file_size,
                                  on_progress=bar, on_phase=None if bar is None else bar.phase)
    try:
        (write_json if fmt == "json" else write_jsonl)(run, sys.stdout)
    finally:
        run.close()
    return report_skipped(Analysis(sources=[], claims=[], groups=[], skipped=run.all_skipped))
