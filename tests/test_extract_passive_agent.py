"""A statement in the passive with its agent after "by" ("was told by doctors that ...",
"It was confirmed by police that ...") is the agent's claim; an instruction ("told by his
coach to leave") and an act ("announced by the mayor on Friday") are none."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "pa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was told by doctors that he would never walk again.",
         [("doctors", "told", "he would never walk again")]),
        ("It was confirmed by police that two people had died.", [("police", "confirmed", "two people had died")]),
        ("Reporters were told by a senior official that the summit would be postponed.",
         [("a senior official", "told", "the summit would be postponed")]),
        ("The residents were warned by the fire service that the blaze could spread.",
         [("the fire service", "warned", "the blaze could spread")]),
    ],
)
def test_the_agent_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was told by his coach to leave the field.",
        "The plan was announced by the mayor on Friday.",
        "They were told by the company that was running the site that it would close.",
    ],
)
def test_no_agents_claim(text: str) -> None:
    assert _claims(text) == []
