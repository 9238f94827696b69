"""What the commands share: exit codes, input selection, output helpers."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    """Print `error: MESSAGE` on stderr (escaped: it may quote file names) and return the usage exit."""
    from claims.render.escape import diagnostic

    typer.echo(f"error: {diagnostic(message)}", err=True)
    return typer.Exit(Exit.USAGE)


def choices(*values: str) -> Callable[[Any], Any]:
    """An option callback accepting only `values` (case-insensitive; also for repeatable options), with a
    plain message otherwise: "'xml' is not one of: table, json"."""

    def check(value: Any) -> Any:
        if value is None:
            return None
        items = value if isinstance(value, list | tuple) else [value]
        out = []
        for item in items:
            folded = str(item).casefold()
            if folded not in values:
                from claims.render.escape import diagnostic

                raise typer.BadParameter(f"{diagnostic(repr(item))} is not one of: {', '.join(values)}")
            out.append(folded)
        return out if isinstance(value, list | tuple) else out[0]

    return check


def resolve_width(width: int | None, table: bool = True) -> int | None:
    """The table width to use: --width, else CLAIMS_WIDTH or COLUMNS when set, else None (the terminal's).

    A width below the layout's minimum (0, negative, `COLUMNS=0`, not a number) is a usage error; the
    environment is only checked when a table is printed (`table`), so `COLUMNS=0 claims list -f json` works.
    """
    import os

    from claims.render.widths import MIN_WIDTH

    if width is not None:
        if width < MIN_WIDTH:
            raise fail_usage(f"--width must be at least {MIN_WIDTH} columns (got {width})")
        return width
    if not table:
        return None
    for name in ("CLAIMS_WIDTH", "COLUMNS"):
        value = os.environ.get(name)
        if value is None or value == "":
            continue
        if not value.strip().isdigit() or int(value) < MIN_WIDTH:
            raise fail_usage(
                f"{name}={value!r} is not a usable width (at least {MIN_WIDTH} columns): unset it or pass --width N"
            )
        return int(value)
    return None


MISSING_INPUT = (
    "nothing to read: looked for ./claims.yaml (a registry) and ./seeds (a folder of articles) in {cwd}, "
    "and neither exists. Point at your articles with --seeds DIR (or a registry with --registry FILE)."
)


def report_unmatched(analysis: Analysis, outlets: list[str] | None = None, speakers: list[str] | None = None,
                     statuses: list[str] | None = None) -> None:
    """Exit 2 when a filter value matches no claim, listing the nearest values that would."""
    from claims.select import unmatched

    misses = unmatched(analysis, outlets, speakers, statuses)
    if misses:
        for miss in misses[:-1]:
            fail_usage(str(miss))
        raise fail_usage(str(misses[-1]))


ENGINES = ("local", "dask")
ENGINE_HELP = (
    "Where extraction runs: local (worker processes here, see --jobs) or dask (a Dask cluster: "
    "--scheduler ADDRESS, else a local one of --jobs workers; needs pip install 'claims[dask]'). "
    "The claims are the same."
)


def run_analysis(
    paths: list[Path],
    jobs: int | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    engine: str = "local",
    scheduler: str | None = None,
    keep_text: bool = True,
    acts: bool = False,
) -> Analysis:
    """Analyse articles afresh, with a progress bar on stderr for long runs at a terminal.

    `engine` "dask" runs extraction on a Dask cluster (`scheduler`'s, else a LocalCluster of `jobs` workers).
    `keep_text=False` for commands that show no article text: texts are released as the run goes."""
    if scheduler is not None and engine != "dask":
        raise fail_usage("--scheduler needs --engine dask")
    if acts and engine != "local":
        raise fail_usage("--acts needs --engine local")
    if engine == "dask":
        return _run_dask(paths, jobs, max_file_size, scheduler, keep_text)
    from claims.pipeline import analyse

    if not sys.stderr.isatty():
        return analyse(paths, jobs=jobs, max_file_size=max_file_size, keep_text=keep_text, acts=acts)
    from claims.render.progress import progress_bar

    with progress_bar("Extracting claims") as bar:
        if bar is None:
            return analyse(paths, jobs=jobs, max_file_size=max_file_size, keep_text=keep_text, acts=acts)
        return analyse(paths, jobs=jobs, on_progress=bar, on_phase=bar.phase, max_file_size=max_file_size,
                       keep_text=keep_text, acts=acts)


def _run_dask(paths: list[Path], jobs: int | None, max_file_size: int, scheduler: str | None,
              keep_text: bool) -> Analysis:
    from claims.engines.dask import DaskMissing, analyse_dask, local_client

    try:
        if scheduler is not None or jobs is None:
            return analyse_dask(paths, scheduler=scheduler, max_file_size=max_file_size, keep_text=keep_text)
        with local_client(jobs) as client:
            try:
                return analyse_dask(paths, client=client, max_file_size=max_file_size, keep_text=keep_text)
            finally:
                if client.cluster is not None:
                    client.cluster.close()
    except DaskMissing as exc:
        raise fail_usage(str(exc)) from None
    except (OSError, RuntimeError) as exc:  # no scheduler at that address; the cluster or a worker did not start
        raise fail_usage(f"the dask engine could not run: {exc}") from None


def load_analysis(
    seeds: list[Path] | None,
    registry: Path | None,
    jobs: int | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    engine: str = "local",
    scheduler: str | None = None,
    keep_text: bool = True,
    acts: bool = False,
) -> tuple[Analysis, str]:
    """The analysis to show: --seeds analyses afresh; else ./claims.yaml if present; else ./seeds.

    Returns the analysis and a description of where it came from.
    """
    from claims.errors import InputError
    from claims.models import Analysis, Skipped

    if seeds:
        return (run_analysis(seeds, jobs, max_file_size, engine, scheduler, keep_text, acts),
                ", ".join(str(s) for s in seeds))
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
    if not DEFAULT_SEEDS.exists():
        raise fail_usage(MISSING_INPUT.format(cwd=Path.cwd()))
    return run_analysis([DEFAULT_SEEDS], jobs, max_file_size, engine, scheduler, keep_text, acts), str(DEFAULT_SEEDS)


def report_skipped(analysis: Analysis) -> int:
    """Print skipped inputs (and inputs used with a warning) on stderr; return the exit code they call for."""
    if not analysis.skipped:
        return Exit.OK
    from claims.render import make_console
    from claims.render.diagnostics import render_skipped, render_warnings

    console = make_console(stderr=True)
    render_skipped(console, [s for s in analysis.skipped if s.level == "error"])
    render_warnings(console, [s for s in analysis.skipped if s.level == "warning"])
    return Exit.UNREADABLE


def warn_if_stale(registry: Path, analysis: Analysis) -> None:
    """On stderr: the registry's articles changed (sha256) or went missing since it was built."""
    if not registry.is_file() or not analysis.sources:
        return
    from claims.registry.stale import staleness

    found = staleness(registry.parent, ((s.path, s.sha256) for s in analysis.sources))
    if found:
        typer.echo(f"warning: {found.message(str(registry))}", err=True)


def pause_collector() -> None:
    """Stop the cyclic garbage collector for the rest of this command.

    Reading a registry builds hundreds of thousands of small objects that hold no reference cycles (they
    are freed by reference counting); the collector would only scan them again and again as they are
    made: about a quarter of the time of `claims list` or `claims check` on 20,000 claims. Used by the
    commands that read registries, not by those that analyse articles.
    """
    import gc

    gc.disable()
