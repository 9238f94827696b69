"""'what X called Y' with Y unquoted ("in what the agency is calling a catastrophic failure"):
X's characterisation, its content the noun phrase Y; not a pronoun object ("what you called
me"), a name ("what locals call Harbour Day") or a bare word ("what they call home")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The hull was found in what the agency is calling a catastrophic failure.", "the agency",
         "a catastrophic failure"),
        ("Police are investigating what they called a targeted attack on the family.", "they",
         "a targeted attack on the family"),
        ("The ferry sank in what officials described as a tragic accident, the third this year.", "officials",
         "a tragic accident"),
    ],
)
def test_an_unquoted_characterisation(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "wc")] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "I know what you called me yesterday.",
        "He visited what locals call Harbour Day.",
        "They moved to what they call home.",
    ],
)
def test_no_characterisation(text: str) -> None:
    assert extract_text(text, "wc") == []
