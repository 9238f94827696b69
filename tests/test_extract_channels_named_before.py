"""The channel a statement went out on, named before the cue: an opening phrase ("In a post
on Instagram, X said, "..."", "Speaking to Reuters, X said, "..."") or "took to X to say"."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('In a post on Instagram, the striker said, "A dream come true."', "Instagram"),
        ('Speaking to Reuters, the minister said, "We will not pay."', "Reuters"),
        ("The striker took to Instagram to say he was leaving the club.", "Instagram"),
        ("The striker took to his X page to write: “A dream come true. I am so happy.”", "X"),
        ('Asked about the plan, she said, "We will not pay."', None),
        ("He went on to say the plan would fail.", None),
    ],
)
def test_the_channel_named_before_the_cue(text: str, via: str | None) -> None:
    (claim,) = extract_text(text)
    assert claim.via == via


@pytest.mark.parametrize(
    ("text", "via", "content"),
    [  # the people told, then an aside between dashes: a person is no channel, an outlet is
        ("Lee told President Ana Ruiz - who was visiting the squad - the transfer was hours away.", None,
         "the transfer was hours away"),
        ("The coach told Sky News - which broke the story - the deal was done.", "Sky News", "the deal was done"),
    ],
)
def test_an_addressee_with_an_aside_between_dashes(text: str, via: str | None, content: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.via, claim.content) == (via, content)
