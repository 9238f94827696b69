"""That-less clauses after weak cues, "..., as X reports.", datelines in ordinary case and a
title between a capitalised word and a name: shapes of real coverage, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _one(text: str) -> tuple[str, str, str]:
    claims = extract_text(text)
    assert len(claims) == 1, claims
    return claims[0].speaker, claims[0].cue, claims[0].content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("About an hour later, Superior Court Judge Mara Fenn ruled the merger violated state consumer laws.",
         "Superior Court Judge Mara Fenn", "the merger violated state consumer laws"),
        ("Council members have signaled they will keep pressing for an audit of the depot.",
         "Council members", "they will keep pressing for an audit of the depot"),
        ("The family's lawyer, Ann Lowe, shared they were naturally unhappy with the verdict.",
         "The family's lawyer, Ann Lowe", "they were naturally unhappy with the verdict"),
        ("Investigators concluded the pilot had been distracted by a warning light.",
         "Investigators", "the pilot had been distracted by a warning light"),
    ],
)
def test_a_weak_cue_reports_a_thatless_clause_of_a_subject_and_its_verb(text: str, speaker: str, content: str) -> None:
    assert _one(text)[::2] == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The old king ruled the country until he died in 1910.",  # a noun phrase, then an adjunct clause
        "She shared the prize with her brother, who added a second medal later.",
        "The judge ruled the evidence inadmissible.",  # an object and its predicate, no verb
        "Officials have signaled a willingness to talk.",
        "The move signals the company is worried.",  # a move speaks for nobody
        # a phrase, then a hyphenated adjective: no subject and verb
        "The premier revealed the date in a rain-soaked speech outside her office.",
    ],
)
def test_a_weak_cue_with_a_noun_phrase_or_no_speaker_reports_nothing(text: str) -> None:
    assert extract_text(text) == []


def test_a_trailing_as_clause_in_the_present_credits_the_outlet() -> None:
    text = "The mayor's aide was seen entering the depot around noon, as the Harbor Times reports."
    assert _one(text) == ("the Harbor Times", "reports", "The mayor's aide was seen entering the depot around noon")


def test_as_reports_without_a_party_is_no_claim() -> None:
    assert extract_text("Fares rose again in March, as reports show.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place in ordinary case before a dash opens the paragraph: a dateline, never the speaker
        ("Harwick — Special counsel Dan Wiss commented on the verdict, saying the case was about the choices "
         "he made.", "Special counsel Dan Wiss"),
        # ... but a name and an aside between two dashes stay the subject
        ("Harwick — the port's owner — said the cranes would be replaced.", "Harwick"),
    ],
)
def test_a_dateline_in_ordinary_case(text: str, speaker: str) -> None:
    assert _one(text)[0] == speaker


def test_a_title_between_a_capital_and_a_name_is_part_of_the_subject() -> None:
    text = "Senior counsel Dan Wiss commented on the ruling, saying the appeal would be filed within days."
    assert _one(text)[0] == "Senior counsel Dan Wiss"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("But on Wednesday it said that the records of all its customers were taken.", "it",
         "the records of all its customers were taken"),
        ("Last week they said the depot would close.", "they", "the depot would close"),
    ],
)
def test_a_time_phrase_before_a_pronoun_subject(text: str, speaker: str, content: str) -> None:
    assert _one(text)[::2] == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Hale, a former member of the band, has died after a fall at a hotel, said police in the capital.",
         "police in the capital"),
        ("Tom Hale, a former member of the band, has died after a fall at a hotel, said the police.", "the police"),
        ("There is no need for a curfew, if the streets stay calm, said Rahman, while calling for order.", "Rahman"),
    ],
)
def test_said_then_an_unnamed_party_or_a_surname_after_asides(text: str, speaker: str) -> None:
    assert _one(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Harbor Times quoted an aide as saying the mayor had left the city.", "the mayor had left the city"),
        ("The mayor had left the city with her sister, the Harbor Times quoted an aide as saying.",
         "The mayor had left the city with her sister"),
    ],
)
def test_an_outlet_quoting_someone_as_saying(text: str, content: str) -> None:
    claims = extract_text(text)
    assert [(c.speaker, c.via, c.content) for c in claims] == [("an aide", "Harbor Times", content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The insurer initially reassured customers their records were safe.", "their records were safe"),
        ("The firm informed customers their records were safe.", "their records were safe"),
        ("The mayor warned residents the river would flood.", "the river would flood"),
        # the people addressed are the clause's subject: they stay in it
        ("The mayor warned residents would lose power overnight.", "residents would lose power overnight"),
        ("The mayor warned investors that the plan would fail.", "the plan would fail"),
    ],
)
def test_the_people_addressed_before_a_thatless_clause(text: str, content: str) -> None:
    assert _one(text)[2] == content


def test_a_second_cue_joined_by_but_is_a_claim_of_its_own() -> None:
    claims = extract_text("The insurer estimated that repairs would cost $25 million, but flagged that costs may grow.")
    assert [(c.cue, c.content) for c in claims] == [
        ("estimated", "repairs would cost $25 million"), ("flagged", "costs may grow")]


def test_a_linked_participle_with_a_thatless_clause() -> None:
    text = "The insurer said it would defer price rises after disclosing it had been sent more files."
    claims = extract_text(text)
    assert [(c.cue, c.content) for c in claims] == [
        ("said", "it would defer price rises"), ("disclosing", "it had been sent more files")]


def test_flagging_a_player_reports_nothing() -> None:
    assert extract_text("The linesman flagged the striker offside.") == []
