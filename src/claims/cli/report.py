"""`claims report`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import DEFAULT_REGISTRY, fail_usage, load_analysis, report_skipped
from claims.cli.listing import JobsOpt, RegistryOpt, SeedsOpt
from claims.flag_names import FLAGS_HELP


@app.command("report", epilog=FLAGS_HELP)
def report(
    seeds: SeedsOpt = None,
    registry: RegistryOpt = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write (- for stdout).")
    ] = Path("report.html"),
    story: Annotated[
        str | None, typer.Option(help="The story's name for the heading (default: the registry's `story`).")
    ] = None,
    jobs: JobsOpt = None,
) -> None:
    """Write one self-contained HTML page for the story: counts, coverage matrix, each group's versions
    side by side with the claim highlighted in its article, provenance and (from a registry) review state.

    The page loads nothing from the network; it reads without JavaScript and prints.
    Without --seeds, reads ./claims.yaml when it exists (and the article files it names), else analyses ./seeds.
    """
    from claims.report import build_report, render_html

    analysis, origin = load_analysis(seeds, registry, jobs)
    if not analysis.sources and analysis.skipped:
        raise typer.Exit(report_skipped(analysis))
    notes: list[str] = []
    claim_reviews = group_reviews = None
    name = story
    reg_path = None if seeds else (registry or DEFAULT_REGISTRY)
    if reg_path is not None and Path(origin) == reg_path:
        from claims.diff import attach_texts
        from claims.registry.store import load_registry
        from claims.report.review import reviews

        loaded = load_registry(reg_path)
        claim_reviews, group_reviews = reviews(loaded)
        name = name or loaded.story
        analysis, notes = attach_texts(analysis, reg_path.parent)
    name = name or f"{len(analysis.sources)} articles from {origin}"
    notes += [str(s) for s in analysis.skipped]
    page = render_html(build_report(analysis, name, origin, claim_reviews, group_reviews, notes))
    if str(output) == "-":
        sys.stdout.write(page)
    else:
        from claims.registry.store import write_atomic

        try:
            write_atomic(output, page)
        except OSError as exc:
            raise fail_usage(f"cannot write {output}: {exc.strerror}") from exc
        typer.echo(f"wrote {output} ({len(page.encode('utf-8')):,} bytes)", err=True)
    raise typer.Exit(report_skipped(analysis))
