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

Claims, sources and the heads of groups, most of a registry's lines, are first read a record at a time where they
are laid out as the writers lay them out (their `key: scalar` lines in order, one pattern match each, `_records`);
the line reader takes each back where it stood, so that the data are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from claims.registry.fastload import _STR, _TYPED_ITEMS, _TYPED_KEYS, FALLBACK, _GiveUp, _Scalars, _typed
from claims.yamlsafe import LIMITS, YamlLimits, safe_loader

__all__ = ["FALLBACK", "load_block"]

_UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
"""Any character outside what this reader handles: controls, tabs, carriage returns, NEL and the Unicode line
separators (YAML line breaks), the byte-order mark, surrogates and non-characters. (Written as the characters it
finds, not as the complement of those it leaves: the same set, compiled in a twentieth of the time.)"""

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


_SCALAR = (r"""('[^'\n]*(?:''[^'\n]*)*'"""  # single-quoted
           r"""|"[^"\\\n]*\""""  # double-quoted without escapes
           r"""|[^\s'"\[\]{}#&*!|>%@`,?:\-][^:#\n]*(?:(?::(?=[^ \n])|(?<=[^ ])#)[^:#\n]*)*)""")  # plain
"""A one-line scalar as `_LINE` reads one after a key (its quoted and plain forms), as one group."""

_SCALAR_ITEM = "(?:" + _SCALAR[1:]
"""`_SCALAR` without its group."""

CLAIM_KEYS = ("id", "status", "note", "source", "speaker", "speaker_id", "via", "cue", "kind", "content", "start",
              "end")
"""A claim's keys in the order the writers lay them out."""
SOURCE_KEYS = ("id", "outlet", "url", "published", "title", "path", "sha256")
"""A source's keys in the order the writers lay them out."""
GROUP_HEAD = ("id", "label", "status", "note", "flags")
"""A group's first keys in the order the writers lay them out (its nearest claim and its claims follow)."""


def _keys(keys: tuple[str, ...]) -> str:
    return "\n\\1  ".join(f"{key}: {_SCALAR}" for key in keys)


_RECORD = re.compile(
    "\n( *)- id: " + _SCALAR + "\n\\1  (?:"
    + _keys(CLAIM_KEYS[1:]) + "|" + _keys(SOURCE_KEYS[1:]) + "|" + _keys(GROUP_HEAD[1:-1])
    + "\n\\1  flags:( \\[\\]|(?:\n\\1  - " + _SCALAR_ITEM + ")+)"
    + ")(?=\n|\\Z)"
)
"""A claim, a source or the head of a group as the writers lay them out: a sequence item of their keys in order,
one `key: scalar` a line (a group's flags `[]` or one `- scalar` a line), the keys after the first two columns
right of the dash. Groups: 1 the dash's indentation, 2 the id, then the values of the claim's other keys, of the
source's, and of the group head's (the flags as written): the last group a match holds tells which it is."""

_CLAIM_GROUPS = (2, *range(3, 3 + len(CLAIM_KEYS) - 1))
_SOURCE_GROUPS = (2, *range(_CLAIM_GROUPS[-1] + 1, _CLAIM_GROUPS[-1] + len(SOURCE_KEYS)))
_HEAD_GROUPS = (2, *range(_SOURCE_GROUPS[-1] + 1, _SOURCE_GROUPS[-1] + len(GROUP_HEAD)))
_KINDS = {_CLAIM_GROUPS[-1]: 0, _SOURCE_GROUPS[-1]: 1, _HEAD_GROUPS[-1]: 2}
"""The last group of a match -> what it is: a claim (0), a source (1) or a group head (2)."""

MARK = "\x01"
"""Stands for a claim read whole (`_records`) in the text the line reader then reads: `_usual` text never holds it."""
SOURCE_MARK = "\x02"
"""Stands for a source read whole."""
HEAD_MARK = "\x03"
"""Stands for the head of a group read whole; the group's other keys follow it on their own lines."""
_MARKS = (MARK, SOURCE_MARK, HEAD_MARK)
_ITEMS = tuple(f"- {mark}" for mark in _MARKS)


CHUNK_CHARS = 1 << 20
"""Text split into lines this many characters at a time: the rows of one piece are held, not the whole file's."""


def load_block(text: str, limits: YamlLimits = LIMITS) -> Any:
    """The registry data of `text`, as `fastload.load_typed` gives it, or `FALLBACK`."""
    if len(text) > limits.max_chars or " \n" in text or text.endswith(" ") or not _usual(text):
        return FALLBACK
    loader = safe_loader("")
    try:
        reader = _Reader(loader, limits.max_depth)
        text, records = _records(text, reader)
        reader.start(_pieces(text), records)
        data = reader.document()
        if reader.taken != [len(kind) for kind in records]:
            raise _GiveUp
        return data
    except _GiveUp:
        return FALLBACK
    finally:
        loader.dispose()


def _records(text: str, reader: _Reader) -> tuple[str, tuple[list[dict[str, Any]], ...]]:
    """`text` with each claim, source and group head laid out as the writers do (`_RECORD`) put on one line, `- `
    and its mark (`MARK`, `SOURCE_MARK`, `HEAD_MARK`) at the item's indentation, and the records so taken out
    (claims, sources, group heads), read as the line reader reads them in a registry's sections (typed).

    A record's lines are one match of a pattern here, and their values are read as `_Reader.mapping` reads them,
    a key's column at a time (each distinct value of a key read once); the line reader takes each record back
    where its mark stands (`_Reader.sequence`), so that the data equal what it reads from the text as written:
    a record anywhere else, or with anything after it that would belong to it, is handed over as the text itself
    would be.
    """
    found: tuple[list[re.Match[str]], ...] = ([], [], [])
    kinds = _KINDS
    out: list[str] = []
    last = 0
    for match in _RECORD.finditer(text):
        kind = kinds[match.lastindex]
        found[kind].append(match)
        out.append(text[last : match.end(1)])
        out.append(_ITEMS[kind])
        last = match.end()
    if not out:
        return text, ([], [], [])
    out.append(text[last:])
    records = (
        _read(reader, CLAIM_KEYS, [match.group(*_CLAIM_GROUPS) for match in found[0]]),
        _read(reader, SOURCE_KEYS, [match.group(*_SOURCE_GROUPS) for match in found[1]]),
        _read(reader, GROUP_HEAD, [(*match.group(*_HEAD_GROUPS[:-1]), match.group(_HEAD_GROUPS[-1], 1))
                                   for match in found[2]]),
    )
    return "".join(out), records


def _read(reader: _Reader, keys: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Records of `keys` from their values as written (one tuple a record), read a key's column at a time."""
    if not rows:
        return []
    columns = zip(*rows, strict=True)
    values: list[Sequence[Any]] = []
    for key, column in zip(keys, columns, strict=True):
        read = _Values(reader, key)
        if key == "flags":
            values.append([list(read.sequence(raw, indent)) for raw, indent in column])
        elif key not in _REPEATED and _texts(reader, column):  # each value is read as it is written
            values.append(column)
        else:
            values.append(list(map(read.__getitem__ if key in _REPEATED else read.read, column)))
    return [dict(zip(keys, record, strict=True)) for record in zip(*values, strict=True)]


def _texts(reader: _Reader, column: tuple[str, ...]) -> bool:
    """Every value of `column` is plain (not quoted) and text to the resolvers, typed or not (`_Values.read` would
    give each back as it is): one search over the column joined, not a call a value."""
    lines = "\n" + "\n".join(column)
    return "\n'" not in lines and '\n"' not in lines and reader.scalars.texts(lines)


_REPEATED = frozenset(CLAIM_KEYS + SOURCE_KEYS + GROUP_HEAD) - {"id", "content", "url", "path", "sha256", "label"}
"""Keys whose values repeat from record to record: each distinct one read once (`_Values`)."""


class _Values(dict[str, Any]):
    """The values of one key, as `_Reader.mapping` reads them (typed: in a claim of a group), by the text after
    the key; used as a dict, a value is read once."""

    def __init__(self, reader: _Reader, key: str) -> None:
        super().__init__()
        self.plain, self.firsts, self.resolve_all = reader.plain, reader.firsts, reader.resolve_all
        self.key = key
        self.typed = key in _TYPED_KEYS

    def read(self, raw: str) -> Any:
        first = raw[0]
        if first == "'":
            value = raw[1:-1]
            return value.replace("''", "'") if "''" in value else value
        if first == '"':
            return raw[1:-1]
        if self.resolve_all or first in self.firsts:
            tag, value = self.plain(raw)
            return _typed(raw, tag, value, self.key) if self.typed else value
        return raw

    def __missing__(self, raw: str) -> Any:
        value = self[raw] = self.read(raw)
        return value

    def sequence(self, raw: str, indent: str) -> tuple[Any, ...]:
        """The values of a block sequence of scalars as written after its key (`" []"`, or one `- scalar` a line
        two columns right of `indent`), as `_Reader.sequence` reads them (not typed), each sequence read once."""
        if raw in self:
            return self[raw]  # type: ignore[no-any-return]
        items = () if raw == " []" else tuple(map(self.read, raw.split(f"\n{indent}  - ")[1:]))
        self[raw] = items
        return items


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
    def __init__(self, loader: Any, max_depth: int) -> None:
        self.pieces: Iterator[list[_Row]] = iter(())
        # Claims, sources and group heads read whole, each standing at a line of its mark, in text order.
        self.records: tuple[list[dict[str, Any]], ...] = ([], [], [])
        self.taken = [0, 0, 0]
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

    def start(self, pieces: Iterator[list[_Row]], records: tuple[list[dict[str, Any]], ...]) -> None:
        self.pieces, self.records, self.taken = pieces, records, [0, 0, 0]

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

    def mapping(self, col: int, typed: bool, depth: int, inline: bool,
                head: dict[str, Any] | None = None) -> dict[str, Any]:
        """The block mapping whose keys sit at `col`, from the current row (`inline`: that row's dash, already
        read, opens the mapping as a sequence item; `head`: its first keys, read already)."""
        if depth > self.max_depth:
            raise _GiveUp
        keys, firsts = self.keys, self.firsts
        rows, n, i = self.rows, self.n, self.i
        out: dict[str, Any] = {} if head is None else head
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
            if row[5] in _MARKS:  # a record read whole: in a registry's section (typed) only, as deep as it may go
                if not typed_items or depth + 1 > self.max_depth:
                    raise _GiveUp
                kind = _MARKS.index(row[5])
                record = self.records[kind][self.taken[kind]]
                self.taken[kind] += 1
                if kind == 2:  # a group's head: its other keys follow
                    self.i = i + 1
                    out.append(self.mapping(col + len(dash), True, depth + 1, inline=False, head=record))
                    rows, n, i = self.rows, self.n, self.i
                    continue
                out.append(record)
                i += 1
                continue
            if row[2]:
                self.i = i
                out.append(self.mapping(col + len(dash), typed_items, depth + 1, inline=True))
                rows, n, i = self.rows, self.n, self.i
                continue
            out.append(self.value(row)[1])
            i += 1
        self.i = i
        return out
