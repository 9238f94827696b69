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
