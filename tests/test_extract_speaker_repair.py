"""Subjects that hold more than their speaker's noun phrase (an adverb or a time phrase
before the verb, an opening adverbial before a pronoun, a relative clause, an opening
subordinator) and counts standing as the subject: the claim is kept, with the speaker read
out of the subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claims.extract.speaker_repair import repaired_speaker
from tests.extracting import extract_text

KEPT = [
    # an adverb between the subject and the verb
    ("She angrily said the hearing had been rigged.", "She", "the hearing had been rigged"),
    ("He also openly told reporters the merger was dead.", "He", "the merger was dead"),
    # an opening adverbial before a pronoun subject, with no comma
    ("On Monday he said the ferry would stop running.", "he", "the ferry would stop running"),
    ("In 2019 she wrote that the tax was unfair.", "she", "the tax was unfair"),
    ("The vote is close - they say the count will take a week.", "they", "the count will take a week"),
    # counts standing as the subject
    ("One in three said the clinic was too far away.", "One in three", "the clinic was too far away"),
    ("About one in five say they will not vote.", "About one in five", "they will not vote"),
    ("Another said the shop had closed for good.", "Another", "the shop had closed for good"),
    ("Only 7 percent said they were undecided.", "Only 7 percent", "they were undecided"),
    ("At least half of the tenants said the rent was too high.", "At least half of the tenants",
     "the rent was too high"),
    ("The two said the bridge must be rebuilt.", "The two", "the bridge must be rebuilt"),
    # a relative clause or a participle phrase after the head noun
    ("Farmers who have lost their crops say the fund is too small.", "Farmers", "the fund is too small"),
    # a family-name particle written lower-case
    ("The budget is balanced, said van Dijk.", "van Dijk", "The budget is balanced"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), KEPT)
def test_speaker_read_out_of_subject(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


NONE = [
    # a negated or questioned verb: no claim
    "Nor did he say the ferry would stop running.",
    # a pronoun inside a clause reported by another verb's subject is not this verb's speaker
    # (and a belief verb is never credited to a pronoun found this way)
    "The two aides told me they believed the mayor would resign.",
    # a free relative: what he acknowledged is an object, not a claim
    "It was what he acknowledged as a mistake in the count.",
]


@pytest.mark.parametrize("sentence", NONE)
def test_no_speaker_read_out(sentence: str) -> None:
    claims = extract_text(sentence)
    assert not [c for c in claims if c.speaker.lower() in {"he", "they"}], [(c.speaker, c.content) for c in claims]


REPAIRS = [
    ("she angrily", "she"),
    ("The mayor last week", "The mayor"),
    ("the council on Tuesday night", "the council"),
    ("one in four", "one in four"),
    ("all but two", "all but two"),
    ("Voters who attended the rally", "Voters"),
    ("several nurses interviewed at the hospital had", "several nurses"),
    ("While retired teachers", "retired teachers"),
    ("de Blasio", "de Blasio"),
    # nothing to read out
    ("the bridge was", None),
    ("nor did he", None),
    ("what he", None),
    ("three", "three"),
    ("three of the", None),
    ("majorities in all five", None),
    ("that he", None),
]


@pytest.mark.parametrize(("subject", "speaker"), REPAIRS)
def test_repaired_speaker(subject: str, speaker: str | None) -> None:
    span = repaired_speaker(subject, 0, len(subject))
    assert (None if span is None else subject[span[0] : span[1]]) == speaker
