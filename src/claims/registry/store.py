"""Reading and writing `claims.yaml`: safe loading only, node positions kept, atomic writes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claims.errors import InputError
from claims.registry.model import Registry
from claims.safefiles import read_regular, shown
from claims.yamlsafe import LIMITS, YamlBadValue, YamlLimits, limit_problem, safe_loader

HEADER = "# yaml-language-server: $schema=claims.schema.json\n"


@dataclass(frozen=True)
class YamlProblem:
    """A YAML-level problem: syntax, an unsafe tag, a duplicate key."""

    kind: str  # "syntax" | "tag" | "duplicate-key" | "limit"
    message: str
    line: int | None  # 1-based
    col: int | None  # 1-based


class ParsedYaml:
    """A parsed document: the node tree (for positions), the data, and YAML-level problems.

    `data` is None when the document could not be constructed (see `problems`). `typed`: the free-text
    and status fields of `data` are already read as typed (`typed_data`). When the fast path read the
    data (`claims.registry.fastload`), the node tree is composed only if something asks for `node`
    (a finding to locate, a file to edit in place).
    """

    def __init__(self, node: yaml.Node | None, data: Any, problems: list[YamlProblem] | None = None, *,
                 text: str | None = None, typed: bool = False) -> None:
        self._node = node
        self._text = text  # compose from this on first use of `node`
        self.data = data
        self.problems: list[YamlProblem] = problems if problems is not None else []
        self.typed = typed

    @property
    def node(self) -> yaml.Node | None:
        if self._text is not None:
            loader = safe_loader(self._text)
            try:
                self._node = loader.get_single_node()
            finally:
                loader.dispose()
            self._text = None
        return self._node

    def typed_data(self) -> Any:
        """`data` with free-text and status fields as written (see claims.registry.typed)."""
        if not self.typed:
            from claims.registry.typed import as_typed

            self.data = as_typed(self.node, self.data)
            self.typed = True
        return self.data


MAX_REGISTRY_BYTES = 100_000_000
"""A registry larger than this is refused before it is read (about 150,000 claims fit in it)."""


def read_text(path: Path, limit: int = MAX_REGISTRY_BYTES) -> str:
    """The registry file's text. Raises InputError when it cannot be read as UTF-8 text.

    Only a regular file of at most `limit` bytes is read: a FIFO, a device or a folder is
    refused without blocking (see `claims.safefiles.read_regular`).
    """
    data = read_regular(path, limit, "; a registry this large is not supported")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(shown(str(path)), f"not valid UTF-8 (byte offset {exc.start})", line) from exc


def _mark(exc: yaml.YAMLError) -> tuple[int | None, int | None]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def duplicate_keys(node: yaml.Node | None) -> Iterator[YamlProblem]:
    """Keys that appear twice in one mapping (PyYAML silently keeps the last value)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    yield YamlProblem(
                        "duplicate-key",
                        f"duplicate key {key.value!r} (first on line {seen[key.value]}); "
                        "YAML loaders silently keep only the last value",
                        key.start_mark.line + 1,
                        key.start_mark.column + 1,
                    )
                else:
                    seen[key.value] = key.start_mark.line + 1
            yield from duplicate_keys(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from duplicate_keys(item)


def parse_yaml(text: str, limits: YamlLimits = LIMITS, typed: bool = False) -> ParsedYaml:
    """Check the limits, then compose and construct with the safe loader; never raises on bad YAML.

    An alias bomb, deep nesting or an oversized document is reported (kind "limit") before
    anything is built (see `claims.yamlsafe`). Tags outside safe YAML (e.g.
    `!!python/object/apply`) are reported, never constructed.

    `typed`: the caller wants the registry's data as typed (`ParsedYaml.typed_data`); plain YAML is
    then read in one pass over the C parser's events (`claims.registry.fastload`), the node tree composed
    only when asked for. Anything else takes the full path, with the same problems reported.
    """
    if typed:
        from claims.registry.blockload import FALLBACK, load_block
        from claims.registry.fastload import load_typed

        data = load_block(text, limits)
        if data is FALLBACK:
            data = load_typed(text, limits)
        if data is not FALLBACK:
            return ParsedYaml(None, data, text=text, typed=True)
    too_complex = limit_problem(text, limits)
    if too_complex is not None:
        line, col = _mark(too_complex)
        return ParsedYaml(None, None, [YamlProblem("limit", str(too_complex.problem), line, col)])
    loader = safe_loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            line, col = _mark(exc)
            problem = getattr(exc, "problem", None) or str(exc)
            return ParsedYaml(None, None, [YamlProblem("syntax", f"YAML syntax error: {problem}", line, col)])
        problems = list(duplicate_keys(node))
        try:
            data = loader.construct_document(node) if node is not None else None
        except YamlBadValue as exc:
            line, col = _mark(exc)
            problems.append(YamlProblem("syntax", f"YAML error: {exc.problem}", line, col))
            return ParsedYaml(node, None, problems)
        except yaml.constructor.ConstructorError as exc:
            line, col = _mark(exc)
            problems.append(YamlProblem("tag", f"{exc.problem} (only plain YAML is read, never executed)", line, col))
            return ParsedYaml(node, None, problems)
        except yaml.YAMLError as exc:
            line, col = _mark(exc)
            problems.append(YamlProblem("syntax", f"YAML error: {getattr(exc, 'problem', exc)}", line, col))
            return ParsedYaml(node, None, problems)
        except (ValueError, TypeError, OverflowError, IndexError, KeyError, AttributeError) as exc:  # not expected
            problems.append(YamlProblem("syntax", f"YAML error: a value does not fit its tag ({exc})", None, None))
            return ParsedYaml(node, None, problems)
        return ParsedYaml(node, data, problems)
    finally:
        loader.dispose()


def load_registry_data(path: Path) -> Any:
    """Parse the YAML (safe loader only). Raises InputError when unreadable, not YAML or ambiguous.

    Free-text fields and statuses are read as typed (see claims.registry.typed).
    """
    return parse_registry_text(read_registry_text(path), path)[1]


def read_registry_text(path: Path) -> str:
    """The registry's text; a FIFO, device or directory is refused before anything reads it."""
    from claims.registry.fileops import ensure_regular

    ensure_regular(path)
    return read_text(path)


def parse_registry_text(text: str, path: Path) -> tuple[ParsedYaml, Any]:
    """The parse and the data (as typed) of registry text; InputError (with a hint) on the first YAML problem."""
    from claims.registry.hints import yaml_hint

    parsed = parse_yaml(text, typed=True)
    if parsed.problems:
        first = parsed.problems[0]
        hint = yaml_hint(first.message, text, first.line) if first.kind == "syntax" else ""
        raise InputError(shown(str(path)), first.message + (f"; {hint}" if hint else ""), first.line)
    return parsed, parsed.typed_data()


def load_registry(path: Path) -> Registry:
    """Load and validate; raises InputError (unreadable, bad YAML) or pydantic ValidationError."""
    return Registry.model_validate(load_registry_data(path))


def dump_registry(registry: Registry) -> str:
    """The text of a new registry file: the schema header, then block YAML (no `retired` when empty).

    Written by the same round-trip writer that later edits the file in place (claims.registry.roundtrip).
    """
    from claims.registry.roundtrip import render_new

    return render_new(registry)


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and an atomic rename (see claims.registry.fileops).

    If anything fails before the rename, the old file is untouched and the temporary file removed.
    """
    from claims.registry.fileops import write_atomic as write

    write(Path(path), text)
