"""Help text as users read it: `A B` and `FILE...` rather than typer's `{A} {B}` and `<list[Path]>`.

Typer prints a required argument as `{A}` in the usage line and its Python type (`<str>`, `<list[Path]>`)
beside it; options with a `metavar` already read well. These two overrides make arguments read like
options: the metavar alone. tests/test_cli_help.py checks every command's help for the old forms.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument


def _usage_display_name(self: TyperArgument) -> str:
    name = self.display_name_raw
    if self.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if self.required else f"[{name}]"


def _display_type_rich(self: TyperArgument, ctx: Any) -> str | None:
    return None


def apply() -> None:
    TyperArgument._usage_display_name = _usage_display_name  # type: ignore[method-assign]
    TyperArgument.display_type_rich = _display_type_rich  # type: ignore[method-assign,assignment]
