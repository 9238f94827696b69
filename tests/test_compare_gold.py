"""Grouping measured on gold-format claim sets: the seed story and invented stories of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.compare import group_claims
from tests.goldclaims import DATA, load_gold, pairwise_prf, single_prf

SETS = {
    # floors sit below today's figures so a regression fails, not a rounding change
    "gold_seeds.yaml": (0.85, 0.9),
    "grouping/port_strike.yaml": (0.9, 0.9),
    "grouping/clinic_breach.yaml": (0.9, 0.9),
    "grouping/scooter_recall.yaml": (0.9, 0.9),
    "grouping/route_cuts.yaml": (0.9, 0.9),
    # paraphrase-heavy set: 0.538 / 0.211 before the paraphrase lexicon, 0.970 / 0.8 with it
    "grouping/bakery_takeover.yaml": (0.9, 0.75),
    # party matching across outlets (ids NOT unified by the fixture): pairwise 0.90, single 0.80;
    # the miss is a topic-only merge of one party's two claims about one investigation
    "grouping/ferry_fire.yaml": (0.85, 0.75),
}


@pytest.mark.parametrize(("name", "floors"), SETS.items())
def test_grouping_scores_stay_above_floor(name: str, floors: tuple[float, float]) -> None:
    gs = load_gold(DATA / name)
    out, groups = group_claims(gs.claims, gs.sources)
    pred = {c.id: c.group or "" for c in out}
    source = {c.id: c.source for c in out}
    single = {cid: g.single_source for g in groups for cid in g.claims}
    assert pairwise_prf(gs.gold_group, pred, source)["f1"] >= floors[0]
    assert single_prf(gs.gold_group, single, source)["f1"] >= floors[1]


def test_every_grouping_set_is_measured() -> None:
    on_disk = {f"grouping/{p.name}" for p in (DATA / "grouping").glob("*.yaml")}
    assert on_disk <= set(SETS)
    assert len(on_disk) >= 2


@pytest.mark.parametrize("name", SETS)
def test_groups_are_consistent_with_claims(name: str) -> None:
    gs = load_gold(DATA / name)
    out, groups = group_claims(gs.claims, gs.sources)
    by_id = {c.id: c for c in out}
    assert sorted(cid for g in groups for cid in g.claims) == sorted(by_id)
    for g in groups:
        assert all(by_id[cid].group == g.id for cid in g.claims)
        assert g.sources == sorted({by_id[cid].source for cid in g.claims})
        assert g.single_source == (len(g.sources) == 1)
        assert ("single-outlet" in g.flags) == g.single_source
        assert 0 < len(g.label) <= 80


@pytest.mark.parametrize("name", SETS)
def test_group_ids_are_stable_across_runs_and_input_order(name: str) -> None:
    gs = load_gold(DATA / name)
    _, first = group_claims(gs.claims, gs.sources)
    _, again = group_claims(list(gs.claims), gs.sources)
    _, reversed_run = group_claims(list(reversed(gs.claims)), gs.sources)
    assert [g.id for g in first] == [g.id for g in again]
    assert {g.id: sorted(g.claims) for g in first} == {g.id: sorted(g.claims) for g in reversed_run}


def _groups_by_gold(name: str) -> dict[str, tuple[set[str], list[str]]]:
    """gold group -> (predicted group ids of its claims, flags of the first one's group)."""
    gs = load_gold(DATA / name)
    out, groups = group_claims(gs.claims, gs.sources)
    flags = {g.id: g.flags for g in groups}
    res: dict[str, tuple[set[str], list[str]]] = {}
    for c in out:
        ids, _ = res.get(gs.gold_group[c.id], (set(), []))
        ids.add(c.group or "")
        res[gs.gold_group[c.id]] = (ids, flags[c.group or ""])
    return res


@pytest.mark.parametrize(
    ("name", "gold_group", "flag", "expected"),
    [
        # conflicting figures are two propositions (as annotators of real stories split them), each
        # group flagged `conflict` for the other version
        ("grouping/clinic_breach.yaml", "patients-affected", "conflict", True),
        ("grouping/clinic_breach.yaml", "patients-affected-1-4m", "conflict", True),
        ("grouping/clinic_breach.yaml", "patients-affected-1-4m", "single-outlet", True),
        ("grouping/clinic_breach.yaml", "patients-notified-by-letter", "conflict", False),
        ("grouping/clinic_breach.yaml", "ransom-paid", "not-in-credited-source", True),
        ("grouping/clinic_breach.yaml", "entry-through-contractor-password", "not-in-credited-source", False),
        ("grouping/clinic_breach.yaml", "staff-told-quiet", "unnamed-only", True),
        ("grouping/clinic_breach.yaml", "patients-notified-by-letter", "unnamed-only", False),
        ("grouping/port_strike.yaml", "strike-daily-cost", "conflict", True),
        ("grouping/port_strike.yaml", "strike-daily-cost-14m", "conflict", True),
        ("grouping/port_strike.yaml", "strike-daily-cost-14m", "single-outlet", True),
        ("grouping/port_strike.yaml", "offer-fair-and-final", "conflict", False),
        ("grouping/port_strike.yaml", "ships-diverted-to-halvik", "not-in-credited-source", True),
        ("grouping/port_strike.yaml", "strike-until-automation-plan-dropped", "not-in-credited-source", False),
        ("grouping/port_strike.yaml", "revised-offer-delays-automation", "unnamed-only", True),
        ("grouping/port_strike.yaml", "vessels-at-anchor", "unnamed-only", True),
        ("grouping/port_strike.yaml", "freight-rates-climb", "single-outlet", False),
        ("grouping/port_strike.yaml", "retail-shortages", "single-outlet", True),
        ("grouping/scooter_recall.yaml", "recall-80000-scooters", "conflict", True),
        ("grouping/scooter_recall.yaml", "recall-80000-scooters", "not-in-credited-source", False),
        ("grouping/scooter_recall.yaml", "recall-80000-scooters", "unnamed-only", False),
        ("grouping/scooter_recall.yaml", "engineers-warned-memo", "not-in-credited-source", True),
        ("grouping/scooter_recall.yaml", "knew-since-march", "unnamed-only", True),
        ("grouping/scooter_recall.yaml", "fourteen-fire-reports", "conflict", False),
        ("gold_seeds.yaml", "huawei-integrating-v4", "not-in-credited-source", True),
        ("gold_seeds.yaml", "trained-on-blackwell", "not-in-credited-source", False),
        ("gold_seeds.yaml", "amd-mi308-sales", "unnamed-only", False),
    ],
)
def test_flags_on_gold_groups(name: str, gold_group: str, flag: str, expected: bool) -> None:
    ids, flags = _groups_by_gold(name)[gold_group]
    assert len(ids) == 1, f"{gold_group} split over {ids}"
    assert (flag in flags) == expected


@pytest.mark.parametrize(
    ("name", "together", "apart"),
    [
        # a refusal groups with the same party's refusal, never with another party's
        ("gold_seeds.yaml", "nvidia-amd-declined-comment", "deepseek-huawei-no-response"),
        ("grouping/clinic_breach.yaml", "ag-declined", "gang-no-response"),
        ("grouping/port_strike.yaml", "authority-declined-comment", "kestrel-no-response"),
        # one generic speaker ('analysts') on two propositions stays two groups
        ("grouping/port_strike.yaml", "freight-rates-climb", "retail-shortages"),
        # one named speaker on two propositions stays two groups
        ("grouping/port_strike.yaml", "strike-daily-cost", "offer-fair-and-final"),
        ("grouping/clinic_breach.yaml", "patients-affected", "clinical-records-safe"),
        # one party's two figures for one quantity stay two groups
        ("grouping/clinic_breach.yaml", "patients-affected", "patients-affected-1-4m"),
        ("grouping/port_strike.yaml", "strike-daily-cost", "strike-daily-cost-14m"),
        # one regulator, two propositions sharing most nouns
        ("grouping/scooter_recall.yaml", "fourteen-fire-reports", "fine-decision"),
        ("grouping/scooter_recall.yaml", "velora-declined", "recall-80000-scooters"),
        # rewordings with different everyday verbs join; a denial stays apart from the assertion
        ("grouping/bakery_takeover.yaml", "no-job-cuts", "union-fears-cuts"),
        ("grouping/bakery_takeover.yaml", "bread-prices-flat", "prices-up-wheat"),
        ("grouping/bakery_takeover.yaml", "deal", "sold-frozen-arm"),
        ("grouping/bakery_takeover.yaml", "regulator-review", "not-approved-yet"),
        ("grouping/bakery_takeover.yaml", "board-knew-early", "completion-delayed"),
        ("grouping/bakery_takeover.yaml", "impact-small", "bread-prices-flat"),
    ],
)
def test_neighbouring_propositions_stay_apart(name: str, together: str, apart: str) -> None:
    res = _groups_by_gold(name)
    assert len(res[together][0]) == 1
    assert not res[together][0] & res[apart][0]


def test_empty_input() -> None:
    assert group_claims([], []) == ([], [])


def test_gold_helper_reads_every_claim() -> None:
    gs = load_gold(Path(DATA / "gold_seeds.yaml"))
    assert len(gs.claims) == len(gs.doc["claims"]) == len(gs.gold_group)


def _b3_and_single(threshold: float) -> tuple[float, float]:
    """Micro-averaged B-cubed F1 and single-outlet F1 over the seeds and every invented set."""
    p_sum = r_sum = 0.0
    n = tp = n_pred = n_gold = 0
    for name in SETS:
        gs = load_gold(DATA / name)
        out, groups = group_claims(gs.claims, gs.sources, threshold=threshold)
        pred = {c.id: c.group or "" for c in out}
        single = {cid: g.single_source for g in groups for cid in g.claims}
        gold_sources: dict[str, set[str]] = {}
        for c in out:
            gold_sources.setdefault(gs.gold_group[c.id], set()).add(c.source)
        for c in out:
            mine = [d.id for d in out if pred[d.id] == pred[c.id]]
            theirs = [d.id for d in out if gs.gold_group[d.id] == gs.gold_group[c.id]]
            both = sum(1 for d in mine if gs.gold_group[d] == gs.gold_group[c.id])
            p_sum += both / len(mine)
            r_sum += both / len(theirs)
            n += 1
            is_single = len(gold_sources[gs.gold_group[c.id]]) == 1
            n_gold += is_single
            n_pred += single[c.id]
            tp += is_single and single[c.id]
    bp, br = p_sum / n, r_sum / n
    sp, sr = tp / n_pred, tp / n_gold
    return 2 * bp * br / (bp + br), 2 * sp * sr / (sp + sr)


def test_scores_are_stable_around_the_threshold() -> None:
    """No knife edge: across THRESHOLD +- 0.04 both F1 figures stay within 0.03 of each other."""
    from claims.compare import THRESHOLD

    figures = [_b3_and_single(round(THRESHOLD + d, 2)) for d in (-0.04, -0.02, 0.0, 0.02, 0.04)]
    for k in (0, 1):
        values = [f[k] for f in figures]
        assert max(values) - min(values) <= 0.03, values
    assert figures[2][0] >= 0.95
