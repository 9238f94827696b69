"""JSON Lines bulk files: one article per line.

Each non-blank line is a JSON object with the article text in `text` (or `body`,
`content`) and optional `id`, `outlet` (or `source`, `publisher`, `site`), `url`,
`published` (or `date`, `publishedAt`), `title`. A line that cannot be used is
reported with its line number; the other lines are still read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from claims.text import replace_surrogates

__all__ = ["BadLine", "Record", "read_jsonl"]

TEXT_KEYS = ("text", "body", "content")
META_KEYS = {
    "outlet": ("outlet", "source", "publisher", "site", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "publishedAt", "published_at", "datePublished"),
    "title": ("title", "headline"),
}
MAX_META = 1000


@dataclass
class Record:
    """One usable line: its number (1-based), its id if given, its text and metadata."""

    line: int
    id: str | None
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    repaired: int = 0  # lone surrogates replaced with U+FFFD in the text, id and metadata


@dataclass
class BadLine:
    """A line that was left out, and why."""

    line: int
    reason: str


def _scalar(value: object) -> str | None:
    """A metadata value as text: strings and numbers; a mapping's `name` (e.g. {"name": "AP"})."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text[:MAX_META] if text else None
    return None


def _repair(record: Record) -> Record:
    """Lone surrogates (`"\\ud800"` escapes; no UTF-8 output can hold them) become U+FFFD, one for one."""
    record.text, count = replace_surrogates(record.text)
    if record.id is not None:
        record.id, n = replace_surrogates(record.id)
        count += n
    for key, value in record.meta.items():
        record.meta[key], n = replace_surrogates(value)
        count += n
    record.repaired = count
    return record


def _record(obj: object, line: int) -> Record | BadLine:
    if not isinstance(obj, dict):
        return BadLine(line, f"not a JSON object (found {type(obj).__name__})")
    key = next((k for k in TEXT_KEYS if k in obj), None)
    if key is None:
        return BadLine(line, "no article text: expected a 'text', 'body' or 'content' field")
    text = obj[key]
    if not isinstance(text, str):
        return BadLine(line, f"field {key!r} is not a string")
    if not text.strip():
        return BadLine(line, f"field {key!r} is empty")
    raw_id = obj.get("id")
    rid = _scalar(raw_id) if raw_id is not None else None
    if raw_id is not None and rid is None:
        return BadLine(line, "field 'id' must be a non-empty string or number")
    meta: dict[str, str] = {}
    for name, keys in META_KEYS.items():
        for k in keys:
            value = _scalar(obj.get(k))
            if value:
                meta[name] = value
                break
    return _repair(Record(line, rid, text, meta))


def read_jsonl(text: str, max_line: int | None = None) -> list[Record | BadLine]:
    """Every non-blank line of a decoded JSON Lines file, as a Record or a BadLine, in order.

    Lines are split at "\\n" only (a JSON string may hold U+2028 and friends). A line of more
    than `max_line` characters is a BadLine, left unparsed.
    """
    out: list[Record | BadLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if max_line is not None and len(line) > max_line:
            out.append(BadLine(number, f"too large ({len(line):,} characters; the limit for one article is "
                               f"{max_line:,}; see --max-file-size)"))
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            out.append(BadLine(number, f"not valid JSON ({msg})"))
            continue
        except RecursionError:
            out.append(BadLine(number, "not valid JSON (nested too deeply)"))
            continue
        out.append(_record(obj, number))
    return out
