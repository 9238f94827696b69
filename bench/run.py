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
sys.path.insert(0, str(HERE))

from corpus import TruthClaim, write_corpus  # noqa: E402
from shapes import SHAPES, make, seconds_per_mb  # noqa: E402

TARGETS = {
    "extract_aps": 500.0,  # articles per CPU second, one core (issue 19; issue 11's floor is 300)
    "pipeline_10k_s": 60.0,  # seconds for 10,000 articles, whole `claims list --format json`
    "group_exponent": 1.3,  # fitted growth exponent of grouping time
    "group_32k_s": 10.0,  # seconds to group 32,000 claims (issue 12: near-linear, <= 10 s)
    "peak_mb_10k": 350.0,  # peak resident memory of the pipeline at 10,000 articles (issue 19)
    "list_s": 0.5,  # `claims list` on a registry, wall time including interpreter start
    "hostile_s_per_mb": 1.0,  # CPU seconds per MB of the worst hostile sentence shape (bench/shapes.py)
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("NO_COLOR", "1")
    # Commands run as an installed `claims` runs: pip compiles the package's modules when it installs
    # them, and from a checkout Python writes them on the first (warm-up) run. Where the environment
    # forbids writing them (PYTHONDONTWRITEBYTECODE, as some CI images set), every measured run would
    # compile the package afresh: 8% of the instructions of `list` on 2,000 claims.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# -- memory of a process tree ---------------------------------------------------------------------

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _pss(pid: int) -> int | None:
    """Proportional set size of one process in bytes (its private pages, plus its share of the
    pages it shares, e.g. with the process it was forked from); None where Linux does not say."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _tree_rss(root: int) -> int:
    """Memory of `root` and all its descendants (Linux /proc); 0 when unavailable. Each process
    counts its proportional set size where the kernel reports it, so pages that forked workers
    share with their parent count once, not once per process; else its resident size."""
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
        pss = _pss(pid)
        if pss is not None:
            total += pss
        else:
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
    cpu_s: float  # user + system time of the child and its waited-for children (worker processes)
    returncode: int
    maxrss_mb: float  # largest single process (ru_maxrss of the child, which covers its waited-for children)
    tree_peak_mb: float  # sampled peak of the sum over the process tree, PSS per process (0 without /proc)
    stderr: str = ""


class Launcher:
    """A small helper process (bench/launcher.py) that starts the measured commands, so their peak memory
    is their own and not this process's (Linux carries the peak resident size across fork and exec)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / "launcher.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def run(self, cmd: list[str], cwd: Path | None, sample: bool) -> RunResult:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, "cwd": str(cwd) if cwd else None, "env": _env()}) + "\n")
        self.proc.stdin.flush()
        pid = json.loads(self.proc.stdout.readline())["pid"]
        peak = 0
        stop = threading.Event()

        def sampler() -> None:
            nonlocal peak
            while not stop.wait(0.1):
                peak = max(peak, _tree_rss(pid))

        thread = threading.Thread(target=sampler, daemon=True)
        if sample:
            thread.start()
        done = json.loads(self.proc.stdout.readline())
        stop.set()
        if sample:
            thread.join()
        return RunResult(done["wall_s"], done["cpu_s"], done["returncode"], done["maxrss_mb"], peak / 2**20,
                         done["stderr"])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


_LAUNCHER: Launcher | None = None


def run_measured(cmd: list[str], cwd: Path | None = None, sample: bool = True) -> RunResult:
    """Run a command, stdout discarded: wall time (including interpreter start), CPU time, exit code, memory."""
    global _LAUNCHER
    if _LAUNCHER is None:
        _LAUNCHER = Launcher()
    return _LAUNCHER.run(cmd, cwd, sample)


# -- in-process measurements ----------------------------------------------------------------------


def _truth_to_claims(truth: list[TruthClaim]) -> list[Any]:
    from claims.models import Claim, Kind

    return [
        Claim(id=f"{t.source}:{i}", source=t.source, outlet=t.outlet, speaker=t.speaker, speaker_id=t.speaker_id,
              via=t.via, cue=t.cue, kind=Kind(t.kind), content=t.content, start=t.start, end=t.end)
        for i, t in enumerate(truth)
    ]


def span_recall(found: list[Any], truth: list[TruthClaim]) -> float:
    """Share of the generator's claims whose content span some extracted claim overlaps (a sanity check that
    the extractor is not fast because it misses things; not a quality score)."""
    if not truth:
        return math.nan
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in found:
        spans.setdefault(c.source, []).append((c.start, c.end))
    hit = sum(1 for t in truth if any(s < t.end and t.start < e for s, e in spans.get(t.source, ())))
    return hit / len(truth)


def _time_grouping(claims: list[Any], sources: list[Any]) -> tuple[float, float, int]:
    """Wall seconds and CPU seconds to group the claims, and the number of groups made."""
    from claims.compare import group_claims

    wanted = {c.source for c in claims}
    subset = [s for s in sources if s.id in wanted]
    cpu = time.process_time()
    start = time.perf_counter()
    _, groups = group_claims(claims, subset)
    return time.perf_counter() - start, time.process_time() - cpu, len(groups)


@dataclass
class SizeResult:
    articles: int
    corpus_mb: float
    load_s: float
    extract_s: float
    extract_cpu_s: float
    extract_aps: float  # articles per wall second
    extract_cpu_aps: float  # articles per CPU second: what one dedicated core delivers
    claims_extracted: int
    claims_truth: int
    span_recall: float
    group_input: str  # "extracted" or "generated"
    group_claims: int
    group_s: float
    group_cpu_s: float
    group_cps: float
    groups: int
    pipeline: dict[str, Any] = field(default_factory=dict)
    extract_cpu_runs: list[float] = field(default_factory=list)  # articles per CPU-s of every extraction run


def measure_size(n: int, seed: int, jobs: int | None, workdir: Path,
                 extract_runs: int = 1) -> tuple[SizeResult, list[Any], list[Any]]:
    from claims.extract import extract_claims
    from claims.loader import load_paths

    folder = workdir / f"corpus-{n}"
    truth = write_corpus(folder, n, seed)
    corpus_mb = sum(p.stat().st_size for p in folder.glob("*.md")) / 2**20

    start = time.perf_counter()
    sources = load_paths([folder]).sources
    load_s = time.perf_counter() - start

    # The extraction loop runs `extract_runs` times; the best run is the figure (as `timeit` reports:
    # the program's own cost, not the machine's load), every run's rate is kept beside it.
    runs: list[tuple[float, float, list[Any]]] = []
    for _ in range(max(1, extract_runs)):
        found: list[Any] = []
        cpu = time.process_time()
        start = time.perf_counter()
        for source in sources:
            found.extend(extract_claims(source))
        runs.append((time.perf_counter() - start, time.process_time() - cpu, found))
        del found
    extract_s, extract_cpu_s, claims = min(runs, key=lambda r: r[1])
    cpu_runs = [len(sources) / c if c > 0 else math.inf for _, c, _ in runs]
    del runs

    # Grouping runs on what the extractor found; with too few claims (a stub or a weak extractor)
    # it runs on the claims the generator placed, so its cost is still measured.
    pool = claims if len(claims) >= len(truth) // 2 else _truth_to_claims(truth)
    group_s, group_cpu_s, n_groups = _time_grouping(pool, sources)

    cmd = [sys.executable, "-m", "claims", "list", "--seeds", str(folder), "--format", "json"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    run = run_measured(cmd, cwd=workdir)
    pipeline = {
        "wall_s": run.wall_s,
        "cpu_s": run.cpu_s,
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
        articles=len(sources), corpus_mb=corpus_mb, load_s=load_s, extract_s=extract_s, extract_cpu_s=extract_cpu_s,
        extract_aps=len(sources) / extract_s if extract_s > 0 else math.inf,
        extract_cpu_aps=len(sources) / extract_cpu_s if extract_cpu_s > 0 else math.inf,
        claims_extracted=len(claims), claims_truth=len(truth), span_recall=span_recall(claims, truth),
        group_input="extracted" if pool is claims else "generated",
        group_claims=len(pool), group_s=group_s, group_cpu_s=group_cpu_s, groups=n_groups,
        group_cps=len(pool) / group_s if group_s > 0 else math.inf,
        pipeline=pipeline, extract_cpu_runs=cpu_runs,
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
    """Grouping time for the first n claims, for each n; the exponent is fitted on CPU time (robust to a busy
    machine), the 32k target is checked on wall time."""
    points: list[tuple[int, float]] = []
    cpu_points: list[tuple[int, float]] = []
    for n in sizes:
        if n > len(pool):
            break
        wall, cpu, _ = _time_grouping(pool[:n], sources)
        points.append((n, wall))
        cpu_points.append((n, cpu))
    return {"points": points, "cpu_points": cpu_points, "exponent": fit_exponent(cpu_points),
            "wall_exponent": fit_exponent(points)}


def _registry(workdir: Path) -> tuple[Path, str]:
    committed = ROOT / "claims.yaml"
    if committed.is_file():
        return committed, "committed claims.yaml"
    out = workdir / "registry" / "claims.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "claims", "build", "--seeds", str(ROOT / "seeds"), "--output", str(out)],
                   env=_env(), check=True, capture_output=True)
    return out, "built from seeds/ (no committed claims.yaml)"


def synthetic_registry(workdir: Path, n_articles: int, seed: int) -> tuple[Path, int]:
    """A registry built with the project's own converters from generated articles and their placed claims."""
    from claims.loader import load_paths
    from claims.models import Analysis, Group
    from claims.registry.convert import registry_from_analysis
    from claims.registry.store import dump_registry

    folder = workdir / f"registry-{n_articles}"
    truth = write_corpus(folder, n_articles, seed)
    sources = load_paths([folder]).sources
    claims = _truth_to_claims(truth)
    members: dict[str, list[Any]] = {}
    for claim, t in zip(claims, truth, strict=True):
        members.setdefault(t.group, []).append(claim)
    groups: list[Group] = []
    for i, (key, found) in enumerate(members.items()):
        srcs = list(dict.fromkeys(c.source for c in found))
        groups.append(Group(id=f"g{i + 1:04d}", claims=[c.id for c in found], sources=srcs,
                            single_source=len(srcs) == 1, flags=["single-outlet"] if len(srcs) == 1 else [],
                            label=found[0].content[:80]))
        del key
    out = folder / "claims.yaml"
    registry = registry_from_analysis(Analysis(sources=sources, claims=claims, groups=groups), folder)
    out.write_text(dump_registry(registry), encoding="utf-8")
    return out, len(claims)


def _best_wall(cmd: list[str], cwd: Path, repeats: int) -> tuple[float, float, float]:
    """(best, median) wall seconds and the best CPU seconds over `repeats` runs, after one warm-up run.

    The best of several runs (as `timeit` reports) is the program's own cost; the median shows the noise.
    """
    run_measured(cmd, cwd=cwd, sample=False)  # warm the file cache and .pyc files
    runs = [run_measured(cmd, cwd=cwd, sample=False) for _ in range(repeats)]
    walls = [r.wall_s for r in runs]
    return min(walls), statistics.median(walls), min(r.cpu_s for r in runs)


def measure_list(workdir: Path, repeats: int, seed: int, registry_sizes: tuple[int, ...]) -> dict[str, Any]:
    reg, origin = _registry(workdir)
    base = [sys.executable, "-m", "claims"]
    result: dict[str, Any] = {"registry": origin, "groups_claims": None, "repeats": repeats}
    for name, args in (("table", ["list", "-r", str(reg), "--width", "120"]),
                       ("json", ["list", "-r", str(reg), "--format", "json"]),
                       ("help", ["--help"])):
        result[name + "_s"], result[name + "_median_s"], result[name + "_cpu_s"] = _best_wall(
            base + args, workdir, repeats)
    # Registries of a typical story (5 articles) and of a large one (200 articles), generated.
    synthetic: list[dict[str, Any]] = []
    for n_articles in registry_sizes:
        path, n_claims = synthetic_registry(workdir, n_articles, seed)
        wall = _best_wall([*base, "list", "-r", str(path), "--width", "120"], workdir, repeats)[0]
        synthetic.append({"articles": n_articles, "claims": n_claims, "kb": path.stat().st_size / 1024,
                          "table_s": wall})
    result["synthetic"] = synthetic
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


def measure_hostile(n: int, max_mb: float) -> dict[str, Any]:
    """CPU seconds per MB of the per-file path on each hostile shape at n repetitions (at most max_mb MB)."""
    shapes: dict[str, dict[str, float]] = {}
    for name in SHAPES:
        text = make(name, n, int(max_mb * 1_000_000))
        shapes[name] = {"mb": len(text.encode()) / 1_000_000, "s_per_mb": seconds_per_mb(text)}
    worst = max(shapes, key=lambda k: shapes[k]["s_per_mb"])
    # The same measure on ordinary articles (the benchmark corpus as one body), for scale.
    from corpus import generate

    ordinary = "\n\n".join(a.text.split("---", 2)[-1].strip() for a in generate(100, seed=3))
    return {"n": n, "max_mb": max_mb, "shapes": shapes, "worst": worst, "worst_s_per_mb": shapes[worst]["s_per_mb"],
            "ordinary_s_per_mb": seconds_per_mb(ordinary)}


def _verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else ("PASS" if ok else "FAIL")


def evaluate(sizes: list[SizeResult], scaling: dict[str, Any], listing: dict[str, Any],
             hostile: dict[str, Any]) -> list[dict[str, Any]]:
    by_n = {s.articles: s for s in sizes}
    largest = max(sizes, key=lambda s: s.articles)
    ten_k = by_n.get(10_000)
    points = dict(scaling["points"])
    out: list[dict[str, Any]] = []

    def add(name: str, target: str, value: str, ok: bool | None) -> None:
        out.append({"target": name, "wanted": target, "measured": value, "verdict": _verdict(ok)})

    add("extraction, one core", f">= {TARGETS['extract_aps']:.0f} articles/s",
        f"{largest.extract_cpu_aps:,.0f} articles per CPU-s (n={largest.articles})",
        largest.extract_cpu_aps >= TARGETS["extract_aps"])
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
    add("`claims list` on the registry", f"<= {TARGETS['list_s']} s", f"{listing['table_s']:.3f} s (best)",
        listing["table_s"] <= TARGETS["list_s"])
    add("hostile text, worst shape", f"<= {TARGETS['hostile_s_per_mb']} s/MB",
        f"{hostile['worst_s_per_mb']:.2f} s/MB ({hostile['worst']}, n={hostile['n']:,})",
        hostile["worst_s_per_mb"] <= TARGETS["hostile_s_per_mb"])
    return out


def print_report(meta: dict[str, Any], sizes: list[SizeResult], scaling: dict[str, Any],
                 listing: dict[str, Any], hostile: dict[str, Any], verdicts: list[dict[str, Any]]) -> None:
    p = print
    p(f"claims benchmark  {meta['date']}  cores={meta['cores']}  python={meta['python']}  seed={meta['seed']}  "
      f"load average {meta['load_before']:.1f} before, {meta['load_after']:.1f} after")
    if max(meta["load_before"], meta["load_after"]) > 0.5 * (meta["cores"] or 1):
        p("WARNING: the machine was busy with other work: wall times are inflated; CPU-time figures are not.")
    p("")
    p(f"{'articles':>9} {'MB':>5} {'load/s':>7} {'extr/s':>7} {'/cpu-s':>7} {'claims':>8} {'truth':>8} "
      f"{'recall':>6} {'group in':>9} {'groups':>7} {'group s':>8} {'claims/s':>9} {'pipe s':>7} {'cpu s':>6} "
      f"{'pipe/s':>7} {'peak MB':>8} {'rc':>3}")
    for s in sizes:
        pl = s.pipeline
        p(f"{s.articles:>9,} {s.corpus_mb:>5.1f} {s.articles / s.load_s:>7,.0f} {s.extract_aps:>7,.0f} "
          f"{s.extract_cpu_aps:>7,.0f} {s.claims_extracted:>8,} {s.claims_truth:>8,} "
          f"{s.span_recall:>6.0%} {s.group_input:>9} "
          f"{s.groups:>7,} {s.group_s:>8.2f} {s.group_cps:>9,.0f} {pl['wall_s']:>7.1f} {pl['cpu_s']:>6.1f} "
          f"{pl['aps']:>7,.0f} {pl['peak_mb']:>8.0f} {pl['returncode']:>3}")
        if s.claims_extracted == 0:
            p("    WARNING: the extractor found no claims: extraction figures measure a stub")
        if s.groups == s.group_claims:
            p("    WARNING: one group per claim: grouping figures may measure a stub")
        if pl.get("stderr"):
            p(f"    pipeline stderr: {pl['stderr'].strip()[-300:]}")
    p("")
    p(f"grouping scale ({scaling.get('input', '?')} claims), wall/CPU seconds: "
      + "  ".join(f"{n:,}: {t:.2f}/{c:.2f}" for (n, t), (_, c) in zip(scaling["points"], scaling["cpu_points"],
                                                                        strict=True))
      + f"   exponent {scaling['exponent']:.2f} (CPU), {scaling['wall_exponent']:.2f} (wall)")
    p("")
    gc = listing.get("groups_claims")
    p(f"claims list on registry ({listing['registry']}"
      + (f", {gc[0]} groups, {gc[1]} claims" if gc else "") + "): "
      f"best of {listing['repeats']}: table {listing['table_s']:.3f}s (median {listing['table_median_s']:.3f}s, "
      f"CPU {listing['table_cpu_s']:.3f}s)  json {listing['json_s']:.3f}s  --help {listing['help_s']:.3f}s")
    for syn in listing["synthetic"]:
        p(f"claims list on a generated registry of {syn['articles']} articles, {syn['claims']} claims "
          f"({syn['kb']:.0f} KB): "
          f"table {syn['table_s']:.3f}s")
    p("  slowest top-level imports (ms, cumulative): "
      + ", ".join(f"{name} {ms:.0f}" for name, ms in listing["imports_ms"]))
    p("")
    p(f"hostile shapes (CPU s/MB at n={hostile['n']:,}, at most {hostile['max_mb']:g} MB): "
      + ", ".join(f"{name} {v['s_per_mb']:.2f} ({v['mb']:.1f} MB)" for name, v in hostile["shapes"].items())
      + f"; ordinary articles {hostile['ordinary_s_per_mb']:.2f}")
    p("")
    width = max(len(v["target"]) for v in verdicts)
    for v in verdicts:
        p(f"  {v['verdict']:<4}  {v['target']:<{width}}  wanted {v['wanted']:<22} measured {v['measured']}")


def machine() -> str:
    """The CPU model, its cores and the Python version, for the table's caption."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def readme_table(meta: dict[str, Any], sizes: list[SizeResult], scaling: dict[str, Any], listing: dict[str, Any],
                 hostile: dict[str, Any]) -> list[str]:
    """The speed table as the README shows it (Markdown), with the machine, the date and the load."""
    lines = [
        f"Measured {meta['date']} on {meta['machine']}; load average {meta['load_before']:.1f} before, "
        f"{meta['load_after']:.1f} after (`python bench/run.py`, seed {meta['seed']}; "
        f"`claims list` with --jobs {meta['jobs'] or 'default'}):",
        "",
        "| what | figure |",
        "| --- | --- |",
    ]
    for s in sizes:
        runs = s.extract_cpu_runs or [s.extract_cpu_aps]
        spread = f" (best of {len(runs)} runs: {min(runs):,.0f}-{max(runs):,.0f})" if len(runs) > 1 else ""
        lines.append(f"| extraction, one core, {s.articles:,} articles | {s.extract_cpu_aps:,.0f} articles per "
                     f"CPU-second{spread} |")
    for s in sizes:
        pl = s.pipeline
        lines.append(f"| `claims list --format json`, {s.articles:,} articles ({s.claims_extracted:,} claims) | "
                     f"{pl['wall_s']:.1f} s wall, {pl['cpu_s']:.1f} CPU-s ({pl['aps']:,.0f} articles/s), "
                     f"peak {pl['peak_mb']:.0f} MB |")
    points = dict(scaling["points"])
    if points:
        top = max(points)
        lines.append(f"| grouping | {top:,} claims in {points[top]:.1f} s; growth exponent "
                     f"{scaling['exponent']:.2f} |")
    lines.append(f"| `claims list` on the committed registry, start-up included | {listing['table_s']:.2f} s |")
    for reg in listing.get("synthetic", []):
        lines.append(f"| `claims list` on a generated registry of {reg['claims']:,} claims ({reg['articles']:,} "
                     f"articles) | {reg['table_s']:.2f} s |")
    lines.append(f"| hostile sentence shapes at n = {hostile['n']:,} ({len(hostile['shapes'])} shapes) | "
                 f"worst {hostile['worst_s_per_mb']:.2f} CPU-s per MB (ordinary articles "
                 f"{hostile['ordinary_s_per_mb']:.2f}) |")
    return lines


def main(argv: list[str] | None = None) -> int:
    global SRC, _LAUNCHER
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Small sizes: 500 articles, grouping up to 4,000 claims.")
    ap.add_argument("--sizes", help="Comma-separated article counts (default 1000,10000).")
    ap.add_argument("--group-sizes", help="Comma-separated claim counts for the grouping curve.")
    ap.add_argument("--jobs", type=int, default=None, help="--jobs for the pipeline (default: the CLI's default).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5, help="Runs of `claims list` to take the median of.")
    ap.add_argument("--extract-runs", type=int, default=None,
                    help="Runs of the extraction loop per size; the best is reported (default 3, 1 with --quick).")
    ap.add_argument("--json", type=Path, help="Also write the results as JSON here.")
    ap.add_argument("--keep", type=Path, help="Write the corpora here (kept) instead of a temporary folder.")
    ap.add_argument("--src", type=Path, default=SRC, help="The package source to measure (default ./src).")
    ap.add_argument("--hostile-n", type=int, default=None,
                    help="Repetitions of each hostile shape (default 100,000, or 2,000 with --quick; at most 10 MB).")
    args = ap.parse_args(argv)
    _LAUNCHER = Launcher()  # before this process grows: see Launcher
    SRC = args.src.resolve()
    sys.path.insert(0, str(SRC))

    sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else ([500] if args.quick else [1_000, 10_000])
    group_sizes = ([int(x) for x in args.group_sizes.split(",")] if args.group_sizes
                   else [500, 1_000, 2_000, 4_000] if args.quick else [2_000, 4_000, 8_000, 16_000, 32_000])
    repeats = 3 if args.quick and args.repeats == 5 else args.repeats
    extract_runs = args.extract_runs

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "seed": args.seed,
        "load_before": os.getloadavg()[0],
        "jobs": args.jobs,
        "machine": machine(),
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
            res, claims, sources = measure_size(n, args.seed, args.jobs, workdir,
                                                extract_runs or (1 if args.quick else 3))
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
        listing = measure_list(workdir, repeats, args.seed, (5, 20) if args.quick else (5, 200))
        hostile_n = args.hostile_n or (2_000 if args.quick else 100_000)
        hostile = measure_hostile(hostile_n, 10.0)
        print(f"  measured hostile shapes at n={hostile_n:,}", file=sys.stderr)
    _LAUNCHER.close()
    meta["load_after"] = os.getloadavg()[0]
    verdicts = evaluate(results, scaling, listing, hostile)
    print_report(meta, results, scaling, listing, hostile, verdicts)
    table = readme_table(meta, results, scaling, listing, hostile)
    print("\nFor the README:\n")
    print("\n".join(table))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        doc = {"meta": meta, "targets": TARGETS, "sizes": [vars(r) for r in results], "grouping": scaling,
               "list": listing, "hostile": hostile, "verdicts": verdicts, "readme": table}
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
