"""`sources.yaml`: a folder's manifest of what is known about each file.

    sources:                # optional wrapper key
      some-article.txt:     # a file name in the same folder (or its stem)
        outlet: Example News
        url: https://example.com/story
        published: "2026-01-31"
        title: The headline

Manifest fields take precedence over a file's own metadata. A manifest that is not
YAML or not a mapping is unusable as a whole (reported; the articles are still read
without it). A single bad entry (a name with a folder part, `..` or an absolute path,
or fields that are not a mapping) is reported and left out; the other entries apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

import yaml

from claims.errors import InputError
from claims.loader.shapes import FRONT_KEYS, MAX_META

MANIFEST_NAME = "sources.yaml"

__all__ = ["MANIFEST_NAME", "Manifest", "is_safe_name", "read_manifest"]


@dataclass
class Manifest:
    """Entries by file name and stem, the names as written, and problems with single entries."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)

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


def _key_lines(text: str) -> dict[str, int]:
    """Line (1-based) of each entry's key, for messages; empty when the YAML cannot be composed."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "sources" and isinstance(value, yaml.MappingNode):
                root = value
                break
        return {str(k.value): k.start_mark.line + 1 for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
    return {}


def read_manifest(folder: Path) -> Manifest:
    """The folder's manifest; an empty one when there is none.

    Raises InputError when the manifest as a whole is unusable (unreadable, not UTF-8,
    malformed YAML, not a mapping). Problems with single entries go to `Manifest.problems`.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return Manifest()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "manifest is not valid UTF-8: it is ignored") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read the manifest: {exc.strerror}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(str(path), f"malformed manifest ({problem}): it is ignored",
                         mark.line + 1 if mark else None) from exc
    if data is None:
        return Manifest()
    entries = data.get("sources", data) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise InputError(str(path), "manifest must map file names to their metadata: it is ignored")
    lines = _key_lines(text)
    manifest = Manifest()
    for raw_name, fields in entries.items():
        name = str(raw_name)
        line = lines.get(name)
        if not is_safe_name(name):
            manifest.problems.append(InputError(
                str(path), f"entry {name!r} names a file outside the manifest's folder: entry ignored", line))
            continue
        if fields is None:
            fields = {}
        if not isinstance(fields, dict):
            manifest.problems.append(InputError(
                str(path), f"entry {name!r} must be a mapping of fields: entry ignored", line))
            continue
        meta: dict[str, str] = {}
        for key, value in fields.items():
            key_name = FRONT_KEYS.get(str(key).lower())
            if key_name and value is not None and str(value).strip():
                meta[key_name] = str(value).strip()[:MAX_META]
        manifest.names.append(name)
        manifest.entries[name] = meta
        manifest.entries.setdefault(PurePosixPath(name).stem, meta)
    return manifest
