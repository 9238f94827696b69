"""Detection recall on real-news shapes, in sentences of our own: a second cue between two
quotations, and the cues and complements added for claims that were missed."""

from __future__ import annotations

import pytest

from claims.models import Claim
from tests.extracting import extract_text


def _claims(text: str) -> list[Claim]:
    return extract_text(text, "dr")


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in _claims(text)]


# '"A," X said, adding: "B"': the second cue between the quotations makes two claims.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The ferry is our lifeline. It must keep running," Ruth Okafor said, adding: "We will pay for it."',
            [
                ("Ruth Okafor", "said", "The ferry is our lifeline. It must keep running"),
                ("Ruth Okafor", "adding", "We will pay for it"),
            ],
        ),
        (
            "“The depot stays open,” the manager said, adding, “Nobody loses a job this year.”",
            [
                ("the manager", "said", "The depot stays open"),
                ("the manager", "adding", "Nobody loses a job this year"),
            ],
        ),
    ],
)
def test_second_cue_between_quotations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no cue between the pieces: one quotation interrupted by its attribution
        ('"The ferry is our lifeline," Ruth Okafor said, "and it must keep running."',
         'The ferry is our lifeline," Ruth Okafor said, "and it must keep running'),
        ('"The depot stays open," the manager said. "Nobody loses a job this year."',
         'The depot stays open," the manager said. "Nobody loses a job this year'),
    ],
)
def test_one_quotation_under_one_cue_stays_one_claim(text: str, content: str) -> None:
    claims = _claims(text)
    assert [c.content for c in claims] == [content]


# Verbs of judging aloud with a noun-phrase object ("blasted the plan", "mocked X for Y",
# "portrayed X as Y", "railed against X"): the object and what follows it is the claim.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The senator blasted the governor's budget on Tuesday.", "The senator", "blasted", "the governor's budget"),
        ("The union slammed the airline for cutting pensions.", "The union", "slammed",
         "the airline for cutting pensions"),
        ("The mayor mocked her rival for losing three wards.", "The mayor", "mocked",
         "her rival for losing three wards"),
        ("The coach touted the club's new training ground.", "The coach", "touted", "the club's new training ground"),
        ("The chancellor echoed the bank's warning about prices.", "The chancellor", "echoed",
         "the bank's warning about prices"),
        ("The campaign portrayed the mayor as a friend of developers.", "The campaign", "portrayed",
         "the mayor as a friend of developers"),
        ("The candidate railed against the new trade deal.", "The candidate", "railed against", "the new trade deal"),
        ("The firm rebutted the regulator's findings.", "The firm", "rebutted", "the regulator's findings"),
        ("The judge chided the lawyers for their late filings.", "The judge", "chided",
         "the lawyers for their late filings"),
        ("The minister derided the report as a work of fiction.", "The minister", "derided",
         "the report as a work of fiction"),
    ],
)
def test_judging_verbs_with_an_object(text: str, speaker: str, cue: str, content: str) -> None:
    assert _pairs(text) == [(speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator blasted them.",  # a bare pronoun: nothing said about what
        "The mayor touted it.",
        "A blast shook the harbour on Monday.",  # the noun
        "Her voice echoed in the empty hall.",  # no object
        "The echoes of the storm were heard for miles.",
        "The minister hailed a taxi.",  # `a` + one word is no object of judging
        "The actor portrayed a nurse in the film.",  # no `as`
        "Workers fixed the rail against the wall.",  # the noun
    ],
)
def test_judging_verbs_not_claims(text: str) -> None:
    assert _pairs(text) == []


def test_a_noun_rail_leaves_the_cue_after_it() -> None:
    # "rail" alone is no cue (only "rail against" is): the subject before "told" stays whole
    claims = _claims("A rival bidder, rail operator Lund Group, told reporters on Tuesday it was ready to sign.")
    assert [(c.cue, c.content) for c in claims] == [("told", "it was ready to sign")]


# A participle linked to the clause before it by a subordinator or after adverbs: the clause
# subject (or the speaker of the claim just before) said it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said the pier was safe before adding that repairs would take a year.",
            [("The mayor", "said", "the pier was safe"), ("The mayor", "adding", "repairs would take a year")],
        ),
        (
            "The mayor was booed after telling the crowd that fares would rise.",
            [("The mayor", "telling", "fares would rise")],
        ),
        (
            "The governor defended the budget, wrongly suggesting that it would save money.",
            [("The governor", "defended", "the budget"), ("The governor", "suggesting", "it would save money")],
        ),
        (
            '"We will not give up," the coach said, while insisting that the team needed a new striker.',
            [("the coach", "said", "We will not give up"), ("the coach", "insisting", "the team needed a new striker")],
        ),
    ],
)
def test_linked_participle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor closed the pier after adding new fences.",  # no clause after the participle
        "The mayor left the hall without saying a word.",  # `without`: nothing said
        "One month after announcing the merger, the bank closed ten branches.",  # no clause before the link
        "The mayor, after noting the hour, closed the meeting.",
    ],
)
def test_linked_participle_not_claims(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The senator retweeted a supporter's claim about the vote.", "The senator", "retweeted",
         "a supporter's claim about the vote"),
        ("The coach boasted about his team's unbeaten run.", "The coach", "boasted", "his team's unbeaten run"),
        ("The minister expressed her support for the new law.", "The minister", "expressed",
         "her support for the new law"),
    ],
)
def test_posting_boasting_expressing_an_object(text: str, speaker: str, cue: str, content: str) -> None:
    assert _pairs(text) == [(speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator retweeted it.",
        "The coach boasted about it.",
        "The minister expressed it.",
        "Thanks to the volunteers, the park reopened.",  # thanking is no cue
        "The mayor pleaded guilty to fraud.",
    ],
)
def test_posting_boasting_expressing_not_claims(text: str) -> None:
    assert _pairs(text) == []


# A noun that is also a cue form ("show", "report", "claims"), then a relative `that` and its
# verb: the noun's relative clause, no claim ("a slide show that predicted ...").
@pytest.mark.parametrize(
    "text",
    [
        "The strategist walked them through a slide show that predicted victory in every state.",
        "Officials released a new report that found the bridge unsafe.",
        "The network aired a talk show that claimed the vote was rigged.",
    ],
)
def test_noun_then_relative_that_not_claims(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The polls show that the race is tight.", "The polls", "the race is tight"),
        ("The data show that turnout fell.", "The data", "turnout fell"),
        ("The analyst notes that Harbour Holdings has cut costs.", "The analyst", "Harbour Holdings has cut costs"),
    ],
)
def test_cue_then_that_clause_still_claims(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in _claims(text)][:1] == [(speaker, content)]
