"""Synthetic corpora for the pipeline and engine tests, from bench/corpus.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def corpus_module() -> ModuleType:
    """bench/corpus.py, loaded as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def write_mixed_corpus(folder: Path, n: int) -> Path:
    """`n` synthetic articles plus what tests the merge: a duplicate id, a bad file, manifest entries."""
    folder.mkdir()
    corpus_module().write_corpus(folder, n, seed=3)
    first = sorted(folder.glob("*.md"))[0]
    record = {"id": first.stem, "text": "Mayor Ana Ruiz said the ferry would run again in May.", "outlet": "Dup"}
    other = {"id": "bulk-2", "text": "The council said the budget was balanced, according to Tom Ng.", "outlet": "X"}
    (folder / "zz-bulk.jsonl").write_text(json.dumps(record) + "\n" + json.dumps(other) + "\n{not json\n",
                                          encoding="utf-8")
    (folder / "zz-empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sources.yaml").write_text(f"{first.name}:\n  outlet: Manifest Outlet\nmissing.txt:\n  outlet: Gone\n",
                                         encoding="utf-8")
    return folder
