"""Two acts of saying joined by "and" or "but" with one subject: the second verb is a claim of
its own, and the first claim's content ends where the second starts, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "jc")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a characterising verb with a quoted label, joined to a claim before it
        (
            "The senator criticized the bill and called it “a giveaway to banks.”",
            [("The senator", "criticized", "the bill"), ("The senator", "called", "it “a giveaway to banks.”")],
        ),
        (
            "Reed said he had not read the plan, but called it “a starting point.”",
            [("Reed", "said", "he had not read the plan"), ("Reed", "called", "it “a starting point.”")],
        ),
        (
            "The chief denied the report and called it “false.”",
            [("The chief", "denied", "the report"), ("The chief", "called", "it “false.”")],
        ),
        # joined to a clause that is no claim: the clause's subject speaks
        (
            "The mayor toured the pier on Monday and called it “a landmark for the town.”",
            [("The mayor", "called", "it “a landmark for the town.”")],
        ),
    ],
)
def test_joined_quoted_label_is_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no quoted label: "call" is a summons, a vote or a phone call
        "The senator criticized the bill and called a vote for Friday.",
        "The coach praised the team and called the owner after the match.",
        # a nickname, not a thing said
        "Fans cheered the striker and called him “The Wall.”",
    ],
)
def test_joined_call_without_a_label_is_no_claim(text: str) -> None:
    assert [t for t in _triples(text) if t[1] == "called"] == []


# A characterising verb's label may follow a long object and run on for several words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolton called the council's neglect of advice from its engineers “reckless and dangerous.”",
            [("Bolton", "called", "the council's neglect of advice from its engineers “reckless and dangerous.”")],
        ),
        (
            "She called the bridge “a marvel that was given to our city by three generations of careful builders.”",
            [
                (
                    "She",
                    "called",
                    "the bridge “a marvel that was given to our city by three generations of careful builders.”",
                )
            ],
        ),
    ],
)
def test_long_object_and_long_label(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


def test_a_quotation_far_after_the_verb_is_no_label() -> None:
    text = (
        "The mayor called the meeting on Monday to discuss the budget for the coming year with the council, "
        "and residents said it was “long overdue.”"
    )
    assert [t for t in _triples(text) if t[1] == "called"] == []


# What describes the labelled party or gives the label's reason belongs to the claim.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor called the judge a “rival of the port” who had “buried” the plan.",
            "the judge a “rival of the port” who had “buried” the plan",
        ),
        ("Ms. Lund called voters “foolish” for backing the levy.", "voters “foolish” for backing the levy"),
        (
            "The mayor called the judge a “rival” who’s acting “as if he owns the port.”",
            "the judge a “rival” who’s acting “as if he owns the port.”",
        ),
        (
            "The union called the offer “an insult” because it cut overtime.",
            "the offer “an insult” because it cut overtime",
        ),
        # a time or a purpose after the label is not part of it
        ("The mayor called the march “peaceful” for the length of the route.", "the march “peaceful”"),
        ("The mayor called the march “peaceful” in a post on Sunday.", "the march “peaceful”"),
    ],
)
def test_label_runs_on_into_its_reason(text: str, content: str) -> None:
    assert [t[2] for t in _triples(text) if t[1] == "called"] == [content]
