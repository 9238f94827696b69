"""Speaker phrases found on real news: quantifiers standing as the subject ("Most said"),
joint subjects with "others", introductory phrases before the clause subject of a
participle ("Speaking in Ohio, X attacked Y, saying ..."), and contracted clause openers
("It's", "I'm") that are never speakers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

SPEAKER_CASES = [
    # quantifiers as the subject
    ("Most said they were worried about the cost of rent.", "Most", "they were worried about the cost of rent"),
    ("Several told reporters the count had been delayed.", "Several", "the count had been delayed"),
    ("In Ohio, half of the farmers surveyed said the drought was the worst they remembered.",
     "half of the farmers surveyed", "the drought was the worst they remembered"),
    ("Some say the museum should never have moved.", "Some", "the museum should never have moved"),
    # a joint subject closed by "others"
    ("Ruiz and others said they could not back the proposal.", "Ruiz and others", "they could not back the proposal"),
    # an introductory phrase before the clause subject of a participle
    ("Speaking at a school in Dayton, the governor attacked the budget, calling it a disgrace.",
     "the governor", "a disgrace"),
    ("Later in the day, she widened her attack on the plan, criticizing the council for its delays.",
     "she", "the council for its delays"),
    ("Hours later, the coach shook hands with his rival, telling reporters the team had earned the win.",
     "the coach", "the team had earned the win"),
    ("At a rally in Dover, Del., on Tuesday, Senator Ann Ruiz backed the mayor, saying that he would win easily.",
     "Senator Ann Ruiz", "he would win easily"),
    ("Facing questions from the press, the minister issued a statement, describing the delay as regrettable.",
     "the minister", "the delay as regrettable"),
    ("Shortly after the vote, the union regrouped, warning that the deal would cost jobs.",
     "the union", "the deal would cost jobs"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), SPEAKER_CASES)
def test_speaker_phrase(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


NO_SPEAKER_CASES = [
    # a contracted clause opener is never the speaker
    "It's a long shot, but the senator toured the plant on Monday, stressing that jobs mattered.",
    "I'm old enough to remember the mayor on television, declaring a war on potholes.",
    "That's a large sum, saying nothing of the interest owed.",
    # a quantifier that opens a noun phrase is not a subject alone
    "Most of the time the ferry runs late.",
    "Half said.",
]


@pytest.mark.parametrize("sentence", NO_SPEAKER_CASES)
def test_no_garbage_speaker(sentence: str) -> None:
    speakers = [c.speaker.lower() for c in extract_text(sentence)]
    assert not any(s.startswith(("it's", "i'm", "that's", "most", "half")) for s in speakers), speakers


NAMES_KEPT = [
    # a name ending in -ing or -ly is still the subject when no intro phrase opens the clause
    ("Kelly, the council's chairman, praised the plan, saying it would create jobs.", "Kelly"),
    ("King attacked the plan on Monday, saying it would cost jobs.", "King"),
]


@pytest.mark.parametrize(("sentence", "speaker"), NAMES_KEPT)
def test_names_ending_like_adverbs(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(sentence)] == [speaker]


THAT_SUBJECT = [
    # `that` is the reported clause's subject before a singular finite verb
    ("The harbour master said that would take years to repair.", "that would take years to repair"),
    ("Several engineers said that is highly unlikely.", "that is highly unlikely"),
    ("She told reporters that was the reason for the delay.", "that was the reason for the delay"),
    # `that` is the conjunction before a subject
    ("The harbour master said that the pier would take years to repair.", "the pier would take years to repair"),
]


@pytest.mark.parametrize(("sentence", "content"), THAT_SUBJECT)
def test_that_as_subject_of_the_content(sentence: str, content: str) -> None:
    assert [c.content for c in extract_text(sentence)] == [content]


@pytest.mark.parametrize(
    "sentence", ["The insurer settled a claim that was never paid.", "Most states that will vote in March are small."]
)
def test_that_after_a_noun_is_no_content(sentence: str) -> None:
    assert extract_text(sentence) == []
