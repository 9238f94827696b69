"""A reported clause that goes on after a mid-sentence attribution ("A, she said, B."):
the claim runs from A's first word to B's last; what follows the attribution is kept out
when it is about the speaker, a second attribution, a phrase or a quotation."""

from __future__ import annotations

import pytest

from claims.extract.tails import continued_clause
from tests.extracting import extract_text

RUNS_ON = [
    (
        "The ferry may be slower than it was, its crew say, but it is still the cheapest way across.",
        "The ferry may be slower than it was, its crew say, but it is still the cheapest way across",
    ),
    (
        "Every Monday at dawn, the former manager told the paper, the owner would inspect each machine.",
        "Every Monday at dawn, the former manager told the paper, the owner would inspect each machine",
    ),
    (
        "It is her duty, she said, to check every pump in the district.",
        "It is her duty, she said, to check every pump in the district",
    ),
    # a predicate with the content's subject left out goes on with the content
    (
        "The suspect was unarmed, police said, and had no criminal record.",
        "The suspect was unarmed, police said, and had no criminal record",
    ),
    (
        "The plan is sound, she said, but needs more money.",
        "The plan is sound, she said, but needs more money",
    ),
]

STOPS = [
    # a participle about the speaker
    ("The bridge will close, the mayor said, adding new fences to the plan.", "The bridge will close"),
    # a relative clause about the speaker
    ("The bridge will close, the mayor said, who spoke at the town hall.", "The bridge will close"),
    # a second attribution of its own
    ("The bridge will close, the mayor said, but residents said they would fight.", "The bridge will close"),
    # a quotation after the attribution
    ('The bridge will close, the mayor said, "for at least a year."', None),
    # the speaker after the cue, then an apposition
    ("The bridge will close, said Ann Ruiz, the chief engineer of the county.", "The bridge will close"),
    # too short to be a clause
    ("The bridge will close, the mayor said, in May.", "The bridge will close"),
    # a prepositional phrase, not a clause
    ("The bridge will close, the mayor said, of all the roads in the county.", "The bridge will close"),
    # the subject's next act ("but had signed ..."), not the reported clause
    ("He had no plans to leave, the club said, but had signed a new contract.", "He had no plans to leave"),
    # the speaker's next act, a cue of its own
    ("The bridge is safe, the mayor said, and added that it would reopen.", "The bridge is safe"),
    # a main clause joined by "and": the writer's
    ("The museum will stay shut, the trustees said, and the staff will move.", "The museum will stay shut"),
]


@pytest.mark.parametrize(("sentence", "content"), RUNS_ON)
def test_clause_runs_on_after_the_attribution(sentence: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [c.content for c in claims][:1] == [content]


@pytest.mark.parametrize(("sentence", "content"), STOPS)
def test_content_stops_at_the_attribution(sentence: str, content: str | None) -> None:
    claims = extract_text(sentence)
    if content is None:
        assert all(not c.content.endswith(", the mayor said, ") for c in claims)
        assert all("mayor said, for" not in c.content for c in claims)
    else:
        assert claims and claims[0].content == content


def test_continued_clause_needs_a_comma_after_a_short_attribution() -> None:
    text = "The dam is safe, engineers said on a long and windy Monday morning, and it will hold."
    ve = text.index("said") + len("said")
    assert continued_clause(text, ve, len(text)) is None
    short = "The dam is safe, engineers said, but it will need repairs in spring."
    ve = short.index("said") + len("said")
    assert continued_clause(short, ve, len(short)) == len(short) - 1
