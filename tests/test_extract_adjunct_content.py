"""Content that is only an adjunct: a phrase with no verb before an attribution ("In a
statement on its website, the firm wrote: ...", "Like her rival, she has courted ...") is no
claim; the content is the clause or quotation the attribution goes on to, or the whole
sentence when the attribution splits it ("For the coastal towns, she said, the tax will
hurt.")."""

from __future__ import annotations

import pytest

from claims.extract.tails import adjunct_fragment, adjunct_only
from tests.extracting import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ac")]


@pytest.mark.parametrize(
    ("phrase", "fragment"),
    [
        ("In the text under the video", True),
        ("Soon after the vote in the chamber", True),
        ("Like her rival in the primary", True),
        ("Particularly in the rural counties", True),
        ("Walking into the hall to loud cheers", True),
        ("Despite a string of defeats", True),
        ("In 2019, the depot was closed", False),
        ("In March the council voted to close the depot", False),
        ("This leaves the town without a clinic", False),
        ("When the storm hit the coast", False),
        ("The bridge must stay closed", False),
        ("The depot on the river", False),
    ],
)
def test_adjunct_fragment(phrase: str, fragment: bool) -> None:
    text = f"{phrase}, the mayor said."
    assert adjunct_fragment(text, 0, len(phrase)) is fragment


@pytest.mark.parametrize(
    "text",
    [
        "In the text under the video, the pastor wrote:\n\nWe regret the delay.",
        "Like her rival, she has reckoned with the protest movement, seeking to win young voters.",
        "Despite the losses in the south, the senator continues to gain delegates.",
        "Weighing in on the quarrel, the former governor agreed, praising both men.",
        "Soon after the hearing, the record indicates, the judge wrote the ruling himself.",
    ],
)
def test_an_adjunct_is_no_content(text: str) -> None:
    leads = ("In the text", "Like her", "Despite", "Weighing", "Soon after")
    assert not any(content.startswith(leads) for _, _, content in _said(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The depot will close in March, the mayor said.", "the mayor", "The depot will close in March"),
        ("In March the council voted to close the depot, the mayor said.", "the mayor",
         "In March the council voted to close the depot"),
        ("Soon after the vote, the clerk sealed the ballots, the record shows.", "the record",
         "Soon after the vote, the clerk sealed the ballots"),
        ('In a statement on Monday, the firm said, "We regret the delay and will refund every order."', "the firm",
         "We regret the delay and will refund every order"),
        ('Particularly in the rural counties, he said, "we do not know what the answer will be" on the cost.', "he",
         '"we do not know what the answer will be" on the cost'),
        ("For the poorer towns along the coast, the minister said, the new tax will be a heavy burden.", "the minister",
         "For the poorer towns along the coast, the minister said, the new tax will be a heavy burden"),
    ],
)
def test_content_before_or_after_an_adjunct_stays(text: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, _, c in _said(text)] == [(speaker, content)]


# After a verb of saying, a phrase of time or place alone says when or where, not what.
@pytest.mark.parametrize(
    "text",
    [
        "A clear win is vital, he said after meeting Thursday with union leaders, because he said the party is split.",
        "Lee told reporters during Tuesday's conference call.",
        "It echoed the standard that the court announced in 1992.",
        "The senator insisted on Thursday during a tour of the morning news shows.",
    ],
)
def test_when_or_where_alone_is_no_content(text: str) -> None:
    leads = ("after meeting", "during", "in 1992", "on Thursday")
    assert not any(content.startswith(leads) for _, _, content in _said(text))


@pytest.mark.parametrize(
    ("phrase", "only"),
    [
        ("after meeting Thursday with the union leaders", True),
        ("during a call with reporters", True),
        ("in 1992", True),
        ("at one point", True),
        ("at least 20 victims at the shelter", False),
        ("in favour of the new plan", False),
        ("ahead of the vote that he would run again", False),
        ("for a new vote on the plan", False),
        ("to act on the plan", False),
        ("the plan was dead", False),
    ],
)
def test_adjunct_only(phrase: str, only: bool) -> None:
    text = f"She said {phrase}."
    assert adjunct_only(text, 9, 9 + len(phrase)) is only


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials reported at least 20 victims at the shelter.", "at least 20 victims at the shelter"),
        ("She argued in favour of the new plan for the harbour.", "in favour of the new plan for the harbour"),
    ],
)
def test_a_complement_stays(text: str, content: str) -> None:
    assert content in [c for _, _, c in _said(text)]


def test_an_adjunct_after_that_is_left_to_its_clause() -> None:
    # "reported that during the visit, ...": the clause goes on past the adjunct; not dropped
    claims = _said("The agency reported that during the visit, the envoy repeated his request.")
    assert ("The agency", "reported") in [(s, c) for s, c, _ in claims]
