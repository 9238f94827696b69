"""Versions that give different figures: two propositions, each flagged `conflict` for the other."""

from __future__ import annotations

import hashlib

import pytest

from claims.compare import group_claims
from claims.compare.quantities import figures, figures_clash
from claims.models import Claim, Kind, Source


def _claim(source: str, speaker: str, content: str, n: int = 0) -> Claim:
    return Claim(id=f"{source}:{n:02d}", source=source, outlet=f"Outlet {source}", speaker=speaker,
                 speaker_id=speaker.lower().replace(" ", "-"), cue="said", kind=Kind.INDIRECT, content=content,
                 start=100 * n, end=100 * n + len(content))


def _sources(*ids: str) -> list[Source]:
    return [Source(id=i, outlet=f"Outlet {i}", path=f"{i}.txt", text="", body_start=0, body_end=0,
                   sha256=hashlib.sha256(i.encode()).hexdigest()) for i in ids]


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("the ferry docked safely with 212 passengers on board", "the ferry docked safely with 218 passengers", True),
        ("the fire destroyed about $3 million of stock", "the fire destroyed stock worth $3 million", False),
        ("the plant will close in 2027", "the plant will close in 2028", True),
        ("turnout fell by 4 percent", "turnout fell by four percent", False),  # a number word is the number
        # a figure on one side only
        ("the ferry docked safely with 212 passengers", "the ferry docked safely in the harbour", False),
        ("two ships were damaged", "the repairs cost $2 million", False),  # different kinds of figure
        ("the ferry docked safely", "the ferry docked safely", False),  # no figure at all
    ],
)
def test_figures_clash(a: str, b: str, clash: bool) -> None:
    assert figures_clash(figures(a), figures(b)) is clash


def test_no_figure_reads_as_none() -> None:
    assert figures("the ferry docked safely") is None
    assert figures("the ferry docked with 212 passengers") == {"count:passen": frozenset({212.0})}


_Seen = dict[str, tuple[list[str], bool, str | None]]


def _grouped(claims: list[Claim], *sources: str) -> tuple[dict[str, str], _Seen]:
    out, groups = group_claims(claims, _sources(*sources))
    return ({c.id: c.group or "" for c in out},
            {g.id: (g.flags, g.single_source, g.nearest.claim if g.nearest else None) for g in groups})


def test_one_party_giving_two_figures_makes_two_single_outlet_groups_that_point_at_each_other() -> None:
    a = _claim("a", "Harbour Ferries", "the ferry docked safely at the north pier with 212 passengers and nine crew")
    b = _claim("b", "Harbour Ferries",
               "the ferry docked safely at the north pier with all 218 passengers and nine crew")
    group_of, groups = _grouped([a, b], "a", "b")
    assert group_of[a.id] != group_of[b.id]
    flags_a, single_a, nearest_a = groups[group_of[a.id]]
    flags_b, single_b, nearest_b = groups[group_of[b.id]]
    assert single_a and single_b
    assert "conflict" in flags_a and "conflict" in flags_b
    assert (nearest_a, nearest_b) == (b.id, a.id)


def test_the_same_figure_in_other_words_stays_one_group_without_conflict() -> None:
    a = _claim("a", "Harbour Ferries", "the ferry docked safely at the north pier with 212 passengers and nine crew")
    b = _claim("b", "Harbour Ferries", "the ferry docked safely at the north pier with all 212 passengers on board")
    group_of, groups = _grouped([a, b], "a", "b")
    assert group_of[a.id] == group_of[b.id]
    flags, single, _ = groups[group_of[a.id]]
    assert not single and "conflict" not in flags


def test_another_statement_of_the_party_with_other_numbers_is_no_conflict() -> None:
    a = _claim("a", "Harbour Ferries", "the ferry docked safely at the north pier with 212 passengers")
    b = _claim("b", "Harbour Ferries", "ticket prices would rise by 3 percent in 2027")
    c = _claim("b", "Harbour Ferries", "ticket prices would rise by 5 percent in 2028", 1)
    _, groups = _grouped([a, b, c], "a", "b")
    assert not any("conflict" in flags for flags, _, _ in groups.values())
