"""A phrase before a cue that can be no subject: one that ends where a noun must follow (a
possessive, "the only", "his recent") makes the cue that noun ("Editor's note: ...", "The only
hope the town has ..."); one that opens with an adverb and a preposition is an adjunct
("particularly for senators in swing states": "states" is a noun)."""

from __future__ import annotations

import pytest

from claims.extract.speaker_edges import before_its_noun, speaker_edges
from tests.extracting import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ns")]


@pytest.mark.parametrize(
    ("speaker", "before"),
    [
        ("Editor's note", False),
        ("Editor’s", True),
        ("The only", True),
        ("The town's only", True),
        ("his recent", True),
        ("her own", True),
        ("He's", False),
        ("Who's", False),
        ("The mayor's aide", False),
        ("Friends of Mr. Lee's", False),
        ("This only", False),
        ("The mayor", False),
        ("", False),
    ],
)
def test_before_its_noun(speaker: str, before: bool) -> None:
    assert before_its_noun(speaker) is before


@pytest.mark.parametrize(
    ("speaker", "kept"),
    [
        ("particularly for senators up for re-election in swing", ""),
        ("especially in the rural", ""),
        ("Particularly the mayor", "Particularly the mayor"),
        ("the senators in swing", "the senators in swing"),
    ],
)
def test_an_adverb_and_a_preposition_open_no_speaker(speaker: str, kept: str) -> None:
    assert speaker_edges(speaker) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The only hope the town has now is for the state to pay for the bridge.",
        "Editor's note: The mayor has since resigned from the board.",
        "The poll shows the risks for the party, particularly for senators up for re-election in swing states, "
        "among them two from the north.",
    ],
)
def test_a_noun_after_a_modifier_is_no_cue(text: str) -> None:
    assert [s for s, _, _ in _said(text) if s.lower().endswith(("only", "editor's", "swing"))] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("He's saying the plan will fail.", "He"),
        ("The mayor's aide said the plan will fail.", "The mayor's aide"),
        ("Friends of Mr. Lee's recently said the plan will fail.", "Friends of Mr. Lee's"),
        ("This only explains why the vote failed.", "This only"),
    ],
)
def test_a_subject_stays(text: str, speaker: str) -> None:
    assert speaker in [s for s, _, _ in _said(text)]
