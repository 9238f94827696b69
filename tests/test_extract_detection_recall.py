"""Detection recall on real-news shapes, in sentences of our own: a second cue between two
quotations, and the cues and complements added for claims that were missed."""

from __future__ import annotations

import pytest

from claims.models import Claim
from tests.extracting import extract_text


def _claims(text: str) -> list[Claim]:
    return extract_text(text, "dr")


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in _claims(text)]


# '"A," X said, adding: "B"': the second cue between the quotations makes two claims.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The ferry is our lifeline. It must keep running," Ruth Okafor said, adding: "We will pay for it."',
            [
                ("Ruth Okafor", "said", "The ferry is our lifeline. It must keep running"),
                ("Ruth Okafor", "adding", "We will pay for it"),
            ],
        ),
        (
            "“The depot stays open,” the manager said, adding, “Nobody loses a job this year.”",
            [
                ("the manager", "said", "The depot stays open"),
                ("the manager", "adding", "Nobody loses a job this year"),
            ],
        ),
    ],
)
def test_second_cue_between_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no cue between the pieces: one quotation interrupted by its attribution
        ('"The ferry is our lifeline," Ruth Okafor said, "and it must keep running."',
         'The ferry is our lifeline," Ruth Okafor said, "and it must keep running'),
        ('"The depot stays open," the manager said. "Nobody loses a job this year."',
         'The depot stays open," the manager said. "Nobody loses a job this year'),
    ],
)
def test_one_quotation_under_one_cue_stays_one_claim(text: str, content: str) -> None:
    claims = _claims(text)
    assert [c.content for c in claims] == [content]
