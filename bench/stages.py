"""Where an archive run's CPU time and memory go, per stage and per process.

    python bench/stages.py DIR [--jobs 2]           # a corpus folder (e.g. bench/engines.py --keep DIR)
    python bench/stages.py DIR --first 30000         # only the first 30,000 files of the folder

Runs `claims.archive.analyse_archive` and `write_json` (to /dev/null) in this process and prints, per
stage (loading, extracting, grouping, output): the CPU seconds of this process (the parent: merging,
story clusters, its own share of grouping and encoding, writing) and of its worker processes (counted
when a stage's workers end), wall seconds, and this process's peak resident size so far; then the serial
fraction (parent CPU over all CPU), the CPU of the parent's serial steps, the largest worker's peak, and
what the run holds in memory at the end (the run-wide term counts, speaker pairs, outlets).
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SERIAL_STEPS = ("speaker_mapping", "story_cluster_arrays", "_cluster_stats", "_keep")
"""Steps of `claims.archive` that only the parent runs: their CPU seconds are printed."""


def _usage() -> tuple[float, float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime, own.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--first", type=int, help="Only the first N files of the folder (by name).")
    args = ap.parse_args(argv)
    import claims.archive as archive

    spent: dict[str, float] = {}

    def timed(name: str) -> None:
        fn: Callable[..., Any] = getattr(archive, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        setattr(archive, name, wrapper)

    for name in SERIAL_STEPS:
        timed(name)
    paths = [args.folder] if args.first is None else sorted(args.folder.iterdir())[: args.first]
    marks: list[tuple[str, float, float, float, float]] = []

    def phase(name: str) -> None:
        marks.append((name, *_usage()[:2], time.perf_counter(), _usage()[2]))

    run = archive.analyse_archive(paths, jobs=args.jobs, on_phase=phase)
    phase("output")
    with open("/dev/null", "w") as sink:
        archive.write_json(run, sink)
    phase("end")
    print(f"{run.n_sources} articles, {run.n_claims} claims, {run.clusters} story clusters "
          f"(largest {run.largest_cluster} claims), --jobs {args.jobs}")
    for (stage, p0, c0, w0, _), (_, p1, c1, w1, rss) in itertools.pairwise(marks):
        print(f"  {stage:<11} parent {p1 - p0:7.2f} CPU-s  workers {c1 - c0:7.2f} CPU-s  wall {w1 - w0:7.2f} s  "
              f"parent peak {rss:5.0f} MB")
    parent = marks[-1][1] - marks[0][1]
    workers = marks[-1][2] - marks[0][2]
    print(f"  total       parent {parent:7.2f} CPU-s  workers {workers:7.2f} CPU-s  all {parent + workers:.2f} CPU-s "
          f"({1000 * (parent + workers) / max(1, run.n_sources):.2f} ms an article); serial fraction "
          f"{parent / max(1e-9, parent + workers):.2f}")
    print("  parent-only steps: " + ", ".join(f"{k} {v:.2f} CPU-s" for k, v in spent.items()))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  peak: parent {marks[-1][4]:.0f} MB, largest worker {kids:.0f} MB")
    print(f"  held at the end: term counts {len(run.df)}, speaker pairs {len(run.speakers)}, "
          f"outlets {len(run.outlets)}, sources {run.n_sources}")
    run.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
