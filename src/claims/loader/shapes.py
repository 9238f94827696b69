"""Recognise the shapes article files come in and find metadata and the body.

Each parser takes the decoded file text and returns a `Parsed`: metadata
found in the file and the body's offsets into that same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from claims.text import replace_surrogates
from claims.yamlsafe import compose


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
    try:
        root = compose(m.group(1))
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
        name = FRONT_KEYS.get(str(key.value).lower()) if isinstance(key, yaml.ScalarNode) else None
        if name is None:
            continue
        if value.tag not in _TEXT_TAGS | {_NULL}:
            warning = warning or (f"front matter field {key.value!r} has the tag {value.tag!r}: ignored "
                                  "(only plain YAML is read, never executed)", value.start_mark.line + 2)
        elif isinstance(value, yaml.ScalarNode) and value.tag != _NULL and str(value.value).strip():
            meta.setdefault(name, replace_surrogates(str(value.value).strip()[:MAX_META])[0])
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
