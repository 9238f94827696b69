"""`claims check`: validate a registry file and yield findings, never print."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from claims.errors import InputError
from claims.registry.model import Registry
from claims.registry.store import load_registry_data
from claims.text import decode


@dataclass(frozen=True)
class Finding:
    """One problem in a registry file."""

    path: str
    line: int | None
    col: int | None
    level: str  # "error" | "warning"
    message: str
    rule: str

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "") + (f":{self.col}" if self.col else "")
        return f"{where}: [{self.level}] {self.message} ({self.rule})"


def _schema_findings(path: Path, exc: ValidationError) -> Iterator[Finding]:
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        yield Finding(str(path), None, None, "error", f"{loc}: {err['msg']}", "schema")


def _content_findings(path: Path, reg: Registry) -> Iterator[Finding]:
    base = path.parent
    texts: dict[str, str | None] = {}
    for src in reg.sources:
        file = base / src.path
        if not file.is_file():
            yield Finding(str(path), None, None, "error",
                          f"source {src.id!r}: file {src.path} not found", "source-present")
            texts[src.id] = None
            continue
        data = file.read_bytes()
        if hashlib.sha256(data).hexdigest() != src.sha256:
            yield Finding(str(path), None, None, "error",
                          f"source {src.id!r}: seeds changed since claims.yaml was built: "
                          "run `claims build`", "source-unchanged")
        try:
            texts[src.id] = decode(data, str(file))
        except InputError as exc:
            yield Finding(str(path), None, None, "error", str(exc), "source-present")
            texts[src.id] = None
    ids = Counter(c.id for g in reg.groups for c in g.claims)
    for cid, n in ids.items():
        if n > 1:
            yield Finding(str(path), None, None, "error", f"claim id {cid!r} used {n} times", "unique-ids")
    gids = Counter(g.id for g in reg.groups)
    for gid, n in gids.items():
        if n > 1:
            yield Finding(str(path), None, None, "error", f"group id {gid!r} used {n} times", "unique-ids")
    for g in reg.groups:
        for c in g.claims:
            if c.source not in texts:
                yield Finding(str(path), None, None, "error",
                              f"claim {c.id!r} names unknown source {c.source!r}", "known-source")
                continue
            text = texts[c.source]
            if text is not None and text[c.start:c.end] != c.content:
                yield Finding(str(path), None, None, "error",
                              f"claim {c.id!r}: content does not match the source text at "
                              f"{c.start}:{c.end}", "evidence-anchored")


def check_registry(path: Path) -> list[Finding]:
    """All findings for a registry file. Raises InputError when the file is unreadable."""
    data = load_registry_data(path)
    try:
        reg = Registry.model_validate(data)
    except ValidationError as exc:
        return list(_schema_findings(path, exc))
    return list(_content_findings(path, reg))
