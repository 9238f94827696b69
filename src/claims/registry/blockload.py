"""The registry's fastest read path: block YAML as the writers lay it out, read line by line.

`claims build` writes (and the round-trip writer keeps) one layout: block mappings and sequences, one
`key: value` per line, sequences at their key's indentation or deeper, scalars plain or quoted on one line,
`[]` and `{}` for empty collections. Reading such a file through libyaml's event stream (`fastload`) costs a
Python object and a loop turn per event (about two per line); here each line is one turn over plain string
methods, about three times faster on a registry of 20,000 claims.

`load_block` returns the data `fastload.load_typed` would (plain scalars resolved and built by the same safe
resolver and constructors, free-text and status fields read as typed), or `FALLBACK` as soon as a line is
anything else: a multi-line or block scalar, a comment after a value, a flow collection with items, a
double-quoted scalar with an escape, an anchor, alias or tag, a key that is not a plain word, a duplicate key,
a tab, a carriage return, a character libyaml would refuse, a document marker, nesting past the depth limit.
The caller then takes the event-stream path, which reads or reports exactly what it always did
(`tests/test_registry_blockload.py` compares the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claims.registry.fastload import _STR, _TYPED_ITEMS, _TYPED_KEYS, FALLBACK, _GiveUp, _Scalars, _typed
from claims.yamlsafe import LIMITS, YamlLimits, safe_loader

__all__ = ["FALLBACK", "load_block"]

_UNUSUAL = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
"""Any character outside what this reader handles: controls, tabs, carriage returns, NEL and the Unicode line
separators (YAML line breaks), the byte-order mark, surrogates and non-characters."""

_LINE = re.compile(
    r"""^( *)(?:(- +)(?=[^ \n]))?"""  # indentation; a sequence dash followed by its item
    r"""(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|$))?"""  # a key
    r"""(?:('[^'\n]*(?:''[^'\n]*)*')"""  # a single-quoted scalar
    r"""|("[^"\\\n]*")"""  # a double-quoted scalar without escapes
    r"""|([^\s'"\[\]{}#&*!|>%@`,?:\-][^:#\n]*(?:(?::(?=[^ \n])|(?<=[^ ])#)[^:#\n]*)*)"""  # a plain scalar
    r"""|(\[\]|\{\})"""  # an empty flow collection
    r"""|(#.*)"""  # a comment
    r"""|(.+))?$""",  # anything else
    re.MULTILINE,
)
"""One line of the layout, as groups: indent, dash, key, single-quoted, double-quoted, plain, flow, comment,
other. Every line matches (the last group takes what the others do not)."""

_Row = tuple[str, str, str, str, str, str, str, str, str]


CHUNK_CHARS = 1 << 20
"""Text split into lines this many characters at a time: the rows of one piece are held, not the whole file's."""


def load_block(text: str, limits: YamlLimits = LIMITS) -> Any:
    """The registry data of `text`, as `fastload.load_typed` gives it, or `FALLBACK`."""
    if len(text) > limits.max_chars or " \n" in text or text.endswith(" ") or not _usual(text):
        return FALLBACK
    loader = safe_loader("")
    try:
        return _Reader(_pieces(text), loader, limits.max_depth).document()
    except _GiveUp:
        return FALLBACK
    finally:
        loader.dispose()


def _usual(text: str) -> bool:
    """No character `_UNUSUAL` finds (for ASCII text, checked by two C string methods)."""
    if text.isascii():
        return text.replace("\n", " ").isprintable()
    return _UNUSUAL.search(text) is None


def _pieces(text: str) -> Iterator[list[_Row]]:
    """The rows of `text`, a piece of whole lines at a time."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + CHUNK_CHARS)
        end = len(text) if end < 0 else end + 1
        piece = text[start:end]
        rows: list[_Row] = _LINE.findall(piece)
        if len(rows) != piece.count("\n") + 1:  # every line is one row (a trailing empty one is blank)
            raise _GiveUp
        yield rows
        start = end


def _blank(row: _Row) -> bool:
    """A blank line or a comment line."""
    return not (row[1] or row[2] or row[3] or row[4] or row[5] or row[6] or row[8])


class _Reader:
    def __init__(self, pieces: Iterator[list[_Row]], loader: Any, max_depth: int) -> None:
        self.pieces = pieces
        self.rows: list[_Row] = []
        self.n = 0
        self.i = 0
        self.max_depth = max_depth
        self.scalars = _Scalars(loader)
        self.keys: dict[str, str] = {}  # keys seen to resolve as text, each kept once
        resolvers = loader.yaml_implicit_resolvers
        # A plain scalar whose first character starts no implicit resolver is text, unresolved.
        self.firsts: frozenset[str] = frozenset() if None in resolvers else frozenset(k for k in resolvers if k)
        self.resolve_all = None in resolvers

    def more(self) -> bool:
        """At the end of the rows held (`i == n`): hold the next piece's instead; False at the end of the text."""
        for rows in self.pieces:
            if rows:
                self.rows, self.n, self.i = rows, len(rows), 0
                return True
        self.rows, self.n, self.i = [], 0, 0
        return False

    def next_row(self) -> _Row | None:
        """The next row that is not blank (blank ones are passed), left unread; None at the end."""
        while True:
            if self.i >= self.n and not self.more():
                return None
            row = self.rows[self.i]
            if not _blank(row):
                return row
            self.i += 1

    def document(self) -> Any:
        row = self.next_row()
        if row is None or row[0]:
            raise _GiveUp  # no document, or an indented one
        value: Any
        if row[1]:
            value = self.sequence(0, False, 1)  # the items of a top-level list are not typed
        elif row[2]:
            value = self.mapping(0, True, 1, inline=False)
        else:
            raise _GiveUp  # a document that is one scalar: the event path
        if self.next_row() is not None:
            raise _GiveUp
        return value

    def plain(self, raw: str) -> tuple[str, Any]:
        if not self.resolve_all and raw and raw[0] not in self.firsts:
            return _STR, raw
        hit = self.scalars.cache.get(raw)
        return hit if hit is not None else self.scalars.plain(raw)

    def value(self, row: _Row) -> tuple[str, Any]:
        """(tag, value) of the scalar or empty collection a row holds after its key or dash."""
        if row[5]:
            return self.plain(row[5])
        if row[3]:
            inner = row[3][1:-1]
            return _STR, inner.replace("''", "'") if "''" in inner else inner
        if row[4]:
            return _STR, row[4][1:-1]
        if row[6]:
            return "", [] if row[6] == "[]" else {}
        raise _GiveUp

    def mapping(self, col: int, typed: bool, depth: int, inline: bool) -> dict[str, Any]:
        """The block mapping whose keys sit at `col`, from the current row (`inline`: that row's dash, already
        read, opens the mapping as a sequence item)."""
        if depth > self.max_depth:
            raise _GiveUp
        keys, firsts = self.keys, self.firsts
        rows, n, i = self.rows, self.n, self.i
        out: dict[str, Any] = {}
        while True:
            if i >= n:
                self.i = i
                if not self.more():
                    break
                rows, n, i = self.rows, self.n, 0
            row = rows[i]
            ind, dash, key, sq, dq, plain, flow, _, other = row
            if inline:
                inline = False
            elif not key and _blank(row):
                i += 1
                continue
            elif dash or len(ind) != col:
                if len(ind) < col:
                    break
                raise _GiveUp  # deeper than the mapping: a value continued on this line, or a stray item
            if not key or other:
                raise _GiveUp
            if key in out:
                raise _GiveUp  # a duplicate key: the full path reports it
            known = keys.get(key)
            if known is None:
                if (self.resolve_all or key[0] in firsts) and self.plain(key)[0] != _STR:
                    raise _GiveUp  # a key that is not text (`yes:`, `null:`)
                known = keys[key] = key
            if plain:
                if self.resolve_all or plain[0] in firsts:
                    tag, value = self.plain(plain)
                    if typed and key in _TYPED_KEYS:
                        value = _typed(plain, tag, value, key)
                else:
                    value = plain
            elif sq or dq or flow:
                value = self.value(row)[1]
            else:  # `key:` alone: a collection on the next lines, or null
                self.i = i + 1
                out[known] = self.block_value(col, typed, key, depth)
                rows, n, i = self.rows, self.n, self.i
                continue
            out[known] = value
            i += 1
        self.i = i
        return out

    def block_value(self, col: int, typed: bool, key: str, depth: int) -> Any:
        row = self.next_row()
        if row is not None:
            c = len(row[0])
            if row[1] and c >= col:
                return self.sequence(c, typed and key in _TYPED_ITEMS, depth + 1)
            if c > col:
                if not row[2]:
                    raise _GiveUp  # a scalar on the lines after its key
                return self.mapping(c, False, depth + 1, inline=False)
        tag, value = self.plain("")
        return _typed("", tag, value, key) if typed and key in _TYPED_KEYS else value

    def sequence(self, col: int, typed_items: bool, depth: int) -> list[Any]:
        """The block sequence whose dashes sit at `col`, from the current row."""
        if depth > self.max_depth:
            raise _GiveUp
        rows, n, i = self.rows, self.n, self.i
        out: list[Any] = []
        while True:
            if i >= n:
                self.i = i
                if not self.more():
                    break
                rows, n, i = self.rows, self.n, 0
            row = rows[i]
            ind, dash = row[0], row[1]
            if not dash:
                if _blank(row):
                    i += 1
                    continue
                if len(ind) <= col:  # a sibling key of a sequence at its key's column, or the end of the block
                    break
                raise _GiveUp  # an item continued on this line
            if len(ind) != col:
                if len(ind) < col:
                    break
                raise _GiveUp
            if row[7] or row[8]:
                raise _GiveUp
            if row[2]:
                self.i = i
                out.append(self.mapping(col + len(dash), typed_items, depth + 1, inline=True))
                rows, n, i = self.rows, self.n, self.i
                continue
            out.append(self.value(row)[1])
            i += 1
        self.i = i
        return out
