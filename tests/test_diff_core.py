"""The diff core: word diff, sentence splitting, name resolution, claim alignment, text diff."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.diff import Op, SentenceOp, attach_texts, diff_sources, resolve_source
from claims.diff.align import field_changes, numbers
from claims.diff.sentences import split_sentences
from claims.diff.words import plain_word_diff, word_diff
from claims.errors import UsageError
from claims.models import Analysis, Claim, Group, Kind, Nearest, Source
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry
from claims.text import normalise

DATA = Path(__file__).resolve().parent / "data" / "diff"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("the plan was approved", "the plan was approved", "the plan was approved"),
    ("two sources said the firm", "sources said the firm", "[-two-] sources said the firm"),
    ("up to six weeks", "up to eight weeks", "up to [-six-]{+eight+} weeks"),
    ("the plan", "the new plan", "the {+new+} plan"),
    ("the old plan", "the plan", "the [-old-] plan"),
    ("cost $4.2 million in 2026.", "cost $4.2 million, he said.", "cost $4.2 million[- in 2026-]{+, he said+}."),
    ("“We will,” she said", '"We will," she said', '"We will," she said'),  # typographic quotes are no change
    ("", "new words", "{+new words+}"),
    ("old words", "", "[-old words-]"),
])
def test_word_diff(a: str, b: str, expected: str) -> None:
    assert plain_word_diff(word_diff(a, b)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Hale said the U.S. plan failed. He left.", ["Mr. Hale said the U.S. plan failed.", "He left."]),
    ('"It works," she said! J. Doe disagreed?', ['"It works," she said!', "J. Doe disagreed?"]),
    ("He was No. 5 in line. No. She left.", ["He was No. 5 in line.", "No.", "She left."]),
    ("Growth was 3.5 percent. 2026 starts.", ["Growth was 3.5 percent.", "2026 starts."]),
    ("A headline\n\nFirst line. second part stays", ["A headline", "First line. second part stays"]),
    ("It ended at 5 p.m. Friday.", ["It ended at 5 p.m. Friday."]),
    ("A hard-wrapped sentence\nruns on. Next one.", ["A hard-wrapped sentence\nruns on.", "Next one."]),
    ("A Heading\nBody text here.", ["A Heading", "Body text here."]),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


def test_split_sentences_offsets_inside_a_span() -> None:
    text = "HEADER\nBody one. Body two.\nFOOTER"
    start = text.index("Body")
    got = split_sentences(text, start, text.index("\nFOOTER"))
    assert [(s.start, s.text) for s in got] == [(start, "Body one."), (start + 10, "Body two.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("up to six weeks and $4.2 million", ["six", "4.2", "million"]),
    ("a 1,500-seat hall, 40% full", ["1500", "40%"]),
    ("nothing countable here", []),
    ("someone said it", []),  # "one" inside a word is not a number
    ("the X5 phone and A320 jets", []),  # digits inside a model name are not figures
    ("version 3.1 of the app", ["3.1"]),
])
def test_numbers(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


def _claim(cid: str, source: str, content: str, start: int = 0, group: str | None = "g1", **kw: object) -> Claim:
    fields: dict[str, object] = {"speaker": "The mayor", "speaker_id": "mayor", "via": None, "cue": "said",
                                 "kind": Kind.INDIRECT}
    fields.update(kw)
    return Claim(id=cid, source=source, outlet=source.upper(), content=content, start=start,
                 end=start + len(content), group=group, **fields)  # type: ignore[arg-type]


def _source(sid: str, outlet: str, text: str = "") -> Source:
    return Source(id=sid, outlet=outlet, path=f"{sid}.txt", text=text, body_start=0, body_end=len(text))


def test_field_changes_speaker_via_cue_kind_numbers() -> None:
    a = _claim("a", "x", "the budget rose by 12 percent", speaker="two aides", via="Northwire", cue="told")
    b = _claim("b", "y", "the budget rose by 15 percent", speaker="aides", kind=Kind.DIRECT)
    got = {(c.field, c.a, c.b) for c in field_changes(a, b)}
    assert got == {("speaker", "two aides", "aides"), ("via", "Northwire", None), ("cue", "told", "said"),
                   ("kind", "indirect", "direct"), ("numbers", "12", "15")}


def test_field_changes_none_for_same_claim_modulo_case_and_quotes() -> None:
    a = _claim("a", "x", "the budget rose", speaker="The Mayor’s office")
    b = _claim("b", "y", "The budget rose", speaker="the mayor's office")
    assert field_changes(a, b) == []


def test_pairs_best_first_within_a_group() -> None:
    # Two claims per side in one group: each pairs with its closest counterpart, not in text order.
    claims = [
        _claim("a1", "x", "the bridge will reopen in May", start=0),
        _claim("a2", "x", "repairs will cost the city far more than planned", start=50),
        _claim("b1", "y", "repairs will cost the city more than planned", start=0),
        _claim("b2", "y", "the bridge will reopen in June", start=60),
        _claim("b3", "y", "an unrelated remark", start=120, group="g2"),
    ]
    analysis = Analysis(sources=[_source("x", "X"), _source("y", "Y")], claims=claims,
                        groups=[Group(id="g1", claims=["a1", "a2", "b1", "b2"], sources=["x", "y"],
                                      single_source=False),
                                Group(id="g2", claims=["b3"], sources=["y"], single_source=True)])
    d = diff_sources(analysis, "x", "y")
    assert [(p.a.id, p.b.id) for p in d.pairs] == [("a1", "b2"), ("a2", "b1")]
    assert [c.id for c in d.only_b] == ["b3"] and d.only_a == []
    assert d.differs


def test_extra_claim_in_a_shared_group_is_one_sided() -> None:
    claims = [_claim("a1", "x", "the vote passed", start=0), _claim("a2", "x", "the vote passed narrowly", start=30),
              _claim("b1", "y", "the vote passed", start=0)]
    analysis = Analysis(sources=[_source("x", "X"), _source("y", "Y")], claims=claims,
                        groups=[Group(id="g1", claims=["a1", "a2", "b1"], sources=["x", "y"], single_source=False)])
    d = diff_sources(analysis, "x", "y")
    assert [(p.a.id, p.b.id) for p in d.pairs] == [("a1", "b1")]
    assert [c.id for c in d.only_a] == ["a2"]
    assert not d.pairs[0].changed


@pytest.mark.parametrize("both_name", [True, False])
def test_versions_split_for_a_figure_pair_up_with_the_figure_change(both_name: bool) -> None:
    # The comparer keeps "212" and "218" apart as two groups flagged conflict, naming each other.
    claims = [_claim("a1", "x", "the ferry docked with 212 passengers", group="g1"),
              _claim("a2", "x", "the crossing was calm", start=60, group="g3"),
              _claim("b1", "y", "the ferry docked with all 218 passengers", group="g2")]
    near_b, near_a = Nearest(outlet="Y", claim="b1", group="g2", score=0.9), Nearest(outlet="X", claim="a1",
                                                                                       group="g1", score=0.9)
    analysis = Analysis(sources=[_source("x", "X"), _source("y", "Y")], claims=claims, groups=[
        Group(id="g1", claims=["a1"], sources=["x"], single_source=True, flags=["single-outlet", "conflict"],
              nearest=near_b),
        Group(id="g2", claims=["b1"], sources=["y"], single_source=True, flags=["single-outlet", "conflict"],
              nearest=near_a if both_name else None),
        Group(id="g3", claims=["a2"], sources=["x"], single_source=True, flags=["single-outlet"], nearest=near_b),
    ])
    d = diff_sources(analysis, "x", "y")
    assert [(p.a.id, p.b.id, p.group) for p in d.pairs] == [("a1", "b1", "g1")]
    assert ("numbers", "212", "218") in {(c.field, c.a, c.b) for c in d.pairs[0].changes}
    assert [c.id for c in d.only_a] == ["a2"] and d.only_b == []  # a nearest claim without conflict pairs nothing


def test_identical_sources_do_not_differ() -> None:
    claims = [_claim("a1", "x", "the vote passed"), _claim("b1", "y", "the vote passed")]
    analysis = Analysis(sources=[_source("x", "X", "The vote passed, he said."),
                                 _source("y", "Y", "The vote passed, he said.")],
                        claims=claims, groups=[Group(id="g1", claims=["a1", "b1"], sources=["x", "y"],
                                                     single_source=False)])
    d = diff_sources(analysis, "x", "y", text=True)
    assert not d.differs
    assert d.text is not None and [c.op for c in d.text.changes] == [SentenceOp.SAME]


SOURCES = [_source("nw_rail_0412", "Northwire"), _source("hg_rail_0412", "Harbor Gazette"),
           _source("hp_rail_0412", "Harbor Post"), _source("NW", "Other")]


@pytest.mark.parametrize(("name", "expected"), [
    ("nw_rail_0412", "nw_rail_0412"),  # id
    ("hg", "hg_rail_0412"),  # unique prefix
    ("HG_RAIL", "hg_rail_0412"),  # prefix, case-insensitive
    ("harbor gazette", "hg_rail_0412"),  # outlet, case-insensitive
    ("NW", "NW"),  # an exact id wins over a prefix of another
    ("nw", "NW"),  # case-insensitive id before prefix
    ("other", "NW"),
])
def test_resolve_source(name: str, expected: str) -> None:
    assert resolve_source(SOURCES, name).id == expected


@pytest.mark.parametrize(("name", "message", "candidates"), [
    ("h", "ambiguous", ["hg_rail_0412 (Harbor Gazette)", "hp_rail_0412 (Harbor Post)"]),
    ("zz", "no source matches", ["nw_rail_0412 (Northwire)", "hp_rail_0412 (Harbor Post)", "NW (Other)"]),
    ("", "empty", ["nw_rail_0412 (Northwire)"]),
])
def test_resolve_source_errors_list_candidates(name: str, message: str, candidates: list[str]) -> None:
    with pytest.raises(UsageError) as info:
        resolve_source(SOURCES, name)
    assert message in str(info.value)
    for c in candidates:
        assert c in str(info.value)


def test_same_source_twice_is_a_usage_error() -> None:
    analysis = Analysis(sources=SOURCES, claims=[], groups=[])
    with pytest.raises(UsageError, match="same source"):
        diff_sources(analysis, "hg", "Harbor Gazette")


def _fixture() -> Analysis:
    return analysis_from_registry(load_registry(DATA / "claims.yaml"))


def test_registry_fixture_diff() -> None:
    d = diff_sources(_fixture(), "Northwire", "Harbor Gazette")
    assert [p.group for p in d.pairs] == ["g02", "g03", "g04", "g05"]
    assert [p.group for p in d.pairs if p.changed] == ["g02", "g03", "g04"]
    assert [c.group for c in d.only_a] == ["g01", "g06", "g07"]
    assert [c.group for c in d.only_b] == ["g08", "g09"]
    g02 = d.pairs[0]
    assert not g02.content_changed
    assert {(c.field, c.a, c.b) for c in g02.changes} == {("via", "Northwire", None), ("cue", "told", "said")}
    assert d.text is None


def test_text_needs_the_articles() -> None:
    d = diff_sources(_fixture(), "nw", "hg", text=True)
    assert d.text is None and len(d.notes) == 2 and "no article text for nw_rail_0412" in d.notes[0]


def test_attach_texts_then_text_diff() -> None:
    analysis, notes = attach_texts(_fixture(), DATA, {"nw_rail_0412", "hg_rail_0412"})
    assert notes == []
    by_id = {s.id: s for s in analysis.sources}
    assert by_id["nw_rail_0412"].body.startswith("The Coastal Transit Authority")
    assert by_id["hp_rail_0412"].text == ""  # not asked for
    d = diff_sources(analysis, "nw", "hg", text=True)
    assert d.text is not None and d.notes == []
    ops = [c.op for c in d.text.changes]
    assert ops.count(SentenceOp.CHANGED) == 4 and ops.count(SentenceOp.ADDED) == 2
    assert ops.count(SentenceOp.REMOVED) == 2 and ops.count(SentenceOp.SAME) == 1


def test_attach_texts_missing_file_is_skipped(tmp_path: Path) -> None:
    analysis, notes = attach_texts(_fixture(), tmp_path)
    assert len(analysis.skipped) == 3 and all(not s.text for s in analysis.sources) and notes == []


def test_attach_texts_notes_a_changed_article(tmp_path: Path) -> None:
    for f in DATA.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    changed = tmp_path / "hg_rail_0412.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late addition.\n", encoding="utf-8")
    analysis, notes = attach_texts(_fixture(), tmp_path)
    assert len(notes) == 1 and "hg_rail_0412.txt changed since the registry was built" in notes[0]
    assert analysis.skipped == [] and all(s.text for s in analysis.sources)


def test_moved_sentence() -> None:
    a = _source("x", "X", "The council met. Rain fell all day. The vote passed.")
    b = _source("y", "Y", "Rain fell all day. The council met. The vote passed.")
    d = diff_sources(Analysis(sources=[a, b], claims=[], groups=[]), "x", "y", text=True)
    assert d.text is not None
    ops = sorted(c.op.value for c in d.text.changes)
    assert ops == ["moved", "same", "same"]  # one sentence moved, not removed and re-added
    moved = next(c for c in d.text.changes if c.op is SentenceOp.MOVED)
    assert moved.a is not None and moved.b is not None and moved.a.text == moved.b.text
    assert d.differs


_WORDS = st.sampled_from(["the", "The", "council", "voted", "two", "sources", "said", ",", ".", "“", "”", "4.2",
                          "million", "not", "new", "Mayor", "it's", "well-known"])
_TEXTS = st.lists(_WORDS, max_size=12).map(" ".join)


def _squash(text: str) -> str:
    return "".join(normalise(text).split())


@given(_TEXTS, _TEXTS)
def test_word_diff_rebuilds_both_sides(a: str, b: str) -> None:
    spans = word_diff(a, b)
    kept_a = "".join(s.text for s in spans if s.op is not Op.INSERT)
    kept_b = "".join(s.text for s in spans if s.op is not Op.DELETE)
    assert _squash(kept_a) == _squash(a)
    assert kept_b == b.strip() or _squash(kept_b) == _squash(b)
    assert all(s.text for s in spans)
    assert all(x.op is not y.op for x, y in pairwise(spans))  # runs are merged
    assert (a.split() == b.split()) <= all(s.op is Op.EQUAL for s in spans)
