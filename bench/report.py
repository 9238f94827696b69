"""Benchmark of `claims report`: time and size of the HTML page for a large synthetic story.

    python bench/report.py                       # 2,000 articles (the target size)
    python bench/report.py --articles 200        # a quick look
    python bench/report.py --json bench/out/report.json --keep bench/out/report.html

The corpus comes from bench/corpus.py. The analysis (load, extract, group) is timed apart:
the targets are for the report alone, built from an Analysis already in memory:
`build_report` (matrix, evidence context, word diffs, provenance) plus `render_html` (Jinja2).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from corpus import write_corpus  # noqa: E402

TARGETS = {"report_s": 10.0, "report_mb": 20.0}  # at 2,000 articles


def measure(n: int, seed: int, jobs: int | None, workdir: Path, keep: Path | None) -> dict[str, Any]:
    from claims.pipeline import analyse
    from claims.report import build_report, render_html

    folder = workdir / f"corpus-{n}"
    write_corpus(folder, n, seed)
    t0 = time.perf_counter()
    analysis = analyse([folder], jobs=jobs)
    analyse_s = time.perf_counter() - t0

    wall0, cpu0 = time.perf_counter(), time.process_time()
    report = build_report(analysis, story=f"Synthetic story, {n:,} articles", origin=str(folder))
    wall1 = time.perf_counter()
    page = render_html(report)
    wall2, cpu2 = time.perf_counter(), time.process_time()
    size = len(page.encode("utf-8"))
    if keep is not None:
        keep.parent.mkdir(parents=True, exist_ok=True)
        keep.write_text(page, encoding="utf-8")
    return {
        "articles": n,
        "claims": len(analysis.claims),
        "groups": len(analysis.groups),
        "outlets": len({s.outlet for s in analysis.sources}),
        "analyse_s": round(analyse_s, 2),
        "build_s": round(wall1 - wall0, 2),
        "render_s": round(wall2 - wall1, 2),
        "report_s": round(wall2 - wall0, 2),
        "report_cpu_s": round(cpu2 - cpu0, 2),
        "report_mb": round(size / 1e6, 2),
        "matrix_rows": report.matrix_rows,
        "collapsed": not report.open_sections,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2_000, help="Articles in the story (default 2,000).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=None, help="Worker processes for the analysis.")
    ap.add_argument("--json", type=Path, help="Also write the figures as JSON here.")
    ap.add_argument("--keep", type=Path, help="Keep the HTML page here.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claims-bench-report-") as tmp:
        res = measure(args.articles, args.seed, args.jobs, Path(tmp), args.keep)
    res["load"] = os.getloadavg()[0]
    checked = args.articles >= 2_000
    res["verdicts"] = {
        "report_s": None if not checked else res["report_s"] <= TARGETS["report_s"],
        "report_mb": None if not checked else res["report_mb"] <= TARGETS["report_mb"],
    }
    print(f"{res['articles']:,} articles -> {res['claims']:,} claims, {res['groups']:,} groups, "
          f"{res['outlets']} outlets (analysis {res['analyse_s']} s, not counted)")
    print(f"report: build {res['build_s']} s + render {res['render_s']} s = {res['report_s']} s wall "
          f"({res['report_cpu_s']} CPU s, load {res['load']:.1f}); {res['report_mb']} MB; "
          f"matrix {res['matrix_rows']:,} rows; groups {'collapsed' if res['collapsed'] else 'open'}")
    for key, target in TARGETS.items():
        verdict = res["verdicts"][key]
        mark = "n/a (targets are for 2,000 articles)" if verdict is None else ("ok" if verdict else "MISSED")
        print(f"  {key:10} target <= {target:g}: {res[key]} {mark}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"targets": TARGETS, **res}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
