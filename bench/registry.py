"""The registry at scale: `claims list`, `list -f json` and `check` on registries of 2,000 and 20,000 claims.

    python bench/registry.py                     # 2,000 and 20,000 claims (about 200 and 2,000 articles)
    python bench/registry.py --claims 2000       # one size
    python bench/registry.py --json bench/out/registry.json

Each registry is built from the synthetic corpus (bench/corpus.py) with the project's own converters
(bench/run.py `synthetic_registry`: the generator's placed claims, grouped as placed), and each command
runs as a subprocess through bench/launcher.py, as bench/run.py measures: wall time including interpreter
start, the median of N runs after one warm-up (the best and the CPU time beside it). In the same run the
articles are analysed afresh: `claims list --seeds DIR --width 120` (the same table, from the articles) and
`claims list --seeds DIR --format json` (beside `list -f json`). The "afresh / list" ratio is measured in
pairs, each analysis afresh followed at once by a `list` of the registry, and the median of the pairs'
ratios is reported: both sides of a pair run under the same machine load.

The figures end with a Markdown table ready for the README, with the machine and its load average.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402

TARGETS = {
    "list_2k_s": 0.5,  # `claims list` at 2,000 claims, wall (median), interpreter start included
    "list_20k_s": 3.0,
    "check_20k_s": 3.0,
    "fresh_over_list_20k": 5.0,  # analysing the articles afresh / `list` on their registry, at 20,000 claims
}
AIMS = {  # the margin kept while the analysis itself gets faster (the ratio's other side shrinks)
    "list_2k_s": 0.3,
    "list_20k_s": 1.2,
    "check_20k_s": 1.5,
    "fresh_over_list_20k": 8.0,
}
ARTICLES_PER_CLAIM = 0.1  # the generator places about 10 claims per article


def _timed(cmd: list[str], workdir: Path, repeats: int) -> dict[str, Any]:
    """Median and best wall seconds, median CPU seconds over `repeats` runs after a warm-up; peak memory and exit
    code of the last run."""
    run.run_measured(cmd, cwd=workdir, sample=False)  # warm the file cache and .pyc files
    runs = [run.run_measured(cmd, cwd=workdir, sample=False) for _ in range(max(1, repeats - 1))]
    runs.append(run.run_measured(cmd, cwd=workdir, sample=True))
    walls = [r.wall_s for r in runs]
    last = runs[-1]
    return {"median_s": statistics.median(walls), "best_s": min(walls), "runs_s": walls,
            "cpu_s": statistics.median(r.cpu_s for r in runs), "rc": last.returncode,
            "peak_mb": max(last.maxrss_mb, last.tree_peak_mb)}


def measure(n_claims: int, workdir: Path, seed: int, repeats: int, fresh_runs: int) -> dict[str, Any]:
    n_articles = max(1, round(n_claims * ARTICLES_PER_CLAIM))
    path, claims = run.synthetic_registry(workdir, n_articles, seed)
    base = [sys.executable, "-m", "claims"]
    row: dict[str, Any] = {"target_claims": n_claims, "articles": n_articles, "claims": claims,
                           "kb": path.stat().st_size / 1024}
    listing = [*base, "list", "-r", str(path), "--width", "120"]
    listing_json = [*base, "list", "-r", str(path), "--format", "json"]
    for name, cmd in (("list", listing), ("json", listing_json), ("check", [*base, "check", str(path)])):
        row[name] = _timed(cmd, workdir, repeats)
    if fresh_runs:
        # The same listing from the articles (analysed afresh), each run paired with the registry's command.
        for name, fresh_args, registry_cmd in (
                ("fresh", ["list", "--seeds", str(path.parent), "--width", "120"], listing),
                ("fresh_json", ["list", "--seeds", str(path.parent), "--format", "json"], listing_json)):
            pairs = []
            for _ in range(fresh_runs):
                res = run.run_measured(base + fresh_args, cwd=workdir)
                mine = run.run_measured(registry_cmd, cwd=workdir, sample=False)
                pairs.append((res, mine))
            walls = [res.wall_s for res, _ in pairs]
            row[name] = {"wall_s": statistics.median(walls), "runs_s": walls,
                         "cpu_s": statistics.median(res.cpu_s for res, _ in pairs),
                         "rc": max(res.returncode for res, _ in pairs),
                         "peak_mb": max(max(res.maxrss_mb, res.tree_peak_mb) for res, _ in pairs),
                         "ratios": [res.wall_s / mine.wall_s for res, mine in pairs]}
        row["fresh_over_list"] = statistics.median(row["fresh"]["ratios"])
        row["fresh_json_over_json"] = statistics.median(row["fresh_json"]["ratios"])
    return row


def verdicts(rows: list[dict[str, Any]], wanted: dict[str, float] = TARGETS, tag: str = "") -> list[str]:
    by = {r["target_claims"]: r for r in rows}
    out: list[str] = []

    def add(name: str, want: str, value: float | None, ok: bool | None) -> None:
        verdict = "SKIP" if ok is None else ("PASS" if ok else "FAIL")
        shown = "not measured" if value is None else f"{value:.2f}"
        out.append(f"  {verdict:<4}  {name + tag:<45} wanted {want:<8} measured {shown}")

    small, large = by.get(2_000), by.get(20_000)
    for label, row, key, cmd in (("`list` at 2,000 claims (s)", small, "list_2k_s", "list"),
                                 ("`list` at 20,000 claims (s)", large, "list_20k_s", "list"),
                                 ("`check` at 20,000 claims (s)", large, "check_20k_s", "check")):
        value = row[cmd]["median_s"] if row else None
        add(label, f"<= {wanted[key]}", value, None if value is None else value <= wanted[key])
    ratio = large.get("fresh_over_list") if large else None
    add("same table afresh / `list`, 20,000 claims", f">= {wanted['fresh_over_list_20k']}", ratio,
        None if ratio is None else ratio >= wanted["fresh_over_list_20k"])
    return out




def readme_table(rows: list[dict[str, Any]], meta: dict[str, Any], repeats: int) -> list[str]:
    """The figures as the README shows them (Markdown), with the machine and its load."""
    lines = [
        f"Registry commands, {meta['date']}, on {meta['machine']}; load average {meta['load_before']:.1f} "
        f"before, {meta['load_after']:.1f} after (`python bench/registry.py`: wall time with interpreter start, "
        f"median of {repeats} runs):",
        "",
        "| claims (articles) | `list` | `list -f json` | `check` | peak memory | analysed afresh | afresh / `list` |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        peak = max(r[k]["peak_mb"] for k in ("list", "json", "check"))
        fresh = f"{r['fresh']['wall_s']:.1f} s" if "fresh" in r else "-"
        ratio = f"{r['fresh_over_list']:.1f}x" if "fresh_over_list" in r else "-"
        lines.append(f"| {r['claims']:,} ({r['articles']:,}) | {r['list']['median_s']:.2f} s | "
                     f"{r['json']['median_s']:.2f} s | {r['check']['median_s']:.2f} s | {peak:.0f} MB | {fresh} | "
                     f"{ratio} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", default="2000,20000", help="Comma-separated registry sizes in claims.")
    ap.add_argument("--repeats", type=int, default=5, help="Runs of each registry command (the median is shown).")
    ap.add_argument("--fresh-runs", type=int, default=3,
                    help="Analyses afresh, each paired with a `list` for the ratio (0: none).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-fresh", action="store_true", help="Do not analyse the articles afresh (--fresh-runs 0).")
    ap.add_argument("--keep", type=Path, help="Write the registries here (kept) instead of a temporary folder.")
    ap.add_argument("--json", type=Path, help="Also write the results as JSON here.")
    args = ap.parse_args(argv)
    fresh_runs = 0 if args.no_fresh else max(0, args.fresh_runs)
    run._LAUNCHER = run.Launcher()  # before this process grows
    sys.path.insert(0, str(run.SRC))
    meta = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
            "machine": run.machine(), "load_before": os.getloadavg()[0]}
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="claims-bench-registry-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in (int(x) for x in args.claims.split(",")):
            rows.append(measure(n, workdir, args.seed, args.repeats, fresh_runs))
            print(f"  measured a registry of {rows[-1]['claims']:,} claims", file=sys.stderr)
    run._LAUNCHER.close()
    meta["load_after"] = os.getloadavg()[0]
    print(f"claims registry benchmark  {meta['date']}  {meta['machine']}  load average "
          f"{meta['load_before']:.1f} before, {meta['load_after']:.1f} after; median of {args.repeats} "
          "(best, CPU) seconds")
    print(f"{'claims':>8} {'articles':>8} {'KB':>7} {'list':>22} {'list -f json':>22} {'check':>22} "
          f"{'peak MB':>8} {'afresh s':>9} {'ratio':>6} {'json s':>7} {'ratio':>6}")
    for r in rows:
        cells = [f"{r[k]['median_s']:.2f} ({r[k]['best_s']:.2f}, {r[k]['cpu_s']:.2f})"
                 for k in ("list", "json", "check")]
        peak = max(r[k]["peak_mb"] for k in ("list", "json", "check"))
        fresh, fresh_json = r.get("fresh"), r.get("fresh_json")
        print(f"{r['claims']:>8,} {r['articles']:>8,} {r['kb']:>7,.0f} {cells[0]:>22} {cells[1]:>22} {cells[2]:>22} "
              f"{peak:>8.0f} {fresh['wall_s'] if fresh else float('nan'):>9.1f} "
              f"{r.get('fresh_over_list', float('nan')):>6.1f} "
              f"{fresh_json['wall_s'] if fresh_json else float('nan'):>7.1f} "
              f"{r.get('fresh_json_over_json', float('nan')):>6.1f}")
        bad = [k for k in ("list", "json", "check", "fresh", "fresh_json") if k in r and r[k]["rc"] not in (0,)]
        if bad:
            print("    exit codes: " + ", ".join(f"{k} {r[k]['rc']}" for k in bad))
    for line in verdicts(rows) + verdicts(rows, AIMS, " (aim)"):
        print(line)
    print()
    for line in readme_table(rows, meta, args.repeats):
        print(line)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"meta": meta, "targets": TARGETS, "aims": AIMS, "rows": rows}, indent=2)
                             + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
