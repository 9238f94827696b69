"""The registry's fast read path (registry/fastload.py) gives what the full path gives, or hands over to it.

The full path: `parse_yaml` (limits scan, compose, safe construct, duplicate keys) then `as_typed`. Both run
in the same test on the same text: registries of tests/data, a generated one, hand-written typed fields, and
random YAML-ish text (hypothesis).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.registry.fastload import FALLBACK, load_typed
from claims.registry.store import parse_yaml
from claims.registry.typed import as_typed
from claims.yamlsafe import YamlLimits
from tests.conftest import DATA, generated_registry


def _slow(text: str) -> tuple[str, list[tuple[str, str, int | None, int | None]]]:
    parsed = parse_yaml(text)
    problems = [(p.kind, p.message, p.line, p.col) for p in parsed.problems]
    data = as_typed(parsed.node, parsed.data) if parsed.data is not None else None
    return repr(data), problems


def _fast(text: str) -> tuple[str, list[tuple[str, str, int | None, int | None]]]:
    parsed = parse_yaml(text, typed=True)
    problems = [(p.kind, p.message, p.line, p.col) for p in parsed.problems]
    data = parsed.typed_data() if parsed.data is not None else None
    return repr(data), problems


REGISTRIES = sorted(DATA.glob("*/claims.yaml")) + sorted(DATA.glob("*/*.yaml"))


@pytest.mark.parametrize("path", sorted(set(REGISTRIES)), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_registries_read_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert _fast(text) == _slow(text)


def test_a_generated_registry_reads_alike_on_the_fast_path(tmp_path: Path) -> None:
    path = generated_registry(tmp_path, 12, seed=5)
    text = path.read_text(encoding="utf-8")
    assert load_typed(text) is not FALLBACK
    assert _fast(text) == _slow(text)
    parsed = parse_yaml(text, typed=True)
    assert parsed.node is not None and parsed.node.start_mark.line == 1  # composed on demand, after the header


TYPED = """\
story: 2026-03-10
sources:
- {id: a, outlet: Wire, path: a.txt, sha256: '0', published: 2026-01-02, title: yes}
groups:
- id: g1
  label: 1.5
  status: no
  note: ~
  flags: [single-outlet]
  claims:
  - {id: c1, status: false, note: on, source: a, start: 0x10, end: 1_000, kind: direct}
  - id: c2
    status:
    note: 2026-13-45
    nested: {note: yes, status: true, groups: [{note: yes}]}
retired: []
other: {note: yes}
"""


@pytest.mark.parametrize("text", [
    TYPED,
    "a: 1\nb: [1, 2.5, .inf, -.nan, null, ~, true, Off, 2026-01-01, '2026-01-01', 2001-12-14t21:59:43.10-05:00]\n",
    "a: |\n  block\n  text\nb: >\n  folded\n  text\nc: 'single'\nd: \"dq \\u00e9\"\n",
    "a: 1\na: 2\n",  # duplicate key: the full path reports it
    "1: a\n'1': b\n",  # keys that are not text
    "<<: {a: 1}\nb: 2\n",  # merge key
    "a: &x 1\nb: *x\n",  # anchor and alias
    "a: !!str 1\n",  # explicit tag
    "a: !!int x\n",  # a value its tag cannot hold
    "? [a, b]\n: c\n",  # a collection as a key
    "a: 1\n---\nb: 2\n",  # two documents
    "",  # no document
    "- just\n- a list\n",
    "plain scalar\n",
    "a: [1, {b: [2, {c: 3}]}]\n",
    "a: b: c\n",  # syntax error
    "a: =\n",  # the value tag
])
def test_texts_read_alike(text: str) -> None:
    assert _fast(text) == _slow(text)


def test_the_fast_path_keeps_the_depth_limit() -> None:
    deep = "[" * 70 + "]" * 70
    assert load_typed(deep) is FALLBACK
    assert load_typed("[[[1]]]", YamlLimits(max_depth=2)) is FALLBACK
    assert load_typed("[[[1]]]", YamlLimits(max_depth=3)) == [[[1]]]
    assert load_typed("x" * 11, YamlLimits(max_chars=10)) is FALLBACK
    assert _fast(deep) == _slow(deep)
    assert _fast(deep)[1][0][0] == "limit"


YAMLISH = st.lists(
    st.sampled_from(["a", ":", " ", "\n", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!int ", "'", '"', "~", "? ",
                     "|", ">", "#", "2026-13-45", "1", "note", "status", "groups", "claims", "yes", "no", "null",
                     "<<", "---\n", "\t", "0x1f", ".5"]),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=YAMLISH)
def test_random_yaml_reads_alike(text: str) -> None:
    assert _fast(text) == _slow(text)


@settings(max_examples=400, deadline=None)
@given(text=YAMLISH, depth=st.integers(1, 6))
def test_the_plain_limit_shortcut_never_hides_a_limit(text: str, depth: int) -> None:
    from claims.yamlsafe import _scan, plainly_within

    limits = YamlLimits(max_depth=depth)
    if plainly_within(text, limits):
        assert _scan(text, limits) is None


@settings(max_examples=2000, deadline=None)
@given(text=st.one_of(
    st.text(alphabet=st.sampled_from(list("0123456789+-._:eExXbBoOTtZz aAfFnNiIy~<=!&*")), max_size=24),
    st.sampled_from(["", "~", "null", "Null", "yes", "No", "on", "OFF", "true", "<<", "=", "0", "0x1F", "0b101", "017",
                     "019", "1_000", "1:30", "190:20:30", ".5", "-.inf", ".NaN", "1e3", "1.0e+3", "2026-01-01",
                     "2026-1-1 10:00:00", "2026-01-01T10:00:00Z", "000001_s00002_wire:3", "12 apples", "1\n"]),
))
def test_one_pattern_per_first_character_resolves_alike(text: str) -> None:
    """A plain scalar the combined pattern does not match is one the loader's resolvers read as text."""
    import yaml

    from claims.registry.fastload import _Scalars
    from claims.yamlsafe import safe_loader

    scalars = _Scalars(safe_loader(""))
    pattern = scalars._any_type(text[:1])
    assert pattern is not None
    resolved = scalars.loader.resolve(yaml.ScalarNode, text, (True, False))
    assert (pattern.match(text) is not None) == (resolved != "tag:yaml.org,2002:str"), text


SCALAR_TEXTS = st.one_of(
    st.text(alphabet=st.sampled_from(list("0123456789+-._:eExXbBoOTtZz aAfFnNiIy~<=!&*")), min_size=1, max_size=24),
    st.sampled_from(["~", "null", "yes", "No", "on", "OFF", "<<", "=", "0x1F", "017", "1:30", ".5", "-.inf", "1e3",
                     "2026-01-01", "2026-01-01T10:00:00Z", "000001_s00002_wire:3", "12 apples", "The cat", "no way"]),
).filter(lambda text: text.strip(" ") == text and "\n" not in text)


@settings(max_examples=1500, deadline=None)
@given(values=st.lists(SCALAR_TEXTS, min_size=1, max_size=6))
def test_one_search_finds_the_lines_that_resolve(values: list[str]) -> None:
    """`_Scalars.texts` is True exactly when every line is a plain scalar the loader reads as text."""
    import yaml

    from claims.registry.fastload import _Scalars
    from claims.yamlsafe import safe_loader

    scalars = _Scalars(safe_loader(""))
    resolved = [scalars.loader.resolve(yaml.ScalarNode, v, (True, False)) for v in values]
    assert scalars.texts("\n" + "\n".join(values)) == all(tag == "tag:yaml.org,2002:str" for tag in resolved)
