"""A quotation closed inside a nested quote, or without a mark, then "X said at the rally.":
the content is the quotation, never the adjunct after the cue. (text, expected) tables."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Pair = tuple[str, str]  # speaker, content

POSITIVE: list[tuple[str, list[Pair]]] = [
    (
        "“She told us, ‘The ferry will run all winter,’” Marta Lind said in an interview.",
        [("Marta Lind", "She told us, ‘The ferry will run all winter,’")],
    ),
    (
        "\"He kept saying, 'Nobody reads the minutes,' \" Oskar Brandt said at the rally.",
        [("Oskar Brandt", "He kept saying, 'Nobody reads the minutes,'")],
    ),
    (
        "\"The levy will hurt every shop on the quay\" Ida Moen said at the meeting on Monday.",
        [("Ida Moen", "The levy will hurt every shop on the quay")],
    ),
]

NEGATIVE: list[str] = [
    # a quoted title with no mark, then a clause after the verb: the clause is the content
    "The band played \"Harbour Lights\" Tom Berg said that the crowd loved it.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_quotation_not_adjunct(text: str, expected: list[Pair]) -> None:
    got = [(c.speaker, c.content) for c in extract_text(text, "q", "Quay Times")]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_quotation_content_without_adjunct(text: str) -> None:
    for c in extract_text(text, "q", "Quay Times"):
        assert not c.content.startswith("Harbour Lights")
        assert c.content.split()[0].lower() not in {"at", "in", "on", "during"}
