"""Speaker choice on real-news shapes, in sentences of our own: a share of the people asked
speaks through the poll that the sentence names."""

from __future__ import annotations

import pytest

from claims.extract.shares import is_share
from tests.extracting import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.via) for c in extract_text(text, "sc")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nearly two in three residents said the bus fares were too high, according to a city survey.",
         "a city survey"),
        ("About 58 percent of parents say the school day should start later, according to the district poll.",
         "the district poll"),
        ("According to a county survey, the vast majority of farmers said the new rules cost them money.",
         "a county survey"),
        ("In a state poll released Monday, 41 percent of voters said they would back the levy.",
         "a state poll released Monday"),
        ("In the harbor survey, six out of 10 fishermen said the catch had shrunk.", "the harbor survey"),
    ],
)
def test_a_share_speaks_through_the_poll(text: str, speaker: str) -> None:
    assert _speakers(text) == [(speaker, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share with no poll named in the sentence stays the speaker
        ("Six in 10 residents said the bus fares were too high.", [("Six in 10 residents", None)]),
        ("In the end, 41 percent of voters said they would back the levy.", [("41 percent of voters", None)]),
        # people counted, not a share: they speak, relayed by the outlet
        ("Two senators said the bill would pass, according to the Ledger.", [("Two senators", "the Ledger")]),
        ("The mayor said the fares would rise, according to a city survey.", [("The mayor", "a city survey")]),
        # a poll opening the sentence leaves a named speaker alone
        ("In a state poll released Monday, the governor said she trailed by two points.",
         [("the governor", None)]),
    ],
)
def test_other_speakers_stay(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("phrase", "share"),
    [
        ("61 percent of voters", True),
        ("a mere 9%", True),
        ("Nearly three in four", True),
        ("the vast majority of Americans", True),
        ("Half of the parents", True),
        ("More than 6 in 10 young voters", True),
        ("Two senators", False),
        ("The mayor", False),
        ("About 40 teachers", False),
        ("A third-party candidate", False),
        ("Majority Leader Ann Cole", False),
    ],
)
def test_is_share(phrase: str, share: bool) -> None:
    assert is_share(phrase) is share


# An event or an abstraction cannot say anything: a claim whose speaker phrase is headed by
# one is no claim. A party, a document or a message still speaks.
@pytest.mark.parametrize(
    "text",
    [
        "The fracas erupted a week after the mayor took office, calling the budget a disgrace.",
        "The governor's reaction to the flood reminded voters of the last storm.",
        "The council's strategy of delay suggests it wants the plan to fail.",
        "The trip suggests the senator is thinking about next year.",
        "The stadium attack was a turning point, highlighting the threats the city faces.",
    ],
)
def test_an_event_or_abstraction_is_no_speaker(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The fire chief erupted in anger, calling the budget a disgrace.", "The fire chief"),
        ("The governor's office said the flood was the worst in decades.", "The governor's office"),
        ("The council's statement suggests it wants the plan to fail.", "The council's statement"),
        ("The campaign said the trip would go ahead.", "The campaign"),
        ("The Attack, a local band, said the concert would go ahead.", "The Attack"),
    ],
)
def test_a_party_or_message_still_speaks(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


# A sentence adverb where the walk back from a participle stopped is no speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Perhaps not by chance, the mayor has lately started asking donors to pledge their support.",
        "Together they form what one critic has dubbed the river coalition, referring to the valley towns.",
    ],
)
def test_a_sentence_adverb_is_no_speaker(text: str) -> None:
    assert "Perhaps" not in [s for s, _ in _speakers(text)]
    assert "Together" not in [s for s, _ in _speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Perhaps the mayor said it best: the budget is a disgrace.", "the mayor"),
        ("Together, the two unions said the plan would cost jobs.", "the two unions"),
    ],
)
def test_a_party_after_a_sentence_adverb_still_speaks(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


# What a poll found is the poll's claim: a share saying it inside that claim is not a claim
# of its own. Shares side by side each keep theirs.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A city poll released Friday found 60 percent of residents said the fares were too high.",
         "A city poll released Friday"),
        ("Polls show as many as 30 percent of the mayor's backers say they will stay home.", "Polls"),
        ("The harbor survey showed that nearly three in four fishermen said the catch had shrunk.",
         "The harbor survey"),
    ],
)
def test_a_share_inside_a_finding_is_the_findings_content(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Six in 10 residents said the fares were too high, while about half said the buses were late.",
         ["Six in 10 residents", "about half"]),
        ("The mayor said that 60 percent of residents backed the plan.", ["The mayor"]),
    ],
)
def test_shares_side_by_side_keep_their_claims(text: str, speakers: list[str]) -> None:
    assert [s for s, _ in _speakers(text)] == speakers
