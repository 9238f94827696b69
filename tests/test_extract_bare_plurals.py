"""Plural parties named without a determiner ("environmental groups", "unions") are agents:
the antecedent of "who said", with up to two modifiers before the noun."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker_id", "content"),
    [
        ("The plan was criticized by environmental groups, who said it would harm wetlands.",
         "environmental-groups", "it would harm wetlands"),
        ("The plan drew criticism from several human rights groups, who said it was unlawful.",
         "human-rights-groups", "it was unlawful"),
        # a verb before the noun phrase is no modifier
        ("He met local residents, who said the road was dangerous.", "local-residents", "the road was dangerous"),
        ("The mayor thanked the unions, who said the deal was fair.", "unions", "the deal was fair"),
    ],
)
def test_a_bare_plural_is_the_antecedent(text: str, speaker_id: str, content: str) -> None:
    assert [(c.speaker, c.speaker_id, c.content) for c in extract_text(text, "bp")] == [("who", speaker_id, content)]


def test_an_organisation_plural_is_an_agent() -> None:
    claims = extract_text("The deal was opposed by unions, who said it cut wages.", "bp")
    assert [(c.speaker, c.speaker_id, c.content) for c in claims] == [("who", "unions", "it cut wages")]
