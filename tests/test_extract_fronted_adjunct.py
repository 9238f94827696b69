"""A short attribution after a fronted phrase with no verb of its own ('Despite his "rough
manner," his lawyer wrote, the driver is careful.'): the claim is the clause or quotation
after the attribution. A fronted clause (one with a verb) stays the content."""

from __future__ import annotations

import pytest

from claims.extract.tails import clause_after_adjunct
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "fa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Despite his "rough manner," his lawyer wrote, the driver is a careful man.',
            [("his lawyer", "wrote", "the driver is a careful man")],
        ),
        (
            'On the radio the day before, she stated, "We will not sell the land."',
            [("she", "stated", "We will not sell the land")],
        ),
        (
            "In his ''yearly letter,'' a note to the staff, he wrote, ''We will keep every branch open.''",
            [("he", "wrote", "We will keep every branch open")],
        ),
    ],
)
def test_claim_is_what_follows_the_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted clause with its verb: it is the content, with or without a quotation in it
        (
            'In the end the plan "simply failed," the mayor said.',
            [("the mayor", "said", 'In the end the plan "simply failed,"')],
        ),
        ("In the end, the plan failed, the mayor said.", [("the mayor", "said", "In the end, the plan failed")]),
    ],
)
def test_fronted_clause_stays_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Despite the rain, he said, the fair will go on.", True),
        ("Despite the rain, he said on Monday at the town hall meeting, the fair will go on.", False),  # long aside
        ("Despite the rain, he said, yes.", False),  # too short to be a clause
        ("The fair went on despite the rain, he said, and closed late.", False),  # not a fronted phrase
    ],
)
def test_clause_after_adjunct(text: str, found: bool) -> None:
    comma = text.index(",")
    ve = text.index(" said") + len(" said")
    assert (clause_after_adjunct(text, 0, comma, ve, len(text)) is not None) is found
