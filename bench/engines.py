"""End-to-end throughput of `claims list --seeds DIR --format json` by --jobs and --engine.

    python bench/engines.py --sizes 2000 --jobs 1,2
    python bench/engines.py --sizes 2000 --jobs 2 --engines local,dask
    python bench/engines.py --sizes 2000 --src /tmp/base/src   # another checkout's code, same corpus

For each size and each engine/jobs pair: wall time (interpreter start included), articles/s, the
speed-up of each --jobs over --jobs 1, the peak memory of the whole process tree (proportional set
size: a page forked workers share with their parent counts once), and the load average beside them
(the figures depend on what else the machine runs).

Then the ratio rows of the archive issue, each measured in this one run:
    --jobs 2 / --jobs 1      wall speed-up and CPU-s of each (target >= 1.7x at 10,000 articles)
    articles/s, --jobs 2     end to end at each size (target >= 500 at 10,000)
    peak largest / smallest  peak memory of the largest size over the smallest (target <= 1.5x
                             for 100,000 vs 10,000 articles: flat, not linear)

    python bench/engines.py --sizes 10000,100000 --jobs 1,2 --keep /tmp/claims-corpora

Each ratio is checked against its target (PASS / FAIL). With --stages, each size is then analysed once
more in one process with `bench/stages.py` (--jobs of the largest value given): CPU seconds per stage of
the main process and of its workers, the serial fraction, the parent-only steps and the peak memory of
the main process and of the largest worker; these are CPU figures, meaningful on a loaded machine too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench_run  # noqa: E402
from corpus import write_corpus  # noqa: E402


def _load() -> str:
    try:
        return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000", help="Comma-separated article counts (default 2000).")
    ap.add_argument("--jobs", default="1,2", help="Comma-separated --jobs values (default 1,2).")
    ap.add_argument("--engines", default="local", help="Comma-separated engines: local, dask (default local).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="Write (or reuse) the corpora here instead of a temporary folder.")
    ap.add_argument("--src", type=Path, default=bench_run.SRC, help="The package source to measure.")
    ap.add_argument("--stages", action="store_true",
                    help="Also print each size's CPU per stage and process and the serial fraction (bench/stages.py).")
    args = ap.parse_args(argv)
    bench_run.SRC = args.src.resolve()
    sizes = [int(x) for x in args.sizes.split(",")]
    jobs = [int(x) for x in args.jobs.split(",")]
    engines = args.engines.split(",")
    rows: dict[int, dict[int, tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="claims-engines-") as tmp:
        work = args.keep or Path(tmp)
        for n in sizes:
            folder = work / f"corpus-{n}"
            if not folder.is_dir():
                write_corpus(folder, n, args.seed)
            base: float | None = None
            rows[n] = {}
            for engine in engines:
                for j in jobs:
                    cmd = [sys.executable, "-m", "claims", "list", "--seeds", str(folder), "--format", "json",
                           "--jobs", str(j)]
                    if engine != "local":
                        cmd += ["--engine", engine]
                    before = _load()
                    res = bench_run.run_measured(cmd, cwd=work)
                    if engine == "local" and j == 1:
                        base = res.wall_s
                    speedup = f"{base / res.wall_s:.2f}x" if base else "-"
                    peak = max(res.maxrss_mb, res.tree_peak_mb)
                    if engine == "local":
                        rows[n][j] = (res.wall_s, res.cpu_s, peak)
                    print(f"{n:>7} articles  {engine:<5} --jobs {j}  {res.wall_s:7.1f} s  {n / res.wall_s:6.0f} art/s  "
                          f"vs jobs 1: {speedup:>6}  peak {peak:6.0f} MB  cpu {res.cpu_s:6.1f} s  rc {res.returncode}"
                          f"  ({before} before)", flush=True)
                    if res.returncode not in (0, 3):
                        print(res.stderr, file=sys.stderr)
        print_ratios(rows)
        if args.stages:
            for n in sizes:
                print(f"stages, {n} articles ({_load()} before):", flush=True)
                subprocess.run([sys.executable, str(HERE / "stages.py"), str(work / f"corpus-{n}"),
                                "--jobs", str(max(jobs))], env=bench_run._env(), check=False)
    return 0


SPEEDUP_TARGET = 1.7
RATE_TARGET = 500.0
PEAK_GROWTH_TARGET = 1.5


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def print_ratios(rows: dict[int, dict[int, tuple[float, float, float]]]) -> None:
    """The ratio rows (local engine): jobs 2 over jobs 1, articles/s with jobs 2, peak memory growth, each
    with its target's verdict."""
    print(f"ratios, measured in this run ({_load()} after):")
    for n, by_jobs in rows.items():
        if 1 in by_jobs and 2 in by_jobs:
            (w1, c1, _), (w2, c2, _) = by_jobs[1], by_jobs[2]
            print(f"  {n:>7} articles  --jobs 2 / --jobs 1: {w1 / w2:.2f}x wall "
                  f"[{_verdict(w1 / w2 >= SPEEDUP_TARGET)} >= {SPEEDUP_TARGET}x]  (cpu {c1:.1f} s vs {c2:.1f} s; "
                  f"{1000 * c1 / n:.2f} vs {1000 * c2 / n:.2f} CPU-ms an article)  {n / w2:.0f} art/s with --jobs 2 "
                  f"[{_verdict(n / w2 >= RATE_TARGET)} >= {RATE_TARGET:.0f}]")
    sizes = sorted(rows)
    for j in sorted({j for by_jobs in rows.values() for j in by_jobs}):
        have = [n for n in sizes if j in rows[n]]
        if len(have) >= 2:
            small, large = have[0], have[-1]
            growth = rows[large][j][2] / rows[small][j][2]
            print(f"  peak {large} / {small} articles, --jobs {j}: {growth:.2f}x "
                  f"[{_verdict(growth <= PEAK_GROWTH_TARGET)} <= {PEAK_GROWTH_TARGET}x] "
                  f"({rows[large][j][2]:.0f} MB vs {rows[small][j][2]:.0f} MB; {large / small:.0f}x the articles)")


if __name__ == "__main__":
    raise SystemExit(main())
