"""The registry at scale: `claims list`, `list -f json` and `check` on registries of 2,000 and 20,000 claims.

    python bench/registry.py                     # 2,000 and 20,000 claims (about 200 and 2,000 articles)
    python bench/registry.py --claims 2000       # one size
    python bench/registry.py --json bench/out/registry.json

Each registry is built from the synthetic corpus (bench/corpus.py) with the project's own converters
(bench/run.py `synthetic_registry`: the generator's placed claims, grouped as placed), and each command
runs as a subprocess through bench/launcher.py, as bench/run.py measures: wall time including interpreter
start, best of N runs after one warm-up, with the median and CPU time beside it. In the same run the
articles are analysed afresh, once each: `claims list --seeds DIR --width 120` (the same table, from the
articles: the "afresh" ratio of the target) and `claims list --seeds DIR --format json` (beside
`list -f json`), so that reading the registry is compared with the analysis it saves, as ratios measured
under the same machine load.
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

import run  # noqa: E402

TARGETS = {
    "list_2k_s": 0.5,  # `claims list` at 2,000 claims, wall, interpreter start included
    "list_20k_s": 3.0,
    "check_20k_s": 3.0,
    "fresh_over_list_20k": 5.0,  # analysing the articles afresh / `list` on their registry, at 20,000 claims
}
ARTICLES_PER_CLAIM = 0.1  # the generator places about 10 claims per article


def measure(n_claims: int, workdir: Path, seed: int, repeats: int, fresh: bool) -> dict[str, Any]:
    n_articles = max(1, round(n_claims * ARTICLES_PER_CLAIM))
    path, claims = run.synthetic_registry(workdir, n_articles, seed)
    base = [sys.executable, "-m", "claims"]
    row: dict[str, Any] = {"target_claims": n_claims, "articles": n_articles, "claims": claims,
                           "kb": path.stat().st_size / 1024}
    for name, args in (("list", ["list", "-r", str(path), "--width", "120"]),
                       ("json", ["list", "-r", str(path), "--format", "json"]),
                       ("check", ["check", str(path)])):
        best, median, cpu = run._best_wall(base + args, workdir, repeats)
        last = run.run_measured(base + args, cwd=workdir, sample=True)
        row[name] = {"best_s": best, "median_s": median, "cpu_s": cpu, "peak_mb": max(last.maxrss_mb,
                     last.tree_peak_mb), "rc": last.returncode}
    if fresh:
        # The same listing from the articles (analysed afresh), and the JSON document from them, once each.
        for name, args in (("fresh", ["list", "--seeds", str(path.parent), "--width", "120"]),
                           ("fresh_json", ["list", "--seeds", str(path.parent), "--format", "json"])):
            res = run.run_measured(base + args, cwd=workdir)
            row[name] = {"wall_s": res.wall_s, "cpu_s": res.cpu_s, "rc": res.returncode,
                         "peak_mb": max(res.maxrss_mb, res.tree_peak_mb)}
        row["fresh_over_list"] = row["fresh"]["wall_s"] / row["list"]["best_s"]
        row["fresh_json_over_json"] = row["fresh_json"]["wall_s"] / row["json"]["best_s"]
    return row


def verdicts(rows: list[dict[str, Any]]) -> list[str]:
    by = {r["target_claims"]: r for r in rows}
    out: list[str] = []

    def add(name: str, wanted: str, value: float | None, ok: bool | None) -> None:
        verdict = "SKIP" if ok is None else ("PASS" if ok else "FAIL")
        shown = "not measured" if value is None else f"{value:.2f}"
        out.append(f"  {verdict:<4}  {name:<38} wanted {wanted:<8} measured {shown}")

    small, large = by.get(2_000), by.get(20_000)
    add("`list` at 2,000 claims (s)", f"<= {TARGETS['list_2k_s']}", small and small["list"]["best_s"],
        small and small["list"]["best_s"] <= TARGETS["list_2k_s"])
    add("`list` at 20,000 claims (s)", f"<= {TARGETS['list_20k_s']}", large and large["list"]["best_s"],
        large and large["list"]["best_s"] <= TARGETS["list_20k_s"])
    add("`check` at 20,000 claims (s)", f"<= {TARGETS['check_20k_s']}", large and large["check"]["best_s"],
        large and large["check"]["best_s"] <= TARGETS["check_20k_s"])
    ratio = large.get("fresh_over_list") if large else None
    add("same table afresh / `list`, 20,000 claims", f">= {TARGETS['fresh_over_list_20k']}", ratio,
        None if ratio is None else ratio >= TARGETS["fresh_over_list_20k"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", default="2000,20000", help="Comma-separated registry sizes in claims.")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-fresh", action="store_true", help="Do not analyse the articles afresh for the ratio.")
    ap.add_argument("--keep", type=Path, help="Write the registries here (kept) instead of a temporary folder.")
    ap.add_argument("--json", type=Path, help="Also write the results as JSON here.")
    args = ap.parse_args(argv)
    run._LAUNCHER = run.Launcher()  # before this process grows
    sys.path.insert(0, str(run.SRC))
    meta = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
            "load_before": os.getloadavg()[0]}
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="claims-bench-registry-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in (int(x) for x in args.claims.split(",")):
            rows.append(measure(n, workdir, args.seed, args.repeats, not args.no_fresh))
            print(f"  measured a registry of {rows[-1]['claims']:,} claims", file=sys.stderr)
    run._LAUNCHER.close()
    meta["load_after"] = os.getloadavg()[0]
    print(f"claims registry benchmark  {meta['date']}  cores={meta['cores']}  load average "
          f"{meta['load_before']:.1f} before, {meta['load_after']:.1f} after; best of {args.repeats} "
          "(median, CPU) seconds")
    print(f"{'claims':>8} {'articles':>8} {'KB':>7} {'list':>22} {'list -f json':>22} {'check':>22} "
          f"{'peak MB':>8} {'afresh s':>9} {'ratio':>6} {'json s':>7} {'ratio':>6}")
    for r in rows:
        cells = [f"{r[k]['best_s']:.2f} ({r[k]['median_s']:.2f}, {r[k]['cpu_s']:.2f})"
                 for k in ("list", "json", "check")]
        peak = max(r[k]["peak_mb"] for k in ("list", "json", "check"))
        fresh, fresh_json = r.get("fresh"), r.get("fresh_json")
        print(f"{r['claims']:>8,} {r['articles']:>8,} {r['kb']:>7,.0f} {cells[0]:>22} {cells[1]:>22} {cells[2]:>22} "
              f"{peak:>8.0f} {fresh['wall_s'] if fresh else float('nan'):>9.1f} "
              f"{r.get('fresh_over_list', float('nan')):>6.1f} "
              f"{fresh_json['wall_s'] if fresh_json else float('nan'):>7.1f} "
              f"{r.get('fresh_json_over_json', float('nan')):>6.1f}")
        bad = [k for k in ("list", "json", "check") if r[k]["rc"] not in (0,)]
        if bad:
            print("    exit codes: " + ", ".join(f"{k} {r[k]['rc']}" for k in bad))
    for line in verdicts(rows):
        print(line)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"meta": meta, "targets": TARGETS, "rows": rows}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
