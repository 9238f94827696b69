"""Free-text and status fields read as the reviewer typed them.

YAML resolves plain scalars by their look: `note: 2023-03-10` is a date, `note: yes` a boolean,
`note:` null, and `status: no` the boolean false. A reviewer typing a note means text, so the
registry reads `note`, `label` and `story` from the scalar's source text (`yes`, `2023-03-10`);
an empty or null value is the empty text. `status` is read from its source text too, so that
`status: false` is the status "false" while `status: no` or `status: off` is an unknown status
(reported), never silently "false".

This works on the node tree `parse_yaml` composed, so positions and values stay in step.
"""

from __future__ import annotations

from typing import Any

import yaml

TEXT_KEYS = frozenset({"note", "label", "story"})
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_SECTIONS = ("sources", "groups", "retired")


def _as_typed(node: yaml.Node, value: Any, key: str) -> Any:
    if not isinstance(node, yaml.ScalarNode) or isinstance(value, str) or (node.tag == _STR_TAG and node.style):
        return value
    if key in TEXT_KEYS:
        return "" if node.tag == _NULL_TAG else node.value
    if key == "status" and (value is None or isinstance(value, bool | int | float)):
        return node.value
    return value


def _mapping(node: yaml.Node | None, data: Any) -> None:
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        return
    for knode, vnode in node.value:
        if not isinstance(knode, yaml.ScalarNode) or knode.value not in data:
            continue
        key = knode.value
        if key in TEXT_KEYS or key == "status":
            data[key] = _as_typed(vnode, data[key], key)
        elif (
            key in (*_SECTIONS, "claims")
            and isinstance(vnode, yaml.SequenceNode)
            and isinstance(data[key], list)
            and len(vnode.value) == len(data[key])
        ):
            for item_node, item in zip(vnode.value, data[key], strict=True):
                    _mapping(item_node, item)


def as_typed(node: yaml.Node | None, data: Any) -> Any:
    """`data` (constructed from `node`) with free-text and status fields as written. Changes `data` in place."""
    _mapping(node, data)
    return data
