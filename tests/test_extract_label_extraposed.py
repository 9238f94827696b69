"""A quoted label on a dummy `it` that stands for a clause after the label ("called it
"reckless" that the council cut the routes", "calling it a "no-brainer" to reopen the
bridge"): the content runs on through that clause, up to a comma, a semicolon or a dash.
Any other object, or `to` with a noun phrase after it, keeps the label's end."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "lx")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor called it "reckless" that the council cut the bus routes.',
            [("The mayor", "called", 'it "reckless" that the council cut the bus routes')],
        ),
        (
            'The senator called it "a disgrace" that nobody was charged.',
            [("The senator", "called", 'it "a disgrace" that nobody was charged')],
        ),
        (
            'She called it "the right call" to delay the vote until June.',
            [("She", "called", 'it "the right call" to delay the vote until June')],
        ),
        (
            'Residents, calling it a "no-brainer" to reopen the bridge, signed the petition.',
            [("Residents", "calling", 'it a "no-brainer" to reopen the bridge')],
        ),
        (
            'The union walked out, calling it "shameful" that wages had not risen, and went home.',
            [("The union", "calling", 'it "shameful" that wages had not risen')],
        ),
    ],
)
def test_dummy_it_label_runs_on_through_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `to` and a noun phrase or a pronoun: whom it was unfair to, not a clause
        ('The coach called it "unfair" to the players.', [("The coach", "called", 'it "unfair"')]),
        ('The coach called it "unfair" to them.', [("The coach", "called", 'it "unfair"')]),
        # a named object, not a dummy `it`: "that afternoon" is a time, the label ends
        ('The union called the plan "reckless" that afternoon.', [("The union", "called", 'the plan "reckless"')]),
        # `it` with no clause after the label
        ('The mayor called it "reckless" and walked out.', [("The mayor", "called", 'it "reckless"')]),
    ],
)
def test_other_labels_end_at_their_mark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected
