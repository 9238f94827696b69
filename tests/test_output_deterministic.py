"""The whole JSON output, links and labels included, does not depend on the process: Python
salts string hashes per process, so any score summed in set order would differ in its last bits
between two runs and tip ties in links, `nearest` and labels. Scores are summed exactly
(`math.fsum`), which is independent of order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.synthetic import corpus_module


def _run(folder: Path, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-m", "claims", "list", "--seeds", str(folder), "--format", "json", "--jobs", "1"],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_output_is_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    corpus_module().write_corpus(folder, 150, seed=5)
    first = _run(folder, "1")
    assert '"links"' in first
    for seed in ("2", "3"):
        assert _run(folder, seed) == first, f"output differs under PYTHONHASHSEED={seed}"
