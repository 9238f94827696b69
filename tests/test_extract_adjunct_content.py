"""Content that is only an adjunct: a phrase with no verb before an attribution ("In a
statement on its website, the firm wrote: ...", "Like her rival, she has courted ...") is no
claim; the content is the clause or quotation the attribution goes on to, or the whole
sentence when the attribution splits it ("For the coastal towns, she said, the tax will
hurt.")."""

from __future__ import annotations

import pytest

from claims.extract.clauses import adjunct_fragment
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
