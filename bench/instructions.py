"""Instructions per article: a speed figure that does not depend on the machine's load.

    python bench/instructions.py                               # extraction and the pipeline, this checkout
    python bench/instructions.py --src /tmp/old/src --src src  # code against code, same corpus
    python bench/instructions.py --what extract --sizes 40,440

Wall and CPU seconds on a shared machine move with what else it runs (on this project's 2-core
machine the same code has measured from 230 to 520 articles per CPU-second on different days).
`valgrind --tool=callgrind` counts the instructions the interpreter executes instead: the same for the
same code, corpus and hash seed, whatever the load. Each figure is the difference between two runs,
on the first N1 and the first N2 articles of one synthetic corpus (`bench/corpus.py`, seed 1 by
default), divided by N2 - N1: start-up, imports and the first articles' cold caches cancel out.

What is counted:
- `extract`: `extract_claims` on each article (loaded beforehand), as `bench/run.py`'s extraction figure;
- `pipeline`: `claims.archive.analyse_archive` (one process: reading, extraction, packing, speaker ids,
  grouping one story cluster at a time, as for an archive of more than 50,000 claims) and `write_json`.

Both runs of a figure go in parallel (two processes). Under callgrind Python runs about 50 times slower:
the defaults (40 and 440 articles) take 2-5 minutes a figure. Needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

WHAT = ("extract", "pipeline")
_COLLECTED = re.compile(r"Collected : (\d+)")


def collected(stderr: str) -> int:
    """The instruction count callgrind reports on its standard error."""
    m = _COLLECTED.search(stderr)
    if m is None:
        raise RuntimeError("callgrind reported no instruction count:\n" + stderr[-2000:])
    return int(m.group(1))


def per_article(counts: tuple[int, int], sizes: tuple[int, int]) -> float:
    """Instructions per article between the two runs."""
    return (counts[1] - counts[0]) / (sizes[1] - sizes[0])


def _child(what: str, n: int, corpus: Path) -> None:
    """The measured run (under callgrind): `what` on the first n articles of the corpus."""
    paths = sorted(corpus.glob("*.md"))[:n]
    if what == "extract":
        from claims.extract import extract_claims
        from claims.loader import load_paths

        found = sum(len(extract_claims(source)) for source in load_paths(paths).sources)
        print(f"{n} articles, {found} claims")
        return
    import claims.archive as archive

    run = archive.analyse_archive(paths, jobs=1, one_cluster_up_to=0)
    with open(os.devnull, "w") as sink:
        archive.write_json(run, sink)
    print(f"{n} articles, {run.n_claims} claims")
    run.close()


def count(src: Path, what: str, n: int, corpus: Path) -> int:
    """Instructions of one run of `what` on n articles with the package at `src`."""
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as out:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.out",
               sys.executable, str(Path(__file__).resolve()), "--child", what, str(n), str(corpus)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return collected(done.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, action="append", help="A package source to measure (repeatable; "
                    "default: this checkout's src/).")
    ap.add_argument("--what", default=",".join(WHAT), help="Comma-separated: extract, pipeline (default both).")
    ap.add_argument("--sizes", default="40,440", help="N1,N2: the two runs' article counts (default 40,440).")
    ap.add_argument("--corpus", type=Path, help="A corpus folder (default: one written for the run).")
    ap.add_argument("--seed", type=int, default=1, help="The written corpus's seed (default 1).")
    ap.add_argument("--child", nargs=3, metavar=("WHAT", "N", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), Path(args.child[2]))
        return 0
    n1, n2 = (int(x) for x in args.sizes.split(","))
    if not 0 <= n1 < n2:
        print("--sizes needs N1 < N2", file=sys.stderr)
        return 2
    whats = [w for w in args.what.split(",") if w]
    if any(w not in WHAT for w in whats):
        print(f"--what takes {', '.join(WHAT)}", file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    sources = [s.resolve() for s in (args.src or [ROOT / "src"])]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            write_corpus(corpus, n2, args.seed)
        print(f"instructions per article (callgrind; articles {n1 + 1}-{n2} of {corpus})")
        for what in whats:
            for src in sources:
                with ThreadPoolExecutor(2) as pool:
                    counts = tuple(pool.map(lambda n, s=src, w=what: count(s, w, n, corpus), (n1, n2)))
                print(f"  {what:<9} {per_article((counts[0], counts[1]), (n1, n2)) / 1e6:7.2f} M  {src}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
