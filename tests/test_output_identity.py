"""The pipeline's whole output, pinned: refactors and speed work must leave it unchanged.

Two golden files hold one line per claim (source, span, speaker, speaker id, cue, kind, via,
group) and one per group (its claims' sources, single-outlet flag): the shipped seeds, and
a 500-article synthetic corpus (bench/corpus.py, seed 7). A change that moves any claim,
speaker id or group fails here; a deliberate change to the rules is reviewed by reading
the golden diff (`pytest --update-golden tests/test_output_identity.py`).
The `rule` field, which names the rule behind a claim, is left out: it is not output
the rules compute from the text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from claims.cli import app
from tests.synthetic import corpus_module

ROOT = Path(__file__).resolve().parent.parent


def _listing(seeds: Path) -> str:
    result = CliRunner().invoke(app, ["list", "--seeds", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    lines = [
        "\t".join(
            str(c[k])
            for k in ("source", "start", "end", "speaker", "speaker_id", "cue", "kind", "via", "group")
        )
        for c in data["claims"]
    ]
    lines += [
        f"{g['id']}\t{g['single_source']}\t{','.join(g['sources'])}\t{len(g['claims'])}" for g in data["groups"]
    ]
    return "\n".join(lines) + "\n"


def test_seed_output_is_pinned(golden: Callable[[str, str], None]) -> None:
    golden("identity_seeds.tsv", _listing(ROOT / "seeds"))


def test_synthetic_corpus_output_is_pinned(tmp_path: Path, golden: Callable[[str, str], None]) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    corpus_module().write_corpus(folder, 500, seed=7)
    golden("identity_synthetic500.tsv", _listing(folder))
