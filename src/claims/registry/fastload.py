"""The registry's fast read path: data built straight from libyaml's event stream, in one pass.

`parse_yaml` used to scan the events for the limits (`claims.yamlsafe`), then compose a node tree, then
construct the data from it and walk both again for duplicate keys and typed fields: four passes, with a
Python resolver and constructor call for every node. On a registry of 20,000 claims that was most of the
time `claims list` and `claims check` took.

`load_typed` builds the same data in one pass over the events of the C parser, and gives up (returns
`FALLBACK`) on anything but plain block or flow YAML, so that the full path (`parse_yaml`'s composer and
safe constructor) handles it and reports exactly what it always reported:

- an anchor, an alias or an explicit tag anywhere; a key that is not text (a collection, `1:`, `<<:`);
- a duplicate key; nesting deeper than the limit; more than one document, or none; any YAML error;
- a scalar whose implicit type has no safe constructor, or whose value its type cannot hold.

What it keeps from the full path: the bounds (size and depth; no alias means no alias bomb), the safe
types only (plain scalars resolved by the same resolver and built by the same constructors), and the
free-text and status fields read as typed (`claims.registry.typed`).
"""

from __future__ import annotations

import re
from typing import Any, Final

import yaml

from claims.registry.typed import TEXT_KEYS
from claims.yamlsafe import LIMITS, YamlLimits, safe_loader

FALLBACK: Final = object()
"""Returned by `load_typed` when the text needs the full path."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_TYPED_ITEMS = frozenset({"sources", "groups", "retired", "claims"})
_TYPED_KEYS = TEXT_KEYS | {"status"}
_PLAIN = (True, False)


class _GiveUp(Exception):
    pass


class _Scalars:
    """Plain scalars resolved and constructed as the safe loader does, each distinct text once."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.cache: dict[str, tuple[str, Any]] = {}
        self.any_type: dict[str, re.Pattern[str] | None] = {}  # first character -> `_any_type`
        self._typed_line: re.Pattern[str] | None = None  # `texts`'s pattern, once made
        self._typed_line_made = False

    def plain(self, value: str) -> tuple[str, Any]:
        """(tag, value) of a plain scalar."""
        hit = self.cache.get(value)
        if hit is not None:
            return hit
        first = value[:1]
        any_type = self.any_type[first] if first in self.any_type else self._any_type(first)
        if any_type is not None and any_type.match(value) is None:  # text: what `resolve` would find, in one match
            out: tuple[str, Any] = (_STR, value)
            self.cache[value] = out
            return out
        tag = self.loader.resolve(yaml.ScalarNode, value, _PLAIN)
        if tag == _STR:
            out = (tag, value)
        else:
            construct = self.loader.yaml_constructors.get(tag)
            if construct is None or tag == "tag:yaml.org,2002:merge":
                raise _GiveUp
            try:
                out = (tag, construct(self.loader, yaml.ScalarNode(tag, value)))
            except Exception as exc:  # a value its tag cannot hold: the full path reports it
                raise _GiveUp from exc
        self.cache[value] = out
        return out


    def texts(self, lines: str) -> bool:
        """True when each line of `lines` (each after a newline: one plain scalar a line, none empty) is text to
        the resolvers, as `plain` finds one by one: one search of a pattern that tries each implicit resolver
        only on lines starting with one of its first characters. False when unsure (wildcard or path resolvers,
        flags a group cannot carry)."""
        if not self._typed_line_made:
            self._typed_line_made = True
            self._typed_line = self._line_pattern()
        return self._typed_line is not None and self._typed_line.search(lines) is None

    def _line_pattern(self) -> re.Pattern[str] | None:
        loader = self.loader
        resolvers = loader.yaml_implicit_resolvers
        if None in resolvers or getattr(loader, "yaml_path_resolvers", None):
            return None
        firsts: dict[Any, set[str]] = {}  # each resolver's pattern -> the first characters it is tried on
        for first, pairs in resolvers.items():
            for _, regexp in pairs:
                if first:
                    firsts.setdefault(regexp, set()).add(first)
        parts = []
        for regexp, chars in firsts.items():
            scoped = _scoped(regexp)
            if scoped is None:
                return None
            parts.append(f"(?=[{''.join(map(re.escape, sorted(chars)))}]){scoped}")
        return re.compile("\n(?:" + "|".join(parts) + ")" if parts else "(?!)", re.MULTILINE)

    def _any_type(self, first: str) -> re.Pattern[str] | None:
        """One pattern matching a plain scalar starting with `first` exactly when one of the loader's implicit
        resolvers for it matches (a scalar it does not match is text); None when the resolvers cannot be put in
        one pattern (flags other than IGNORECASE, MULTILINE, DOTALL, VERBOSE; wildcard or path resolvers)."""
        loader = self.loader
        pattern: re.Pattern[str] | None = None
        if None not in loader.yaml_implicit_resolvers and not getattr(loader, "yaml_path_resolvers", None):
            parts = [_scoped(regexp) for _, regexp in loader.yaml_implicit_resolvers.get(first, [])]
            if None not in parts:
                pattern = re.compile("|".join(p for p in parts if p is not None) if parts else "(?!)")
        self.any_type[first] = pattern
        return pattern


def _scoped(regexp: Any) -> str | None:
    """`regexp`'s pattern as a group carrying its flags, or None when they cannot be carried so."""
    flags = regexp.flags & ~re.UNICODE
    if flags & ~_SCOPED or not isinstance(regexp.pattern, str):
        return None
    letters = "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)
    return f"(?{letters}:{regexp.pattern})"


_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_SCOPED = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


def _typed(raw: str, tag: str, value: Any, key: str) -> Any:
    """`claims.registry.typed._as_typed` for a scalar read from an event."""
    if isinstance(value, str):
        return value
    if key in TEXT_KEYS:
        return "" if tag == _NULL else raw
    if key == "status" and (value is None or isinstance(value, bool | int | float)):
        return raw
    return value


def load_typed(text: str, limits: YamlLimits = LIMITS) -> Any:
    """The registry data of `text`, as `parse_yaml` then `as_typed` would give it, or `FALLBACK`."""
    if len(text) > limits.max_chars:
        return FALLBACK
    loader = safe_loader(text)
    try:
        return _build(loader, limits.max_depth)
    except (_GiveUp, yaml.YAMLError):
        return FALLBACK
    finally:
        loader.dispose()


def _build(loader: Any, max_depth: int) -> Any:
    get = loader.get_event
    scalars = _Scalars(loader)
    plain, cached = scalars.plain, scalars.cache.get
    scalar_ev, map_start, map_end = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
    seq_start, seq_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    typed_keys = _TYPED_KEYS
    if type(get()) is not yaml.StreamStartEvent or type(get()) is not yaml.DocumentStartEvent:
        raise _GiveUp
    # The open collection in locals, its parents on `stack`; the document itself sits in `holder`, read as
    # a sequence whose mapping items have typed fields (so the root mapping has them).
    holder: list[Any] = []
    cont: Any = holder
    is_map, typed, key = False, True, _NO_KEY
    stack: list[tuple[Any, bool, bool, Any]] = []
    while True:
        ev = get()
        kind = type(ev)
        if kind is scalar_ev:
            if ev.anchor is not None or ev.tag is not None:
                raise _GiveUp
            raw = ev.value
            if ev.implicit[0]:
                hit = cached(raw)
                tag, value = hit if hit is not None else plain(raw)
            else:
                tag, value = _STR, raw
            if not is_map:
                cont.append(value)
            elif key is _NO_KEY:
                if tag != _STR or raw in cont:  # a key other than text (`1:`, `<<:`), or a duplicate
                    raise _GiveUp
                key = raw
            else:
                cont[key] = _typed(raw, tag, value, key) if typed and key in typed_keys else value
                key = _NO_KEY
        elif kind is map_start or kind is seq_start:
            if ev.anchor is not None or ev.tag is not None or len(stack) >= max_depth:
                raise _GiveUp
            if is_map:
                if key is _NO_KEY:
                    raise _GiveUp  # a collection as a key
                child_typed = typed and kind is seq_start and key in _TYPED_ITEMS
            else:
                child_typed = typed and kind is map_start
            stack.append((cont, is_map, typed, key))
            cont, is_map, typed, key = ({} if kind is map_start else []), kind is map_start, child_typed, _NO_KEY
        elif kind is map_end or kind is seq_end:
            child = cont
            cont, is_map, typed, key = stack.pop()
            if is_map:
                cont[key] = child
                key = _NO_KEY
            else:
                cont.append(child)
        elif kind is yaml.DocumentEndEvent and not stack and len(holder) == 1:
            break
        else:  # an alias, or a document without a node
            raise _GiveUp
    if type(get()) is not yaml.StreamEndEvent:
        raise _GiveUp
    return holder[0]


_NO_KEY: Final = object()
