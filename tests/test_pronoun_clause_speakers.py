"""A participle or a joined verb belongs to the last clause before it: when that clause opens
with a personal pronoun of its own (after a comma, or a few words after "when", "though",
"as", "which" ...), the pronoun is the speaker as written ("..., though last week she struck
a firmer tone, saying ..." -> "she"), not the sentence's first subject."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The mayor has been attacked for the delays, though at a meeting last week she struck a firmer tone, "
            "saying the pier must be rebuilt.",
            "saying",
            "she",
        ),
        ("The coach likes to surprise the fans, as he did last year by announcing a new signing.", "announcing", "he"),
        ("When the tenants asked the landlord to fix the roof, he refused, citing the cost.", "citing", "he"),
        ("When the board asked for the files, it declined, citing the privacy of its staff.", "citing", "it"),
        ("Tom Hale started the row when he raised the budget and later said the fund was empty.", "later said", "he"),
        ("When the treasurer was asked about the fund, he laughed and said the money was safe.", "said", "he"),
    ],
)
def test_pronoun_of_the_last_clause_speaks(text: str, cue: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "pc") if c.cue == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the pronoun opens no clause of its own, or is not a subject
        ("The mayor rejected claims that he had lied, saying the files were clear.", "saying", "The mayor"),
        ("The mayor attacked the plan because it would cost jobs, saying the council had been misled.", "saying",
         "The mayor"),
        ("The mayor thanked them for the vote, saying the pier would reopen.", "saying", "The mayor"),
        # an adjunct of time or cause attaches to the clause before it; a clause set before the subject
        ("The judge apologized for the columns after they came out, saying they were old.", "saying", "The judge"),
        ("When she ran for the board, Ann Lee attacked the plan by reminding voters of the cost.", "reminding",
         "Ann Lee"),
        # the pronoun lies inside the claim before: the same speaker goes on
        ("The mayor said that she would resign, citing her health.", "citing", "The mayor"),
        ("The mayor said the pier was safe, adding that repairs would take a year.", "adding", "The mayor"),
        # a quotation between the pronoun and the participle
        ('When she was asked, "We will appeal," the chair wrote, adding that costs had risen.', "adding", "the chair"),
    ],
)
def test_no_pronoun_clause_keeps_the_subject(text: str, cue: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "pc") if c.cue == cue] == [speaker]
