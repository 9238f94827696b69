"""Machine formats for `claims list`: json, jsonl, yaml, csv (stdout)."""

from __future__ import annotations

import csv
import gc
import sys
from typing import Any

import yaml

from claims.export import json_document_chunks, jsonl_lines, to_document
from claims.models import Analysis
from claims.render.escape import visible

CSV_FIELDS = ("group", "source", "outlet", "speaker", "speaker_id", "via", "cue", "kind",
              "content", "start", "end", "id", "flags", "status", "note")
"""`flags` is the claim's group's flags, joined with "; "; `status` and `note` are the review fields."""


def csv_row(claim: dict[str, Any], flags: list[str]) -> dict[str, Any]:
    """One CSV row: strings with control characters made visible (newlines kept: csv quotes them)."""
    row = {**claim, "flags": "; ".join(flags)}
    return {k: visible(v, newlines="keep") if isinstance(v, str) else v for k, v in row.items()}


def write_document(analysis: Analysis, fmt: str) -> None:
    out = sys.stdout
    if fmt in ("json", "jsonl"):  # record by record: the whole document is never built
        # The records are freed by reference counting as they are written; the cyclic collector would
        # only scan every claim and group of the run again and again while they are made.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for chunk in json_document_chunks(analysis) if fmt == "json" else jsonl_lines(analysis):
                out.write(chunk)
        finally:
            if collecting:
                gc.enable()
        if fmt == "json":
            out.write("\n")
        return
    doc = to_document(analysis)
    if fmt == "yaml":
        yaml.safe_dump(doc, out, sort_keys=False, allow_unicode=True, width=100)
    elif fmt == "csv":
        flags = {g["id"]: g["flags"] for g in doc["groups"]}
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in doc["claims"]:
            writer.writerow(csv_row(row, flags.get(row.get("group") or "", [])))
    else:
        raise ValueError(f"unknown format {fmt!r}")
