"""An inverted speaker written as a role, then its holder's name ('"...," said the water
minister, Robert Hayes.') is one speaker, and the name gives the speaker id; a name first
("said Robert Hayes, the water minister") or a word that is no name ("the minister, Tuesday")
is unchanged."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_id"),
    [
        ('"We let down the communities we serve," said the water minister, Robert Hayes.',
         "the water minister, Robert Hayes", "robert-hayes"),
        ('"He never complained," said his wife, Mary Jones.', "his wife, Mary Jones", "mary-jones"),
        ('"We will appeal," said their lawyer, Sam Park, in a statement.', "their lawyer, Sam Park", "sam-park"),
        ('"We let down the communities we serve," said Robert Hayes, the water minister.',
         "Robert Hayes", "robert-hayes"),
        ('"The plan is dead," said the minister, Tuesday.', "the minister", "minister"),
    ],
)
def test_role_then_name(text: str, speaker: str, speaker_id: str) -> None:
    assert [(c.speaker, c.speaker_id) for c in extract_text(text, "rn")] == [(speaker, speaker_id)]
