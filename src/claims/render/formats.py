"""Machine formats for `claims list`: json, yaml, csv (stdout)."""

from __future__ import annotations

import csv
import json
import sys

import yaml

from claims.export import to_document
from claims.models import Analysis

CSV_FIELDS = ("group", "source", "outlet", "speaker", "speaker_id", "via", "cue", "kind",
              "content", "start", "end", "id")


def write_document(analysis: Analysis, fmt: str) -> None:
    doc = to_document(analysis)
    out = sys.stdout
    if fmt == "json":
        json.dump(doc, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "yaml":
        yaml.safe_dump(doc, out, sort_keys=False, allow_unicode=True, width=100)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in doc["claims"]:
            writer.writerow(row)
    else:
        raise ValueError(f"unknown format {fmt!r}")
