"""A speaker whose head noun is followed by a participle or "behind"/"involved" and its object
("Police investigating the shooting", "The group behind the attack") is a party: the event noun
at the end is not its head."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_text(text, "pp")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police investigating the shooting said the gunman acted alone.",
         [("Police investigating the shooting", "the gunman acted alone")]),
        ("The group behind the attack said it was retaliation.",
         [("The group behind the attack", "it was retaliation")]),
        ("Observers monitoring the election said there had been widespread irregularities.",
         [("Observers monitoring the election", "there had been widespread irregularities")]),
        ("Analysts tracking the war said Russian forces had made small gains.",
         [("Analysts tracking the war", "Russian forces had made small gains")]),
        ("The people involved in the crash said they were shaken.",
         [("The people involved in the crash", "they were shaken")]),
    ],
)
def test_a_post_modified_party_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ongoing shooting said nothing about the gunman's motive.",
        "The strong showing by the challenger claimed a moral victory for the party.",
    ],
)
def test_an_event_noun_is_still_no_party(text: str) -> None:
    assert _claims(text) == []
