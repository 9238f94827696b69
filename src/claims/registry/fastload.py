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

from typing import Any, Final

import yaml

from claims.registry.typed import TEXT_KEYS
from claims.yamlsafe import LIMITS, YamlLimits, safe_loader

FALLBACK: Final = object()
"""Returned by `load_typed` when the text needs the full path."""

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_TYPED_ITEMS = frozenset({"sources", "groups", "retired", "claims"})
_PLAIN = (True, False)


class _GiveUp(Exception):
    pass


class _Scalars:
    """Plain scalars resolved and constructed as the safe loader does, each distinct text once."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.cache: dict[str, tuple[str, Any]] = {}

    def plain(self, value: str) -> tuple[str, Any]:
        """(tag, value) of a plain scalar."""
        hit = self.cache.get(value)
        if hit is not None:
            return hit
        tag = self.loader.resolve(yaml.ScalarNode, value, _PLAIN)
        if tag == _STR:
            out: tuple[str, Any] = (tag, value)
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
    plain = scalars.plain
    scalar_ev, map_start, map_end = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
    seq_start, seq_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    if type(get()) is not yaml.StreamStartEvent or type(get()) is not yaml.DocumentStartEvent:
        raise _GiveUp
    # Each open collection: [container, is_mapping, typed (mapping) / items typed (sequence), pending key]
    stack: list[list[Any]] = []
    root: Any = None
    done = False
    while not done:
        ev = get()
        kind = type(ev)
        if kind is scalar_ev:
            if ev.anchor is not None or ev.tag is not None:
                raise _GiveUp
            raw = ev.value
            tag, value = plain(raw) if ev.implicit[0] else (_STR, raw)
            if not stack:
                root, done = value, True
                continue
            top = stack[-1]
            if top[1]:
                key = top[3]
                if key is _NO_KEY:
                    if tag != _STR or value in top[0]:  # keys other than text (`1:`, `<<:`), or a duplicate
                        raise _GiveUp
                    top[3] = value
                    continue
                if top[2] and (key in TEXT_KEYS or key == "status"):
                    value = _typed(raw, tag, value, key)
                top[0][key] = value
                top[3] = _NO_KEY
            else:
                top[0].append(value)
        elif kind is map_start or kind is seq_start:
            if ev.anchor is not None or ev.tag is not None or len(stack) >= max_depth:
                raise _GiveUp
            if stack:
                top = stack[-1]
                if top[1]:
                    if top[3] is _NO_KEY:
                        raise _GiveUp  # a collection as a key
                    typed = top[2] and kind is seq_start and top[3] in _TYPED_ITEMS
                else:
                    typed = top[2] and kind is map_start
            else:
                typed = kind is map_start
            stack.append([{} if kind is map_start else [], kind is map_start, typed, _NO_KEY])
        elif kind is map_end or kind is seq_end:
            container = stack.pop()[0]
            if not stack:
                root, done = container, True
                continue
            top = stack[-1]
            if top[1]:
                top[0][top[3]] = container
                top[3] = _NO_KEY
            else:
                top[0].append(container)
        else:  # an alias, or the document ending before a node
            raise _GiveUp
    if type(get()) is not yaml.DocumentEndEvent or type(get()) is not yaml.StreamEndEvent:
        raise _GiveUp
    return root


_NO_KEY: Final = object()
