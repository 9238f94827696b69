"""Precision and speakers on real-news shapes, in sentences of our own: verbs of saying used
for a physical act, an obligation or a sum; the teasers of a headline read as speakers; and
a participle after a joined clause credited to the first clause's speaker."""

from __future__ import annotations

import pytest

from claims.extract.literal import object_head
from tests.extracting import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ps")]


# Judging verbs that also name a physical act: a thing struck is no claim; a party, a deed or
# words judged aloud still are.
@pytest.mark.parametrize(
    "text",
    [
        "The senator slammed the door on her way out of the hearing.",
        "He slammed the door behind him and left the building.",
        "Gunmen attacked a police station near the border on Monday.",
        "Rebel fighters attacked the convoy as it crossed the river.",
        "The striker blasted the ball over the bar in the last minute.",
        "Loudspeakers blasted music across the square all night.",
        "Troops defended the bridge through the night.",
    ],
)
def test_a_physical_act_is_no_claim(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The union slammed the airline's decision to cut pensions.", "The union",
         "the airline's decision to cut pensions"),
        ("The challenger attacked the governor's record on schools.", "The challenger",
         "the governor's record on schools"),
        ("The senator blasted the agency for its slow response.", "The senator", "the agency for its slow response"),
        ("The minister defended her handling of the floods.", "The minister", "her handling of the floods"),
        ("The mayor attacked the council over the budget.", "The mayor", "the council over the budget"),
    ],
)
def test_judging_aloud_stays_a_claim(text: str, speaker: str, content: str) -> None:
    claims = _said(text)
    assert [(s, c) for s, _, c in claims] == [(speaker, content)]


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("the door on her way out", "door"),
        ("a police station near the border", "station"),
        ("the governor's record on schools", "record"),
        ("the ball over the bar.", "ball"),
        ("the hills above the town.", "town"),
        ("", ""),
    ],
)
def test_object_head(phrase: str, head: str) -> None:
    assert object_head(phrase, 0, len(phrase)) == head


# What someone ought to say has not been said: "should say", "should have told".
@pytest.mark.parametrize(
    "text",
    [
        "The council should say what it plans to do with the land.",
        "Regulators should have told the public about the leak much sooner.",
        "The board shouldn't announce the merger before the vote.",
    ],
)
def test_an_obligation_is_no_claim(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause that holds the obligation is one claim, to its end
        (
            "Critics said the mayor should have told residents about the leak.",
            [("Critics", "said", "the mayor should have told residents about the leak")],
        ),
        (
            "The council said it would sell the land to the school.",
            [("The council", "said", "it would sell the land to the school")],
        ),
    ],
)
def test_a_report_around_an_obligation_stays_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


# "add" with an amount right after it is a sum, not a remark.
@pytest.mark.parametrize(
    "text",
    [
        "The economy added 151,000 jobs in January.",
        "Retailers added about 20,000 workers last month.",
        "The new rule adds $2 billion to the deficit.",
        "Prices fell sharply, with the factory sector adding 9,000 jobs in March.",
    ],
)
def test_a_sum_added_is_no_claim(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," she added.', [("she", "added", "We are ready")]),
        ("The mayor added that repairs would take a year.", [("The mayor", "added", "repairs would take a year")]),
    ],
)
def test_a_remark_added_stays_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


# A headline's teaser ("Wow:", "Revealed:", "Just Leaked:", "Campaign Update:") is not a speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Wow: Harbor Town Finally Gets Its New Ferry After Ten Years.",
        "Revealed: What The Council Kept Out Of Its Budget Report.",
        "Just Leaked: The Memo That Shows The Plan Was Never Safe.",
        "Campaign Update: The Latest Count Of Delegates In Every State.",
        "Bombshell: The Mayor's Old Letters Tell A Very Different Story.",
    ],
)
def test_a_headline_teaser_is_no_speaker(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ruth Okafor: The clinic will stay open through the winter, whatever the board decides.", "Ruth Okafor"),
        ("River Watch: The water is cleaner now than at any time since the plant closed.", "River Watch"),
        ("Q: When will the ferry service resume after the storm?", "Q"),
    ],
)
def test_a_named_label_is_a_speaker(text: str, speaker: str) -> None:
    claims = extract_text(text, "ps")
    assert [(c.speaker, c.cue) for c in claims] == [(speaker, ":")]


# A participle after a joined clause with its own subject: that subject speaks, not the
# speaker of the claim before the joiner.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tenants say the rents are too high, and the union has sued the landlord over the rules, "
            "saying they break the law.",
            "the union",
        ),
        (
            "Residents said the road was unsafe, and the county closed it on Friday, citing a cracked culvert.",
            "the county",
        ),
        # no joined clause: the speaker of the claim before
        ("The mayor said the pier would close, adding that repairs would take a year.", "The mayor"),
        ('"The pier is unsafe," the mayor said, adding that repairs would take a year.', "the mayor"),
    ],
)
def test_participle_after_a_joined_clause(text: str, speaker: str) -> None:
    claims = extract_text(text, "ps")
    assert claims[-1].cue in {"saying", "citing", "adding"}
    assert claims[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor just said the pier would close in May.", "The mayor"),
        ("The council also said the pier would close in May.", "The council"),
    ],
)
def test_adverb_after_the_speaker_is_trimmed(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "ps")] == [speaker]


# After a verb that takes a noun-phrase object, a lower-case phrase its frame reads is the
# object, not an inverted speaker: "..., mocked the council and its engineers".
@pytest.mark.parametrize(
    "text",
    [
        "The mayor opened the bridge on Monday, mocked the council and its engineers, and left.",
        "The senator voted for the bill, praised the governor's budget plan, and went home.",
    ],
)
def test_an_object_is_not_an_inverted_speaker(text: str) -> None:
    assert all(c.rule != "content_first.inverted" for c in extract_text(text, "ps"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The bridge must stay closed until spring," said Ana Ruiz, the chief engineer.', "Ana Ruiz"),
        ('"The pier is safe," said the harbour master.', "the harbour master"),
    ],
)
def test_an_inverted_speaker_stays(text: str, speaker: str) -> None:
    claims = extract_text(text, "ps")
    assert [(c.speaker, c.rule) for c in claims] == [(speaker, "content_first.inverted")]


def test_elided_subject_after_a_judged_object_is_the_clause_subject() -> None:
    text = (
        "The vice president praised the senator, mocked the Republican Party and its leading contenders, "
        "and made it clear that no nominee had been chosen."
    )
    claims = extract_text(text, "ps")
    assert claims[-1].speaker == "The vice president"
    assert claims[-1].content == "no nominee had been chosen"
