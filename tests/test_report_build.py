"""The report's content, before HTML: dates, evidence context, matrix cells, order, provenance."""

from __future__ import annotations

from datetime import date

import pytest

from claims.report import build_report
from claims.report.build import safe_url
from claims.report.dates import first_published, parse_date
from claims.report.evidence import evidence
from claims.report.model import Band, Cell
from tests.reporting import claim, source, story


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("2026-02-27", date(2026, 2, 27), date(2026, 2, 27)),
        ("2026-02-27T08:15:00Z", date(2026, 2, 27), date(2026, 2, 27)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("February 2026", date(2026, 2, 1), date(2026, 2, 28)),
        ("27 Feb 2026", date(2026, 2, 27), date(2026, 2, 27)),
        ("March 3, 2025", date(2025, 3, 3), date(2025, 3, 3)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_dates_read_as_day_ranges(written: str, first: date, last: date) -> None:
    found = parse_date(written)
    assert found is not None
    assert (found.first, found.last) == (first, last)


@pytest.mark.parametrize("written", [None, "", "yesterday", "2026-13-40", "last week"])
def test_unreadable_dates_are_none(written: str | None) -> None:
    assert parse_date(written) is None


def test_first_published_decides_only_when_the_dates_do() -> None:
    found = first_published([("A", "2026-02-26"), ("B", "2026-02-27"), ("C", None)])
    assert (found.first, found.decided, found.undated) == (["A"], True, ["C"])
    coarse = first_published([("A", "February 2026"), ("B", "2026-02-26")])
    assert coarse.first == ["A", "B"] and not coarse.decided
    none = first_published([("A", None), ("B", "soon")])
    assert none.first == [] and none.undated == ["A", "B"]


def test_evidence_keeps_the_claim_exact_and_cuts_at_word_boundaries() -> None:
    text = "word " * 100 + "The mayor said the bridge will close in May. " + "more " * 100
    src = source("s", "The Ledger", text)
    c = claim(src, "the bridge will close in May", "The mayor", "said", None, "g")
    ev = evidence(c, src, width=40)
    assert ev.claim == c.content and ev.available
    assert ev.cut_before and ev.cut_after
    assert ev.before.endswith("The mayor said ") and not ev.before.startswith(" ")
    assert len(ev.before) <= 40 and len(ev.after) <= 40
    assert text[c.start - len(ev.before) : c.end + len(ev.after)] == ev.before + ev.claim + ev.after


def test_evidence_stops_at_a_paragraph_break_and_the_body_edges() -> None:
    text = "Old paragraph here.\n\nThe mayor said the bridge will close. End."
    src = source("s", "The Ledger", text)
    c = claim(src, "the bridge will close", "The mayor", "said", None, "g")
    ev = evidence(c, src, width=200)
    assert ev.before == "The mayor said " and not ev.cut_before
    assert ev.after == ". End." and not ev.cut_after


def test_evidence_without_article_text_shows_the_claim_alone() -> None:
    src = source("s", "The Ledger", "The mayor said the bridge will close.")
    c = claim(src, "the bridge will close", "The mayor", "said", None, "g")
    empty = src.model_copy(update={"text": "", "body_end": 0})
    ev = evidence(c, empty)
    assert (ev.before, ev.claim, ev.after, ev.available) == ("", "the bridge will close", "", False)
    assert not evidence(c, None).available


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example/a?b=1", True),
        ("http://news.example/", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ('https://x.example/"><img src=x onerror=alert(1)>', False),
        ("//news.example/a", False),
        (None, False),
    ],
)
def test_only_plain_http_urls_become_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) == kept


def test_matrix_cells_mark_the_credited_outlet_that_does_not_carry_it() -> None:
    report = build_report(story(), story="Bridge", origin="test")
    assert [o.name for o in report.outlets] == ["Harbour Wire", "Valley Post", "Town Ledger"]
    relayed = next(g for g in report.groups if g.id == "g1")
    assert relayed.cells == [Cell.CREDITED, Cell.CARRIED, Cell.CARRIED]
    single = next(g for g in report.groups if g.id == "g2")
    assert single.cells == [Cell.CARRIED, Cell.ABSENT, Cell.ABSENT]


def test_flagged_groups_come_first_then_single_outlet_ones() -> None:
    report = build_report(story())
    assert [(g.id, g.band) for g in report.groups] == [("g1", Band.CHECK), ("g2", Band.SINGLE)]
    assert report.counts == {"claims": 3, "groups": 2, "single-outlet claims": 1}
    assert report.flag_counts["not-in-credited-source"] == 1
    assert report.flag_counts["conflict"] == 0


def test_versions_run_earliest_first_with_a_word_diff_against_the_first() -> None:
    report = build_report(story())
    relayed = next(g for g in report.groups if g.id == "g1")
    assert [v.outlet for v in relayed.versions] == ["Valley Post", "Town Ledger"]  # dated before undated
    first, second = relayed.versions
    assert first.diff is None
    assert second.diff is not None
    deleted = "".join(s.text for s in second.diff if s.op == "delete")
    inserted = "".join(s.text for s in second.diff if s.op == "insert")
    assert "close" in deleted and "for repairs" in deleted
    assert "would shut" in inserted


def test_provenance_states_the_relay_chain_and_missing_dates() -> None:
    report = build_report(story())
    relayed = next(g for g in report.groups if g.id == "g1")
    assert relayed.provenance is not None
    assert relayed.provenance.chain == "A senior official → Harbour Wire → Valley Post, Town Ledger"
    assert relayed.provenance.first == "Valley Post (2026-03-02) published first."
    assert any("No publication date for Town Ledger" in n for n in relayed.provenance.notes)
    assert any("Harbour Wire is credited" in n for n in relayed.provenance.notes)
    single = next(g for g in report.groups if g.id == "g2")
    assert single.provenance is None


def test_provenance_says_when_no_date_tells() -> None:
    analysis = story()
    undated = [s.model_copy(update={"published": None}) for s in analysis.sources]
    report = build_report(analysis.model_copy(update={"sources": undated}))
    relayed = next(g for g in report.groups if g.id == "g1")
    assert relayed.provenance is not None
    assert relayed.provenance.first.startswith("Unknown")


def test_review_state_is_attached_when_given() -> None:
    from claims.report import Review

    report = build_report(story(), claim_reviews={"post:0": Review("disputed", "agency denies")},
                          group_reviews={"g1": Review("confirmed", "")})
    relayed = next(g for g in report.groups if g.id == "g1")
    assert report.reviewed
    assert relayed.review == Review("confirmed", "")
    assert relayed.versions[0].review == Review("disputed", "agency denies")
    assert relayed.versions[1].review is None
