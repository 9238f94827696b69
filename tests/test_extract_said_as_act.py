"""A greeting or a rite performed ("said goodbye to the crowd", "said a prayer for the
victims") and deaths ("the flood claimed 30 lives") are no claims; a stance ("said no to the
war", "claimed victory") and a clause that opens with the same words ("said no decision had
been made", "claimed lives were at risk") still are."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_text(text, "act")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said goodbye to the crowd on Friday.",
        "Fans said their goodbyes to the old stadium on Sunday.",
        "She said a tearful goodbye to her teammates.",
        "The crowd said farewell to the ship as it left the harbour.",
        "He said hello to reporters outside the court.",
        "The pastor said a short prayer for the victims.",
        "The coach said thank you to the nurses who treated him.",
        "She said a few words at the funeral.",
        "The children said their prayers before dinner.",
        "The actor said his lines flawlessly on opening night.",
        "The flood claimed at least 30 lives.",
        "The fire claimed three more lives on Sunday.",
        "The crash claimed the lives of two pilots.",
        "The virus has claimed more than 1,000 lives.",
        "The disease claimed its first victim in May.",
    ],
)
def test_a_greeting_or_rite_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said no decision had been made.", [("The senator", "no decision had been made")]),
        ("The senator said no to the bill.", [("The senator", "no to the bill")]),
        ("The mayor said that goodbye was the hardest word.", [("The mayor", "goodbye was the hardest word")]),
        ('"Thank you," the coach said.', [("the coach", "Thank you")]),
        ("He said Grace Lee had resigned.", [("He", "Grace Lee had resigned")]),
        ("He claimed lives were at risk.", [("He", "lives were at risk")]),
        ("He said his lines were cut from the film.", [("He", "his lines were cut from the film")]),
        ("She said a few words had been changed.", [("She", "a few words had been changed")]),
        ("He claimed his life had been threatened.", [("He", "his life had been threatened")]),
        ("Both candidates claimed victory on Tuesday night.", [("Both candidates", "victory on Tuesday night")]),
    ],
)
def test_a_statement_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(text) == expected
