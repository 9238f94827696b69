"""A noun of saying with its agent after it ("a promise by X that"), a verb of expressing with a
noun of belief ("expressed doubts that"), verbs of saying that are rarer in news ("opined",
"surmised", "whispered"), and a compound adjective set off by commas ("the self-proclaimed,")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The verdict will put to the test a public promise by the governor that she will not pardon her aide.",
         ("the governor", "promise", "she will not pardon her aide")),
        ("Voters remembered the pledge by Ann Lee that fares would not rise.",
         ("Ann Lee", "pledge", "fares would not rise")),
    ],
)
def test_a_noun_of_saying_with_its_agent_after_it(text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(text) == [expected]


def test_a_noun_with_its_agent_that_opens_the_sentence_is_left_alone() -> None:
    # the clause would run on into the main verb ("... was safe drew criticism")
    assert _triples("A claim by the ministry that the dam was safe drew criticism.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judges also expressed doubts that the sale of 500 depots would keep prices down.",
         ("The judges", "expressed doubts", "the sale of 500 depots would keep prices down")),
        ("Residents voiced concern that the plant would pollute the river.",
         ("Residents", "voiced concern", "the plant would pollute the river")),
    ],
)
def test_a_verb_of_expressing_with_a_noun_of_belief(text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(text) == [expected]


def test_a_noun_of_belief_alone_reports_nothing() -> None:
    assert _triples("Her hope that the plant would close was dashed by the vote.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some analysts have opined that the grocer must win all three cases.",
         ("Some analysts", "have opined", "the grocer must win all three cases")),
        ("The coach surmised that the players were tired.", ("The coach", "surmised", "the players were tired")),
        ('"It is over," she whispered.', ("she", "whispered", "It is over")),
        ("He confessed that he had taken the money.", ("He", "confessed", "he had taken the money")),
    ],
)
def test_rarer_verbs_of_saying(text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(text) == [expected]


def test_a_compound_adjective_between_commas_is_no_aside() -> None:
    text = "Tom Hale, the self-proclaimed, consummate outsider, is set to meet the party's leaders."
    assert _triples(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hosts lost on Sunday, with Tom Hale slamming home a late penalty to seal the win.",
        "Ann Lee blasted a shot into the top corner in the 90th minute.",
    ],
)
def test_a_shot_or_a_penalty_struck_is_no_criticism(text: str) -> None:
    assert _triples(text) == []


def test_a_name_and_a_bare_plural_of_bodies_speak_together() -> None:
    text = "“The rivalry has kept prices low,” the Trade Board and states wrote in their complaint."
    assert _triples(text) == [("the Trade Board and states", "wrote", "The rivalry has kept prices low")]


def test_a_clause_joined_by_and_keeps_its_own_subject() -> None:
    text = "The company cut 200 jobs and officials said the plant would close."
    assert _triples(text) == [("officials", "said", "the plant would close")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor asked residents and businesses to conserve water.",
         [("The mayor", "asked", "residents and businesses to conserve water")]),
        ("The army chief called for calm and asked the army and police to avoid using force.",
         [("The army chief", "asked", "the army and police to avoid using force")]),
        ("The mayor urged voters and then went to the airport.", []),
    ],
)
def test_an_object_of_two_noun_phrases_before_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected
