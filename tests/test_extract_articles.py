"""The extractor scored against hand-annotated articles on invented stories.

Each `tests/data/articles/NAME.txt` has a `NAME.yaml` in the gold format (see the gold
README convention: speaker as written, via, kind, verbatim content). Matching follows the
scorer's rule: within a source, a predicted claim matches a gold claim when the token
overlap F1 of their contents is >= 0.5, best pairs first, each side used once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claims.extract import extract_claims
from claims.loader import load_bytes
from tests.scoring import match, same_name

ARTICLES = Path(__file__).parent / "data" / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))
def _load(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    path = ARTICLES / f"{name}.txt"
    source = load_bytes(path.read_bytes(), str(path), name)
    gold = yaml.safe_load((ARTICLES / f"{name}.yaml").read_text(encoding="utf-8"))["claims"]
    return [c.model_dump(mode="json") for c in extract_claims(source)], [dict(g, source=name) for g in gold]


def figures(names: list[str]) -> dict[str, float]:
    n_pred = n_gold = n_match = speaker = via = kind = 0
    for name in names:
        pred, gold = _load(name)
        pairs = match(pred, gold)
        n_pred, n_gold, n_match = n_pred + len(pred), n_gold + len(gold), n_match + len(pairs)
        speaker += sum(same_name(p["speaker"], g["speaker"]) for p, g in pairs)
        via += sum(same_name(p["via"], g["via"]) for p, g in pairs)
        kind += sum(p["kind"] == g["kind"] for p, g in pairs)

    def f1(tp: int) -> float:
        prec, rec = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        return 2 * prec * rec / (prec + rec) if prec + rec else 0.0

    return {
        "detection_f1": f1(n_match),
        "attributed_f1": f1(speaker),
        "via_acc": via / n_match if n_match else 0.0,
        "kind_acc": kind / n_match if n_match else 0.0,
    }


def test_there_are_enough_own_articles() -> None:
    assert len(NAMES) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_every_article_is_mostly_found(name: str) -> None:
    pred, gold = _load(name)
    pairs = match(pred, gold)
    assert len(pairs) >= 0.8 * len(gold), [g["content"] for g in gold if all(g is not pg for _, pg in pairs)]


def test_own_articles_reach_the_targets() -> None:
    got = figures(NAMES)
    assert got["detection_f1"] >= 0.9, got
    assert got["attributed_f1"] >= 0.85, got
    assert got["via_acc"] >= 0.9, got
    assert got["kind_acc"] >= 0.9, got


@pytest.mark.parametrize("name", NAMES)
def test_spans_anchor_in_the_file_text(name: str) -> None:
    path = ARTICLES / f"{name}.txt"
    source = load_bytes(path.read_bytes(), str(path), name)
    for claim in extract_claims(source):
        assert source.text[claim.start : claim.end] == claim.content
        assert source.body_start <= claim.start < claim.end <= source.body_end


def test_seed_articles_anchor_and_skip_ads_and_headlines() -> None:
    from claims.loader import load_paths
    from tests.conftest import SEEDS

    loaded = load_paths([SEEDS])
    assert loaded.sources
    for source in loaded.sources:
        claims = extract_claims(source)
        assert claims, source.id
        for claim in claims:
            assert source.text[claim.start : claim.end] == claim.content
            assert source.body_start <= claim.start < claim.end <= source.body_end
            assert "Register for" not in claim.content
            assert claim.speaker not in claim.content or claim.kind.value == "no_comment"
