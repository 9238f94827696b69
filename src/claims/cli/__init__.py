"""The typer app: parse options, call one core function, render, pick the exit code.

Exit codes: 0 clean · 1 findings · 2 usage error · 3 unreadable input.
"""

from __future__ import annotations

from typing import Annotated

import typer

from claims.cli import helpstyle
from claims.cli.common import EXIT_CODES_HELP

helpstyle.apply()

app = typer.Typer(
    name="claims",
    help="Track who said what across several outlets' coverage of one news story.\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        from claims import __version__

        typer.echo(f"claims {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Track who said what across several outlets' coverage of one news story."""


# Each module registers its command(s) on `app`.
import claims.cli.report  # noqa: E402, F401
from claims.cli import build, check, diff, frames, listing, matrix, schema, sources  # noqa: E402, F401


def main() -> None:
    app()
