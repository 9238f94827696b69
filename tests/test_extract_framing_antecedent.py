"""The writer's framing of an outcome ("a setback for officials", "a blow to unions") is not the
party: a relative clause after it speaks for the people the outcome befell."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker_id", "content"),
    [
        ("It was a setback for officials, who had argued the law was constitutional.",
         "official", "the law was constitutional"),
        ("The ruling is a blow to unions, which said the cuts were illegal.",
         "unions", "the cuts were illegal"),
        ("The court ruled against the state, in a setback for officials who said the law was needed.",
         "official", "the law was needed"),
    ],
)
def test_the_party_after_the_framing_speaks(text: str, speaker_id: str, content: str) -> None:
    claims = [c for c in extract_text(text) if c.speaker in {"who", "which"}]
    assert [(c.speaker_id, c.content) for c in claims] == [(speaker_id, content)]

