"""Where a reported clause ends inside a longer sentence: under an opening subordinator
("While X said A, B") the claim is A, not the main clause B; a speaker's next act after a
quotation closed on its comma ('... "a disgrace," but she added ...') is not content either.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

CASES = [
    ("While the mayor said the plan would fail, the council approved it on Monday.",
     "the mayor", "the plan would fail"),
    ("Although she said that costs, fees and taxes would rise, the board voted for the budget.",
     "she", "costs, fees and taxes would rise"),
    ("If he says the deal is off, the union will go to court.", "he", "the deal is off"),
    ("When the coach said the team was tired, the players were furious.", "the coach", "the team was tired"),
    # the comma of a list or a relative clause inside the reported clause does not end it
    ("Although the report said the pier, which opened in May, was unsafe, the town kept it open.",
     "the report", "the pier, which opened in May, was unsafe"),
    # no subordinator: the reported clause runs on as before
    ("The mayor said the plan would fail, and the council approved it anyway.",
     "The mayor", "the plan would fail, and the council approved it anyway"),
    # "As X reported, A": the claim is after the comma, never cut to the adverbial
    ("As the paper reported on Friday, the mill will close.", "the paper", "the mill will close"),
    # a quotation closed on its comma, then the speaker's next act
    ('The senator said the bill was "a disgrace," but he voted for it on Tuesday.',
     "The senator", 'the bill was "a disgrace'),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), CASES)
def test_reported_clause_end(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


GAP_CASES = [
    ("The mill shut the line, which managers said had lost money for years.", "managers", "had lost money for years"),
    ("She visited the nurses, who she said were working double shifts.", "she", "were working double shifts"),
    ("Voters turned down the levy that critics say would raise rents.", "critics", "would raise rents"),
    # set off by commas: the relative clause ends at its own comma
    ("The new rules, which critics say are too weak, take effect in May.", "critics", "are too weak"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), GAP_CASES)
def test_relative_gap(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content, c.rule) for c in claims] == [(speaker, content, "relative_gap")]


GAP_NONE = [
    # the relative pronoun is the verb's own subject or object, with no clause after it
    "The mill shut the line, which managers said nothing about.",
    "The levy, which critics drafted, would raise rents.",
]


@pytest.mark.parametrize("sentence", GAP_NONE)
def test_no_relative_gap(sentence: str) -> None:
    assert not [c for c in extract_text(sentence) if c.rule == "relative_gap"]


def test_relative_gap_inside_an_earlier_claim() -> None:
    """The gap's claim ends where the sentence returns to the outer clause, and the outer
    claim keeps its whole span."""
    sentence = (
        'The port said the delay came from "a fault in the cranes" that it said was slowing every berth, '
        "and that ships were being told to wait."
    )
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [
        ("The port", 'the delay came from "a fault in the cranes" that it said was slowing every berth, '
         "and that ships were being told to wait"),
        ("it", "was slowing every berth"),
    ]
