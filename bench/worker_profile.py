"""Where an archive worker's CPU goes, per article: reading, extracting, and describing the claims.

    python bench/worker_profile.py DIR [--first 1000]            # CPU ms an article, per step
    python bench/worker_profile.py DIR --first 500 --profile 30   # and cProfile's top 30 of the worker

Runs, in this one process, what a worker of `claims.archive` does for each file of the folder
(`archive._light_files`: `loader.read_task`, `pipeline.source_claims`, `archive._packed`), 32 files a
chunk as the workers take them, once to warm the caches and then measured: CPU milliseconds an article
for reading (and parsing front matter), extraction proper (`extract_claims` with the page-furniture
filter), and packing (each claim's terms, story entities and the pickled records sent to the main
process), and the size of what a worker sends back per article. CPU figures, meaningful on a loaded
machine too (wall time is not).
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

CHUNK = 32


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--first", type=int, default=1000, help="Only the first N files of the folder (default 1000).")
    ap.add_argument("--profile", type=int, default=0, help="Also print cProfile's top N functions (by own time).")
    args = ap.parse_args(argv)
    import claims.archive as archive
    from claims.loader import FileTask, plan_steps, read_task
    from claims.pipeline import _guarded, source_claims

    tasks = [s for s in plan_steps([args.folder], stream=True) if isinstance(s, FileTask)][: args.first]
    spent: Counter[str] = Counter()
    sent = 0

    def run(measure: bool) -> None:
        nonlocal sent
        clock = time.process_time
        for i in range(0, len(tasks), CHUNK):
            out = archive._ChunkOut([], Counter(), set(), set())
            for task in tasks[i : i + CHUNK]:
                t0 = clock()
                loaded = read_task(task)
                t1 = clock()
                packed = []
                for source in loaded.sources:
                    t2 = clock()
                    found = _guarded(source_claims, source)
                    t3 = clock()
                    packed.append(archive._packed(source, found, out))
                    if measure:
                        spent["extracting"] += t3 - t2
                        spent["packing"] += clock() - t3
                if measure:
                    spent["reading"] += t1 - t0
                out.files.append(archive._FileOut(loaded.skipped, packed))
            t4 = clock()
            data = pickle.dumps(out, 5)
            if measure:
                spent["sending (pickle)"] += clock() - t4
                sent += len(data)

    run(False)
    profile = cProfile.Profile() if args.profile else None
    if profile is not None:
        profile.enable()
    run(True)
    if profile is not None:
        profile.disable()
    n = max(1, len(tasks))
    print(f"{len(tasks)} files, one process{' (under cProfile: figures inflated)' if profile else ''}")
    for step in ("reading", "extracting", "packing", "sending (pickle)"):
        print(f"  {step:<17} {1000 * spent[step] / n:6.3f} CPU-ms an article")
    print(f"  total             {1000 * sum(spent.values()) / n:6.3f} CPU-ms an article; "
          f"{sent / n / 1024:.1f} KB sent back an article")
    if profile is not None:
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
