"""Asides on the subject and speakers named by a role: "Orin, Norway's second-largest lender,
said", "The firm, based in Austin, Texas, said", "The group, led by Ann Lee, said", '"...," said
teammate Rodri'."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _speakers(text: str) -> list[str]:
    return [c.speaker for c in extract_text(text, "sa")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessed role whose first word is hyphenated or a rank
        ("Orin, Norway's second-largest lender, said it would cut 500 jobs.", "Orin"),
        ("Orin, Norway's No. 2 lender, said it would cut 500 jobs.", "Orin"),
        ("Orin, Norway's top-ranked lender, said it would cut 500 jobs.", "Orin"),
        # a participle aside that holds commas of its own
        ("The firm, based in Austin, Texas, said it had raised $200 million.", "The firm"),
        ("Orin, headquartered in Lyon, France, said sales rose.", "Orin"),
        # a participle's agent is no apposition that speaks
        ("The group, led by Ann Lee, said it would expand.", "The group"),
        ("The team, coached by Ann Lee, said it would appeal.", "The team"),
        # an apposition that names the speaker still speaks
        ("Its chair, retired nurse Elaine Forde, said the hall would close.", "retired nurse Elaine Forde"),
    ],
)
def test_the_subject_past_its_aside(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"He is the best player in the league," said teammate Rodri.', "teammate Rodri"),
        ('"He is the best player in the league," teammate Rodri said.', "teammate Rodri"),
        ('"Prices are far too high," said shopper Evans.', "shopper Evans"),
        ('"It was terrifying," said witness Evans, 54.', "witness Evans"),
    ],
)
def test_a_role_then_one_name_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_an_adverb_then_a_name_is_no_speaker() -> None:
    assert _speakers('"It is over," said later Evans.') == []
