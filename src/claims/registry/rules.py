"""The rules `claims check` runs: each has an id, a default level and a check yielding hits.

Add a rule by decorating a function `(ctx) -> Iterator[Hit]` with `@rule(...)`; it is then run by
`check_registry`, listed by `claims check --list-rules` and documented in docs/registry.md.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from claims.errors import InputError
from claims.loader import evidence_text
from claims.registry.guard import replace_surrogates
from claims.registry.hints import status_message, unknown_key_message, yaml_hint
from claims.registry.locate import Loc
from claims.registry.model import Registry, RegistrySource
from claims.registry.store import ParsedYaml
from claims.registry.typed import as_typed
from claims.safefiles import DEFAULT_MAX_FILE_SIZE, read_confined


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Hit:
    """What a rule found: a message and where (a path into the data, or a YAML position)."""

    message: str
    loc: Loc = ()
    key: bool = False  # point at the mapping key at `loc` rather than its value
    line: int | None = None
    col: int | None = None


@dataclass
class Context:
    """Everything the rules look at, computed once per file."""

    path: Path
    parsed: ParsedYaml
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    _texts: dict[str, str | None] = field(default_factory=dict)
    _bytes: dict[str, bytes | None] = field(default_factory=dict)
    _problems: dict[str, str] = field(default_factory=dict)  # by path; text problems by path NUL id
    text: str = ""  # the file's text, for hints that quote a line

    @cached_property
    def validation(self) -> tuple[Registry | None, list[ErrorDetails]]:
        if self.parsed.data is None and self.parsed.problems:
            return None, []
        try:
            return Registry.model_validate(as_typed(self.parsed.node, self.parsed.data)), []
        except ValidationError as exc:
            return None, exc.errors(include_url=False)

    @property
    def registry(self) -> Registry | None:
        return self.validation[0]

    def source_file(self, source: RegistrySource) -> Path:
        return self.path.parent / source.path

    def _read_source(self, source: RegistrySource) -> bytes | None:
        """The file's bytes when it is a regular file inside the registry's folder, under the size limit.

        Otherwise None, and `source_problem` says why. The path is resolved (symlinks
        included) before the check, so `../`, absolute paths and symlinks cannot reach
        outside; a FIFO or device is never opened for reading; nothing read is echoed.
        """
        if source.path in self._bytes:
            return self._bytes[source.path]
        data: bytes | None = None
        try:
            data = read_confined(self.path.parent, source.path, self.max_file_size, "; see --max-file-size")
        except InputError as exc:
            self._problems[source.path] = exc.reason
        self._bytes[source.path] = data
        return data

    def source_problem(self, source: RegistrySource) -> str | None:
        """Why the source's file cannot be used (outside the folder, not a regular file, too large, not text)."""
        self.source_text(source)
        return self._problems.get(source.path) or self._problems.get(f"{source.path}\x00{source.id}")

    def source_bytes(self, source: RegistrySource) -> bytes | None:
        """The source file's bytes, read under the same policy as `source_text`; None when refused."""
        return self._read_source(source)

    def source_text(self, source: RegistrySource) -> str | None:
        """The text a source's offsets index (decoded file, extracted page, JSONL record); None when unusable."""
        if source.id not in self._texts:
            data = self._read_source(source)
            text: str | None = None
            if data is not None:
                try:
                    text = evidence_text(data, source.path, source.id)
                except InputError as exc:
                    self._problems[f"{source.path}\x00{source.id}"] = f"cannot be read as text ({exc.reason})"
            self._texts[source.id] = text
        return self._texts[source.id]


Check = Callable[[Context], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    summary: str
    check: Check


RULES: dict[str, Rule] = {}


def rule(rule_id: str, level: Level, summary: str) -> Callable[[Check], Check]:
    """Register a check function under a rule id."""

    def register(fn: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(rule_id, level, summary, fn)
        return fn

    return register


def _where(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"


# --- YAML level -------------------------------------------------------------------------------


def _yaml_problems(ctx: Context, kind: str) -> Iterator[Hit]:
    for p in ctx.parsed.problems:
        if p.kind == kind:
            yield Hit(p.message, line=p.line, col=p.col)


@rule("yaml-syntax", Level.ERROR, "The file is well-formed YAML (one document).")
def yaml_syntax(ctx: Context) -> Iterator[Hit]:
    for hit in _yaml_problems(ctx, "syntax"):
        hint = yaml_hint(hit.message, ctx.text, hit.line)
        yield Hit(f"{hit.message}; {hint}" if hint else hit.message, line=hit.line, col=hit.col)


@rule(
    "yaml-unsafe-tag",
    Level.ERROR,
    "No tags beyond plain YAML (e.g. `!!python/object`); such a file is reported, never executed.",
)
def yaml_unsafe_tag(ctx: Context) -> Iterator[Hit]:
    yield from _yaml_problems(ctx, "tag")


@rule(
    "yaml-limits",
    Level.ERROR,
    "The YAML stays within bounds: no alias bomb or cyclic alias, nesting at most 64 deep, at most 100 MB.",
)
def yaml_limits(ctx: Context) -> Iterator[Hit]:
    yield from _yaml_problems(ctx, "limit")


@rule("duplicate-key", Level.ERROR, "No key appears twice in one mapping (YAML loaders keep only the last).")
def duplicate_key(ctx: Context) -> Iterator[Hit]:
    yield from _yaml_problems(ctx, "duplicate-key")


# --- schema -----------------------------------------------------------------------------------


@rule("schema", Level.ERROR, "Fields have the types and values of the schema (`claims schema`); required ones exist.")
def schema(ctx: Context) -> Iterator[Hit]:
    if ctx.parsed.data is None and not ctx.parsed.problems:
        yield Hit("the document is empty: expected a mapping with `version`, `sources` and `groups`")
        return
    for err in ctx.validation[1]:
        if err["type"] == "extra_forbidden":
            continue
        loc = tuple(err["loc"])
        if loc and loc[-1] == "status" and err["type"] in ("enum", "value_error"):
            yield Hit(f"{_where(loc)}: {status_message(err['input'])}", loc=loc)
        else:
            yield Hit(f"{_where(loc)}: {err['msg']}", loc=loc)


@rule("unknown-field", Level.ERROR, "No field outside the schema (a misspelt `stauts:` would lose a review).")
def unknown_field(ctx: Context) -> Iterator[Hit]:
    for err in ctx.validation[1]:
        if err["type"] == "extra_forbidden":
            loc = tuple(err["loc"])
            yield Hit(unknown_key_message(loc, _where(loc)), loc=loc, key=True)


# --- registry content -------------------------------------------------------------------------


@rule("unique-ids", Level.ERROR, "Source ids, group ids and claim ids are each unique.")
def unique_ids(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    seen: Counter[str] = Counter()
    for i, s in enumerate(reg.sources):
        seen[s.id] += 1
        if seen[s.id] == 2:
            yield Hit(f"source id {s.id!r} used more than once", ("sources", i, "id"))
    for section in ("groups", "retired"):
        gseen: Counter[str] = Counter()
        for gi, g in enumerate(getattr(reg, section)):
            gseen[g.id] += 1
            if gseen[g.id] == 2:
                yield Hit(f"group id {g.id!r} used more than once in {section}", (section, gi, "id"))
    cseen: Counter[str] = Counter()
    for section in ("groups", "retired"):
        for gi, g in enumerate(getattr(reg, section)):
            for ci, c in enumerate(g.claims):
                cseen[c.id] += 1
                if cseen[c.id] == 2:
                    yield Hit(f"claim id {c.id!r} used more than once", (section, gi, "claims", ci, "id"))


@rule("consistent-references", Level.ERROR, "Every claim in `groups` names a source listed in `sources`.")
def consistent_references(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    known = {s.id for s in reg.sources}
    for gi, g in enumerate(reg.groups):
        for ci, c in enumerate(g.claims):
            if c.source not in known:
                yield Hit(
                    f"claim {c.id!r} names source {c.source!r}, which is not in `sources`",
                    ("groups", gi, "claims", ci, "source"),
                )


@rule("source-present", Level.ERROR, "Each source file exists beside the registry and decodes as text.")
def source_present(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    for i, s in enumerate(reg.sources):
        problem = ctx.source_problem(s)
        if problem == "no such file":
            yield Hit(
                f"source {s.id!r}: file {s.path} not found (paths are relative to the registry file)",
                ("sources", i, "path"),
            )
        elif problem is not None:
            yield Hit(f"source {s.id!r}: file {s.path}: {problem}", ("sources", i, "path"))


@rule("source-unchanged", Level.ERROR, "Each source file's sha256 equals the one recorded at build time.")
def source_unchanged(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    for i, s in enumerate(reg.sources):
        data = ctx.source_bytes(s)
        if data is not None and hashlib.sha256(data).hexdigest() != s.sha256:
            yield Hit(
                f"source {s.id!r}: {s.path} differs from the recorded sha256; seeds changed since "
                "claims.yaml was built: run `claims build`",
                ("sources", i, "sha256"),
            )


@rule("evidence-anchored", Level.ERROR, "Each claim's content equals its source's text at [start:end].")
def evidence_anchored(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    sources = {s.id: s for s in reg.sources}
    for gi, g in enumerate(reg.groups):
        for ci, c in enumerate(g.claims):
            loc: Loc = ("groups", gi, "claims", ci)
            if c.end < c.start:
                yield Hit(f"claim {c.id!r}: end {c.end} comes before start {c.start}", (*loc, "end"))
                continue
            src = sources.get(c.source)
            text = ctx.source_text(src) if src is not None else None
            if text is None:
                continue  # reported by consistent-references or source-present
            if c.end > len(text):
                yield Hit(
                    f"claim {c.id!r}: span {c.start}:{c.end} runs past the end of {src.path if src else ''} "
                    f"({len(text)} characters)",
                    (*loc, "end"),
                )
            elif replace_surrogates(text[c.start : c.end]) != c.content:  # the registry holds U+FFFD for them
                found = " ".join(text[c.start : c.end].split())
                yield Hit(
                    f"claim {c.id!r}: content differs from the source text at {c.start}:{c.end} (found {found[:60]!r})",
                    (*loc, "content"),
                )


@rule("empty-group", Level.WARNING, "No group in `groups` is left without claims.")
def empty_group(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    for gi, g in enumerate(reg.groups):
        if not g.claims:
            yield Hit(f"group {g.id!r} has no claims: delete it or move claims into it", ("groups", gi, "id"))


@rule(
    "retired-claims",
    Level.WARNING,
    "No reviewed claim waits in `retired` (no longer found in the articles): a reviewer should resolve it.",
)
def retired_claims(ctx: Context) -> Iterator[Hit]:
    reg = ctx.registry
    if reg is None:
        return
    for gi, g in enumerate(reg.retired):
        if g.claims:
            yield Hit(
                f"retired group {g.id!r}: {len(g.claims)} reviewed claim(s) no longer found in the articles; "
                "check them and delete the entry",
                ("retired", gi, "id"),
            )
        else:
            yield Hit(
                f"retired group {g.id!r} ({g.status.value}) no longer has claims in the articles; "
                "check it and delete the entry",
                ("retired", gi, "id"),
            )
