"""A relative clause inside the subject ("Ann Ruiz, who says A, tweeted that B"): the relative
claim ends where the main predicate resumes, and the main verb still finds its subject, the
antecedent. In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Triple = tuple[str, str, str]


def _got(text: str) -> list[Triple]:
    return sorted((c.speaker, c.cue, c.content) for c in extract_text(text, "rel"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Ruiz, who says the port will need new cranes, tweeted that the budget would fall short.",
            [
                ("who", "says", "the port will need new cranes"),
                ("Ann Ruiz", "tweeted", "the budget would fall short"),
            ],
        ),
        # the predicate is no cue: the relative claim still ends before it
        (
            "The senator, who said he rarely votes with his party, backed the bill on Monday.",
            [("who", "said", "he rarely votes with his party")],
        ),
        (
            "The union leader, who has said the strike will go on, was not at the meeting.",
            [("who", "has said", "the strike will go on")],
        ),
    ],
)
def test_relative_claim_ends_where_the_predicate_resumes(text: str, expected: list[Triple]) -> None:
    assert _got(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma that opens an aside inside the relative clause cuts nothing
        (
            "Ann Ruiz, who said the plan, backed by the council, would fail.",
            [("who", "said", "the plan, backed by the council, would fail")],
        ),
        (
            "Ann Ruiz, who said the port, Dock 4, would close.",
            [("who", "said", "the port, Dock 4, would close")],
        ),
        # the antecedent is no subject: a past form after the comma is no predicate of it
        (
            "The board thanked Ann Ruiz, who said the port, closed since May, would reopen.",
            [("who", "said", "the port, closed since May, would reopen")],
        ),
    ],
)
def test_relative_claim_keeps_its_reach(text: str, expected: list[Triple]) -> None:
    assert _got(text) == sorted(expected)


def test_an_object_before_the_comma_is_no_relative_claim_of_its_own() -> None:
    """ "who wrote the ordinance," is an act with an object: no claim ends there."""
    got = _got("The councillor, who wrote the ordinance, said she was disappointed.")
    assert [c for c in got if c[1] == "wrote"] == []
