"""`claims build`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import DEFAULT_REGISTRY, DEFAULT_SEEDS, Exit, report_skipped


@app.command("build")
def build(
    seeds: Annotated[
        list[Path] | None, typer.Option("--seeds", "-s", help="Article folder(s) (default ./seeds).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Registry file to write.")] = DEFAULT_REGISTRY,
) -> None:
    """Analyse the articles and write the registry, keeping reviewers' edits."""
    from pydantic import ValidationError

    from claims.errors import InputError
    from claims.pipeline import analyse
    from claims.registry.build import build_registry
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
    analysis = analyse(seeds or [DEFAULT_SEEDS])
    registry = build_registry(analysis, output, old)
    write_atomic(output, dump_registry(registry))
    n_claims = sum(len(g.claims) for g in registry.groups)
    typer.echo(
        f"wrote {output}: {len(registry.sources)} sources, {len(registry.groups)} groups, {n_claims} claims", err=True
    )
    raise typer.Exit(report_skipped(analysis))
