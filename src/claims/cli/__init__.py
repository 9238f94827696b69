"""The typer app: parse options, call one core function, render, pick the exit code.

Exit codes: 0 clean · 1 findings · 2 usage error · 3 unreadable input.
"""

from __future__ import annotations

import typer

from claims.cli.common import EXIT_CODES_HELP

app = typer.Typer(
    name="claims",
    help="Track who said what across several outlets' coverage of one news story.\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

# Each module registers its command(s) on `app`.
import claims.cli.report  # noqa: E402, F401
from claims.cli import build, check, diff, listing, matrix, schema, sources  # noqa: E402, F401


def main() -> None:
    app()
