"""Content boundaries: a writer's lead-in before a colon that opens a quotation is not part
of the quotation's claim ("The mayor was blunt: “We will not pay,” she said."), in sentences
of our own. Each shape has the cases it changes and the ones it leaves alone."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "cl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor was blunt about the bill: "We will not pay for it," she said.',
            [("she", "said", "We will not pay for it")],
        ),
        (
            "The harbour master looked tired: “There is nothing left in the fund,” he told reporters.",
            [("he", "told", "There is nothing left in the fund")],
        ),
        (
            "Later the chair gave her verdict on the audit: ''It was careless work,'' she wrote.",
            [("she", "wrote", "It was careless work")],
        ),
        # the lead-in with a cue of its own keeps its claim, which ends at the colon
        (
            'The treasurer stressed the need for patience: "The money will come back," he said.',
            [("The treasurer", "stressed", "the need for patience"), ("he", "said", "The money will come back")],
        ),
    ],
)
def test_lead_in_before_colon_is_not_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the colon right after a cue: the quotation is that cue's claim
        (
            'The mayor said: "We will not pay for it."',
            [("The mayor", "said", "We will not pay for it")],
        ),
        # no colon: the clause before the quotation stays in the content
        (
            'The pier will close "for good this time," the engineer said.',
            [("the engineer", "said", 'The pier will close "for good this time,"')],
        ),
        # the colon inside the quotation changes nothing
        (
            '"We had one rule: never close the pier," the engineer said.',
            [("the engineer", "said", "We had one rule: never close the pier")],
        ),
        # a colon with no quotation after it
        (
            "There was one answer: the pier would close, the engineer said.",
            [("the engineer", "said", "There was one answer: the pier would close")],
        ),
    ],
)
def test_content_first_without_lead_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected
