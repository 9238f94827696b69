"""The escaping rule: data is never markup.

Every renderer passes every piece of data (article text, outlet names, registry values, file names)
through one of the functions here before it reaches a terminal, a log or a file a person reads:

- `safe_text` (rich tables and lines): the value becomes a rich `Text`, which rich never parses as markup, so
  `[sic]` shows as written and `[/bold]` cannot crash; control characters are shown visibly.
- `visible` (CSV, markdown, any plain string): control characters and escape sequences become visible
  escapes: ESC -> `\\x1b`, BEL -> `\\x07`, DEL -> `\\x7f`, C1 controls -> `\\x9b`, bidirectional
  overrides -> `\\u202e`. Newlines and tabs become a space in one-line contexts (`newlines="space"`), `\\n`
  (`newlines="escape"`) or are kept (`newlines="keep"`, multi-line cells).
- `diagnostic` (stderr messages, `check --format text`): `visible` with newlines escaped, and `::` shown as
  `:\\x3a`, so a file name such as `x\\n::error title=t::y.txt` can neither start a new line nor form a
  GitHub Actions workflow command.

JSON and YAML output need none of this: their serialisers escape control characters themselves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.text import Text

Newlines = Literal["space", "escape", "keep"]

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\t")
_NEWLINE_ONLY = re.compile(r"\r\n|\r|\n")


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(value: object, newlines: Newlines = "space") -> str:
    """`value` as a string with every control character shown as a visible escape (see the module doc)."""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable():  # nothing to escape or break: the common case, unchanged
        return text
    if newlines == "space":
        text = _LINE_BREAK.sub(" ", text)
    elif newlines == "escape":
        text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    else:
        text = _NEWLINE_ONLY.sub("\n", text).replace("\t", " ")
    return _CONTROL.sub(_escape_char, text)


def safe_text(value: object, style: str = "", newlines: Newlines = "space") -> Text:
    """A rich Text showing `value` verbatim: never parsed as markup, control characters visible."""
    from rich.text import Text

    return Text(visible(value, newlines), style=style)


def diagnostic(value: object) -> str:
    """One line for stderr or a text report: controls visible, newlines escaped, `::` defused."""
    text = visible(value, newlines="escape")
    while "::" in text:
        text = text.replace("::", ":\\x3a")
    return text
