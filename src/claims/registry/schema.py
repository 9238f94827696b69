"""The JSON Schema text of `claims.yaml`, as committed in `claims.schema.json`."""

from __future__ import annotations

import json

from claims.registry.model import registry_json_schema

SCHEMA_FILE = "claims.schema.json"


def schema_text() -> str:
    """The schema as stable, indented JSON ending in a newline."""
    return json.dumps(registry_json_schema(), indent=2, ensure_ascii=False) + "\n"
