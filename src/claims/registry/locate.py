"""From a path into the data (a pydantic error's `loc`) to a line and column in the YAML file."""

from __future__ import annotations

from collections.abc import Sequence

import yaml

Loc = tuple[str | int, ...]


def _child(node: yaml.Node, part: str | int, want_key: bool) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        found: yaml.Node | None = None
        for key, value in node.value:  # the last duplicate wins, as in the loaded data
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                found = key if want_key else value
        return found
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item: yaml.Node = node.value[part]
        return item
    return None


def locate(root: yaml.Node | None, loc: Sequence[str | int], key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at `loc`, or of the deepest node that exists on the way.

    With `key=True` the last step points at the mapping key rather than its value (unknown fields).
    """
    if root is None:
        return 1, 1
    node = root
    for i, part in enumerate(loc):
        nxt = _child(node, part, key and i == len(loc) - 1)
        if nxt is None:
            break
        node = nxt
    return node.start_mark.line + 1, node.start_mark.column + 1
