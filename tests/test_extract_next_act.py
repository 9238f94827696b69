"""The speaker's next act joined by "and" with no comma ("said she admires his resolve and
highlighted their shared goals") is not part of the reported clause; a verb that belongs to
the clause's own subject ("said the suspect fled and called for help"), a passive
("are underpaid and urged to work longer") and a quotation keep it."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _contents(text: str) -> list[str]:
    return [c.content for c in extract_text(text, "act")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said she admires his determination and highlighted their shared goals.",
         "she admires his determination"),
        ("The mayor said the road would reopen next week and thanked crews for their work.",
         "the road would reopen next week"),
        ("He said he regrets the remark and apologized to the fans.", "he regrets the remark"),
        ("The governor said the state has enough beds and praised nurses for their work.",
         "the state has enough beds"),
    ],
)
def test_the_speakers_next_act_is_cut(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said the suspect fled and called for help.", "the suspect fled and called for help"),
        ("He said the workers are underpaid and urged to work overtime.",
         "the workers are underpaid and urged to work overtime"),
        ("He said the questions are unanswered and dismissed.", "the questions are unanswered and dismissed"),
        ('"The whole world will applaud and thank us," the minister said.',
         "The whole world will applaud and thank us"),
    ],
)
def test_the_clauses_own_verb_stays(text: str, content: str) -> None:
    assert _contents(text) == [content]
