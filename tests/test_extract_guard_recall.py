"""Guard recall: known cues that a guard refused although they report something said, in
sentences of our own. Each rule has the shapes it lets through and the ones it still refuses."""

from __future__ import annotations

import pytest

from claims.extract.object_reports import agent_subject
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "gr")]


# A weak cue of saying aloud and its noun-phrase object (`object_reports`).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master expressed concern about the silt in the channel.",
            [("The harbour master", "expressed", "concern about the silt in the channel")],
        ),
        (
            "Ms. Adeyemi cited rising insurance costs for the closure.",
            [("Ms. Adeyemi", "cited", "rising insurance costs for the closure")],
        ),
        (
            "The union dismissed the offer as an insult to its members.",
            [("The union", "dismissed", "the offer as an insult to its members")],
        ),
        (
            "Councillor Brandt stressed his record on housing.",
            [("Councillor Brandt", "stressed", "his record on housing")],
        ),
        (
            "She mentioned the unpaid invoices twice during the hearing.",
            [("She", "mentioned", "the unpaid invoices twice")],
        ),
        (
            "The governor has repeatedly blamed the drought for the price of bread.",
            [("The governor", "has repeatedly blamed", "the drought for the price of bread")],
        ),
        (
            "Critics of the scheme decried its cost to small farmers.",
            [("Critics of the scheme", "decried", "its cost to small farmers")],
        ),
        (
            "The treasurer suggested a pause in spending.",
            [("The treasurer", "suggested", "a pause in spending")],
        ),
        (
            "The ferry operator pointed to the storm damage on the pier.",
            [("The ferry operator", "pointed to", "the storm damage on the pier")],
        ),
    ],
)
def test_weak_cue_reports_its_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # not a verb of saying aloud: a thing found, kept, promised or posted
        "The climbers found a way around the glacier.",
        "The champion maintained a narrow lead after the third round.",
        "The bakery promised customers fresh bread every morning.",
        "The shop posted a small profit in the spring.",
        # a belief's object
        "The fishermen feared the worst.",
        # a preposition, a time phrase or an adverb where the object would be
        "The bells echoed across the valley.",
        "The mayor tweeted late on Sunday night.",
        # no party speaks: a thing read by the writer
        "The pattern suggests a shift in buying habits.",
        "The breadth of the damage highlighted the weakness of the old dikes.",
        # a document re-read by the writer needs `that`
        "The annual survey suggests a slow recovery.",
    ],
)
def test_weak_cue_object_still_refused(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "defended X, saying Y": two acts of saying, the object's and the participle's
        (
            "The coach defended his tactics, saying the pitch was too wet.",
            [("The coach", "defended", "his tactics"), ("The coach", "saying", "the pitch was too wet")],
        ),
        (
            "The union criticised the new rota, arguing that nurses would lose rest days.",
            [
                ("The union", "criticised", "the new rota"),
                ("The union", "arguing", "nurses would lose rest days"),
            ],
        ),
        # the participle names the object again with a pronoun: its claim holds the object
        (
            "The union criticised the new rota, calling it unsafe for patients.",
            [("The union", "calling", "unsafe for patients")],
        ),
        (
            "Farmers bemoaned the late rains, describing them as the worst in years.",
            [("Farmers", "describing", "them as the worst in years")],
        ),
    ],
)
def test_object_before_a_participle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


def test_verb_inside_the_previous_claim_stays_part_of_it() -> None:
    (claim,) = extract_text("The inspector said on Monday that the pilot lamented the state of the runway.", "gr")
    assert (claim.speaker, claim.cue, claim.content) == (
        "The inspector",
        "said",
        "the pilot lamented the state of the runway",
    )


@pytest.mark.parametrize(
    ("subject", "speaks"),
    [
        ("She", True),
        ("Ms. Okafor", True),
        ("the transport department", True),
        ("Local farmers", True),
        ("The harbour master", True),
        ("This trend", False),
        ("The breadth of the damage", False),
        ("it", False),
    ],
)
def test_agent_subject(subject: str, speaks: bool) -> None:
    assert agent_subject(subject, 0, len(subject)) is speaks


# A participle with no comma before it, after a message the subject put out or a verb of
# going on or starting (`participles`).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry company released a statement saying that crossings would resume on Friday.",
            [("The ferry company", "saying", "crossings would resume on Friday")],
        ),
        (
            "Later, the mayor's office sent an email to residents urging them to boil their water.",
            [("the mayor's office", "urging", "them to boil their water")],
        ),
        (
            "Two tenants filed a $2 million lawsuit in March alleging that the landlord ignored the mould.",
            [("Two tenants", "alleging", "the landlord ignored the mould")],
        ),
        (
            "The lawyer kept asking whether the witness had read the report.",
            [("The lawyer", "asking", "whether the witness had read the report")],
        ),
        (
            "Before half-time, the coach had begun calling the referee a disgrace.",
            [("the coach", "calling", "the referee a disgrace")],
        ),
    ],
)
def test_participle_after_a_message_or_an_aspect_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no verb puts the message out
        "In his statement announcing the merger, the chief thanked the staff.",
        # a participle of doing, not of saying
        "The council released a report containing new flood maps.",
        "The crowd kept cheering long after the final whistle.",
        # the message is too far from the participle
        "The board issued a statement on the future of the old yard early today explaining nothing.",
    ],
)
def test_participle_without_a_speaking_subject(text: str) -> None:
    assert _triples(text) == []


# A progressive cue whose auxiliary an adverb or a contraction hides (`verbchecks.active_cue`).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She’s predicting the bridge will reopen by June.",
            [("She", "’s predicting", "the bridge will reopen by June")],
        ),
        (
            "Union leaders are increasingly warning that the depot will close.",
            [("Union leaders", "are increasingly warning", "the depot will close")],
        ),
        (
            "The governor is already telling donors that the race is over.",
            [("The governor", "is already telling", "the race is over")],
        ),
    ],
)
def test_progressive_cue_behind_an_adverb_or_a_contraction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He is not saying what the plan will cost.",
        "She’s never asking for favours.",
        "The river is slowly adding silt to the harbour.",
    ],
)
def test_no_hidden_progressive_cue(text: str) -> None:
    assert _triples(text) == []


# After `that`, a clause opened by a phrase with no comma of its own (`clauses.clause_follows`).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said that for years the council had ignored the pier.",
            [("The mayor", "said", "for years the council had ignored the pier")],
        ),
        (
            "Residents say that by closing the road the county has cut them off.",
            [("Residents", "say", "by closing the road the county has cut them off")],
        ),
    ],
)
def test_clause_after_an_opening_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He said that to reporters on Monday.", "The fares that she said that about were cut."],
)
def test_that_as_an_object_is_no_clause(text: str) -> None:
    assert _triples(text) == []


# A participle of saying aloud and its noun-phrase object (`object_reports.participle_object`).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator fined the lender, citing repeated breaches of the lending rules.",
            [("The regulator", "citing", "repeated breaches of the lending rules")],
        ),
        (
            "“We lost the whole harvest,” the farmer said, blaming the late frost for the damage.",
            [
                ("the farmer", "said", "We lost the whole harvest"),
                ("the farmer", "blaming", "the late frost for the damage"),
            ],
        ),
    ],
)
def test_participle_reports_its_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an aside before the sentence's own cue: that cue's claim stands
        "Economists, citing a survey of shops, warn that prices will rise.",
        # no party speaks
        "The storm closed the port, highlighting the weakness of the sea wall.",
        # a time phrase, not an object
        "The minister resigned, citing last week.",
    ],
)
def test_participle_object_refused(text: str) -> None:
    assert [c for c in _triples(text) if c[1] != "warn"] == []


# Verbs of saying with another common sense report their object only in the saying sense
# (`object_reports._said_sense`): "ask"/"post" when a thing said, a question or a quotation
# is in the object; "recall" when no count opens it (a year is no count) and no quoted name follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The host asked the mayor a blunt question about the budget.",
            [("The host", "asked", "the mayor a blunt question about the budget")],
        ),
        (
            "The moderator asked the crowd whether anyone had voted early.",
            [("The moderator", "asked", "the crowd whether anyone had voted early")],
        ),
        (
            "The mayor posted a message on her page about the closure.",
            [("The mayor", "posted", "a message on her page about the closure")],
        ),
        (
            "The senator recalled her years on the farm.",
            [("The senator", "recalled", "her years on the farm")],
        ),
        (
            "The senator recalled the 1998 flood vividly.",
            [("The senator", "recalled", "the 1998 flood vividly")],
        ),
    ],
)
def test_said_sense_of_a_verb_with_two_senses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The reporter asked the minister for the missing funds.",
        "The shop posted a small profit in the spring.",
        "She posted a video that showed the flooding.",
        "The carmaker recalled 40,000 vehicles in March.",
        "The carmaker recalled nearly 1.2 million vehicles in March.",
        "The firm recalled some 300 heaters last winter.",
        "The toy maker recalled thousands of scooters.",
        "The coach recalled the old stadium, “the Shed”, fondly.",
        # tagged no further: their other sense is as common as the saying one
        "The minister hailed a taxi.",
        "The mayor promised a review.",
        "The singer revealed a new album.",
        "Two lawyers challenged the ruling.",
    ],
)
def test_other_sense_of_a_verb_with_two_senses(text: str) -> None:
    assert _triples(text) == []


# A participle of saying that only leads into the words said ("posted on X saying: “...”"):
# the content is the words said, a quotation stays direct; a gerund subject of the content
# ("said saying sorry was hard") is the content itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master posted on X saying: “The port will reopen on Monday after checks,”",
            [("The harbour master", "posted", "The port will reopen on Monday after checks", "direct")],
        ),
        (
            "The mayor wrote on Facebook saying: “We will rebuild the bridge.”",
            [("The mayor", "wrote", "We will rebuild the bridge", "direct")],
        ),
        (
            "The mayor wrote on Facebook saying that the bridge would be rebuilt.",
            [("The mayor", "wrote", "the bridge would be rebuilt", "indirect")],
        ),
        (
            "He said saying sorry was hard for him.",
            [("He", "said", "saying sorry was hard for him", "indirect")],
        ),
        (
            "She said writing letters to the council had achieved nothing.",
            [("She", "said", "writing letters to the council had achieved nothing", "indirect")],
        ),
    ],
)
def test_a_leading_participle_of_saying_is_not_content(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "gr")]
    assert got == expected
