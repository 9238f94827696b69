"""The benchmark's corpus generator is deterministic and realistic; `bench/run.py --quick` runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.synthetic import corpus_module

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _corpus() -> ModuleType:
    return corpus_module()


def test_generator_is_deterministic_per_seed() -> None:
    corpus = _corpus()
    first = [(a.stem, a.text) for a in corpus.generate(25, seed=7)]
    again = [(a.stem, a.text) for a in corpus.generate(25, seed=7)]
    other = [(a.stem, a.text) for a in corpus.generate(25, seed=8)]
    assert first == again
    assert first != other
    assert len(first) == 25


def test_articles_look_like_news_coverage() -> None:
    corpus = _corpus()
    articles = list(corpus.generate(120, seed=3))
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert 3500 <= sum(sizes) / len(sizes) <= 4700
    per_article = [len(a.truth) for a in articles]
    assert min(per_article) >= 6 and max(per_article) <= 12
    assert 8 <= sum(per_article) / len(per_article) <= 12
    kinds = Counter(c.kind for a in articles for c in a.truth)
    assert {"direct", "indirect", "mixed", "no_comment"} <= set(kinds)
    assert any(c.via for a in articles for c in a.truth)
    # Several outlets carry the same proposition, and every outlet also has claims of its own.
    outlets_per_group: dict[str, set[str]] = {}
    for a in articles:
        for c in a.truth:
            outlets_per_group.setdefault(c.group, set()).add(c.outlet)
    shared = [g for g, outlets in outlets_per_group.items() if len(outlets) > 1]
    single = [g for g, outlets in outlets_per_group.items() if len(outlets) == 1]
    assert len(shared) > 20 and len(single) > len(shared)


def test_truth_spans_index_the_written_files(tmp_path: Path) -> None:
    corpus = _corpus()
    truth = corpus.write_corpus(tmp_path, 15, seed=2)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md")}
    assert len(texts) == 15
    assert truth
    for claim in truth:
        assert texts[claim.source][claim.start:claim.end] == claim.content


def test_loader_reads_the_generated_front_matter(tmp_path: Path) -> None:
    from claims.loader import load_paths

    corpus = _corpus()
    corpus.write_corpus(tmp_path, 6, seed=2)
    loaded = load_paths([tmp_path])
    assert loaded.skipped == []
    assert [s.outlet.startswith("The ") for s in loaded.sources] == [True] * 6
    assert all(s.published and s.title and s.body_start > 0 for s in loaded.sources)


def test_quick_run_reports_every_target(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--sizes", "40", "--group-sizes", "60,120",
         "--repeats", "1", "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [s["articles"] for s in doc["sizes"]] == [40]
    assert doc["sizes"][0]["pipeline"]["returncode"] == 0
    assert [n for n, _ in doc["grouping"]["points"]] == [60, 120]
    names = [v["target"] for v in doc["verdicts"]]
    assert len(names) == len(doc["targets"]) == 7
    assert doc["hostile"]["worst"] in doc["hostile"]["shapes"]
    for verdict in doc["verdicts"]:
        assert verdict["verdict"] in {"PASS", "FAIL", "SKIP"}
        assert f"{verdict['verdict']}  {verdict['target']}" in proc.stdout
    # The README's speed table comes from the same run, with the machine and its load, one row per figure.
    table = doc["readme"]
    assert table[0].startswith("Measured ") and "load average" in table[0] and "cores" in table[0]
    assert table[2] == "| what | figure |"
    assert "\n".join(table) in proc.stdout
    assert any(row.startswith("| extraction, one core, 40 articles |") for row in table)
    assert any(row.startswith("| `claims list --format json`, 40 articles") for row in table)
    assert any(row.startswith("| hostile sentence shapes") for row in table)


def test_measured_commands_may_write_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands are timed as an installed package runs (compiled once), even where the
    environment forbids writing bytecode; the package source still comes first on the path."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    monkeypatch.syspath_prepend(str(BENCH))
    import run  # type: ignore[import-not-found]

    env = run._env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPATH"].split(os.pathsep) == [str(run.SRC), "/elsewhere"]
    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1"  # the benchmark's own environment is left alone
