"""Shapes of saying read from real coverage: a message put out as a bare plural ("issued
statements saying"), a second participle joined by "and"/"but" ("admitting fault but saying"),
clauses joined without a comma before the one that put the message out, one heard saying
something on a recording, and people told before a that-less clause."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "hj")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both unions issued statements saying they would appeal the ruling.",
            ("Both unions", "saying", "they would appeal the ruling"),
        ),
        (
            "Residents filed complaints alleging the landlord ignored the leaks.",
            ("Residents", "alleging", "the landlord ignored the leaks"),
        ),
    ],
)
def test_a_bare_plural_message(text: str, expected: tuple[str, str, str]) -> None:
    assert _said(text) == [expected]


def test_a_participle_joined_to_the_one_before() -> None:
    assert _said("The ferry firm issued a statement admitting fault but saying it had fixed the hull.") == [
        ("The ferry firm", "saying", "it had fixed the hull")
    ]
    assert _said("He left the hall, denying the charge and insisting he was innocent.") == [
        ("He", "denying", "the charge"),
        ("He", "insisting", "he was innocent"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "and" without a comma joins two clauses: the second clause's subject put the message out.
        ("The rulings can be appealed and the co-op issued a statement saying it was weighing options.", "the co-op"),
        (
            "Both rulings are subject to appeal and both the mill and the union issued statements saying "
            "they were weighing options.",
            "both the mill and the union",
        ),
        # One subject of two parties is no joined clause.
        ("The mayor and the council issued a statement saying the pool would shut.", "The mayor and the council"),
    ],
)
def test_the_clause_that_put_the_message_out(text: str, speaker: str) -> None:
    (claim,) = extract_text(text, "hj")
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the recording, the clerk was heard saying that the guest had broken the window.",
            ("the clerk", "saying", "the guest had broken the window"),
        ),
        (
            "The pilot can be heard on the cockpit recording telling controllers the engine had failed.",
            ("The pilot", "telling", "the engine had failed"),
        ),
    ],
)
def test_heard_saying(text: str, expected: tuple[str, str, str]) -> None:
    assert _said(text) == [expected]


def test_hearing_others_is_no_claim_of_the_hearer() -> None:
    assert _said("The clerk heard guests saying the room was loud.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot told controllers the engine had failed.", [("The pilot", "told", "the engine had failed")]),
        # The people told are the clause's subject: no clause follows them, no claim.
        ("The mayor told residents would lose power.", []),
    ],
)
def test_people_told_before_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Two asides after a noun phrase with "the": the phrase speaks, not the first aside.
        ("The chief, a veteran of the navy, who served two tours abroad, said the plan failed.", "The chief"),
        (
            "The harbour chief, a career officer with four decades of service, including two tours abroad "
            "and a post in the ministry, vowed to prosecute those responsible for the spill.",
            "The harbour chief",
        ),
        ("The firm's founder, a former banker, who built it from nothing, said profits fell.", "The firm's founder"),
        # An adverbial before the first comma is no speaker: the aside's phrase speaks.
        ("In 2008, a spokesman, who asked not to be named, said the plan failed.", "a spokesman"),
    ],
)
def test_a_phrase_before_two_asides(text: str, speaker: str) -> None:
    (claim,) = extract_text(text, "hj")
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Reported in the present or future, then the writer's account of the moment in the past.
        (
            "The general said he will form an interim council after the premier resigned and fled.",
            "he will form an interim council",
        ),
        (
            "The striker said it is a “dream come true” as his move to the club was confirmed on Monday.",
            "it is a “dream come true”",
        ),
        (
            "He told reporters the firm is sorry in the wake of an outage that hit airlines.",
            "the firm is sorry",
        ),
        # The speaker's own order of events stays: a perfect, a past, or no past in the tail.
        ("He said the mill has closed after the owners lost money.", "the mill has closed after the owners lost money"),
        ("He said the mill closed after the owners lost money.", "the mill closed after the owners lost money"),
        ("She said prices will rise after the storm.", "prices will rise after the storm"),
        # "as" as a preposition or a comparison; a participle after "to be"; a perfect in the tail.
        (
            "He says the mayor is not fit to serve as head of the board, which failed.",
            "the mayor is not fit to serve as head of the board, which failed",
        ),
        (
            "She announced she will resign her post after the vote, to be replaced by her deputy.",
            "she will resign her post after the vote, to be replaced by her deputy",
        ),
        (
            "They say a change will come only when the mayor has left office.",
            "a change will come only when the mayor has left office",
        ),
    ],
)
def test_the_writers_past_after_a_present_report(text: str, content: str) -> None:
    (claim,) = extract_text(text, "hj")
    assert claim.content == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contracted verb makes a clause ("she’s leaving", "they'd stay").
        (
            "They won the backing of Ann Lee, who said she’s leaving the board.",
            ("who", "said", "she’s leaving the board"),
        ),
        ("They won the backing of Ann Lee, who said they'd stay on.", ("who", "said", "they'd stay on")),
        # "that's" is a subject and its verb, not the word that opens the clause.
        ("He said that's the end of the talks.", ("He", "said", "that's the end of the talks")),
        ("He said that’s not true.", ("He", "said", "that’s not true")),
        # A negated infinitive of commitment.
        ("The governor vowed not to raise the fuel tax.", ("The governor", "vowed", "not to raise the fuel tax")),
        # Going on saying is saying.
        ("The mayor continued to warn that the dam could fail.", ("The mayor", "warn", "the dam could fail")),
        ("He began to insist that the vote was rigged.", ("He", "insist", "the vote was rigged")),
    ],
)
def test_contractions_negations_and_going_on(text: str, expected: tuple[str, str, str]) -> None:
    assert _said(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Will have more to say about what’s next later.",
        "He had nothing to say about what’s next.",
        "We will continue to say the plan is sound.",
        "The senator vowed revenge.",
    ],
)
def test_no_act_of_saying(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause with a contracted verb ("who’d") belongs to the subject.
        ("The local leaders who’d rather be campaigning said they would back the nominee.", "The local leaders"),
        # A manner adverb after an aside set off by commas is not the subject.
        ("The chief, Ann Ruiz, bluntly suggested that the plan amounted to a stunt.", "The chief, Ann Ruiz"),
        ("The firm, in a statement, quickly denied that it had been hacked.", "The firm"),
    ],
)
def test_subjects_with_contractions_and_adverbs(text: str, speaker: str) -> None:
    (claim,) = extract_text(text, "hj")
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's note on the whole report after a dash leaves the content before the cue.
        (
            "Deficits will end this year, the budget office reported on Tuesday -- a development that raises doubt.",
            ("the budget office", "reported", "Deficits will end this year", None),
        ),
        # A person told, named after a title with an outlet or a name before it; the outlet relays.
        ("Thor told Fox News host Tom Reyes that he would run.", ("Thor", "told", "he would run", "Fox News")),
        ("Thor told BlueSky founder Ann Ruiz he would run.", ("Thor", "told", "he would run", None)),
        # Those addressed before a colon.
        ("She says to voters: “This one is for you.”", ("She", "says", "This one is for you", None)),
        ("She said to the BBC: “This one is for you.”", ("She", "said", "This one is for you", "BBC")),
    ],
)
def test_notes_titles_and_audiences(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert [(c.speaker, c.cue, c.content, c.via) for c in extract_text(text, "hj")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Owning up to an act, as a gerund.
        ("She admitted using the fund for travel.", ("She", "admitted", "using the fund for travel", None)),
        ("He conceded losing the vote.", ("He", "conceded", "losing the vote", None)),
        # A noun-phrase object told to an outlet: the outlet relays, and is not content.
        ("A spokesperson confirmed the arrests to AFP.", ("A spokesperson", "confirmed", "the arrests", "AFP")),
        ("The firm announced the sale to Reuters on Monday.", ("The firm", "announced", "the sale", "Reuters")),
        # A clause keeps its own words.
        ("He said the licence fee would go to the BBC.", ("He", "said", "the licence fee would go to the BBC", None)),
    ],
)
def test_gerunds_and_outlets_told(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert [(c.speaker, c.cue, c.content, c.via) for c in extract_text(text, "hj")] == [expected]


def test_owning_up_to_a_thing_named_in_ing_is_no_gerund() -> None:
    # "funding", "meeting", "spending" name things more often than acts: a noun object, no claim
    assert _said("She acknowledged funding cuts.") == []
    assert _said("She acknowledged the meeting.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb with "did" joined to the clause before: the act of its subject.
        (
            "He spoke briefly but did note that he had won the most states.",
            [("He", "did note", "he had won the most states")],
        ),
        ("She left early and did say that the deal was off.", [("She", "did say", "the deal was off")]),
        # A bare verb after a plan stays none.
        ("He may seek to delay and publicly assert that the vote was rigged.", []),
    ],
)
def test_do_support_after_a_joiner(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator tweeted this: “The report is a fraud.”", ("The senator", "tweeted", "The report is a fraud")),
        ("She wrote the following: “I am heartbroken.”", ("She", "wrote", "I am heartbroken")),
    ],
)
def test_a_demonstrative_before_the_colon(text: str, expected: tuple[str, str, str]) -> None:
    assert _said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The main predicate resumes after a relative clause in the subject, in an irregular past.
        ("Ann Lee, who said she would run, won the seat.", "she would run"),
        ("Ann Lee, who told the paper she would run, left the party.", "she would run"),
        ("The coach, who said the team was tired, was fired.", "the team was tired"),
    ],
)
def test_the_predicate_resumes_after_a_relative_cue(text: str, content: str) -> None:
    (claim,) = extract_text(text, "hj")
    assert claim.content == content
