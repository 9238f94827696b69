"""Shapes of saying that gave no claim at all, in sentences of our own: each rule with the
shapes it now reads and the ones it still refuses."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ab")]


# "X went on to say, "..."": a comma, then a quotation, after an act of saying by the subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor went on to say, “There are streets in this town that are very hard to reach.”",
            [("The mayor", "say", "There are streets in this town that are very hard to reach")],
        ),
        (
            'The letter went on to say, "Fewer members pay the dues that keep the club open."',
            [("The letter", "say", "Fewer members pay the dues that keep the club open")],
        ),
        (
            "She went on to say that the ferry would stop in May.",
            [("She", "say", "the ferry would stop in May")],
        ),
    ],
)
def test_went_on_to_say_then_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper grinned, as if to say, “Did you see that save?”",
        "Needless to say, the ferry did not run on Sunday.",
        "The mayor wanted to say, “Thank you all for coming.”",
        "The clerk declined to say, “at least not yet,” when the vote would be held.",
    ],
)
def test_no_act_of_saying_before_to(text: str) -> None:
    assert [c for c in _triples(text) if c[1] == "say"] == []


# A verb of saying aloud ("chanted", "shouted", "yelled") and the quotation right after it:
# the quotation is what was said, and all of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Holding signs, the strikers chanted “Close the mine, save the river.”",
            [("the strikers", "chanted", "Close the mine, save the river")],
        ),
        (
            'The crowd yelled "Four more years!" as the mayor walked in.',
            [("The crowd", "yelled", "Four more years!")],
        ),
        (
            "One man shouted “You lie!” at the mayor during the council meeting.",
            [("One man", "shouted", "You lie!")],
        ),
        (
            'The nurses marched past the hospital, chanting "fair pay now" after the talks failed.',
            [("The nurses", "chanting", "fair pay now")],
        ),
    ],
)
def test_quotation_said_aloud(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Their chants of “Four more years” filled the hall.",
        "The fans shouted at the referee for most of the second half.",
        "The crowd chanted for an hour outside the town hall.",
        "The chants grew louder as the count went on.",
    ],
)
def test_saying_aloud_without_quotation(text: str) -> None:
    assert _triples(text) == []


# "As X put it, "..."": "put it" reports a quotation after a comma or a colon, never a thing
# put somewhere; a noun form before a comma and a quotation stays a noun when nothing speaks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As one engineer put it, “The bridge is older than all of us.”",
            [("one engineer", "put it", "The bridge is older than all of us")],
        ),
        (
            'As the chief engineer, a veteran of the port, put it: "This bridge will not be repaired."',
            [("the chief engineer", "put it", "This bridge will not be repaired")],
        ),
        (
            "Or, as the Herald's critic puts it, ''The river is no longer our friend.''",
            [("the Herald's critic", "puts it", "The river is no longer our friend")],
        ),
    ],
)
def test_put_it_then_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor put it on the table and left.",
        "To put it bluntly, the bridge is unsafe.",
        "He put it to the voters in May.",
        "Her notes, “scribbled in haste,” were found in the archive.",
    ],
)
def test_put_it_without_quotation(text: str) -> None:
    assert _triples(text) == []


# "..., as she said on Monday in Dover.": an as-clause whose verb is followed by an adjunct
# alone reports nothing after its verb (the adjunct is no content).
@pytest.mark.parametrize(
    "text",
    [
        "The mayor pledges to ''keep the ferry running for everyone,'' as she said on Wednesday in Dover, N.H.",
        "The vote matters, as the host said in April while promoting his new book.",
        "That was as damaging as anything the councillor said on stage about the budget.",
    ],
)
def test_as_clause_with_adjunct_only(text: str) -> None:
    assert [c for c in _triples(text) if c[1] == "said" and c[2].startswith(("on ", "in ", "while "))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crowd cheered as the mayor promised to keep the ferry running all winter.",
            [("the mayor", "promised", "to keep the ferry running all winter")],
        ),
        (
            "As the mayor said on Monday, the ferry will run all winter.",
            [("the mayor", "said", "the ferry will run all winter")],
        ),
    ],
)
def test_as_clause_with_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


# A line in title case is a headline or a subheading: never a claim, as the annotation
# conventions have it ("Mayor Says ..." gives none, whatever its verb).
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Says He Never Promised To Close The Bridge.\n\nThe council met on Monday.",
        "Ferry Plan Is Doomed, Former Harbour Master Says.\n\nThe council met on Monday.",
        "New Polls Show Double-Digit Gaps In The Council Race.\n\nThe council met on Monday.",
    ],
)
def test_title_case_headline_is_no_claim(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dover Terror Suspect Named By Police Before The Briefing.\n\nThe council met on Monday.",
        "Flood Attack Leaves Harbour Town In Shock.\n\nThe council met on Monday.",
        "The council met on Monday. Harbour Master Says Goodbye To The Ferry Fleet. It was sunny.",
        "Ann Lee Bookshop Tells Stories About The Valley and its people.\n\nThe council met on Monday.",
    ],
)
def test_not_a_title_case_verb(text: str) -> None:
    assert _triples(text) == []


def test_title_case_label_line_stays_a_label() -> None:
    text = "Harbour Chief: Ferry Says Goodbye To The Valley.\n\nThe council met on Monday."
    assert [c[0] for c in _triples(text)] in ([], ["Harbour Chief"])


# Refusals to speak: "declined to confirm ...", "refused to answer", "declined to speculate",
# "declined an interview request"; not a refusal to act ("refused to sign the deal").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry company aides declined to confirm the new timetable.",
            [("Ferry company aides", "declined to confirm", "declined to confirm the new timetable")],
        ),
        (
            "The mayor refused to answer on several occasions.",
            [("The mayor", "refused to answer", "refused to answer on several occasions")],
        ),
        (
            "Reyes declined to speculate on the result of the vote.",
            [("Reyes", "declined to speculate", "declined to speculate on the result of the vote")],
        ),
        (
            "Earlier on Sunday, Cole declined an interview request from the Herald.",
            [("Cole", "declined an interview request", "declined an interview request from the Herald")],
        ),
        (
            "Cole declined multiple requests for an interview for this article.",
            [(
                "Cole",
                "declined multiple requests for an interview",
                "declined multiple requests for an interview for this article",
            )],
        ),
    ],
)
def test_refusal_to_speak(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor refused to sign the harbour deal.",
        "The club declined to renew its lease on the pier.",
        "The board declined an offer from the ferry company.",
    ],
)
def test_refusal_to_act(text: str) -> None:
    assert _triples(text) == []


# A poll or survey is a source even when the writer names it as one in hand ("The poll
# shows ..."): its finding is the count of those asked, never the writer's own reading; other
# definite documents still need `that` or a named origin.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The most recent poll shows Cole has fallen to 27 percent.",
            [("The most recent poll", "shows", "Cole has fallen to 27 percent")],
        ),
        (
            "The latest Herald poll showed Cole leading the field with 31 percent.",
            [("The latest Herald poll", "showed", "Cole leading the field with 31 percent")],
        ),
        (
            "The survey finds only a small gap between the two valleys.",
            [("The survey", "finds", "only a small gap between the two valleys")],
        ),
    ],
)
def test_definite_poll_finding(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company's annual report shows a small loss for the year.",
        "The video shows a man running across the bridge.",
        "The data suggests a shift in the harbour traffic.",
        "The latest poll suggests a slow shift in the valley.",
    ],
)
def test_definite_document_without_that(text: str) -> None:
    assert _triples(text) == []


# "with polls showing ...": a record's finding after "with" needs no `that` either; a
# depiction does not report ("with the video showing a crowded deck").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cole campaigned hard, with new polls showing a tight race in the valley.",
            [("new polls", "showing", "a tight race in the valley")],
        ),
        (
            "Cole kept going, with polls showing her rival's lead having evaporated.",
            [("polls", "showing", "her rival's lead having evaporated")],
        ),
        ("The ferry kept running, with the video showing a crowded deck.", []),
    ],
)
def test_with_record_showing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


# "Asked by X whether ...": the question is the asker's claim, from its opening word to the
# clause's end; the answer after it stays the answerer's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked by the host whether the ferry would run, the mayor said it would.",
            [("the host", "Asked", "whether the ferry would run"), ("the mayor", "said", "it would")],
        ),
        (
            "The mayor was asked by a reporter if the bridge was safe.",
            [("a reporter", "asked", "if the bridge was safe")],
        ),
        (
            "When asked by Lee on Thursday about raising the toll, Cole said it would stay.",
            [("Lee", "asked", "about raising the toll"), ("Cole", "said", "it would stay")],
        ),
        (
            "Asked by Reyes to respond to the council's criticism, Cole said, “We did our best.”",
            [("Reyes", "Asked", "to respond to the council's criticism"), ("Cole", "said", "We did our best")],
        ),
    ],
)
def test_asked_by_asker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fee was asked by the council.",
        "The mayor asked the host whether the ferry would run.",
    ],
)
def test_asked_by_without_question(text: str) -> None:
    assert [c for c in _triples(text) if c[0] in ("the council", "the host")] == []
