"""Help text as users read it: `A B`, `FILE...` and `PATH` rather than typer's `{A} {B}`, `<list[Path]>`
and `<path>`.

Typer prints a required argument as `{A}` in the usage line and the Python type (`<str>`, `<list[Path]>`)
beside arguments and options that have no `metavar`. These overrides show the metavar alone, and for an
option without one a conventional upper-case name (PATH, N, TEXT). A bad choice reads "'xml' is not one of
…" without pydantic's "Value error, " prefix. tests/test_list_options.py checks every command's help.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from typer.core import TyperArgument, TyperOption

_NAMES = {"path": "PATH", "int": "N", "float": "NUMBER", "str": "TEXT", "text": "TEXT"}


def _usage_display_name(self: TyperArgument) -> str:
    name = self.display_name_raw
    if self.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if self.required else f"[{name}]"


def _display_type_rich(self: TyperArgument, ctx: Any) -> str | None:
    return None


def metavar_for(display: str) -> str:
    """`<path>` -> PATH, `<int>` -> N, `<a|b>` -> [a|b], `<list[Path]>` -> PATH..."""
    inner = display.strip("<>")
    many = re.fullmatch(r"list\[(.*)\]", inner)
    if many:
        return metavar_for(many.group(1)) + "..."
    if "|" in inner:
        return f"[{inner}]"
    return _NAMES.get(inner.lower(), inner.upper())


_option_display = TyperOption.display_type_rich


def _option_display_type_rich(self: TyperOption, ctx: Any) -> str | None:
    shown = _option_display(self, ctx)
    if self.metavar is not None or shown is None:
        return shown
    return metavar_for(shown)


def _plain_error(original: Callable[[Any], str]) -> Callable[[Any], str]:
    """Typer reports a bad choice as "Value error, 'xml' is not one of …": drop the "Value error, "."""

    def message(exc: Any) -> str:
        return original(exc).removeprefix("Value error, ")

    return message


def apply() -> None:
    import typer._coercion as coercion

    original = getattr(coercion, "get_error_msg", None)
    if original is not None and not getattr(original, "_claims_plain", False):
        plain = _plain_error(original)
        plain._claims_plain = True  # type: ignore[attr-defined]
        setattr(coercion, "get_error_msg", plain)  # noqa: B010
    TyperArgument._usage_display_name = _usage_display_name  # type: ignore[method-assign]
    TyperArgument.display_type_rich = _display_type_rich  # type: ignore[method-assign,assignment]
    TyperOption.display_type_rich = _option_display_type_rich  # type: ignore[method-assign]
