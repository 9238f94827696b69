"""`claims check`."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claims.cli import app
from claims.cli.common import DEFAULT_REGISTRY, Exit, MaxFileSizeOpt
from claims.safefiles import DEFAULT_MAX_FILE_SIZE

if TYPE_CHECKING:
    from claims.registry.check import Finding


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github_annotation(f: Finding) -> str:
    """A GitHub Actions workflow command that annotates the file in the pull request."""
    props = [f"file={_escape(f.path, True)}"]
    if f.line:
        props.append(f"line={f.line}")
    if f.col:
        props.append(f"col={f.col}")
    props.append(f"title={_escape(f.rule, True)}")
    return f"::{f.level} {','.join(props)}::{_escape(f.message)} ({f.rule})"


@app.command("check")
def check(
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="FILE...", help="Registry file(s) to validate (default ./claims.yaml).",
                       show_default=False),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    fmt: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output: text, json or github (annotations; the default when GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", help="List the rules with their levels and exit.")
    ] = False,
    max_file_size: MaxFileSizeOpt = DEFAULT_MAX_FILE_SIZE,
) -> None:
    """Validate a registry: YAML, schema, ids, source files and hashes, evidence spans.

    Findings print as FILE:LINE:COL: [LEVEL] MESSAGE (RULE-ID); warnings alone do not fail.

    Exit codes: 0 clean (warnings allowed unless --strict); 1 findings at error level;
    2 usage error; 3 a registry file cannot be read.
    """
    from claims.errors import InputError
    from claims.registry.check import check_registry, has_errors
    from claims.registry.rules import RULES
    from claims.render.escape import diagnostic

    if list_rules:
        for r in RULES.values():
            typer.echo(f"{r.id:24} {r.level.value:8} {r.summary}")
        raise typer.Exit(Exit.OK)
    if fmt is None:
        fmt = CheckFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else CheckFormat.text
    findings: list[Finding] = []
    code = Exit.OK
    for file in files or [DEFAULT_REGISTRY]:
        try:
            found = check_registry(file, strict=strict, max_file_size=max_file_size)
        except InputError as exc:
            if fmt is CheckFormat.github:
                typer.echo(f"::error file={_escape(exc.path, True)}::{_escape(exc.reason)} (unreadable)")
            typer.echo(f"error: {diagnostic(exc)}", err=True)
            code = Exit.UNREADABLE
            continue
        findings.extend(found)
        if has_errors(found) and code is Exit.OK:
            code = Exit.FINDINGS
        if fmt is CheckFormat.text:
            for f in found:
                typer.echo(diagnostic(f))
            n_err = sum(f.level == "error" for f in found)
            summary = f"{file}: {n_err} error(s), {len(found) - n_err} warning(s)" if found else f"{file}: ok"
            typer.echo(diagnostic(summary), err=True)
        elif fmt is CheckFormat.github:
            for f in found:
                typer.echo(github_annotation(f))
    if fmt is CheckFormat.json:
        import json

        n_err = sum(f.level == "error" for f in findings)
        doc = {"findings": [f.to_dict() for f in findings], "errors": n_err, "warnings": len(findings) - n_err}
        typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    raise typer.Exit(code)
