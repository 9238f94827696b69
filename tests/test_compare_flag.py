"""The single-outlet flag: decided with a looser near test, with the nearest lead shown; fragments,
compounds, and the links that explain a group."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.compare import NEAR, group_claims
from claims.compare.fragments import is_compound, is_fragment
from claims.models import Analysis, Claim, Kind, Source
from claims.registry.convert import analysis_from_registry, registry_from_analysis
from claims.registry.store import dump_registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _claim(source: str, speaker: str, content: str, n: int = 0, kind: Kind = Kind.INDIRECT) -> Claim:
    return Claim(id=f"{source}:{n:02d}", source=source, outlet=f"Outlet {source}", speaker=speaker,
                 speaker_id=speaker.lower().replace(" ", "-"), cue="said", kind=kind, content=content,
                 start=100 * n, end=100 * n + len(content))


def _sources(*ids: str) -> list[Source]:
    return [Source(id=i, outlet=f"Outlet {i}", path=f"{i}.txt", text="", body_start=0, body_end=0,
                   sha256=hashlib.sha256(i.encode()).hexdigest()) for i in ids]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("In a press conference on Thursday", True),
        ("during a briefing at the town hall", True),
        ("", True),
        ("In March the plant was closed", False),  # a verb: a statement
        ("on Friday, officials confirmed the closure", False),
        ("a 'catastrophic' failure", False),  # a quoted description is a claim
        ("unprecedented", False),
    ],
)
def test_fragments(text: str, fragment: bool) -> None:
    assert is_fragment(text) is fragment


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("fares on the coast line would rise in April, and the Harwick depot would close", True),
        ("the plant will close next year; about 300 staff will be offered other jobs", True),
        ("the plant, and its staff, will move", False),
        ("prices would rise and wages would fall", False),  # no comma: read as one statement
    ],
)
def test_compounds(text: str, compound: bool) -> None:
    assert is_compound(text) is compound


def test_a_fragment_is_never_a_single_outlet_group() -> None:
    claims = [_claim("s1", "the mayor", "In a press conference on Thursday", 0),
              _claim("s2", "the mayor", "the bridge would reopen in May", 0)]
    _, groups = group_claims(claims, _sources("s1", "s2"))
    by_claim = {cid: g for g in groups for cid in g.claims}
    assert not by_claim["s1:00"].single_source
    assert "single-outlet" not in by_claim["s1:00"].flags
    assert by_claim["s2:00"].single_source


def test_a_near_claim_of_the_same_party_unflags_a_one_source_group() -> None:
    # Groups that cannot form (threshold 2) leave every claim alone: the near test alone decides.
    claims = [
        _claim("s1", "Marlow Rail", "a third of coast line trains will be cut from the May timetable", 0),
        _claim("s2", "Marlow Rail CEO Dana Okafor", "coast line trains will be cut by a third in May", 0),
        _claim("s3", "Pellucid Foods", "a third of its Harwick bakery staff will be cut in May", 0),
    ]
    _, groups = group_claims(claims, _sources("s1", "s2", "s3"), threshold=2.0)
    by_claim = {cid: g for g in groups for cid in g.claims}
    rail, ceo, bakery = by_claim["s1:00"], by_claim["s2:00"], by_claim["s3:00"]
    assert rail.nearest is not None and rail.nearest.claim == "s2:00" and rail.nearest.score >= NEAR
    assert not rail.single_source and not ceo.single_source  # carried by the same party elsewhere
    assert "single-outlet" not in rail.flags
    assert bakery.single_source  # only another party's lookalike is near it
    # a stricter near test (a perfect match) would flag all three
    _, strict = group_claims(claims, _sources("s1", "s2", "s3"), threshold=2.0, near=2.0)
    assert all(g.single_source for g in strict)


def test_another_partys_lookalike_is_a_lead_not_a_carrier() -> None:
    claims = [
        _claim("s1", "Marlow Rail", "the coast line will reopen on Monday after the tunnel repairs", 0),
        _claim("s2", "Pellucid Foods", "its Harwick bakery will reopen on Monday after the repairs", 0),
    ]
    _, groups = group_claims(claims, _sources("s1", "s2"))
    assert all(g.single_source for g in groups)
    assert all(g.nearest is not None and g.nearest.score > 0 for g in groups)
    first = next(g for g in groups if "s1:00" in g.claims)
    assert first.nearest is not None and (first.nearest.outlet, first.nearest.claim) == ("Outlet s2", "s2:00")


def test_links_explain_every_member_of_a_group() -> None:
    claims = [_claim(f"s{k}", "the Harbor Board", "the harbour will stay closed to ferries until Friday", 0)
              for k in range(1, 4)]
    _, groups = group_claims(claims, _sources("s1", "s2", "s3"))
    (g,) = groups
    assert len(g.links) == 2
    assert {link.a for link in g.links} | {link.b for link in g.links} == set(g.claims)
    for link in g.links:
        f = link.features
        assert set(f) == {"cosine", "fuzzy", "keys", "speaker", "lede", "party"}
        assert link.score == pytest.approx(sum(v for k, v in f.items() if k != "party") * f["party"], abs=0.01)
        assert f["speaker"] > 0


def test_json_carries_nearest_and_links_and_explain_prints_the_features() -> None:
    runner = CliRunner()
    doc = json.loads(runner.invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json"]).stdout)
    assert all({"nearest", "links", "label"} <= set(g) for g in doc["groups"])
    assert any(g["nearest"] for g in doc["groups"] if len(g["sources"]) == 1)
    shown = runner.invoke(app, ["list", "--seeds", str(SEEDS), "--width", "160", "--explain"])
    assert shown.exit_code == 0
    assert "Why these groups" in shown.stdout
    assert "(nearest: " in shown.stdout
    multi = next(g for g in doc["groups"] if len(g["claims"]) > 2)
    assert multi["label"].split()[0] in shown.stdout


def test_the_registry_keeps_the_nearest_lead(tmp_path: Path) -> None:
    claims = [
        _claim("s1", "Marlow Rail", "the coast line will reopen on Monday after the tunnel repairs", 0),
        _claim("s2", "Pellucid Foods", "its Harwick bakery will reopen on Monday after the repairs", 0),
    ]
    out, groups = group_claims(claims, _sources("s1", "s2"))
    analysis = Analysis(sources=_sources("s1", "s2"), claims=out, groups=groups)
    registry = registry_from_analysis(analysis, tmp_path)
    assert "nearest:" in dump_registry(registry)
    back = analysis_from_registry(registry)
    assert [g.nearest for g in back.groups] == [g.nearest for g in groups]
    assert [g.single_source for g in back.groups] == [g.single_source for g in groups]
