"""A participle of a cue of more than one word ("pointing out", "pointing to", "making
clear", "railing against") is a participle like "saying": after a comma it reports what the
clause's subject said, and the claim before it ends where it starts. In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "mp")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor spoke for an hour, pointing out that the budget had shrunk.",
            [("The mayor", "pointing out", "the budget had shrunk")],
        ),
        (
            "The mayor said the plan was dead, pointing out that the budget had shrunk.",
            [("The mayor", "said", "the plan was dead"), ("The mayor", "pointing out", "the budget had shrunk")],
        ),
        (
            "The mayor said the plan was dead, pointing to the drop in burglaries since the spring.",
            [("The mayor", "said", "the plan was dead"), ("The mayor", "pointing to", "the drop in burglaries")],
        ),
        (
            "The union attacked the offer, making clear that its members would strike.",
            [("The union", "attacked", "the offer"), ("The union", "making clear", "its members would strike")],
        ),
    ],
)
def test_multiword_participle_is_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the multiword verb in a finite clause is no participle: one claim, as before
        "The mayor pointed out that the budget had shrunk.",
        # a progressive cue stays a progressive cue
        "The mayor is pointing out that the budget has shrunk.",
    ],
)
def test_finite_multiword_cue_is_one_claim(text: str) -> None:
    assert len(_triples(text)) == 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor took the stage, acknowledging that the plan had failed.", "the plan had failed"),
        ('The mayor took the stage, acknowledging: "We failed."', "We failed"),
    ],
)
def test_clause_only_participle_reports_its_clause(text: str, content: str) -> None:
    assert [t[2] for t in _triples(text)] == [content]
