"""Verbs that report only a clause ("declared", "admitted") need the clause's verb in the
object itself, not in a clause of its own after it ("declared a state of emergency as crews
searched", "declared X a public health emergency, as officials warned")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared a state of emergency for the county as rescue teams continued searching.",
        "The agency on Wednesday declared the outbreak a global emergency, as health officials continued to warn.",
        "The board admitted three new members as the club grew.",
    ],
)
def test_an_object_and_a_clause_of_its_own(text: str) -> None:
    assert extract_text(text, "co") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He declared the election was rigged.", "the election was rigged"),
        ("Police admitted officers had made mistakes when they arrived.",
         "officers had made mistakes when they arrived"),
    ],
)
def test_a_clause_is_reported(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "co")] == [content]
