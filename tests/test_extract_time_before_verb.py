"""A time adverbial of "earlier"/"later" between the subject and the verb ("The agency later
that day announced", "which earlier in the day said") is neither the speaker nor a stop for the
subject's walk; after the verb it is no part of the content. A date that qualifies an object's
noun ("a 5 March vote") is part of the object."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The agency later that day announced that debris was found.", "The agency"),
        ("The agency earlier in the day announced that debris was found.", "The agency"),
        ("The ministry, which earlier in the day announced that debris was found, asked for help.", "which"),
    ],
)
def test_the_time_is_not_the_speaker(text: str, speaker: str) -> None:
    claims = extract_text(text, "tb")
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "debris was found")]


def test_a_time_after_the_verb_is_not_content() -> None:
    claims = extract_text("The mayor said later that day that the bridge was safe.", "tb")
    assert [c.content for c in claims] == ["the bridge was safe"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council announced a 5 March vote on the plan.", "a 5 March vote on the plan"),
        ("The council announced the Monday meeting.", "the Monday meeting"),
        ("The council announced a new parking scheme on Tuesday.", "a new parking scheme"),
    ],
)
def test_a_date_that_qualifies_the_object_is_part_of_it(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "tb")] == [content]
