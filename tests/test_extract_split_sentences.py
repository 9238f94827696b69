"""A sentence split by its attribution is one claim, the whole sentence without its stop
(row `content_first.split`); the halves that do not make one sentence stay apart.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

SPLIT = [
    # a subordinate clause first, the main clause after the attribution
    ("If the pumps fail again, the harbour engineer said, the lower docks will flood.", "the harbour engineer"),
    ("When the audit is finished, officials said on Monday, the agency will publish it.", "officials"),
    ("Although turnout was low, the clerk said, every ballot will be counted by hand.", "the clerk"),
    # a main clause first, a clause of reason or condition after it
    ("The museum will stay shut, the trustees said, because the roof leaks in three places.", "the trustees"),
    ("The strike will go on, union leaders say, unless the board reopens the talks.", "union leaders"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SPLIT)
def test_split_sentence_is_one_claim(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [(c.rule, c.speaker, c.content) for c in claims] == [
        ("content_first.split", speaker, sentence.rstrip("."))
    ]


NOT_SPLIT = [
    # a participle or an adjunct after the attribution is no half of the claim
    ("The museum will stay shut, the trustees said, adding that repairs would start in May.",
     "The museum will stay shut"),
    ("If the pumps fail again, the harbour engineer said, in an interview on Monday.", "If the pumps fail again"),
    # a main clause after a main clause: the writer's, not the speaker's
    ("The museum will stay shut, the trustees said, and the staff will be moved to the library.",
     "The museum will stay shut"),
]


@pytest.mark.parametrize(("sentence", "content"), NOT_SPLIT)
def test_other_halves_stay_apart(sentence: str, content: str) -> None:
    claims = extract_text(sentence)
    assert "content_first.split" not in [c.rule for c in claims]
    assert content in [c.content for c in claims]


def test_short_introductory_adverbial_stays_out_of_the_claim() -> None:
    claims = extract_text("In 2019, the operator said, the night train was full every weekend.")
    assert [(c.rule, c.content) for c in claims] == [("content_first.intro", "the night train was full every weekend")]
