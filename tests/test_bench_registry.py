"""`bench/registry.py` runs end to end on a tiny registry and reports each command and the ratios."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_tiny_registry_run(tmp_path: Path) -> None:
    out = tmp_path / "registry.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "registry.py"), "--claims", "60", "--repeats", "2", "--fresh-runs", "2",
         "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert row["claims"] > 20 and row["articles"] == 6
    for name in ("list", "json", "check", "fresh", "fresh_json"):
        assert row[name]["rc"] == 0, (name, row[name])
    for name in ("list", "json", "check"):
        assert 0 < row[name]["best_s"] <= row[name]["median_s"] and len(row[name]["runs_s"]) == 2
    assert len(row["fresh"]["ratios"]) == 2 and row["fresh_over_list"] > 0 and row["fresh_json_over_json"] > 0
    assert "SKIP  `list` at 20,000 claims" in proc.stdout
    assert "SKIP  `list` at 20,000 claims (s) (aim)" in proc.stdout
    # The README table: the caption names the machine and the load, one line per registry size.
    assert "load average" in proc.stdout and "cores, Python" in proc.stdout
    [line] = [ln for ln in proc.stdout.splitlines() if ln.startswith(f"| {row['claims']:,} (6) |")]
    assert line.count("|") == 8 and line.endswith("x |")
