"""Hostile text: huge runs of quotes, endless lines, repeated cues; arbitrary bytes and text.

Each case runs the loader and the extractor: nothing raises, nothing hangs, and every
claim's evidence anchors in its source's text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.errors import InputError
from claims.extract import extract_claims
from claims.loader import load_file_bytes, load_paths
from claims.loader.boilerplate import boilerplate_spans
from claims.loader.webpage import extract_page
from claims.models import Source

MB = 1_000_000


def _check(sources: list[Source]) -> None:
    for source in sources:
        for claim in extract_claims(source):
            assert source.text[claim.start : claim.end] == claim.content
            assert source.body_start <= claim.start <= claim.end <= source.body_end
        spans = boilerplate_spans(source.text, source.body_start, source.body_end)
        assert all(source.body_start <= s < e <= source.body_end for s, e in spans)


HOSTILE = {
    "quotes.txt": ('"“”‘’«»' * (MB // 7)).encode("utf-8"),
    "ascii_quotes.txt": b'"' * (5 * MB),
    "one_line.txt": (b"word " * (2 * MB // 5)).strip(),
    "said.txt": ("The official said " * 100_000).encode(),
    "cues.txt": ("according to sources who told the Courier that officials said “it said” " * 2_000).encode(),
    "nested_quotes.txt": ("“" * 200_000 + "he said" + "”" * 200_000).encode(),
    "newlines.txt": b"said\n" * 400_000,
    "colons.txt": b"Also read: " * 200_000,
    "front.md": b"---\n" + b"title: x\n" * 100_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_loads_and_extracts(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    result = load_paths([path])
    assert [s.id for s in result.sources] == [path.stem]
    _check(result.sources)


def test_hostile_html(tmp_path: Path) -> None:
    markup = "<html><body><article>" + "<p>" + "“" * MB + "</p>" + "<div>said " * 20_000 + "</article>"
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    result = load_paths([path])
    _check(result.sources)
    assert result.sources[0].text.startswith("“" * 100)


def test_hostile_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * (2 * MB)}), "{" * 50_000, json.dumps({"text": '"' * MB})]
    path = tmp_path / "bulk.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = load_paths([path])
    assert [s.id for s in result.sources] == ["bulk-1", "bulk-3"]
    assert [s.line for s in result.skipped] == [2]
    _check(result.sources)


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ('<script type="application/ld+json">' + "[" * 100_000 + "</script>" + "<b><i>" * 20_000 + "said", "said"),
        ("<b>" * 20_000 + "<p>x" * 20_000, "\n\n".join(["x"] * 20_000)),
        ("<b>" * 20_000 + "said" + "</x>" * 20_000, "said"),
        ("<article>" * 20_000 + "<p>said</p>", "said"),
        ('<div class="share">' * 20_000 + "<p>said</p>", "said"),
    ],
    ids=["deep-json-ld", "unclosed-inline-then-paragraphs", "stray-end-tags", "nested-articles", "nested-share"],
)
def test_deep_and_unclosed_markup(markup: str, text: str) -> None:
    assert extract_page(markup).text == text


# --- properties -------------------------------------------------------------------------------

SUFFIXES = ["a.txt", "a.md", "a.html", "a.jsonl", "<stdin>"]
NEWSY = st.lists(
    st.sampled_from([*'abc XYZ.,;:!?"\'“”‘’—-\n\t()[]{}<>/#*=', "said ", "told ", "according to ", "---\n",
                     "<p>", "</p>", "\u2028", "Advertisement\n", "Share Tweet Email\n", "\r\n"]),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), name=st.sampled_from(SUFFIXES))
def test_loader_never_raises_on_bytes(data: bytes, name: str) -> None:
    result = load_file_bytes(data, name, "a")
    for source in result.sources:
        assert 0 <= source.body_start <= source.body_end <= len(source.text)
    assert result.sources or result.skipped
    _check(result.sources)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=400), NEWSY), name=st.sampled_from(SUFFIXES))
def test_loader_and_extractor_never_raise_on_text(text: str, name: str) -> None:
    try:
        data = text.encode("utf-8", "surrogatepass")
    except UnicodeEncodeError:  # pragma: no cover - surrogatepass encodes everything
        return
    result = load_file_bytes(data, name, "a")
    if not text.strip():
        assert result.sources == []
    _check(result.sources)


@settings(max_examples=100, deadline=None)
@given(text=NEWSY)
def test_extractor_anchors_on_any_source(text: str) -> None:
    source = Source(id="a", outlet="A", path="a.txt", text=text, body_start=0, body_end=len(text))
    _check([source])


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.text(max_size=300), NEWSY), start=st.integers(-5, 400), end=st.integers(-5, 400))
def test_boilerplate_spans_sorted_disjoint_in_bounds(text: str, start: int, end: int) -> None:
    spans = boilerplate_spans(text, start, end)
    lo, hi = max(0, start), min(end, len(text))
    previous = lo
    for s, e in spans:
        assert previous <= s < e <= hi
        assert text[s:e] == text[s:e].strip()
        previous = e


def test_load_bytes_raises_only_input_error() -> None:
    from claims.loader import load_bytes

    with pytest.raises(InputError):
        load_bytes(b"\x00\x01\x02", "x.txt", "x")
