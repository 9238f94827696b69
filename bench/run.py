"""Speed and scale benchmark for `claims`.

    python bench/run.py            # full run: 1,000 and 10,000 articles, grouping 2k..32k claims
    python bench/run.py --quick    # a small run (a minute or less) to check the figures move the right way
    python bench/run.py --json bench/out/latest.json

See bench/README.md for what each figure means and the targets.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(HERE))

from corpus import TruthClaim, write_corpus  # noqa: E402

TARGETS = {
    "extract_aps": 300.0,  # articles/s, one core
    "pipeline_10k_s": 60.0,  # seconds for 10,000 articles, whole `claims list --format json`
    "group_exponent": 1.3,  # fitted growth exponent of grouping time
    "group_32k_s": 20.0,  # seconds to group 32,000 claims
    "peak_mb_10k": 1024.0,  # peak resident memory of the pipeline at 10,000 articles
    "list_s": 0.5,  # `claims list` on a registry, wall time including interpreter start
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("NO_COLOR", "1")
    return env


# -- memory of a process tree ---------------------------------------------------------------------

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants (Linux /proc); 0 when unavailable."""
    parents: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for name in entries:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        parents.setdefault(ppid, []).append(int(name))
    total = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * _PAGE
        except OSError:
            pass
        todo.extend(parents.get(pid, ()))
    return total


@dataclass
class RunResult:
    wall_s: float
    returncode: int
    maxrss_mb: float  # largest single process (ru_maxrss of the child, which covers its waited-for children)
    tree_peak_mb: float  # sampled peak of the sum over the whole process tree (0 when /proc is missing)
    stderr: str = ""


def run_measured(cmd: list[str], cwd: Path | None = None, sample: bool = True) -> RunResult:
    """Run a command, stdout discarded; wall time, exit code and peak memory."""
    peak = 0
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=err)
        stop = threading.Event()

        def sampler() -> None:
            nonlocal peak
            while not stop.wait(0.1):
                peak = max(peak, _tree_rss(proc.pid))

        thread = threading.Thread(target=sampler, daemon=True)
        if sample:
            thread.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        stop.set()
        if sample:
            thread.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return RunResult(wall, proc.returncode, usage.ru_maxrss / 1024, peak / 2**20, text[-2000:])


# -- in-process measurements ----------------------------------------------------------------------


def _truth_to_claims(truth: list[TruthClaim]) -> list[Any]:
    from claims.models import Claim, Kind

    return [
        Claim(id=f"{t.source}:{i}", source=t.source, outlet=t.outlet, speaker=t.speaker, speaker_id=t.speaker_id,
              via=t.via, cue=t.cue, kind=Kind(t.kind), content=t.content, start=t.start, end=t.end)
        for i, t in enumerate(truth)
    ]


def _time_grouping(claims: list[Any], sources: list[Any]) -> tuple[float, int]:
    """Seconds to group the claims, and the number of groups made."""
    from claims.compare import group_claims

    wanted = {c.source for c in claims}
    subset = [s for s in sources if s.id in wanted]
    start = time.perf_counter()
    _, groups = group_claims(claims, subset)
    return time.perf_counter() - start, len(groups)


@dataclass
class SizeResult:
    articles: int
    corpus_mb: float
    load_s: float
    extract_s: float
    extract_aps: float
    claims_extracted: int
    claims_truth: int
    group_input: str  # "extracted" or "generated"
    group_claims: int
    group_s: float
    group_cps: float
    groups: int
    pipeline: dict[str, Any] = field(default_factory=dict)


def measure_size(n: int, seed: int, jobs: int | None, workdir: Path) -> tuple[SizeResult, list[Any], list[Any]]:
    from claims.extract import extract_claims
    from claims.loader import load_paths

    folder = workdir / f"corpus-{n}"
    truth = write_corpus(folder, n, seed)
    corpus_mb = sum(p.stat().st_size for p in folder.glob("*.md")) / 2**20

    start = time.perf_counter()
    sources = load_paths([folder]).sources
    load_s = time.perf_counter() - start

    claims: list[Any] = []
    start = time.perf_counter()
    for source in sources:
        claims.extend(extract_claims(source))
    extract_s = time.perf_counter() - start

    # Grouping runs on what the extractor found; with too few claims (a stub or a weak extractor)
    # it runs on the claims the generator placed, so its cost is still measured.
    pool = claims if len(claims) >= len(truth) // 2 else _truth_to_claims(truth)
    group_s, n_groups = _time_grouping(pool, sources)

    cmd = [sys.executable, "-m", "claims", "list", "--seeds", str(folder), "--format", "json"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    run = run_measured(cmd, cwd=workdir)
    pipeline = {
        "wall_s": run.wall_s,
        "aps": n / run.wall_s,
        "returncode": run.returncode,
        "maxrss_mb": run.maxrss_mb,
        "tree_peak_mb": run.tree_peak_mb,
        "peak_mb": max(run.maxrss_mb, run.tree_peak_mb),
        "jobs": jobs or "default",
    }
    if run.returncode != 0:
        pipeline["stderr"] = run.stderr
    result = SizeResult(
        articles=len(sources), corpus_mb=corpus_mb, load_s=load_s, extract_s=extract_s,
        extract_aps=len(sources) / extract_s if extract_s > 0 else math.inf,
        claims_extracted=len(claims), claims_truth=len(truth),
        group_input="extracted" if pool is claims else "generated",
        group_claims=len(pool), group_s=group_s, groups=n_groups,
        group_cps=len(pool) / group_s if group_s > 0 else math.inf,
        pipeline=pipeline,
    )
    return result, pool, sources


def fit_exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) against log(n)."""
    xs = [math.log(n) for n, t in points if t > 0]
    ys = [math.log(t) for n, t in points if t > 0]
    if len(xs) < 2:
        return math.nan
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else math.nan


def measure_scaling(pool: list[Any], sources: list[Any], sizes: list[int]) -> dict[str, Any]:
    points: list[tuple[int, float]] = []
    for n in sizes:
        if n > len(pool):
            break
        points.append((n, _time_grouping(pool[:n], sources)[0]))
    return {"points": points, "exponent": fit_exponent(points)}


def _registry(workdir: Path) -> tuple[Path, str]:
    committed = ROOT / "claims.yaml"
    if committed.is_file():
        return committed, "committed claims.yaml"
    out = workdir / "registry" / "claims.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "claims", "build", "--seeds", str(ROOT / "seeds"), "--output", str(out)],
                   env=_env(), check=True, capture_output=True)
    return out, "built from seeds/ (no committed claims.yaml)"


def measure_list(workdir: Path, repeats: int) -> dict[str, Any]:
    reg, origin = _registry(workdir)
    base = [sys.executable, "-m", "claims"]
    result: dict[str, Any] = {"registry": origin, "groups_claims": None}
    for name, args in (("table", ["list", "-r", str(reg), "--width", "120"]),
                       ("json", ["list", "-r", str(reg), "--format", "json"]),
                       ("help", ["--help"])):
        run_measured(base + args, cwd=workdir, sample=False)  # warm the file cache and .pyc files
        walls = [run_measured(base + args, cwd=workdir, sample=False).wall_s for _ in range(repeats)]
        result[name + "_s"] = statistics.median(walls)
    doc = subprocess.run([*base, "list", "-r", str(reg), "--format", "json"], cwd=workdir, env=_env(),
                         capture_output=True, text=True)
    try:
        parsed = json.loads(doc.stdout)
        result["groups_claims"] = [len(parsed["groups"]), len(parsed["claims"])]
    except (ValueError, KeyError):
        pass
    imp = subprocess.run([*base[:1], "-X", "importtime", *base[1:], "list", "-r", str(reg)], cwd=workdir,
                         env=_env(), capture_output=True, text=True)
    top: list[tuple[str, float]] = []
    for line in imp.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() and not parts[2].startswith("  ") and parts[1].strip().isdigit():
            top.append((parts[2].strip(), int(parts[1]) / 1000))
    result["imports_ms"] = sorted(top, key=lambda x: -x[1])[:8]
    return result


# -- report ---------------------------------------------------------------------------------------


def _verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else ("PASS" if ok else "FAIL")


def evaluate(sizes: list[SizeResult], scaling: dict[str, Any], listing: dict[str, Any]) -> list[dict[str, Any]]:
    by_n = {s.articles: s for s in sizes}
    largest = max(sizes, key=lambda s: s.articles)
    ten_k = by_n.get(10_000)
    points = dict(scaling["points"])
    out: list[dict[str, Any]] = []

    def add(name: str, target: str, value: str, ok: bool | None) -> None:
        out.append({"target": name, "wanted": target, "measured": value, "verdict": _verdict(ok)})

    add("extraction, one core", f">= {TARGETS['extract_aps']:.0f} articles/s",
        f"{largest.extract_aps:,.0f} articles/s (n={largest.articles})", largest.extract_aps >= TARGETS["extract_aps"])
    if ten_k is not None:
        wall = ten_k.pipeline["wall_s"]
        ok = wall <= TARGETS["pipeline_10k_s"] and ten_k.pipeline["returncode"] in (0, 3)
        add("pipeline, 10,000 articles", f"<= {TARGETS['pipeline_10k_s']:.0f} s", f"{wall:.1f} s", ok)
        peak = ten_k.pipeline["peak_mb"]
        add("peak memory, 10,000 articles", f"<= {TARGETS['peak_mb_10k']:.0f} MB", f"{peak:.0f} MB",
            peak <= TARGETS["peak_mb_10k"])
    else:
        add("pipeline, 10,000 articles", f"<= {TARGETS['pipeline_10k_s']:.0f} s", "not measured", None)
        add("peak memory, 10,000 articles", f"<= {TARGETS['peak_mb_10k']:.0f} MB", "not measured", None)
    exp = scaling["exponent"]
    add("grouping growth exponent", f"<= {TARGETS['group_exponent']}", f"{exp:.2f}",
        None if math.isnan(exp) else exp <= TARGETS["group_exponent"])
    if 32_000 in points:
        add("grouping 32,000 claims", f"<= {TARGETS['group_32k_s']:.0f} s", f"{points[32_000]:.2f} s",
            points[32_000] <= TARGETS["group_32k_s"])
    else:
        add("grouping 32,000 claims", f"<= {TARGETS['group_32k_s']:.0f} s", "not measured", None)
    add("`claims list` on the registry", f"<= {TARGETS['list_s']} s", f"{listing['table_s']:.3f} s",
        listing["table_s"] <= TARGETS["list_s"])
    return out


def print_report(meta: dict[str, Any], sizes: list[SizeResult], scaling: dict[str, Any],
                 listing: dict[str, Any], verdicts: list[dict[str, Any]]) -> None:
    p = print
    p(f"claims benchmark  {meta['date']}  cores={meta['cores']}  python={meta['python']}  seed={meta['seed']}")
    p("")
    p(f"{'articles':>9} {'MB':>6} {'load/s':>8} {'extract/s':>10} {'claims':>8} {'truth':>8} "
      f"{'group in':>10} {'groups':>8} {'group s':>8} {'claims/s':>9} {'pipe s':>7} {'pipe/s':>7} {'peak MB':>8} "
      f"{'rc':>3}")
    for s in sizes:
        pl = s.pipeline
        p(f"{s.articles:>9,} {s.corpus_mb:>6.1f} {s.articles / s.load_s:>8,.0f} {s.extract_aps:>10,.0f} "
          f"{s.claims_extracted:>8,} {s.claims_truth:>8,} {s.group_input:>10} {s.groups:>8,} {s.group_s:>8.2f} "
          f"{s.group_cps:>9,.0f} "
          f"{pl['wall_s']:>7.1f} {pl['aps']:>7,.0f} {pl['peak_mb']:>8.0f} {pl['returncode']:>3}")
        if s.claims_extracted == 0:
            p("    WARNING: the extractor found no claims: extraction figures measure a stub")
        if s.groups == s.group_claims:
            p("    WARNING: one group per claim: grouping figures may measure a stub")
        if pl.get("stderr"):
            p(f"    pipeline stderr: {pl['stderr'].strip()[-300:]}")
    p("")
    p(f"grouping scale ({scaling.get('input', '?')} claims): "
      + "  ".join(f"{n:,}: {t:.3f}s" for n, t in scaling["points"]) + f"   exponent {scaling['exponent']:.2f}")
    p("")
    gc = listing.get("groups_claims")
    p(f"claims list on registry ({listing['registry']}"
      + (f", {gc[0]} groups, {gc[1]} claims" if gc else "") + "): "
      f"table {listing['table_s']:.3f}s  json {listing['json_s']:.3f}s  --help {listing['help_s']:.3f}s")
    p("  slowest top-level imports (ms, cumulative): "
      + ", ".join(f"{name} {ms:.0f}" for name, ms in listing["imports_ms"]))
    p("")
    width = max(len(v["target"]) for v in verdicts)
    for v in verdicts:
        p(f"  {v['verdict']:<4}  {v['target']:<{width}}  wanted {v['wanted']:<22} measured {v['measured']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Small sizes: 500 articles, grouping up to 4,000 claims.")
    ap.add_argument("--sizes", help="Comma-separated article counts (default 1000,10000).")
    ap.add_argument("--group-sizes", help="Comma-separated claim counts for the grouping curve.")
    ap.add_argument("--jobs", type=int, default=None, help="--jobs for the pipeline (default: the CLI's default).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5, help="Runs of `claims list` to take the median of.")
    ap.add_argument("--json", type=Path, help="Also write the results as JSON here.")
    ap.add_argument("--keep", type=Path, help="Write the corpora here (kept) instead of a temporary folder.")
    args = ap.parse_args(argv)

    sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else ([500] if args.quick else [1_000, 10_000])
    group_sizes = ([int(x) for x in args.group_sizes.split(",")] if args.group_sizes
                   else [500, 1_000, 2_000, 4_000] if args.quick else [2_000, 4_000, 8_000, 16_000, 32_000])
    repeats = 3 if args.quick and args.repeats == 5 else args.repeats

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "seed": args.seed,
    }
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results: list[SizeResult] = []
        pool: list[Any] = []
        pool_sources: list[Any] = []
        # The grouping curve needs max(group_sizes) claims: generate enough articles for it.
        curve_n = max([*sizes, max(group_sizes) // 8 + 1])
        for n in sorted(set(sizes)):
            res, claims, sources = measure_size(n, args.seed, args.jobs, workdir)
            results.append(res)
            print(f"  measured {n:,} articles", file=sys.stderr)
            if n == max(sizes):
                pool, pool_sources, pool_input = claims, sources, res.group_input
        if len(pool) < max(group_sizes) and curve_n > max(sizes):
            from claims.loader import load_paths

            folder = workdir / f"curve-{curve_n}"
            truth = write_corpus(folder, curve_n, args.seed)
            pool_sources = load_paths([folder]).sources
            pool, pool_input = _truth_to_claims(truth), "generated"
        scaling = measure_scaling(pool, pool_sources, group_sizes)
        scaling["input"] = pool_input
        listing = measure_list(workdir, repeats)
    verdicts = evaluate(results, scaling, listing)
    print_report(meta, results, scaling, listing, verdicts)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        doc = {"meta": meta, "targets": TARGETS, "sizes": [vars(r) for r in results], "grouping": scaling,
               "list": listing, "verdicts": verdicts}
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
