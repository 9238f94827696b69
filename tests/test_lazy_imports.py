"""Commands load only what they use: no rich for machine formats and `check`; no ruamel, rapidfuzz or jinja2
for reading a registry (start-up time is most of a small registry's `list`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("rich", "ruamel", "rapidfuzz", "jinja2")

SNIPPET = """
import contextlib, io, json, sys
from claims.cli import app
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        app(sys.argv[1:], standalone_mode=False)
    except BaseException:  # typer.Exit and the like: the modules loaded so far are what counts
        pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def _loaded(*args: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", SNIPPET, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, check=True)
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [
    ["list", "-r", "claims.yaml", "--format", "json"],
    ["list", "-r", "claims.yaml", "--format", "jsonl"],
    ["check", "claims.yaml"],
])
def test_machine_output_and_check_load_no_renderer(args: list[str]) -> None:
    loaded = _loaded(*args)
    assert "claims" in loaded and "pydantic" in loaded  # the command ran
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_the_table_loads_rich_only() -> None:
    loaded = _loaded("list", "-r", "claims.yaml", "--width", "100")
    assert "rich" in loaded
    assert not loaded & {"ruamel", "rapidfuzz", "jinja2"}
