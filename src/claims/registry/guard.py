"""What `claims build` checks before it writes, so that no review is lost or made unreadable.

- `duplicate_ids`: the same claim (or group, or source) id twice; a build would keep only one copy's review.
- `shrinkage`: the reviewed items a build would move to `retired`; many of them means input is missing.
- `sanitise`: text that cannot be written as readable YAML (lone surrogates) is replaced, with a warning.
- `remembered_articles` / `articles_field`: the article paths a registry was built from.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claims.registry.model import Registry

_SURROGATE = re.compile("[\ud800-\udfff]")


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                found: yaml.Node = v
                return found
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def duplicate_ids(root: yaml.Node | None) -> list[str]:
    """'claim id 'x' on lines 12 and 40' for every id used twice (claims across groups and retired)."""
    problems: list[str] = []

    def scan(kind: str, nodes: list[yaml.Node], scope: str = "") -> None:
        first: dict[str, int] = {}
        for item in nodes:
            idn = _get(item, "id")
            if not isinstance(idn, yaml.ScalarNode):
                continue
            line = idn.start_mark.line + 1
            if idn.value in first:
                problems.append(f"{kind} id {idn.value!r}{scope} on line {first[idn.value]} and line {line}")
            else:
                first[idn.value] = line

    scan("source", _items(_get(root, "sources")))
    for section in ("groups", "retired"):
        scan("group", _items(_get(root, section)), f" in {section}")
    groups = [g for section in ("groups", "retired") for g in _items(_get(root, section))]
    claims = [c for g in groups for c in _items(_get(g, "claims"))]
    scan("claim", claims)
    return problems


@dataclass(frozen=True)
class Shrinkage:
    """Reviewed items the old registry had in `groups`, and those of them the new one retires."""

    reviewed: int
    retiring: list[str]

    @property
    def too_large(self) -> bool:
        """More than half of the reviewed items would move to `retired`."""
        return 2 * len(self.retiring) > self.reviewed


def shrinkage(old: Registry | None, new: Registry) -> Shrinkage:
    if old is None:
        return Shrinkage(0, [])
    retired_claims = {c.id for g in new.retired for c in g.claims}
    retired_groups = {g.id for g in new.retired}
    active_groups = {g.id: g for g in new.groups}
    reviewed = 0
    retiring = []
    for g in old.groups:
        if g.reviewed:
            reviewed += 1
            kept = active_groups.get(g.id)
            if g.id in retired_groups and (kept is None or (kept.status, kept.note) != (g.status, g.note)):
                retiring.append(f"group {g.id} ({g.status.value}): {' '.join(g.label.split())[:60]}")
        for c in g.claims:
            if c.reviewed:
                reviewed += 1
                if c.id in retired_claims:
                    retiring.append(f"claim {c.id} ({c.status.value}): {' '.join(c.content.split())[:60]}")
    return Shrinkage(reviewed, retiring)


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate (which UTF-8, and so the registry, cannot hold) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _clean(value: Any, fixed: list[str], where: str) -> Any:
    if isinstance(value, str):
        if _SURROGATE.search(value):
            fixed.append(where)
            return replace_surrogates(value)
        return value
    if isinstance(value, list):
        return [_clean(v, fixed, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: _clean(v, fixed, f"{where}.{k}" if where else k) for k, v in value.items()}
    return value


def sanitise(registry: Registry) -> tuple[Registry, list[str]]:
    """The registry with lone surrogates (not encodable as UTF-8, so not writable) replaced by U+FFFD.

    Returns it and warnings naming the fields changed.
    """
    fixed: list[str] = []
    data = _clean(registry.model_dump(mode="python"), fixed, "")
    if not fixed:
        return registry, []
    warnings = [f"{where}: a lone surrogate (invalid Unicode) replaced by U+FFFD" for where in fixed]
    return Registry.model_validate(data), warnings


def articles_field(paths: list[Path], registry_path: Path) -> list[str]:
    """The article paths to remember: relative to the registry's folder, POSIX separators (stdin left out)."""
    base = Path(os.path.abspath(registry_path)).parent
    out = []
    for p in paths:
        if str(p) == "-":
            continue
        try:
            rel = Path(os.path.relpath(os.path.abspath(p), base)).as_posix()
        except ValueError:  # another drive
            rel = Path(os.path.abspath(p)).as_posix()
        if rel not in out:
            out.append(rel)
    return out


def remembered_articles(old: Registry, registry_path: Path) -> list[Path]:
    """The paths a registry's articles were read from: `articles`, else the folders of its sources."""
    base = registry_path.parent
    if old.articles:
        names = old.articles
    else:
        names = []
        for s in old.sources:
            folder = Path(s.path).parent.as_posix()
            if s.path.startswith("<") or folder in names:
                continue
            names.append(folder)
    return [base / n for n in names]


def unloaded_sources(old: Registry | None, skipped: list[Any], registry_path: Path) -> dict[str, str]:
    """Old sources whose file was skipped this time (unreadable, empty...): source id -> the reason."""
    if old is None:
        return {}
    base = Path(os.path.abspath(registry_path)).parent
    reasons: dict[str, str] = {}
    for item in skipped:
        if getattr(item, "level", "error") == "error":
            reasons.setdefault(os.path.normpath(os.path.abspath(item.path)), item.reason)
    out = {}
    for s in old.sources:
        reason = reasons.get(os.path.normpath(base / s.path))
        if reason is not None:
            out[s.id] = reason
    return out
