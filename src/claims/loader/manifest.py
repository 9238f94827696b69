"""`sources.yaml`: a folder's manifest of what is known about each file.

    sources:                # optional wrapper key
      some-article.txt:     # a file name in the same folder (or its stem)
        outlet: Example News
        url: https://example.com/story
        published: "2026-01-31"
        title: The headline

Manifest fields take precedence over a file's own metadata. A manifest that is not
YAML (or too complex: see `claims.yamlsafe`) or not a mapping is unusable as a whole
(reported; the articles are still read without it). A single bad entry (a name with a
folder part, `..` or an absolute path, fields that are not a mapping) or field (a list,
a mapping, a tag) is reported with its line and left out; the others apply. Values are
taken as written (`published: 2026-01-31`, `title: No`), never converted by YAML's types.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

import yaml

from claims.errors import InputError
from claims.loader.shapes import FRONT_KEYS, MAX_META
from claims.safefiles import DEFAULT_MAX_FILE_SIZE, inside, read_regular, shown
from claims.text import replace_surrogates
from claims.yamlsafe import compose

MANIFEST_NAME = "sources.yaml"

__all__ = ["MANIFEST_NAME", "Manifest", "is_safe_name", "read_manifest"]


@dataclass
class Manifest:
    """Entries by file name and stem, the names as written, and problems with single entries."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)

    def get(self, name: str, stem: str) -> dict[str, str]:
        return self.entries.get(name) or self.entries.get(stem) or {}


def is_safe_name(name: str) -> bool:
    """A bare file name: no folder part, no `..`, not absolute (POSIX or Windows style)."""
    posix = PurePosixPath(name.replace("\\", "/"))
    return (
        bool(name.strip())
        and not posix.is_absolute()
        and not PureWindowsPath(name).drive
        and ".." not in posix.parts
        and len(posix.parts) == 1
        and "\x00" not in name
    )


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")
)
_STANDARD_TAGS = _PLAIN_TAGS | {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
_NULL = "tag:yaml.org,2002:null"


def _what(node: yaml.Node) -> str:
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping" if isinstance(node, yaml.MappingNode) \
        else "a scalar"


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Reader:
    """Builds a Manifest from the node tree: values as written, every problem with its line."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.manifest = Manifest()

    def problem(self, reason: str, node: yaml.Node, level: str = "error") -> None:
        target = self.manifest.warnings if level == "warning" else self.manifest.problems
        target.append(InputError(self.path, reason, _line(node)))

    def text(self, node: yaml.Node, label: str) -> str | None:
        """A field's value exactly as written (so `No`, `2026-01-31`, `1e3` stay text); None when unusable."""
        if node.tag not in _STANDARD_TAGS:
            self.problem(f"{label} has the tag {node.tag!r}: field ignored (only plain YAML is read)", node)
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(f"{label} must be text, not {_what(node)}: field ignored", node)
            return None
        if node.tag == _NULL:
            return None
        value, repaired = replace_surrogates(str(node.value).strip())
        if repaired:
            self.problem(f"{label} holds {repaired} lone surrogate(s) (\\ud800-\\udfff escapes): "
                         "replaced with U+FFFD", node, "warning")
        return value[:MAX_META] or None

    def entry(self, name: str, node: yaml.Node) -> dict[str, str] | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(f"entry {name!r} must be a mapping of fields: entry ignored", node)
            return None
        meta: dict[str, str] = {}
        seen: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.problem(f"a field name of entry {name!r} must be text, not {_what(key)}: field ignored", key)
                continue
            field_name = FRONT_KEYS.get(str(key.value).lower())
            if field_name is None:
                continue
            label = f"field {key.value!r} of entry {name!r}"
            if key.value in seen:
                self.problem(f"{label} appears twice (first on line {seen[key.value]}): the later value is used", key)
            seen[key.value] = _line(key)
            text = self.text(value, label)
            if text is not None:
                meta[field_name] = text
            else:
                meta.pop(field_name, None)
        return meta

    def read(self, entries: yaml.MappingNode) -> Manifest:
        seen: dict[str, int] = {}
        for key, fields in entries.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag not in _PLAIN_TAGS:
                self.problem(f"an entry's name must be a file name, not {_what(key)}: entry ignored", key)
                continue
            name = str(key.value)
            if not is_safe_name(name):
                self.problem(f"entry {name!r} names a file outside the manifest's folder: entry ignored", key)
                continue
            if name in seen:
                self.problem(f"entry {name!r} appears twice (first on line {seen[name]}): the later one is used", key)
            seen[name] = _line(key)
            meta = self.entry(name, fields)
            if meta is None:
                continue
            if name not in self.manifest.entries:
                self.manifest.names.append(name)
            self.manifest.entries[name] = meta
            self.manifest.entries.setdefault(PurePosixPath(name).stem, meta)
        return self.manifest


def _entries(root: yaml.Node | None) -> yaml.MappingNode | None:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "sources":
                return value if isinstance(value, yaml.MappingNode) else None
        return root
    return None


def read_manifest(folder: Path, limit: int = DEFAULT_MAX_FILE_SIZE) -> Manifest:
    """The folder's manifest; an empty one when there is none.

    Raises InputError when the manifest as a whole is unusable (not a regular file inside the
    folder, over `limit` bytes, not UTF-8, malformed or too complex YAML, not a mapping).
    Problems with single entries or fields go to `Manifest.problems` (left out) and
    `Manifest.warnings` (used), each with its line.
    """
    path = folder / MANIFEST_NAME
    if not os.path.lexists(path):
        return Manifest()
    name = shown(str(path))
    if not inside(path, folder):
        raise InputError(name, "the manifest is a symlink to a file outside its folder: it is not read")
    data = read_regular(path, limit, "; see --max-file-size")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, "manifest is not valid UTF-8: it is ignored") from exc
    try:
        root = compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(name, f"malformed manifest ({problem}): it is ignored",
                         mark.line + 1 if mark else None) from exc
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL):
        return Manifest()
    entries = _entries(root)
    if entries is None:
        raise InputError(name, "manifest must map file names to their metadata: it is ignored")
    return _Reader(name).read(entries)
