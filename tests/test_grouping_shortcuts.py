"""Grouping's shortcuts give what the long way gives: the plan of a one-claim group made by its own short
path, and a cluster's group records written from the plans without `Group` models."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claims.archive as archive
import claims.compare as compare
from claims.compare import Plan, plan_group, plan_groups
from claims.models import Claim, Kind
from tests.synthetic import corpus_module

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shortcuts") / "corpus"
    corpus_module().write_corpus(folder, 80, seed=11)
    return folder


def _archive_json(paths: list[Path]) -> str:
    run = archive.analyse_archive(paths, jobs=1, one_cluster_up_to=0)  # one story cluster at a time
    try:
        out = io.StringIO()
        archive.write_json(run, out)
        return out.getvalue()
    finally:
        run.close()


def test_one_claim_plans_equal_the_general_plan(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    """Every one-claim group's short plan is the plan the general path makes of it."""
    short = compare._plan_one
    seen = []

    def both(run: Any, members: list[int], same_party: Any, credits: Any) -> Plan:
        plan = short(run, members, same_party, credits)
        assert plan == compare._plan_group(run, members, same_party, credits)
        seen.append(plan)
        return plan

    monkeypatch.setattr(compare, "_plan_one", both)
    _archive_json([corpus, ROOT / "seeds"])
    assert len(seen) > 100
    assert any(p[4] is not None for p in seen)  # some with a nearest claim elsewhere
    assert any(not p[3] for p in seen) and any(p[3] for p in seen)  # single-outlet and not


def test_records_from_plans_equal_records_of_groups(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    """The archive's group records written from the plans are those of the `Group` models (`_group_records`)."""
    fast = _archive_json([corpus, ROOT / "seeds"])

    def slow(plans: list[Plan], claims: list[Claim], group_of: list[str]) -> list[bytes]:
        return archive._group_records([plan_group(p, claims, group_of) for p in plans])

    monkeypatch.setattr(archive, "_plan_records", slow)
    assert _archive_json([corpus, ROOT / "seeds"]) == fast
    assert '"links": [\n' in fast and '"nearest": {' in fast  # groups of several claims, and nearest claims


def _claim(k: int, content: str, source: str = "s1", outlet: str = "Out") -> Claim:
    return Claim(id=f"c{k}", source=source, outlet=outlet, speaker="Ana Ruiz", speaker_id="ana-ruiz", via=None,
                 cue="said", kind=Kind.DIRECT, content=content, start=0, end=len(content))


@pytest.mark.parametrize("plan", [
    ("g0000000001", [0], ["s1"], True, None, [], 0, None, ["single-outlet"]),
    ("g0000000002", [0, 1], ["s1", "s\u00e9 \"2\""], False, (2, 0.25), [(0, 1, 0.5, (0.1, 0.2, 0.0, 0.15, 0.05, 1.0))],
     1, "a label \u2026", []),
    ("g0000000003", [1, 2], ["s1"], True, (0, 0.125), [(1, 2, -0.3, (0.1, 0.2, 0.0, 0.0, 0.0, -1.0))], 2, None,
     ["single-outlet", "conflict"]),
    ("g0000000004", [0, 2], ["s1"], False, (1, math.nan), [], 0, None, []),  # not plain: the long way
    ("g0000000005", [0, 1], ["s1"], False, None, [(0, 1, math.inf, (0.0,) * 6)], 0, None, []),  # the long way
])
def test_plan_text_equals_group_text(plan: Plan) -> None:
    claims = [_claim(0, "the ferry \"would\" run again"), _claim(1, "fares rise \u00a35 \ud800", "s\u00e9 \"2\""),
              _claim(2, "la r\u00e9gion a dit\n\tnon")]
    group_of = ["g0000000001", "g0000000002", "g0000000003"]
    tail = archive._review_tail()[1]
    group = plan_group(plan, claims, group_of)
    expected = archive._group_text(group, tail)
    assert archive._plan_text(plan, claims, group_of, tail) == expected
    assert archive._plan_records([plan], claims, group_of) == archive._group_records([group])
    if expected is None:
        assert not all(math.isfinite(x) for x in (*(p[1] for p in [plan[4]] if p), *(link[2] for link in plan[5])))


def test_plan_groups_give_each_claim_its_group() -> None:
    plans: list[Plan] = [("ga", [2, 0], ["s"], True, None, [], 0, None, []),
                         ("gb", [1], ["s"], True, None, [], 1, None, [])]
    assert plan_groups(plans, 3) == ["ga", "gb", "ga"]


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 12).flatmap(lambda n: st.tuples(
    st.just(n),
    st.dictionaries(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]).map(tuple),
                    st.floats(0.12, 1.0), max_size=20),
    st.lists(st.sampled_from(["s1", "s2", "s3"]), min_size=n, max_size=n),
    st.lists(st.booleans(), min_size=n, max_size=n))))
def test_compound_read_for_linked_claims_only(case: tuple[int, dict[Any, float], list[str], list[bool]]) -> None:
    """Clustering reads a claim's compound flag only when the claim has a link: flags of unlinked claims
    (which `_scored` no longer works out) change nothing."""
    from claims.compare.clustering import average_link_parts

    n, edges, sources, compound = case
    linked = {i for pair in edges for i in pair}
    only_linked = [c and i in linked for i, c in enumerate(compound)]
    assert (average_link_parts(n, edges, sources, 0.24, 0.2, only_linked)
            == average_link_parts(n, edges, sources, 0.24, 0.2, compound))
