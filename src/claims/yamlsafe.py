"""Bounded YAML: every untrusted YAML text (registries, manifests, front matter) goes through here.

Before any node is composed or any object constructed, `limit_problem` runs over the parser's
event stream (libyaml's C parser when PyYAML has it) and stops at the first limit it meets:

- the document size (characters);
- the nesting depth of sequences and mappings (the composer and every tree walk recurse);
- the number of aliases, and the number of nodes all aliases together expand to (an alias bomb,
  "billion laughs", or a fan-out of thousands of aliases to a large anchor, is a few lines of
  text but billions of nodes for any code that walks the data).

The scan is linear in the text and keeps one counter per anchor, so a hostile file is reported,
with its line, in milliseconds. Only then do `compose` and `load` build anything, with the safe
loader (plain YAML types only; timestamps that are not real dates stay strings).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

__all__ = [
    "LIMITS",
    "YamlBadValue",
    "YamlLimits",
    "YamlTooComplex",
    "compose",
    "limit_problem",
    "load",
    "safe_loader",
]

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlLimits:
    """What an untrusted YAML text may hold; the defaults are far above any real registry."""

    max_chars: int = 100_000_000
    max_depth: int = 64
    max_aliases: int = 10_000
    max_expansion: int = 100_000  # nodes added by expanding every alias, in total


LIMITS = YamlLimits()


class YamlTooComplex(yaml.MarkedYAMLError):
    """A limit of `YamlLimits` was met; `problem_mark` is where (0-based line and column)."""


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def limit_problem(text: str, limits: YamlLimits = LIMITS) -> YamlTooComplex | None:
    """The first limit the text exceeds, or None. Never raises; syntax errors are left to the loader."""
    if len(text) > limits.max_chars:
        return YamlTooComplex(
            problem=f"YAML document too large ({len(text):,} characters; the limit is {limits.max_chars:,})",
            problem_mark=yaml.Mark("<text>", 0, 0, 0, "", 0),
        )
    sizes: dict[str, int] = {}  # anchor -> nodes in its subtree, aliases expanded
    frames: list[list[Any]] = []  # per open collection: [anchor, nodes so far]
    aliases = expansion = 0
    loader = _Base(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            mark = event.start_mark
            if isinstance(event, yaml.CollectionStartEvent):
                frames.append([event.anchor, 1])
                if len(frames) > limits.max_depth:
                    return YamlTooComplex(
                        problem=f"YAML nested too deeply (more than {limits.max_depth} levels)", problem_mark=mark
                    )
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = frames.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                if any(frame[0] == event.anchor for frame in frames):
                    return YamlTooComplex(
                        problem=f"YAML alias *{event.anchor} refers to a node that contains it (a cycle)",
                        problem_mark=mark,
                    )
                anchor, size = None, sizes.get(event.anchor or "", 1)
                aliases += 1
                expansion += size
                if aliases > limits.max_aliases or expansion > limits.max_expansion:
                    what = (
                        _plural(aliases, "alias")
                        if aliases > limits.max_aliases
                        else f"aliases expanding to more than {limits.max_expansion:,} nodes"
                    )
                    return YamlTooComplex(
                        problem=f"YAML too complex: {what} (an alias bomb?); aliases are not needed in this file",
                        problem_mark=mark,
                    )
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            if frames:
                frames[-1][1] += size
    except yaml.YAMLError:
        return None  # reported with its position by the loader that runs next
    finally:
        loader.dispose()
    return None


def _timestamp(constructor: SafeConstructor, node: yaml.ScalarNode) -> Any:
    """A timestamp-looking scalar that is no real date (`2026-13-45`) stays a string."""
    try:
        value: datetime.date | datetime.datetime = constructor.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return constructor.construct_scalar(node)
    return value


class YamlBadValue(yaml.constructor.ConstructorError):
    """A value its tag cannot hold (`!!int one`, `!!float [1]`), at `problem_mark`."""


class _Loader(_Base):  # type: ignore[misc]
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, OverflowError, IndexError, KeyError, AttributeError) as exc:
            # PyYAML's constructors fail on odd values with plain Python errors (`!!int ''`: IndexError).
            raise YamlBadValue(None, None, f"a value does not fit its tag {node.tag} ({exc})", node.start_mark) from exc


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def safe_loader(text: str) -> Any:
    """A safe loader for text already passed by `limit_problem` (caller disposes it)."""
    return _Loader(text)


def _check(text: str, limits: YamlLimits) -> None:
    problem = limit_problem(text, limits)
    if problem is not None:
        raise problem


def compose(text: str, limits: YamlLimits = LIMITS) -> yaml.Node | None:
    """The node tree of one document. Raises yaml.YAMLError (YamlTooComplex for a limit)."""
    _check(text, limits)
    loader = safe_loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def load(text: str, limits: YamlLimits = LIMITS) -> Any:
    """The data of one document, safe types only. Raises yaml.YAMLError for every bad input.

    A value a tag cannot hold (`!!int x`) raises YamlBadValue (a ConstructorError), with its position.
    """
    _check(text, limits)
    loader = safe_loader(text)
    try:
        return loader.get_single_data()
    except (ValueError, TypeError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(problem=f"invalid value ({exc})") from exc
    finally:
        loader.dispose()
