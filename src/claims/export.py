"""The JSON contract of `claims list --format json` (and the jsonl/yaml/csv views of it)."""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Iterator, Mapping
from typing import Any

from claims.models import Analysis, Review

SOURCE_FIELDS = ("id", "outlet", "url", "published", "title", "path")


SECTIONS = ("sources", "claims", "groups", "skipped")
"""The document's lists, in order; in JSON Lines each record names its list by `RECORD_KINDS`."""

RECORD_KINDS = {"sources": "source", "claims": "claim", "groups": "group", "skipped": "skipped"}

RECORD_KEY = "record"
"""The field of a JSON Lines record that says what it is: source, claim, group or skipped."""


def iter_section(analysis: Analysis, section: str) -> Iterator[dict[str, Any]]:
    """The records of one list of the document, one at a time (nothing else is built)."""
    if section == "sources":
        for s in analysis.sources:
            yield {f: getattr(s, f) for f in SOURCE_FIELDS}
    elif section == "claims":
        if not analysis.claim_reviews and not analysis.group_reviews:  # a fresh analysis: one review for all
            unreviewed = Review().model_dump()
            for c in analysis.claims:
                yield {**c.model_dump(mode="json"), **unreviewed}
        else:
            for c in analysis.claims:
                yield {**c.model_dump(mode="json"), **analysis.review_of(c).model_dump()}
    elif section == "groups":
        no_review = Review().model_dump()
        reviews = analysis.group_reviews
        for g in analysis.groups:
            review = reviews.get(g.id)
            yield {**g.model_dump(mode="json"), **(no_review if review is None else review.model_dump())}
    elif section == "skipped":
        for k in analysis.skipped:
            yield k.model_dump(mode="json")
    else:
        raise ValueError(f"unknown section {section!r}")


def to_document(analysis: Analysis) -> dict[str, Any]:
    """{"sources": [...], "claims": [...], "groups": [...], "skipped": [...]}.

    Claims and groups carry the review fields `status` and `note` (from the registry; "unreviewed" and ""
    for a fresh analysis). A claim's `status` is its own, or its group's when the claim itself is unreviewed.
    """
    return {section: list(iter_section(analysis, section)) for section in SECTIONS}


def jsonl_lines(analysis: Analysis) -> Iterator[str]:
    """`--format jsonl`: one JSON object per line (newline included): every source, then every claim, every
    group and every skipped input, each with `"record": "source" | "claim" | "group" | "skipped"` first and
    then the fields of `to_document`'s record. Made and written one record at a time, with the C encoder."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for section in SECTIONS:
        kind = RECORD_KINDS[section]
        for record in iter_section(analysis, section):
            yield dumps({RECORD_KEY: kind, **record}) + "\n"


def from_jsonl(lines: Iterator[str] | list[str]) -> dict[str, Any]:
    """The `to_document` dictionary of `--format jsonl` output (for consumers and tests)."""
    doc: dict[str, Any] = {section: [] for section in SECTIONS}
    sections = {kind: section for section, kind in RECORD_KINDS.items()}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            doc[sections[record.pop(RECORD_KEY)]].append(record)
    return doc


_encode_str = json.encoder.encode_basestring  # libjson's C function when present (as json.dumps uses)
_INFINITY = float("inf")


def _float(value: float) -> str:
    """A float as json.dumps writes it (allow_nan: NaN, Infinity, -Infinity)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


_KEYS: dict[str, str] = {}
"""Dict keys as `_value` writes them before their value (`"key": `), for the keys seen so far."""
_KEYS_MAX = 4096


def _key(key: str) -> str:
    text = _KEYS.get(key)
    if text is None:
        text = _encode_str(key) + ": "
        if len(_KEYS) < _KEYS_MAX:
            _KEYS[key] = text
    return text


def _value(value: Any, pad: str) -> str:
    """`value` as `json.dumps(value, indent=2, ensure_ascii=False)` writes it at the indent `pad`.

    Text, numbers, null, booleans, lists, tuples and dicts with text keys (nested too: a group's `links`
    and `nearest`) are put together here from C-encoded strings; any other value (a subclass of str or
    int, a dict with other keys) is left to json.dumps, so the text is always the standard one. The
    values of a dict or list that are text, whole numbers or null (most of them) are written inline."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is float:
        return _float(value)
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = pad + "  "
        items = []
        for v in value:
            t = type(v)
            items.append(inner + (_encode_str(v) if t is str else "null" if v is None else _value(v, inner)))
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + "  "
        fields = []
        known = _KEYS.get
        for k, v in value.items():
            if type(k) is not str:
                break
            t = type(v)
            fields.append(inner + (known(k) or _key(k)) + (_encode_str(v) if t is str else "null" if v is None
                                             else int.__repr__(v) if t is int else _value(v, inner)))
        else:
            return "{\n" + ",\n".join(fields) + "\n" + pad + "}"
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)


def json_chunks(document: Mapping[str, Any]) -> Iterator[str]:
    """The text of `json.dumps(document, indent=2, ensure_ascii=False)`, in pieces (one per record).

    The standard library formats indented JSON in Python, one generator step per value; here each record
    is put together from C-encoded strings, several times faster on a large registry, and written as it
    is made. A value of `document` may be a list or an iterator (`iter_section`): records are then made,
    written and dropped one at a time, and the document is never held whole. Text, numbers, null,
    booleans, lists and dicts with text keys take the fast path at any depth (`_value`: a group's `links`
    and `nearest` too); any other value is written by `json.dumps` itself, so the text is always the same.
    """
    if not document:
        yield "{}"
        return
    yield "{\n"
    for n, (key, records) in enumerate(document.items()):
        yield ("" if n == 0 else ",\n") + f"  {_encode_str(key)}: "
        if not isinstance(records, list | Iterator):
            yield json.dumps(records, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            continue
        empty = True
        for record in records:
            yield ("[\n" if empty else ",\n") + "    " + _value(record, "    ")
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "\n}"


def json_document_chunks(analysis: Analysis) -> Iterator[str]:
    """`--format json`: the text of `to_document(analysis)`, made and written one record at a time."""
    return json_chunks({section: iter_section(analysis, section) for section in SECTIONS})
