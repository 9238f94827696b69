"""Directives and commitments are their speaker's claims: "ordered the city to release the video",
"instructed ministers to investigate", "directed agencies to reopen" (a verb's base form after
`to`, not "directed funding to hospitals"); a commitment as a participle (", vowing to rebuild");
a post's content ("shared on X that"); refusals in other words ("opted not to comment")."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "dv")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge ordered the city to release the video by Friday.",
         [("The judge", "ordered", "the city to release the video by Friday")]),
        ("The prime minister instructed ministers to investigate the collision.",
         [("The prime minister", "instructed", "ministers to investigate the collision")]),
        ("The governor directed state agencies to reopen the shelters.",
         [("The governor", "directed", "state agencies to reopen the shelters")]),
        ("The board ordered that his name be certified for the election.",
         [("The board", "ordered", "his name be certified for the election")]),
        # sending things somewhere, a noun, an order of goods: no claim
        ("The officer directed traffic to the side road.", []),
        ("Congress would have directed funding to hospitals and clinics.", []),
        ("The judge ordered the release of the video.", []),
        ("The shop sells direct to customers.", []),
        ("The police acted with a court order.", []),
        # a challenge keeps its noun phrase after `to`
        ("The senator challenged the governor to a debate.",
         [("The senator", "challenged", "the governor to a debate")]),
    ],
)
def test_directives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister spoke to reporters, vowing to rebuild the town.",
         [("The minister", "vowing", "to rebuild the town")]),
        ("The prime minister instructed ministers to investigate, while also pledging to inform the public.",
         [("The prime minister", "instructed", "ministers to investigate"),
          ("The prime minister", "also pledging", "to inform the public")]),
        ("The mayor said the bridge was safe, while noting that repairs would take a year.",
         [("The mayor", "said", "the bridge was safe"), ("The mayor", "noting", "repairs would take a year")]),
        ("The mayor said prices rose, while wages were falling.",
         [("The mayor", "said", "prices rose, while wages were falling")]),
    ],
)
def test_commitments_and_next_acts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_post_shared() -> None:
    claims = extract_text("The former chair shared on X that he had resigned.", "dv")
    assert [(c.cue, c.via, c.content) for c in claims] == [("shared", "X", "he had resigned")]
    assert extract_text("She shared a photo of the crash.", "dv") == []


@pytest.mark.parametrize(
    "text",
    ["The hospital opted not to provide further comment.", "The firm declined to provide additional comments.",
     "The company chose not to comment."],
)
def test_refusals_in_other_words(text: str) -> None:
    claims = extract_text(text, "dv")
    assert [c.kind for c in claims] == [Kind.NO_COMMENT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "told X to": a directive to the people told, who belong to it as after "urged X to"
        ("The mayor told residents to stay away from the pier.",
         [("The mayor", "told", "residents to stay away from the pier")]),
        ("Police told him to leave the building.", [("Police", "told", "him to leave the building")]),
        ("The leader told Britons to “vote Labour” in the morning.",
         [("The leader", "told", "Britons to “vote Labour” in the morning")]),
        ("The coach told the story to his children.", []),
        ("She told Reuters the plan would fail.", [("She", "told", "the plan would fail")]),
    ],
)
def test_told_to_is_a_directive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The minister told Americans that the plan would fail.", None),  # people told, no relay
        ("The minister told Democrats the plan would fail.", None),
        ("The minister told Reuters that the plan would fail.", "Reuters"),
        ("The minister told Axios that the plan would fail.", "Axios"),
    ],
)
def test_people_told_by_a_plural_name_are_no_relay(text: str, via: str | None) -> None:
    assert [c.via for c in extract_text(text, "dv")] == [via]
