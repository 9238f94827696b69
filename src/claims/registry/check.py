"""`claims check`: validate a registry file and return findings, never print."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.registry.locate import locate
from claims.registry.rules import RULES, Context, Level
from claims.registry.store import parse_yaml, read_text
from claims.safefiles import DEFAULT_MAX_FILE_SIZE, shown


@dataclass(frozen=True)
class Finding:
    """One problem in a registry file, at a 1-based line and column."""

    path: str
    line: int | None
    col: int | None
    level: str  # "error" | "warning"
    message: str
    rule: str

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "") + (f":{self.col}" if self.col else "")
        return f"{where}: [{self.level}] {self.message} ({self.rule})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "message": self.message,
            "rule": self.rule,
        }


def check_text(
    text: str, path: Path, strict: bool = False, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> list[Finding]:
    """Findings for registry text that was read from `path` (source paths resolve inside its folder)."""
    parsed = parse_yaml(text)
    ctx = Context(path=path, parsed=parsed, max_file_size=max_file_size, text=text)
    findings: list[Finding] = []
    for rule in RULES.values():
        level = Level.ERROR if strict else rule.level
        for hit in rule.check(ctx):
            if hit.line is not None:
                line, col = hit.line, hit.col
            else:
                line, col = locate(parsed.node, hit.loc, key=hit.key)
            findings.append(Finding(shown(str(path)), line, col, level.value, hit.message, rule.id))
    findings.sort(key=lambda f: (f.line or 0, f.col or 0, f.rule))
    return findings


def check_registry(path: Path, strict: bool = False, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> list[Finding]:
    """All findings for a registry file. Raises InputError when the file cannot be read as text.

    `max_file_size` caps each source file the registry names (the registry itself: MAX_REGISTRY_BYTES).
    """
    from claims.registry.fileops import ensure_regular

    ensure_regular(path)
    return check_text(read_text(path), path, strict, max_file_size)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level == Level.ERROR for f in findings)
