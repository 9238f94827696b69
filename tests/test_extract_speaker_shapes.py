"""Speaker phrases of several shapes read whole: the claim is kept with its speaker, and
look-alikes stay as they were. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

# An adverb between an auxiliary and its verb belongs to the cue, not to the subject.
ADVERB_IN_CUE = [
    ("The tenants' union has traditionally argued that rents are too high.", "The tenants' union",
     "has traditionally argued", "rents are too high"),
    ("The mayor would only say that the matter was closed.", "The mayor", "would only say",
     "the matter was closed"),
    ("Both councils have both argued that the levy is unfair.", "Both councils", "have both argued",
     "the levy is unfair"),
    ("The minister did not directly say that the plant would close.", "The minister",
     "did not directly say", "the plant would close"),
    # no auxiliary: the adverb stays out of the cue
    ("The mayor angrily said that the matter was closed.", "The mayor", "said", "the matter was closed"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), ADVERB_IN_CUE)
def test_adverb_between_auxiliary_and_verb(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


NO_CLAIM = [
    # an adverb before a verb that is no cue
    "The mayor has quietly sold the land to a developer.",
    "Critics would only accept a smaller levy.",
]


@pytest.mark.parametrize("sentence", NO_CLAIM)
def test_no_claim(sentence: str) -> None:
    assert extract_text(sentence) == []
