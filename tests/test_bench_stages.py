"""`bench/engines.py` gives each ratio its verdict; `bench/stages.py` splits a run's CPU by stage and process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.synthetic import corpus_module

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def test_ratios_carry_verdicts(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import engines  # type: ignore[import-not-found]

    engines.print_ratios({10000: {1: (40.0, 38.0, 80.0), 2: (20.0, 39.0, 100.0)},
                          100000: {1: (400.0, 380.0, 90.0), 2: (250.0, 390.0, 170.0)}})
    out = capsys.readouterr().out
    assert "10000 articles  --jobs 2 / --jobs 1: 2.00x wall [PASS >= 1.7x]" in out
    assert "500 art/s with --jobs 2 [PASS >= 500]" in out
    assert "1.60x wall [FAIL >= 1.7x]" in out
    assert "peak 100000 / 10000 articles, --jobs 1: 1.12x [PASS <= 1.5x]" in out
    assert "peak 100000 / 10000 articles, --jobs 2: 1.70x [FAIL <= 1.5x]" in out


def test_stages_split_cpu_by_process(tmp_path: Path) -> None:
    corpus_module().write_corpus(tmp_path / "c", 240, 1)
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, str(BENCH / "stages.py"), str(tmp_path / "c"), "--jobs", "2"],
                          capture_output=True, text=True, env=env, check=True, timeout=600)
    out = done.stdout
    assert out.startswith("240 articles, ")
    for stage in ("loading", "extracting", "grouping", "output", "total"):
        assert f"  {stage} " in out
    assert "serial fraction 0." in out
    assert "parent-only steps: speaker_mapping " in out


def test_worker_profile_splits_an_article_cpu(tmp_path: Path) -> None:
    corpus_module().write_corpus(tmp_path / "c", 40, 1)
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, str(BENCH / "worker_profile.py"), str(tmp_path / "c"), "--first", "20"],
                          capture_output=True, text=True, env=env, check=True, timeout=600)
    out = done.stdout
    assert out.startswith("20 files, one process")
    for step in ("reading", "extracting", "packing", "sending (pickle)", "total"):
        assert f"  {step} " in out
    assert "KB sent back an article" in out
