"""`claims list` tables against golden files: a wide and a compact layout, no colour, fixed widths.

The input is a fixed hand-made registry (tests/data/listing, with flags set), so the golden files change only
when the rendering does. `pytest --update-golden` rewrites them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from claims.cli import app
from tests.conftest import DATA

REGISTRY = DATA / "listing" / "claims.yaml"


@pytest.mark.parametrize("width", [120, 80])
def test_list_table_golden(runner: CliRunner, golden: Callable[[str, str], None], width: int) -> None:
    result = runner.invoke(app, ["list", "--registry", str(REGISTRY), "--width", str(width)])
    assert result.exit_code == 0, result.output
    assert all(len(line) <= width for line in result.stdout.splitlines())
    golden(f"list_table_{width}.txt", result.stdout)


def test_compact_table_spells_out_its_flag_letters(runner: CliRunner) -> None:
    out = runner.invoke(app, ["list", "--registry", str(REGISTRY), "--width", "80"]).stdout
    assert "Flags: S single-outlet" in out
    wide = runner.invoke(app, ["list", "--registry", str(REGISTRY), "--width", "120"]).stdout
    assert "single-outlet" in wide and "Flags: S" not in wide


def test_single_outlet_filter_in_the_table(runner: CliRunner) -> None:
    out = runner.invoke(app, ["list", "--registry", str(REGISTRY), "--width", "120", "--single-outlet"]).stdout
    assert "conflict" not in out and "unnamed-only" not in out
    assert out.rstrip().endswith("2 single-outlet groups.")
