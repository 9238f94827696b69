"""Noun cues: a possessed noun of saying with its `that` clause."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from tests.extracting import text_source

Row = tuple[str, str, str]


def rows(text: str) -> list[Row]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text_source(text, "t"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents doubted the mayor's claim that the old bridge is perfectly safe.",
            [("the mayor", "claim", "the old bridge is perfectly safe")],
        ),
        (
            "Few traders heeded his warning on Monday that interest rates would rise.",
            [("his", "warning", "interest rates would rise")],
        ),
        (
            "The agency's finding that the water was contaminated forced a recall.",
            [("The agency", "finding", "the water was contaminated forced a recall")],
        ),
        (
            "Her central argument is that the levy had hurt small farms.",
            [("Her", "central argument", "the levy had hurt small farms")],
        ),
        (
            "The Harbour Board’s assurance last week that the pier was repaired proved false.",
            [("The Harbour Board", "assurance", "the pier was repaired proved false")],
        ),
        (
            "Despite Lee's insistence that the plan had worked, the board voted against it.",
            [("Lee", "insistence", "the plan had worked")],
        ),
    ],
)
def test_possessed_nouns_of_saying(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause, not reported content
        "Residents mocked the claims that were filed by the mayor.",
        # beliefs and hopes are no acts of saying
        "The mayor's view that the old bridge is perfectly safe is wrong.",
        "Her hope that the strike would end faded.",
        # no possessor: nobody to credit
        "The warning that the dam would fail was ignored.",
        "Her own warning that the dam would fail was ignored.",
        # an outer reporting verb reports the clause
        "Critics questioned his warning that the dam would fail.",
        # inside a quotation the quoted speaker's words are quoted as a whole
        'She wrote: "I doubt his warning that the dam would fail." ',
    ],
)
def test_not_noun_cues(text: str) -> None:
    assert [r for r in rows(text) if r[1].endswith(("claim", "claims", "warning", "view", "hope"))] == []


def test_a_claim_already_reported_is_not_claimed_again() -> None:
    got = rows("The mayor said his promise that taxes would fall was kept.")
    assert got == [("The mayor", "said", "his promise that taxes would fall was kept")]
