"""No sentence shape can stall the extractor: time per MB stays flat from n to 8n.

Each hostile shape of bench/shapes.py (comma lists with and without cues, `, he said`
chains, unbalanced quotes of every kind, "according to" chains, capitalised runs, a line
without punctuation, a mix) runs at about 25 KB and at 8 times that (200 KB); the seconds
per MB of the second run must stay within 3 times the first (a ratio measured in one run,
generous so that a loaded machine does not make it flaky; a quadratic pass gives 8).
Long sentences built from the same parts keep every span anchored and every sentence
within its cap.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extract.segment import MAX_SENTENCE, sentences
from claims.pipeline import analyse, source_claims
from tests.extracting import text_source

BENCH = Path(__file__).resolve().parent.parent / "bench"
BASE_BYTES = 25_000
GROWTH = 8
MAX_RATIO = 3.0


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module


shapes = _bench("shapes")
manynames = _bench("manynames")


def _per_mb(text: str, repeats: int) -> float:
    """Best CPU seconds per MB of the per-file path over `repeats` runs; every span checked."""
    source = text_source(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        claims = source_claims(source)
        best = min(best, time.process_time() - start)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.content
    return best / (len(text.encode()) / 1_000_000)


def _reps_for(name: str, size: int) -> int:
    unit = len(shapes.SHAPES[name](100).encode()) / 100
    return max(1, int(size / unit))


@pytest.mark.parametrize("name", sorted(shapes.SHAPES))
def test_time_per_mb_is_flat_from_n_to_8n(name: str) -> None:
    n = _reps_for(name, BASE_BYTES)
    small = _per_mb(shapes.make(name, n), repeats=3)
    large = _per_mb(shapes.make(name, GROWTH * n), repeats=2)
    assert large <= MAX_RATIO * max(small, 0.05), (name, small, large)


def test_a_long_article_with_ever_new_speakers_stays_linear(tmp_path: Path) -> None:
    """The whole pipeline (loading, extraction, speaker resolution, grouping) on one article."""
    timings = []
    for size_mb in (0.05, 0.05 * GROWTH):
        path = tmp_path / f"long-{size_mb}.txt"
        path.write_text(manynames.article(size_mb), encoding="utf-8")
        start = time.process_time()
        result = analyse([path], jobs=1)
        timings.append((time.process_time() - start) / size_mb)
        assert result.claims and not result.skipped
    assert timings[1] <= MAX_RATIO * timings[0], timings


PARTS = [
    "a, ",
    "the port, the harbour, ",
    ", he said",
    "The minister said, ",
    "said that ",
    "according to Ana Ruiz, Tom Berg and ",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "declined to comment, ",
    "did not respond to a request for comment ",
    "The Minister Of State For Ports ",
    "the minister said the port is open and ",
    " — officials said — ",
    "Critics called it ",
    "saying ",
    "Mr. ",
    "U.S. ",
    ". ",
    "word ",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PARTS), min_size=100, max_size=1_500))
def test_long_sentences_from_hostile_parts(parts: list[str]) -> None:
    text = "".join(parts)
    pieces = sentences(text, 0, len(text))
    assert all(p.end - p.start <= MAX_SENTENCE for p in pieces)
    for p in pieces:  # never cut inside a word when a space was there to cut at
        if p.end < len(text) and text[p.end].isalnum() and text[p.end - 1].isalnum():
            assert not any(c.isspace() for c in text[p.start : p.end])
    for claim in source_claims(text_source(text)):
        assert text[claim.start : claim.end] == claim.content


@given(st.integers(min_value=MAX_SENTENCE, max_value=4 * MAX_SENTENCE), st.sampled_from(["x", "ab ", "a, ", "a; "]))
def test_cut_keeps_every_character_in_order(length: int, unit: str) -> None:
    text = (unit * length)[:length].strip() + "."  # a line without final punctuation may be a headline
    pieces = sentences(text, 0, len(text))
    assert all(0 < p.end - p.start <= MAX_SENTENCE for p in pieces)
    assert all(a.end <= b.start for a, b in pairwise(pieces))
    # Only whitespace is lost between pieces.
    rebuilt = "".join(text[p.start : p.end] for p in pieces)
    assert rebuilt.replace(" ", "") == text.replace(" ", "")
