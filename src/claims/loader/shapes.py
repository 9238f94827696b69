"""Recognise the shapes article files come in and find metadata and the body.

Each parser takes the decoded file text and returns a `Parsed`: metadata
found in the file and the body's offsets into that same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from claims.text import replace_surrogates
from claims.yamlsafe import LIMITS, compose


@dataclass
class Parsed:
    """What a file says about itself: metadata and where its body is."""

    body_start: int
    body_end: int
    meta: dict[str, str] = field(default_factory=dict)
    warning: str | None = None
    warning_line: int | None = None


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.S | re.M)
_FRONT_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n[ \t]*[A-Za-z_][\w -]*:")
_TEXT_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "timestamp"))
_NULL = "tag:yaml.org,2002:null"
# A metadata value longer than this is not metadata (and is not searched for links).
MAX_META = 1000
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_MD_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t]*$", re.M)
_MD_FIELD = re.compile(r"^\*\*(?P<key>[A-Za-z ()]+?):\*\*[ \t]*(?P<value>.*?)[ \t]*$", re.M)
_MD_BODY = re.compile(r"^##[ \t]+(?:Full Article|Article|Body|Text)[ \t]*\r?$\n?", re.M | re.I)
_MD_FOOTER = re.compile(r"^---[ \t]*$", re.M)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")

_MD_KEYS = {
    "source": "url",
    "url": "url",
    "link": "url",
    "publisher": "outlet",
    "outlet": "outlet",
    "published": "published",
    "date": "published",
    "title": "title",
}
FRONT_KEYS = {
    "outlet": "outlet",
    "publisher": "outlet",
    "source": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "title": "title",
}


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]


def parse_front_matter(text: str, path: str) -> Parsed | None:
    """YAML between `---` lines at the top. Malformed YAML: the body is still used, with a warning."""
    m = _FRONT.match(text)
    if not m:
        if _FRONT_OPEN.match(text):
            start, end = _strip_span(text, 0, len(text))
            return Parsed(start, end, {}, "front matter has no closing '---' line: read as plain text", 1)
        return None
    start, end = _strip_span(text, m.end(), len(text))
    meta = _plain_meta(m.group(1))
    if meta is not None:
        return Parsed(start, end, meta)
    return _yaml_front_matter(m.group(1), start, end)


_PLAIN_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?")
"""A front matter line `key: value` (a key of plain letters at the margin): what `_plain_meta` reads."""
_QUOTED = re.compile(r'"([^"\\]*)"|\'([^\']*)\'')
"""A quoted value without escapes, quotes or folding: the text between its quotes."""
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""YAML's indicators: a plain value that starts with one may be something else."""
_RESOLVER: Any = yaml.resolver.Resolver()  # (untyped in the stubs)


def _plain_meta(block: str) -> dict[str, str] | None:
    """The metadata `_yaml_front_matter` reads from front matter of plain `key: value` lines only (most
    files' front matter), read line by line without YAML: each value either quoted without escapes, or
    plain and tagged as YAML tags it (`yaml.resolver`). None for anything else (an indented, blank or
    comment line, a character `str.isprintable` refuses, a plain value that holds an indicator): YAML
    then reads it. About a third of the time of composing the YAML (libyaml, and the node per value)."""
    if len(block) > LIMITS.max_chars:
        return None
    lines = block.split("\n")
    if lines.pop() or not lines:  # the block ends with its last line's break
        return None
    meta: dict[str, str] = {}
    for line in lines:
        field = _PLAIN_FIELD.fullmatch(line)
        if field is None or not line.isprintable():
            return None
        value = (field.group(2) or "").rstrip(" ")
        if value[:1] in ("\"", "'"):
            quoted = _QUOTED.fullmatch(value)
            if quoted is None:
                return None
            value = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
        elif value[:1] in _PLAIN_START or ": " in value or " #" in value or value.endswith(":"):
            return None
        else:
            tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
            if tag == _NULL:
                continue
            if tag not in _TEXT_TAGS:
                return None
        _add_meta(meta, field.group(1), value)
    return meta


def _add_meta(meta: dict[str, str], key: str, value: str) -> None:
    """A field's value, as written, under its metadata name (the first one given wins)."""
    name = FRONT_KEYS.get(key.lower())
    if name is not None and value.strip():
        meta.setdefault(name, replace_surrogates(value.strip()[:MAX_META])[0])


def _yaml_front_matter(block: str, start: int, end: int) -> Parsed:
    """The metadata of a front matter block (`block`) read as YAML, and the body's span."""
    try:
        root = compose(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return Parsed(start, end, {}, f"malformed YAML front matter ({_yaml_problem(exc)}): "
                      "its metadata is ignored, the article text is used", line)
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL):
        return Parsed(start, end, {})
    if not isinstance(root, yaml.MappingNode):
        return Parsed(start, end, {}, "YAML front matter is not a mapping of fields: "
                      "its metadata is ignored, the article text is used", 2)
    meta: dict[str, str] = {}
    warning: tuple[str, int] | None = None
    for key, value in root.value:
        # Values as written (`published: 2026-01-31`, `title: No`); lists, mappings and tags are not metadata.
        if not isinstance(key, yaml.ScalarNode) or FRONT_KEYS.get(str(key.value).lower()) is None:
            continue
        if value.tag not in _TEXT_TAGS | {_NULL}:
            warning = warning or (f"front matter field {key.value!r} has the tag {value.tag!r}: ignored "
                                  "(only plain YAML is read, never executed)", value.start_mark.line + 2)
        elif isinstance(value, yaml.ScalarNode) and value.tag != _NULL:
            _add_meta(meta, str(key.value), str(value.value))
    if warning is not None:
        return Parsed(start, end, meta, warning[0], warning[1])
    return Parsed(start, end, meta)


def parse_markdown_header(text: str) -> Parsed | None:
    body = _MD_BODY.search(text)
    title = _MD_TITLE.match(text)
    if not body or not (title or _MD_FIELD.search(text, 0, body.start())):
        return None
    meta: dict[str, str] = {}
    if title:
        meta["title"] = title.group(1).strip()
    for m in _MD_FIELD.finditer(text, 0, body.start()):
        name = _MD_KEYS.get(m.group("key").strip().lower())
        value = m.group("value")
        if len(value) > MAX_META:
            continue
        link = _MD_LINK.search(value)
        if link:
            value = link.group(2) if name == "url" else link.group(1)
        if name and value.strip():
            meta.setdefault(name, value.strip())
    footer = _MD_FOOTER.search(text, body.end())
    end = footer.start() if footer else len(text)
    start, end = _strip_span(text, body.end(), end)
    return Parsed(start, end, meta)


def parse_date_line(text: str) -> Parsed | None:
    m = _DATE_LINE.match(text)
    if not m:
        return None
    start, end = _strip_span(text, m.end(), len(text))
    return Parsed(start, end, {"published": m.group(1)})


def parse_plain(text: str) -> Parsed:
    start, end = _strip_span(text, 0, len(text))
    return Parsed(start, end, {})


def parse(text: str, path: str) -> Parsed:
    """Try each known shape in turn; plain text is the fallback."""
    return (
        parse_front_matter(text, path)
        or parse_markdown_header(text)
        or parse_date_line(text)
        or parse_plain(text)
    )
