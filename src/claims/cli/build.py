"""`claims build`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import (
    DEFAULT_REGISTRY,
    DEFAULT_SEEDS,
    Exit,
    MaxFileSizeOpt,
    report_skipped,
    run_analysis,
)
from claims.cli.listing import JobsOpt
from claims.safefiles import DEFAULT_MAX_FILE_SIZE


@app.command("build")
def build(
    seeds: Annotated[
        list[Path] | None,
        typer.Option("--seeds", "-s", metavar="PATH", help="Article folder or file (repeatable; default ./seeds)."),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Registry file to write.")] = DEFAULT_REGISTRY,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Print what would change; write nothing.")] = False,
    jobs: JobsOpt = None,
    regroup: Annotated[
        bool,
        typer.Option(
            "--regroup",
            help="Take the comparer's grouping instead of the file's (claim reviews still kept; a group keeps "
            "its label and review when its members are unchanged).",
        ),
    ] = False,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
) -> None:
    """Analyse the articles and write the registry, keeping reviewers' edits.

    Claims are matched by id: status, note, labels and the grouping in the existing file win;
    reviewed claims no longer found move to `retired` (see docs/registry.md).

    Exit codes: 0 written (or, with --dry-run, listed); 2 usage error; 3 the existing registry
    is invalid or cannot be written (nothing written), or some article was skipped.
    """
    from pydantic import ValidationError

    from claims.errors import InputError
    from claims.registry.build import build_registry
    from claims.registry.diff import diff_registries
    from claims.registry.store import dump_registry, load_registry, write_atomic

    old = None
    if output.exists():
        try:
            old = load_registry(output)
        except (InputError, ValidationError) as exc:
            typer.echo(
                f"error: {output}: cannot keep reviews from an invalid registry; fix it first (`claims check`): {exc}",
                err=True,
            )
            raise typer.Exit(Exit.UNREADABLE) from exc
    analysis = run_analysis(seeds or [DEFAULT_SEEDS], jobs, max_file_size)
    registry = build_registry(analysis, output, old, regroup)
    changes = diff_registries(old, registry)
    if dry_run:
        if not changes:
            typer.echo(f"{output}: up to date")
        else:
            typer.echo(f"{output}: {len(changes.changes)} change(s) (dry run, nothing written)")
            for change in changes.changes:
                typer.echo(f"  {change}")
        raise typer.Exit(report_skipped(analysis))
    try:
        write_atomic(output, dump_registry(registry))
    except OSError as exc:
        typer.echo(f"error: {output}: cannot write ({exc}); the previous file is unchanged", err=True)
        raise typer.Exit(Exit.UNREADABLE) from exc
    n_claims = sum(len(g.claims) for g in registry.groups)
    n_retired = sum(len(g.claims) for g in registry.retired)
    typer.echo(
        f"wrote {output}: {len(registry.sources)} sources, {len(registry.groups)} groups, {n_claims} claims"
        + (f", {n_retired} retired reviewed claim(s) to resolve" if n_retired else "")
        + f" ({len(changes.changes)} change(s))",
        err=True,
    )
    for change in changes.changes:
        if change.action == "retired":
            typer.echo(f"  {change}", err=True)
    raise typer.Exit(report_skipped(analysis))
