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


# A bare form joined after an infinitive or a modal's verb goes on that verb phrase (a wish,
# a plan, a request): no report of its own, credited to nobody.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He asked the woman to raise her voice and say the word louder.", "He",
         "the woman to raise her voice and say the word louder"),
        ("The mayor said she would sit the board down and tell them the pier is closed.", "The mayor",
         "she would sit the board down and tell them the pier is closed"),
        ("Officials said they chose to stand up for the workers and defend their record.", "Officials",
         "they chose to stand up for the workers and defend their record"),
    ],
)
def test_a_bare_form_after_an_infinitive_is_no_claim(text: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, _, c in _said(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor said the pier was safe and added that it would reopen in May.", "added",
         "it would reopen in May"),
        ("Strategists fear that she has missed a chance and warn that the vote is slipping.", "warn",
         "the vote is slipping"),
    ],
)
def test_a_verb_joined_to_a_report_keeps_its_speaker(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(q, c) for _, q, c in _said(text)]


# "to say" after a verb and its object: the object says it when the verb causes the act; nobody
# does after permission or a request, or after "it is important".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strong result led her to declare that the nomination was within reach.",
         [("her", "declare", "the nomination was within reach")]),
        ("The slow count prompted the governor to say that the vote had been rigged.",
         [("the governor", "say", "the vote had been rigged")]),
        ("The new tool allows users to tell their friends that they are safe.", []),
        ("It is important to note that the court has ruled only on emergency filings.", []),
        ("The senator went on to say that the budget would not pass.",
         [("The senator", "say", "the budget would not pass")]),
        ("He took to the radio to say that the vote was rigged.", [("He", "say", "the vote was rigged")]),
    ],
)
def test_who_says_an_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [c for c in _said(text) if c[1] in ("say", "declare", "tell", "note")] == expected
