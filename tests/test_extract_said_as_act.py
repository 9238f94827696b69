"""A greeting or a rite performed ("said goodbye to the crowd", "said a prayer for the
victims") is no claim; a stance ("said no to the war") and a clause that opens with the same
words ("said no decision had been made") still are."""

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
    ],
)
def test_a_statement_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(text) == expected
