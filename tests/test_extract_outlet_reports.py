"""An outlet that reports a claim: "..., as the Herald first reported.", and the sources an outlet
reports keep the speaker with the outlet as relay."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The two men had a close working relationship, as the Daily Ledger first reported.",
         "the Daily Ledger", "The two men had a close working relationship"),
        ("Shares of the company fell 4 percent, as first reported by Bloomberg News.",
         "Bloomberg News", "Shares of the company fell 4 percent"),
        ("The mayor resigned last week, as The Harbor Times reported earlier this week.",
         "The Harbor Times", "The mayor resigned last week"),
        ("However, the pier was shut for three months, as the Herald has previously reported.",
         "the Herald", "the pier was shut for three months"),
        ("The fleet was grounded for two weeks, as confirmed by the airline.", "the airline",
         "The fleet was grounded for two weeks"),
    ],
)
def test_the_outlet_reported_the_clause_before(text: str, speaker: str, content: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.speaker, claim.content) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The pier was shut for three months, as she said on Monday.",  # not a report verb
        "The fleet was grounded for two weeks, as the airline confirmed.",  # only "report" in the active
        "Prices rose, as reported.",  # no one reported it
        "Prices rose sharply, as the Herald reported.",  # too little content to be a claim
    ],
)
def test_no_claim(text: str) -> None:
    assert extract_text(text) == []


def test_a_claim_already_made_in_the_sentence_keeps_its_speaker() -> None:
    text = '"We will make sure it does not happen again," Ann Lee noted in an interview, as reported by the Herald.'
    assert [(c.speaker, c.cue) for c in extract_text(text)] == [("Ann Lee", "noted")]


@pytest.mark.parametrize(
    "text",
    [
        "The company plans to cut 500 jobs, according to people familiar with the matter, the Harbor Times reported.",
        "According to people familiar with the matter, the company plans to cut 500 jobs, the Harbor Times reported.",
    ],
)
def test_an_outlet_reporting_what_sources_say_is_their_relay(text: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.speaker_id, claim.via, claim.content.lower()) == (
        "anonymous-sources", "Harbor Times", "the company plans to cut 500 jobs")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will rebuild," the mayor said, the Harbor Times reported.', "the mayor"),
        ('"We believe the crew was lost," said the Harbor Line, the company that runs the tours, in a statement, '
         "the Harbor Times reports.", "the Harbor Line"),
    ],
)
def test_an_outlet_after_a_quotation_and_its_speaker_is_the_relay(text: str, speaker: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.speaker, claim.via) == (speaker, "Harbor Times")
