"""A clause whose verb is an irregular past ("withdrew", "laid off", "upheld") ends its subject:
the participle after it ("..., citing a knee injury", "..., saying ...") is the subject's."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The striker withdrew from the squad, citing a knee injury.", "The striker", "a knee injury"),
        ("The startup laid off 200 workers, saying demand had collapsed.", "The startup", "demand had collapsed"),
        ("The court upheld the ban, saying it was lawful.", "The court", "it was lawful"),
        ("The minister fled the capital, saying his life was in danger.", "The minister", "his life was in danger"),
    ],
)
def test_the_clause_subject_speaks(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "ip")] == [(speaker, content)]


def test_a_noun_that_looks_like_a_past_is_kept() -> None:
    assert [c.speaker for c in extract_text("The Fed said rates would stay high.", "ip")] == ["The Fed"]
