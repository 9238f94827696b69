"""Verbs of going on with a speech ("began", "continued") after what was said: a claim after a
quotation or when a person goes on; after a plain clause with any other subject they tell of
events ("Output fell, the decline continued")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("“Let me first thank everyone who stood by us,” he began.", "he",
         "Let me first thank everyone who stood by us"),
        ("“It was a long road,” she continued.", "she", "It was a long road"),
        ("The slump will deepen, Lee continued.", "Lee", "The slump will deepen"),
    ],
)
def test_a_speech_goes_on(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "wo")] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Output fell for a third month, the decline continued.",
        "Output fell for a third month, the decline began.",
        "The trial began on Monday.",
        "Mr Lee began his speech by thanking voters.",
    ],
)
def test_events_that_begin_or_continue_are_no_claims(text: str) -> None:
    assert extract_text(text, "wo") == []
