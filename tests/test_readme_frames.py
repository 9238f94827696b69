"""The frame row the README shows is a row of the shipped table, as written there."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from claims.extract.frames import table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_row_is_in_the_table() -> None:
    block = re.search(r"```yaml\n(- id: .*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None, "README shows no frame row"
    shown = yaml.safe_load(block.group(1))[0]
    rows = {row.id: row for row in table()}
    assert shown["id"] in rows
    row = rows[shown["id"]]
    for key in ("find", "cue_class", "base", "priority"):
        assert getattr(row, key) == shown[key], key
    assert list(row.slots) == shown["slots"]
    assert list(row.checks) == shown["checks"]
    assert list(row.positive) == shown["positive"]
    assert list(row.negative) == shown["negative"]
