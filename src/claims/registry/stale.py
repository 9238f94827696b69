"""Is a registry out of date? Its articles' bytes against the sha256 recorded at build time.

Only regular files are hashed (a FIFO or device named by a registry is never opened), in chunks
and up to a size limit; nothing of a file's content is ever reported, only that it differs.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 50_000_000
_CHUNK = 1 << 20


@dataclass
class Staleness:
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing)

    def message(self, registry: str) -> str:
        parts = []
        if self.changed:
            parts.append(f"{len(self.changed)} article(s) changed since it was built ({_names(self.changed)})")
        if self.missing:
            parts.append(f"{len(self.missing)} article(s) missing or unreadable ({_names(self.missing)})")
        return f"{registry}: " + "; ".join(parts) + "; the claims shown may be out of date: run `claims build`"


def _names(paths: list[str], most: int = 3) -> str:
    shown = ", ".join(repr(p)[1:-1] for p in paths[:most])  # repr escapes newlines and control characters
    return shown + (f" and {len(paths) - most} more" if len(paths) > most else "")


def _sha256(path: Path) -> str | None:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def staleness(base: Path, sources: Iterable[tuple[str, str]]) -> Staleness:
    """Compare each (path relative to `base`, recorded sha256) with the file on disk."""
    out = Staleness()
    seen: dict[str, str | None] = {}
    for rel, recorded in sources:
        if rel not in seen:
            seen[rel] = _sha256(base / rel)
        actual = seen[rel]
        if actual is None:
            if rel not in out.missing:
                out.missing.append(rel)
        elif actual != recorded and rel not in out.changed:
            out.changed.append(rel)
    return out
