"""The coverage matrix core: rows = groups, columns = outlets, cells = counts."""

from __future__ import annotations

from claims.compare import group_claims
from claims.compare.matrix import coverage
from claims.models import Analysis
from tests.goldclaims import DATA, load_gold


def _analysis(name: str) -> Analysis:
    gs = load_gold(DATA / name)
    claims, groups = group_claims(gs.claims, gs.sources)
    return Analysis(sources=gs.sources, claims=claims, groups=groups)


def test_columns_are_outlets_in_source_order() -> None:
    m = coverage(_analysis("grouping/clinic_breach.yaml"))
    assert m.outlets == ["Valley Tribune", "The Signal", "TechWatch", "Morning Courier", "KRVL Radio"]


def test_cells_count_claims_per_outlet_and_rows_sort_by_reach() -> None:
    a = _analysis("grouping/clinic_breach.yaml")
    m = coverage(a)
    assert len(m.rows) == len(a.groups)
    reach = [r.outlets for r in m.rows]
    assert reach == sorted(reach, reverse=True)
    by_group = {r.group: r for r in m.rows}
    letter = next(c.group for c in a.claims if c.content.startswith("We are contacting"))
    assert by_group[letter].counts == [1, 1, 0, 0, 1]
    quiet = next(c.group for c in a.claims if c.content.startswith("staff had been told"))
    assert by_group[quiet].counts == [0, 0, 0, 0, 1]
    assert "single-outlet" in by_group[quiet].flags
    assert sum(sum(r.counts) for r in m.rows) == len(a.claims)


def test_sources_of_one_outlet_share_a_column() -> None:
    a = _analysis("grouping/port_strike.yaml")
    renamed = [s.model_copy(update={"outlet": "NordWire"}) if s.id == "p2_ledger" else s for s in a.sources]
    claims = [c.model_copy(update={"outlet": "NordWire"}) if c.source == "p2_ledger" else c for c in a.claims]
    m = coverage(Analysis(sources=renamed, claims=claims, groups=a.groups))
    assert m.outlets == ["NordWire", "Meridian Post", "Coastline Daily"]
    quill = next(c.group for c in claims if c.content.startswith("We will not hand"))
    assert {r.group: r for r in m.rows}[quill].counts == [2, 0, 1]


def test_empty_analysis() -> None:
    m = coverage(Analysis(sources=[], claims=[], groups=[]))
    assert m.outlets == [] and m.rows == []


def test_readme_lists_every_flag_with_its_meaning() -> None:
    from claims.compare import FLAGS
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for flag, meaning in FLAGS.items():
        assert f"| `{flag}` | {meaning} |" in readme
