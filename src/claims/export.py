"""The JSON contract of `claims list --format json` (and the yaml/csv views of it)."""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Iterator
from typing import Any

from claims.models import Analysis, Review

SOURCE_FIELDS = ("id", "outlet", "url", "published", "title", "path")


def to_document(analysis: Analysis) -> dict[str, Any]:
    """{"sources": [...], "claims": [...], "groups": [...], "skipped": [...]}.

    Claims and groups carry the review fields `status` and `note` (from the registry; "unreviewed" and ""
    for a fresh analysis). A claim's `status` is its own, or its group's when the claim itself is unreviewed.
    """
    no_review = Review()
    return {
        "sources": [{f: getattr(s, f) for f in SOURCE_FIELDS} for s in analysis.sources],
        "claims": [{**c.model_dump(mode="json"), **analysis.review_of(c).model_dump()} for c in analysis.claims],
        "groups": [{**g.model_dump(mode="json"), **analysis.group_reviews.get(g.id, no_review).model_dump()}
                   for g in analysis.groups],
        "skipped": [s.model_dump(mode="json") for s in analysis.skipped],
    }


_encode_str = json.encoder.encode_basestring  # libjson's C function when present (as json.dumps uses)


def _value(value: Any, pad: str) -> str:
    """`value` as `json.dumps(value, indent=2, ensure_ascii=False)` writes it at the indent `pad`."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is list and all(type(v) is str for v in value):
        if not value:
            return "[]"
        inner = pad + "  "
        return "[\n" + ",\n".join(inner + _encode_str(v) for v in value) + "\n" + pad + "]"
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)


def _record(record: dict[str, Any], pad: str) -> str:
    if not record or not all(type(k) is str for k in record):
        return json.dumps(record, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)
    inner = pad + "  "
    return "{\n" + ",\n".join(f"{inner}{_encode_str(k)}: {_value(v, inner)}" for k, v in record.items()) + \
        "\n" + pad + "}"


def json_chunks(document: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    """The text of `json.dumps(document, indent=2, ensure_ascii=False)`, in pieces (one per record).

    The standard library formats indented JSON in Python, one generator step per value; here each record
    is put together from C-encoded strings, several times faster on a large registry, and written as it
    is made. Only the shape of `to_document` takes this path (a mapping of lists of flat records, whose
    values are text, whole numbers, null, booleans or lists of text); any other value is written by
    `json.dumps` itself, so the text is always the same.
    """
    if not document:
        yield "{}"
        return
    yield "{\n"
    for n, (key, records) in enumerate(document.items()):
        yield ("" if n == 0 else ",\n") + f"  {_encode_str(key)}: "
        if type(records) is not list or not all(type(r) is dict for r in records):
            yield json.dumps(records, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        elif not records:
            yield "[]"
        else:
            yield "[\n"
            for i, record in enumerate(records):
                yield ("" if i == 0 else ",\n") + "    " + _record(record, "    ")
            yield "\n  ]"
    yield "\n}"
