"""Shapes measured on real news (PolNeAR train), as rows and named checks: table-driven,
positive and negative, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

# (sentence, speaker, cue, content) of the one claim expected
POSITIVE = [
    # a verb form after a contraction or with a plain subject is still a cue
    ("The mayor remarks that the pier is unsafe.", "The mayor", "remarks", "the pier is unsafe"),
    ("Critics note that the pier is unsafe.", "Critics", "note", "the pier is unsafe"),
]

# sentences with no claim at all
NEGATIVE = [
    # a noun after a possessive is not a cue (not_possessed)
    "Editor's note: the mayor is a liar and a cheat.",
    "Editor\u2019s note: the mayor is a liar and a cheat.",
    "The mayor's remarks drew a sharp response from the council.",
    "The firm's reported losses rose sharply in May.",
    "The governor's claim that the pier is safe was not true.",
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), POSITIVE)
def test_claim(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_claim(sentence: str) -> None:
    assert extract_text(sentence) == []
