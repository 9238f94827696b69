"""`sources.yaml`: a folder's manifest of what is known about each file."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import yaml

from claims.errors import InputError
from claims.loader.shapes import FRONT_KEYS

MANIFEST_NAME = "sources.yaml"


def _is_safe_name(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return not p.is_absolute() and ".." not in p.parts and len(p.parts) == 1


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Map file name (and stem) -> metadata. Missing manifest -> empty mapping.

    Raises InputError for a malformed manifest or one naming files outside the folder.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "manifest is not valid UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(str(path), f"malformed manifest: {exc}", mark.line + 1 if mark else None) from exc
    if data is None:
        return {}
    entries = data.get("sources", data) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise InputError(str(path), "manifest must map file names to their metadata")
    result: dict[str, dict[str, str]] = {}
    for name, fields in entries.items():
        name = str(name)
        if not _is_safe_name(name):
            raise InputError(str(path), f"manifest names a file outside its folder: {name!r}")
        if fields is None:
            fields = {}
        if not isinstance(fields, dict):
            raise InputError(str(path), f"entry {name!r} must be a mapping of fields")
        meta: dict[str, str] = {}
        for key, value in fields.items():
            key_name = FRONT_KEYS.get(str(key).lower())
            if key_name and value is not None and str(value).strip():
                meta[key_name] = str(value).strip()
        result[name] = meta
        result.setdefault(PurePosixPath(name).stem, meta)
    return result
