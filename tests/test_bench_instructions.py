"""`bench/instructions.py`: instructions per article, the load-independent speed figure."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


@pytest.fixture
def instructions(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    import instructions as module  # type: ignore[import-not-found]

    return module


def test_the_count_is_read_from_callgrinds_report(instructions: ModuleType) -> None:
    report = "==12== Events    : Ir\n==12== Collected : 4483917360\n==12==\n==12== I   refs:      4,483,917,360\n"
    assert instructions.collected(report) == 4_483_917_360
    with pytest.raises(RuntimeError, match="no instruction count"):
        instructions.collected("valgrind: command not found")


def test_a_figure_is_the_difference_per_article(instructions: ModuleType) -> None:
    assert instructions.per_article((4_000_000_000, 9_000_000_000), (40, 440)) == 12_500_000


def test_bad_sizes_and_kinds_are_refused(capsys: pytest.CaptureFixture[str], instructions: ModuleType) -> None:
    assert instructions.main(["--sizes", "9,3"]) == 2
    assert instructions.main(["--what", "grouping"]) == 2
    assert "--what takes extract, pipeline" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_a_small_run_counts_extraction(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, str(BENCH / "instructions.py"), "--what", "extract", "--sizes", "1,3"],
        capture_output=True, text=True, env=env, check=True, timeout=900,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("instructions per article (callgrind; articles 2-3 of ")
    name, millions, unit, src = lines[1].split()
    assert (name, unit, src) == ("extract", "M", str(ROOT / "src"))
    assert 1.0 < float(millions) < 100.0  # an article of ~4 KB: about ten million instructions
