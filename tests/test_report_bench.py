"""`bench/report.py` runs on a tiny corpus and reports the report's time and size figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_report_bench_runs_and_reports_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    page = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "report.py"), "--articles", "12", "--jobs", "1",
         "--json", str(out), "--keep", str(page)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 12 and figures["claims"] > 0 and figures["groups"] > 0
    assert figures["report_s"] >= figures["render_s"] > 0
    assert figures["report_mb"] == round(len(page.read_bytes()) / 1e6, 2)
    assert figures["verdicts"] == {"report_s": None, "report_mb": None}  # targets apply at 2,000 articles
    assert "report_s" in result.stdout and "target <= 10" in result.stdout
