"""`claims check`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli import app
from claims.cli.common import DEFAULT_REGISTRY, Exit


@app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="Registry to validate.")] = DEFAULT_REGISTRY,
) -> None:
    """Validate a registry: schema, evidence spans, source files and their hashes.

    Exit 0 when clean, 1 on findings, 3 when the file cannot be read.
    """
    from claims.errors import InputError
    from claims.registry.check import check_registry

    try:
        findings = check_registry(file)
    except InputError as exc:
        typer.echo(f"{exc}", err=True)
        raise typer.Exit(Exit.UNREADABLE) from exc
    for f in findings:
        typer.echo(str(f))
    if findings:
        typer.echo(f"{len(findings)} problem(s) in {file}", err=True)
        raise typer.Exit(Exit.FINDINGS)
    typer.echo(f"{file}: ok", err=True)
