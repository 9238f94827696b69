"""Where a claim's content starts and ends, and when one quotation is one claim: time phrases
are no objects, a list of noun phrases is one object, a quotation runs on past a participle's
claim. (text, expected) tables of (speaker, rule, content) or (speaker, content)."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Triple = tuple[str, str, str]  # speaker, rule, content


def _got(text: str) -> list[Triple]:
    return [(c.speaker, c.rule, c.content) for c in extract_text(text, "b", "Bay Courier")]


# --- a time phrase after `tweeted` (or any object verb) is when, never what -----------------

TIME_NOT_OBJECT: list[tuple[str, list[Triple]]] = [
    (
        '"We grieve with the whole valley," the governor tweeted the day after a driver claiming to be lost hit a bus.',
        [("the governor", "content_first", "We grieve with the whole valley")],
    ),
    (
        '"The levee held," the mayor tweeted hours after the river crested above the old town wall and the docks.',
        [("the mayor", "content_first", "The levee held")],
    ),
    ("The mayor tweeted on Monday, hours before the storm reached the coast.", []),
    ("The mayor tweeted the morning after the flood, thanking the crews.", []),
    ("The mayor tweeted Monday night, an hour before the storm.", []),
]

OBJECT_STILL: list[tuple[str, list[Triple]]] = [
    ("The mayor tweeted a warning to the ferry crews.", [("The mayor", "tweet.obj", "a warning to the ferry crews")]),
    ("The mayor tweeted the news on Monday.", [("The mayor", "tweet.obj", "the news")]),
    ("The coroner cited the poor state of the road.", [("The coroner", "cite.obj", "the poor state of the road")]),
    ("The senator tweeted this photo of the flood.", [("The senator", "tweet.obj", "this photo of the flood")]),
    ("The witness described the day the roof fell.", [("The witness", "describe.obj", "the day the roof fell")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_NOT_OBJECT + OBJECT_STILL)
def test_time_phrase_is_not_an_object(text: str, expected: list[Triple]) -> None:
    assert _got(text) == expected


# --- a list of noun phrases after `pointed to` / `cited` is one object --------------------------

LIST_OBJECT: list[tuple[str, list[Triple]]] = [
    (
        "Officials pointed to the rising costs, the delays and the lost contracts as reasons for the change.",
        [
            (
                "Officials",
                "point_to.obj",
                "the rising costs, the delays and the lost contracts as reasons for the change",
            )
        ],
    ),
    (
        "Allies of the mayor pointed to Ann Ruiz of Leeds, Tom Bell of York and Ada Price of Hull as possible heirs,"
        " should the vote fail.",
        [
            (
                "Allies of the mayor",
                "point_to.obj",
                "Ann Ruiz of Leeds, Tom Bell of York and Ada Price of Hull as possible heirs",
            )
        ],
    ),
    (
        "The harbour master cited the storm, the floods, the silt or the closed locks.",
        [("The harbour master", "cite.obj", "the storm, the floods, the silt or the closed locks")],
    ),
]

LIST_STOPS: list[tuple[str, list[Triple]]] = [
    # a comma, then no list: the object ends at the comma
    ("Officials pointed to the costs, and the council agreed.", [("Officials", "point_to.obj", "the costs")]),
    # a clause after the comma ("the mayor and the chief said"): no list item, and the
    # attribution after the content reports the officials' claim
    (
        "Officials pointed to the rising costs, the mayor and the police chief said.",
        [("the mayor and the police chief", "content_first", "Officials pointed to the rising costs")],
    ),
    # an apposition with a participle is no list item
    (
        "The union pointed to Tom Bell, an official overseeing the port and the docks.",
        [("The union", "point_to.obj", "Tom Bell")],
    ),
    ("The coroner cited the storm, the floods and the roads were closed.", [("The coroner", "cite.obj", "the storm")]),
]


@pytest.mark.parametrize(("text", "expected"), LIST_OBJECT + LIST_STOPS)
def test_list_of_noun_phrases_is_one_object(text: str, expected: list[Triple]) -> None:
    assert _got(text) == expected


# --- '"A," X said, referring to Y. "B."': one quotation A .. B ---------------------------------

RUNS_ON: list[tuple[str, list[Triple]]] = [
    (
        '"We will not stop," Ann Lee said, referring to the strike. "We will win."',
        [
            ("Ann Lee", "quote_runs_on", 'We will not stop," Ann Lee said, referring to the strike. "We will win'),
            ("Ann Lee", "participle.adding", "the strike"),
        ],
    ),
    (
        '"The pier is safe," the engineer said, adding that it would reopen soon.\n\n"We checked every pile."',
        [
            (
                "the engineer",
                "quote_runs_on",
                'The pier is safe," the engineer said, adding that it would reopen soon.\n\n"We checked every pile',
            ),
            ("the engineer", "participle.adding", "it would reopen soon"),
        ],
    ),
]

NOT_RUNS_ON: list[tuple[str, list[Triple]]] = [
    # a sentence between them: two claims
    (
        '"We will not stop," Ann Lee said. The strike goes on. "We will win."',
        [("Ann Lee", "content_first", "We will not stop")],
    ),
    # the quotation inside the reported clause is no quotation of its own to continue
    (
        'The mayor said the pier was "unsafe for now" and argued that it should close.\n\n"Our boats are ready."',
        [
            ("The mayor", "speaker_before", 'the pier was "unsafe for now"'),
            ("The mayor", "elided.previous", "it should close"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNS_ON + NOT_RUNS_ON)
def test_quotation_runs_on_past_a_participle_claim(text: str, expected: list[Triple]) -> None:
    assert _got(text) == expected


# --- "made it clear" + a clause without `that` ------------------------------------------------

MADE_CLEAR: list[tuple[str, list[Triple]]] = [
    ("The mayor made it clear he would not resign.", [("The mayor", "speaker_before", "he would not resign")]),
    ("She made it clear on Monday the talks had ended.", [("She", "speaker_before", "the talks had ended")]),
    ("The mayor made it clear to reporters that she would run.", [("The mayor", "speaker_before", "she would run")]),
]

NOT_MADE_CLEAR: list[tuple[str, list[Triple]]] = [
    ("The mayor made clear her opposition to the new tax.", []),  # a noun phrase, no clause
    ("The new rules made it clear.", []),
]


@pytest.mark.parametrize(("text", "expected"), MADE_CLEAR + NOT_MADE_CLEAR)
def test_made_it_clear_without_that(text: str, expected: list[Triple]) -> None:
    assert _got(text) == expected


# --- speaker edges and relays: "The Mail on Sunday" is a name; a place is no relay --------------

Quad = tuple[str, str | None, str]  # speaker, via, content

EDGES: list[tuple[str, list[Quad]]] = [
    ("The Mail on Sunday reported that the minister quit.", [("The Mail on Sunday", None, "the minister quit")]),
    # a dated subject: the date goes
    ("The Post on Sunday reported that the minister had quit.", [("The Post", None, "the minister had quit")]),
    ("Ann Cole on Sunday said that the talks had failed.", [("Ann Cole", None, "the talks had failed")]),
    ("The mail on Sunday said that the talks had failed.", [("The mail", None, "the talks had failed")]),
]

RELAYS: list[tuple[str, list[Quad]]] = [
    ("Speaking in Leeds, Ann Lee said the plan would fail.", [("Ann Lee", None, "the plan would fail")]),
    ('"The plan will fail," Ann Lee said, speaking in Leeds.', [("Ann Lee", None, "The plan will fail")]),
    ("Talking in Des Moines on Monday, Ann Lee said the plan would fail.", [("Ann Lee", None, "the plan would fail")]),
    # a medium still is one
    ("Writing in the Herald, Ann Lee said the plan would fail.", [("Ann Lee", "Herald", "the plan would fail")]),
    ('"The plan will fail," Ann Lee said, speaking to the Herald.', [("Ann Lee", "Herald", "The plan will fail")]),
    ("Speaking on Bay Radio, Ann Lee said the plan would fail.", [("Ann Lee", "Bay Radio", "the plan would fail")]),
]


@pytest.mark.parametrize(("text", "expected"), EDGES + RELAYS)
def test_speaker_edges_and_places(text: str, expected: list[Quad]) -> None:
    got = [(c.speaker, c.via, c.content) for c in extract_text(text, "b", "Bay Courier")]
    assert got == expected


# --- where it was said, at the content's end, belongs to the cue ----------------------------------

TRAILING_STATEMENT: list[tuple[str, list[Triple]]] = [
    (
        "The mayor said the plan would fail in a post on Bay Social.",
        [("The mayor", "speaker_before", "the plan would fail")],
    ),
    (
        "The mayor said the plan would fail, in a news conference on Thursday.",
        [("The mayor", "speaker_before", "the plan would fail")],
    ),
    (
        "Two ferry firms noted they were facing delays on Friday in posts on their websites.",
        [("Two ferry firms", "speaker_before", "they were facing delays on Friday")],
    ),
]

NOT_TRAILING_STATEMENT: list[tuple[str, list[Triple]]] = [
    # a passive: the statement is part of what was said
    (
        "The mayor said the plan was announced in a statement.",
        [("The mayor", "speaker_before", "the plan was announced in a statement")],
    ),
    # a quotation keeps its words
    (
        '"The plan will fail in a speech," the mayor said.',
        [("the mayor", "content_first", "The plan will fail in a speech")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_STATEMENT + NOT_TRAILING_STATEMENT)
def test_trailing_statement_is_not_content(text: str, expected: list[Triple]) -> None:
    assert _got(text) == expected
