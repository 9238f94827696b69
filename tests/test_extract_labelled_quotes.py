"""A speaker's name and a colon right before a quotation inside a paragraph ('Ann Lee: "..."',
'... - Tom Ray: "..."'): the quotation is the named speaker's claim. In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Quad = tuple[str, str, str, str]


def _got(text: str) -> list[Quad]:
    return [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "lq")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor answered within the hour. Ann Ruiz: "Thanks for the support on the harbour plan."',
            [("Ann Ruiz", ":", "Thanks for the support on the harbour plan", "direct")],
        ),
        # after a dash, inside the sentence
        (
            "The numbers have moved in the north - Tom Becker: “Two weeks ago, the south was the stronghold. "
            "Now it is the north.”",
            [("Tom Becker", ":", "Two weeks ago, the south was the stronghold. Now it is the north", "direct")],
        ),
        # a title and a party label belong to the name
        (
            'The reply came fast. Sen. Ann Lee (D-Ore.): "We have the votes to pass it this week."',
            [("Sen. Ann Lee", ":", "We have the votes to pass it this week", "direct")],
        ),
    ],
)
def test_name_and_colon_before_a_quotation(text: str, expected: list[Quad]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no name: a lower-case lead-in, a page label, a time
        'Read the latest updates below: "The council met late on Monday and voted to close the pier."',
        'The vote was close. Note: "The clinic will stay open through the winter months."',
        'The vote was close. Monday: "The clinic will stay open through the winter months."',
        # a colon with no quotation right after it
        "The vote was close. Ann Ruiz: the clinic will stay open through the winter months.",
        # too short to be a statement
        'The vote was close. Ann Ruiz: "Yes."',
    ],
)
def test_no_claim_without_a_name_and_a_quotation(text: str) -> None:
    assert _got(text) == []
