"""The line-by-line registry reader (registry/blockload.py) gives what the full path gives, or hands over.

Whenever `load_block` returns data, the full path (`parse_yaml`: limits, compose, safe construct, duplicate
keys, then `as_typed`) must find no problem in the same text and give equal data. Inputs: the registries of
tests/data, a generated one, hand-written edge cases, and random line-structured YAML (hypothesis).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.registry.blockload import FALLBACK, load_block
from claims.registry.store import parse_yaml
from claims.registry.typed import as_typed
from claims.yamlsafe import YamlLimits
from tests.conftest import DATA, generated_registry


def _agrees(text: str) -> bool:
    """True when the block reader handed over, or read what the full path reads without a problem."""
    fast = load_block(text)
    if fast is FALLBACK:
        return True
    parsed = parse_yaml(text)
    assert parsed.problems == [], (text, fast)
    assert repr(fast) == repr(as_typed(parsed.node, parsed.data)), text
    return False


REGISTRIES = sorted(set(DATA.glob("*/claims.yaml")) | set(DATA.glob("*/*.yaml")))


@pytest.mark.parametrize("path", REGISTRIES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_registries_read_alike(path: Path) -> None:
    _agrees(path.read_text(encoding="utf-8", errors="replace"))


def test_a_generated_registry_is_read_line_by_line(tmp_path: Path) -> None:
    path = generated_registry(tmp_path, 12, seed=5)
    text = path.read_text(encoding="utf-8")
    assert _agrees(text) is False  # read here, not handed over
    assert parse_yaml(text, typed=True).data == load_block(text)


BLOCK = """\
# yaml-language-server: $schema=claims.schema.json
version: 1
story: 2026-03-10
articles: []
sources:
- id: a
  outlet: Wire
  published: 2026-01-02
  title: yes
  path: a.txt
  sha256: '0'
groups:
- id: g1
  label: 1.5
  status: no
  note: ~
  flags:
  - single-outlet
  nearest: {}
  claims:
  - id: c1
    status: false
    note:
    source: a
    speaker: "He"
    via: null
    content: 'it''s "quoted": here'
    start: 0x10
    end: 1_000

  # a comment line
  - id: c2
    status:
    note: on
    nested:
      note: yes
      status: true
retired: []
"""


def test_the_typed_fields_read_as_written() -> None:
    assert _agrees(BLOCK) is False
    data = load_block(BLOCK)
    group = data["groups"][0]
    assert data["story"] == "2026-03-10" and data["sources"][0]["title"] is True  # not a text field
    assert (group["label"], group["status"], group["note"]) == ("1.5", "no", "")
    assert group["claims"][0]["status"] == "false" and group["claims"][0]["note"] == ""
    assert group["claims"][0]["content"] == "it's \"quoted\": here" and group["claims"][0]["start"] == 16
    assert group["claims"][1]["nested"] == {"note": True, "status": True}  # not a registry field: as YAML reads it


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n",  # duplicate key
    "yes: 1\n",  # a key that is not text
    "a: b: c\n",  # a syntax error
    "a: long\n  folded\n",  # a multi-line plain scalar
    "a: 'open\n  quote'\n",
    "a: \"esc\\n\"\n",
    "a: |\n  block\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: 1 # comment\n",
    "a: [1, 2]\n",
    "a:\tb\n",
    "a: b\r\n",
    "a: 1\n---\nb: 2\n",
    "  a: 1\n",  # an indented document
    "a:\n  - 1\n  b: 2\n",
    "- - 1\n",
    "-\n  a: 1\n",
    "a: 1 \n",  # a trailing space
    "\ufeffa: 1\n",
    "a: x\x85y\n",
])
def test_anything_else_is_handed_over(text: str) -> None:
    assert load_block(text) is FALLBACK
    assert parse_yaml(text, typed=True) is not None  # the full path still answers


def test_the_depth_limit_is_kept() -> None:
    text = "a:\n  b:\n    c: 1\n"
    assert load_block(text, YamlLimits(max_depth=2)) is FALLBACK
    assert load_block(text, YamlLimits(max_depth=3)) == {"a": {"b": {"c": 1}}}


KEYS = st.sampled_from(["id", "note", "status", "label", "story", "claims", "groups", "sources", "retired",
                        "yes", "a", "b", "x_y"])
VALUES = st.sampled_from(["", "1", "-1", "0x1f", ".5", "yes", "No", "null", "~", "2026-01-01", "2026-13-45",
                          "'q'", "''", "'it''s'", "'a' b", "\"dq\"", "\"\"", "[]", "{}", "[1]", "a: b", "a:b",
                          "a #c", "a#b", "#c", "&x", "*x", "!x", "|", ">", "%x", "@x", "`x`", "?x", ": x", "-",
                          "- x", "x:", "http://x.y", "The cat", "é ü", "a  b"])


@st.composite
def block_yaml(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 2, 4, 6]))
        dash = draw(st.sampled_from(["", "", "- "]))
        if draw(st.booleans()):
            value = draw(VALUES)
            lines.append(f"{indent}{dash}{draw(KEYS)}:" + (f" {value}" if value else ""))
        else:
            lines.append(f"{indent}{dash}{draw(VALUES)}")
    return "\n".join(lines) + "\n"


@settings(max_examples=1000, deadline=None)
@given(text=block_yaml())
def test_random_block_lines_read_alike(text: str) -> None:
    _agrees(text)


NODES = st.recursive(
    VALUES,
    lambda inner: st.one_of(st.lists(st.tuples(KEYS, inner), min_size=1, max_size=4),
                            st.lists(inner, min_size=1, max_size=3).map(tuple)),
    max_leaves=12,
)


def _render(node: object, col: int, seq_offset: int, out: list[str], head: str) -> None:
    """Lay `node` out as the writers do, after `head` (`key:` or `- ` already on the line)."""
    if isinstance(node, str):
        out[-1] += (" " if head.endswith(":") and node else "") + node
    elif isinstance(node, list):  # a mapping: (key, value) pairs
        for n, (key, value) in enumerate(node):
            if n or not head.endswith("- "):
                out.append(" " * col)
            out[-1] += f"{key}:"
            _render(value, col + 2, seq_offset, out, ":")
    else:  # a sequence
        dash_col = col - 2 + seq_offset if head == ":" else col
        for n, item in enumerate(node):
            if n or head != "- ":
                out.append(" " * dash_col)
            out[-1] += "- "
            _render(item, dash_col + 2, seq_offset, out, "- ")


@settings(max_examples=1500, deadline=None)
@given(node=NODES, seq_offset=st.sampled_from([0, 2]))
def test_random_block_documents_read_alike(node: object, seq_offset: int) -> None:
    out: list[str] = [""]
    _render(node, 0, seq_offset, out, "")
    _agrees("\n".join(line.rstrip(" ") for line in out if line.strip()) + "\n")


def test_pieces_of_any_size_read_alike(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The text is read a piece of lines at a time: cut anywhere, the data is the same."""
    import claims.registry.blockload as blockload

    path = generated_registry(tmp_path, 3, seed=2)
    texts = [BLOCK, path.read_text(encoding="utf-8")]
    whole = [load_block(text) for text in texts]
    for size in (1, 7, 64, 500):
        monkeypatch.setattr(blockload, "CHUNK_CHARS", size)
        assert [load_block(text) for text in texts] == whole, size


def test_the_ascii_character_check_equals_the_pattern() -> None:
    from claims.registry.blockload import _UNUSUAL, _usual

    for code in range(0x100):
        text = f"a: b{chr(code)}c\n"
        assert _usual(text) == (_UNUSUAL.search(text) is None), hex(code)


CLAIM_VALUES = st.sampled_from(["c1", "000001_s00002_wire:3", "1", "0x1f", "1_000", "yes", "no", "false", "null",
                                "~", "2026-01-01", "'q'", "''", "'it''s'", "\"dq\"", "\"\"", "a:b", "a#b", "The cat",
                                "é ü", "a  b", "unreviewed", "indirect", "12", "on", "1.5", "2026-13-45"])
ODD_VALUES = st.sampled_from(["[]", "a: b", "a #c", "&x", "-", "x:", "", "{}", "'a' b", "!x"])
TAILS = st.sampled_from(["", "", "", "", "  continued", "extra: 1", "# a comment", "- id: c9", "nested:\n  - 1"])
PLACES = st.sampled_from(["groups", "retired", "claims", "sources", "top", "other"])


@st.composite
def record_documents(draw: st.DrawFn) -> str:
    """Claims, sources or group heads laid out as the writers lay them out (or nearly: a value, a missing key, an
    indentation, a line after them), in their section or elsewhere."""
    from claims.registry.blockload import CLAIM_KEYS, GROUP_HEAD, SOURCE_KEYS

    kind = draw(st.sampled_from(["claim", "source", "group"]))
    place = draw(PLACES)
    offset = draw(st.sampled_from([0, 2]))
    nested = kind == "claim" and place not in ("top", "claims")  # claims of a group
    col = 2 + offset if nested else 0 if place == "top" else offset
    items = []
    for _ in range(draw(st.integers(1, 3))):
        keys = {"claim": CLAIM_KEYS, "source": SOURCE_KEYS, "group": GROUP_HEAD[:-1]}[kind]
        lines = [f"{key}: {draw(ODD_VALUES if draw(st.integers(0, 29)) == 0 else CLAIM_VALUES)}".rstrip()
                 for key in keys]
        if draw(st.integers(0, 9)) == 0:
            lines.pop(draw(st.integers(1, len(lines) - 1)))
        if kind == "group":
            flags = draw(st.lists(st.sampled_from(["single-outlet", "conflict", "yes", "'q'", "1", "a: b"]),
                                  max_size=3))
            lines.append("flags:" if flags else "flags: []")
            shift = " " * draw(st.sampled_from([0, 0, 0, 2]))
            lines.extend(f"{shift}- {flag}" for flag in flags)
            lines.extend(draw(st.sampled_from([[], [], ["claims: []"], ["nearest:", "  outlet: x"],
                                               ["claims:", "- id: c1", "  note: x"], ["label: again"]])))
        indent = " " * (col + 2)
        tail = draw(TAILS)
        text = " " * col + "- " + ("\n" + indent).join(lines)
        if tail:
            text += "\n" + "\n".join(" " * draw(st.sampled_from([col, col + 2, col + 4])) + t
                                     for t in tail.split("\n"))
        items.append(text)
    body = "\n".join(items)
    if place == "top":
        return body + "\n"
    if place == "claims":
        return "version: 1\nclaims:\n" + body + "\n"
    if not nested:
        return f"{place}:\n{body}\n"
    key = "claims" if place in ("groups", "retired") else "items"
    return f"{place}:\n- id: g1\n  label: x\n  {key}:\n{body}\n"


@settings(max_examples=2000, deadline=None)
@given(text=record_documents())
def test_records_read_whole_read_alike(text: str) -> None:
    _agrees(text)


def test_claims_laid_out_as_written_are_read_whole(tmp_path: Path) -> None:
    """A built registry's claims, sources and group heads are read a record at a time (`_records`), with the
    same data."""
    from claims.registry import blockload
    from claims.yamlsafe import safe_loader

    path = generated_registry(tmp_path, 12, seed=5)
    text = path.read_text(encoding="utf-8")
    rest, (claims, sources, heads) = blockload._records(text, blockload._Reader(safe_loader(""), 64))
    data = load_block(text)
    groups = data["groups"] + data.get("retired", [])
    assert claims and len(claims) == sum(len(g["claims"]) for g in groups)
    assert len(sources) == len(data["sources"]) and len(heads) == len(groups)
    assert "speaker_id:" not in rest and "sha256:" not in rest and "label:" not in rest
    assert _agrees(text) is False


def test_the_unusual_characters_are_the_complement_of_the_usual_ones() -> None:
    """`_UNUSUAL` finds exactly the characters outside the ranges the reader handles, over every code point."""
    import re

    from claims.registry.blockload import _UNUSUAL

    usual = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
    every = "".join(map(chr, range(0x110000)))
    assert _UNUSUAL.findall(every) == usual.findall(every)
