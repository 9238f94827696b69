"""Reading and writing `claims.yaml`: safe loading only, atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from claims.errors import InputError
from claims.registry.model import Registry

HEADER = "# yaml-language-server: $schema=claims.schema.json\n"


def load_registry_data(path: Path) -> Any:
    """Parse the YAML (safe loader only). Raises InputError when unreadable or not YAML."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "not valid UTF-8") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from exc
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(str(path), f"YAML syntax error: {getattr(exc, 'problem', exc)}",
                         mark.line + 1 if mark else None) from exc


def load_registry(path: Path) -> Registry:
    """Load and validate; raises InputError (unreadable) or pydantic ValidationError."""
    return Registry.model_validate(load_registry_data(path))


def dump_registry(registry: Registry) -> str:
    data = registry.model_dump(mode="json")
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and an atomic rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
