"""Hints that turn a YAML or schema error into the edit that fixes it."""

from __future__ import annotations

import difflib
import re

from claims.registry.model import STATUSES, Registry, RegistryClaim, RegistryGroup, RegistrySource

_KEY_VALUE = re.compile(r"^(?P<indent>\s*(?:-\s+)?)(?P<key>[A-Za-z_][\w-]*):\s+(?P<value>.*)$")


def _indent(line: str) -> int:
    """Column where the line's content starts (a sequence dash counts as indentation)."""
    m = re.match(r"^(\s*(?:-\s+)*)", line)
    return len(m.group(1)) if m else 0


def _previous(lines: list[str], index: int) -> tuple[int, str] | None:
    for i in range(index - 1, -1, -1):
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            return i, lines[i]
    return None


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def yaml_hint(message: str, text: str, line: int | None) -> str:
    """The likely fix for a YAML syntax error at `line` (1-based), or '' when there is no good guess."""
    lines = text.splitlines()
    if line is None or not 1 <= line <= len(lines) + 1:
        return ""
    here = lines[line - 1] if line <= len(lines) else ""
    before = _previous(lines, line - 1)
    indentation = ""
    if before is not None:
        n, m = _indent(before[1]), _indent(here)
        indentation = (
            f"check the indentation of line {line} ({m} spaces) against line {before[0] + 1} above ({n} spaces): "
            "keys of one mapping start in the same column"
        )
    if "tab character" in message or "'\\t'" in message:
        return "indent with spaces, not tabs"
    if "end of stream" in message or "quoted scalar" in message:
        return "a quoted value is not closed: check the quotes on the lines above"
    kv = _KEY_VALUE.match(here)
    if "mapping values are not allowed" in message:
        if before is not None and _indent(here) > _indent(before[1]) and not before[1].rstrip().endswith(":"):
            return indentation
        if kv and ": " in kv["value"]:
            return (
                "a value that contains ': ' must be quoted, e.g. "
                f"{kv['key']}: {_quoted(kv['value'].strip())}"
            )
        return "quote a value that contains ': '"
    if kv and kv["value"][:1] in "'\"":
        quote = kv["value"][0]
        return (
            f"the value of {kv['key']!r} ends at its second {quote}: inside single quotes write an apostrophe twice "
            "('it''s'), or use the other kind of quotes"
            if quote == "'"
            else f"the value of {kv['key']!r} ends at its second {quote}: write \\\" for a double quote inside, "
            "or use single quotes"
        )
    if "expected" in message or "block end" in message:
        return indentation
    return ""


def did_you_mean(value: str, choices: list[str] | tuple[str, ...]) -> str:
    """'; did you mean 'x'?' for the closest choice, or ''."""
    close = difflib.get_close_matches(value.lower(), [c.lower() for c in choices], n=1, cutoff=0.5)
    if not close:
        return ""
    return f"; did you mean {next(c for c in choices if c.lower() == close[0])!r}?"


def status_message(value: object) -> str:
    """An unknown status, echoed, with the closest valid one and the list."""
    guess = did_you_mean(str(value), STATUSES) if isinstance(value, str) else ""
    shown = repr(value) if isinstance(value, str) else f"{value!r} (not text)"
    return f"status {shown} is not a review status{guess} (valid: {', '.join(STATUSES)})"


def _model_for(loc: tuple[str | int, ...]) -> type[Registry | RegistryGroup | RegistryClaim | RegistrySource]:
    names = [p for p in loc if isinstance(p, str)]
    if "claims" in names:
        return RegistryClaim
    if names and names[0] in ("groups", "retired"):
        return RegistryGroup
    if names and names[0] == "sources":
        return RegistrySource
    return Registry


def unknown_key_message(loc: tuple[str | int, ...], where: str) -> str:
    """An unknown field, echoed, with the closest field of that mapping."""
    key = str(loc[-1]) if loc else ""
    fields = list(_model_for(loc[:-1]).model_fields)
    return f"unknown field {where!r} ({key!r}){did_you_mean(key, fields)} (fields here: {', '.join(fields)})"
