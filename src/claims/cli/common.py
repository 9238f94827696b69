"""What the commands share: exit codes, input selection, output helpers."""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claims.safefiles import DEFAULT_MAX_FILE_SIZE, parse_size

if TYPE_CHECKING:
    from claims.models import Analysis


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2
    UNREADABLE = 3


EXIT_CODES_HELP = (
    "Exit codes: 0 clean; 1 findings (check problems, diff differences with --exit-code); "
    "2 usage error; 3 unreadable input (some file or line was skipped, or read with a warning; "
    "the rest is still processed)."
)

DEFAULT_REGISTRY = Path("claims.yaml")
DEFAULT_SEEDS = Path("seeds")


def _size(value: str | int) -> int:
    if isinstance(value, int):
        return value
    try:
        return parse_size(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


MaxFileSizeOpt = Annotated[
    int,
    typer.Option(
        "--max-file-size",
        metavar="SIZE",
        parser=_size,
        help="Largest article read: a file, standard input or one JSON Lines record (e.g. 20MB, 500KB; "
        "default 20MB). Larger ones are reported and left out.",
        show_default=False,
    ),
]


def fail_usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(Exit.USAGE)


def run_analysis(paths: list[Path], jobs: int | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Analysis:
    """Analyse articles afresh, with a progress bar on stderr for long runs at a terminal."""
    from claims.pipeline import analyse

    if not sys.stderr.isatty():
        return analyse(paths, jobs=jobs, max_file_size=max_file_size)
    from claims.render.progress import progress_bar

    with progress_bar("Extracting claims") as bar:
        if bar is None:
            return analyse(paths, jobs=jobs, max_file_size=max_file_size)
        return analyse(paths, jobs=jobs, on_progress=bar, on_phase=bar.phase, max_file_size=max_file_size)


def load_analysis(
    seeds: list[Path] | None, registry: Path | None, jobs: int | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> tuple[Analysis, str]:
    """The analysis to show: --seeds analyses afresh; else ./claims.yaml if present; else ./seeds.

    Returns the analysis and a description of where it came from.
    """
    from claims.errors import InputError
    from claims.models import Analysis, Skipped

    if seeds:
        return run_analysis(seeds, jobs, max_file_size), ", ".join(str(s) for s in seeds)
    path = registry or (DEFAULT_REGISTRY if DEFAULT_REGISTRY.is_file() else None)
    if path is not None:
        from pydantic import ValidationError

        from claims.registry.convert import analysis_from_registry
        from claims.registry.store import load_registry

        try:
            return analysis_from_registry(load_registry(path)), str(path)
        except InputError as exc:
            skipped = [Skipped(path=exc.path, reason=exc.reason, line=exc.line)]
        except ValidationError as exc:
            skipped = [Skipped(path=str(path), reason=f"invalid registry ({exc.error_count()} "
                               "problems): run `claims check`")]
        return Analysis(sources=[], claims=[], groups=[], skipped=skipped), str(path)
    return run_analysis([DEFAULT_SEEDS], jobs, max_file_size), str(DEFAULT_SEEDS)


def report_skipped(analysis: Analysis) -> int:
    """Print skipped inputs (and inputs used with a warning) on stderr; return the exit code they call for."""
    if not analysis.skipped:
        return Exit.OK
    from rich.text import Text

    from claims.render import make_console
    from claims.render.diagnostics import render_skipped

    console = make_console(stderr=True)
    render_skipped(console, [s for s in analysis.skipped if s.level == "error"])
    for item in analysis.skipped:
        if item.level == "warning":
            console.print(Text.assemble(("warning ", "bold yellow"), str(item)))
    return Exit.UNREADABLE
