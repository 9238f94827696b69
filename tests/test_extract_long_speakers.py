"""Speaker phrases with long descriptions, found on real news: a name, then asides that
hold commas or relative clauses of their own, an age and a home town, a name with its
affiliation; a speaker after the verb with a relative clause; the outlet spoken to ("confirmed
to CNN that"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

LONG_SPEAKER_CASES = [
    # a name, an aside with a relative clause, then a second aside
    ("Jo Vance, a pollster who works with Ardent Fund, a research group, said the race had tightened.",
     "Jo Vance", "said", "the race had tightened"),
    ("Senator Ray Dunn, the Ohio Republican who heads the Finance Committee, which oversees the budget, said the "
     "donations raised questions.", "Senator Ray Dunn", "said", "the donations raised questions"),
    ("Ana Ortiz, a nurse who has lived in the town since 1990, a decade before the mill closed, says the clinic "
     "is the only one left.", "Ana Ortiz", "says", "the clinic is the only one left"),
    # an age and a home town
    ("Jane Roe, 29, of Dayton, Ohio, says her biggest worry is the cost of rent.",
     "Jane Roe", "says", "her biggest worry is the cost of rent"),
    ("Tom Ashby, of Selma, Ala., said the road had flooded twice this year.",
     "Tom Ashby", "said", "the road had flooded twice this year"),
    # a role, then a name with its affiliation
    ("Another pollster, Ted Vance of Harlow State University, said his survey showed the race holding steady.",
     "Another pollster, Ted Vance of Harlow State University", "said", "his survey showed the race holding steady"),
    # a speaker after the verb, with a relative clause or "familiar with"
    ('"The budget will not pass," said one aide who asked not to be named because the talks were private.',
     "one aide", "said", "The budget will not pass"),
    ('"It will pass by June," said one lobbyist close to the talks who requested anonymity to discuss them.',
     "one lobbyist", "said", "It will pass by June"),
    ("The plan was never funded, said a senior official who was briefed on the talks but was not authorized "
     "to speak.", "a senior official", "said", "The plan was never funded"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), LONG_SPEAKER_CASES)
def test_long_speaker_phrase(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


SPEAKER_KEPT_CASES = [
    # the aside speaks when the walk skipped no aside first: "X, a top aide said, ..."
    ("Hal Oakes, a top aide said, is confident about the vote.", "a top aide"),
    # one capitalised word before the comma is not taken for a name
    ("Still, the senator, a Democrat, said the bill would pass.", "the senator"),
    ("Regardless, the department, a federal agency, said it found no evidence of fraud.", "the department"),
    # a place before the comma is not the speaker's name
    ("In Dayton, Ohio, the mayor, a Republican, said the levy would fail.", "the mayor"),
    # a party label is an aside, not the name's affiliation
    ("Representative Ann Tully, Republican of Ohio, said the vote would be close.", "Representative Ann Tully"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SPEAKER_KEPT_CASES)
def test_speaker_not_moved(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [c.speaker for c in claims] == [speaker]


def test_relative_clause_after_verb_kept_when_speaker_reads_whole() -> None:
    """A short speaker after the verb keeps its words: nothing to cut."""
    claims = extract_text('"We won the final," said Coach Ann Lee.')
    assert [(c.speaker, c.content) for c in claims] == [("Coach Ann Lee", "We won the final")]


def test_speaker_before_verb_with_clause_is_not_cut() -> None:
    """A relative clause that is the content's own subject is no speaker's post-modifier."""
    assert extract_text("Officials said the man who built the bridge had retired.")[0].content == (
        "the man who built the bridge had retired"
    )


RELAY_CASES = [
    ("Kyle Baker, a passenger on the flight, confirmed to CNN that the window fell off after takeoff.",
     "Kyle Baker", "CNN", "the window fell off after takeoff"),
    ("The airport also confirmed to Reuters that an emergency landing had occurred there.",
     "The airport", "Reuters", "an emergency landing had occurred there"),
    # an audience, not an outlet: no relay
    ("The mayor explained to reporters that the bridge was unsafe.", "The mayor", None, "the bridge was unsafe"),
]


@pytest.mark.parametrize(("sentence", "speaker", "via", "content"), RELAY_CASES)
def test_outlet_spoken_to_is_relay(sentence: str, speaker: str, via: str | None, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.via, c.content) for c in claims] == [(speaker, via, content)]


def test_outlet_spoken_to_needs_that() -> None:
    """ "spoke to Reuters that day": no `that` clause after the outlet, no claim."""
    assert extract_text("The mayor spoke to Reuters that day about the levy.") == []


INVERTED_CASES = [
    # a clause set off by commas inside the content, then "said X, apposition"
    ("The levy lacks support among farmers in the county, whom the council ignored for years, said Larry Dunn, "
     "director of the Rural Policy Center.", "Larry Dunn",
     "The levy lacks support among farmers in the county, whom the council ignored for years"),
    ("Some charges are hard to prove, while others do not matter to voters, said Grant Hale, a former prosecutor.",
     "Grant Hale", "Some charges are hard to prove, while others do not matter to voters"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), INVERTED_CASES)
def test_said_speaker_after_content_with_asides(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


NOT_INVERTED_CASES = [
    # the name after the verb opens the content's clause
    ("Ann Lee, the mayor, said Tom Hale was wrong.", "Ann Lee", "Tom Hale was wrong"),
    ("Ann Lee, the mayor, said Tom Hale, her rival, had lied.", "Ann Lee", "Tom Hale, her rival, had lied"),
    # "told X": X is the one told, not the speaker
    ("The plan will fail, Ann Lee, a pollster who studies the county, told Channel Four News.", "Ann Lee",
     "The plan will fail"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), NOT_INVERTED_CASES)
def test_speaker_before_verb_kept(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]
