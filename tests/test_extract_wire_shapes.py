"""Shapes of wire copy: an update posted "saying" what it says, a report credited "quoting"
its sources (the sources speak, the report is their relay), a time phrase opened by "Around",
and a refusal in effect ("was not able to provide answers"). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ws")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a message noun ("update", "notice") put out, then a participle of saying
        (
            "Around 8 a.m., the airline posted an update saying it had resumed some flights.",
            [("the airline", "saying", "it had resumed some flights")],
        ),
        (
            "The council issued a notice saying the pier would close.",
            [("The council", "saying", "the pier would close")],
        ),
        # an attribution after its content, then the sources it quotes: they speak, through it
        (
            "The ship lost power as it left the port, the network reported quoting unnamed officials.",
            [("unnamed officials", "reported", "The ship lost power as it left the port")],
        ),
        # an opening time phrase is no speaker
        ("Around noon, the mayor said the pier was safe.", [("the mayor", "said", "the pier was safe")]),
    ],
)
def test_wire_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mr Wilson was not able to provide answers about the vessel.", "was not able to provide answers"),
        ("The company was unable to give details on the outage.", "was unable to give details"),
        ("Officials could not provide details about the crash.", "could not provide details"),
    ],
)
def test_refusal_in_effect_is_no_comment(text: str, cue: str) -> None:
    [claim] = extract_text(text, "ws")
    assert (claim.cue, claim.kind.value) == (cue, "no_comment")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor could not provide the money.",
        "She was unable to attend the hearing.",
        "Around the corner, the shop stayed open.",
    ],
)
def test_no_refusal_and_no_speaker(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with <party> reporting ...": the media report
        (
            "The videos show cars on the bridge, with local media reporting at least 20 people are in the water.",
            [("local media", "reporting", "at least 20 people are in the water")],
        ),
        # a quotation, then "X was quoted as saying (by Y)": X's words, whole
        (
            '"These people are heroes. They saved lives," Governor Ann Moore was quoted as saying by the agency.',
            [("Governor Ann Moore", "saying", "These people are heroes. They saved lives")],
        ),
        ("The minister was quoted as saying talks had failed.", [("The minister", "saying", "talks had failed")]),
    ],
)
def test_media_and_quoted_as(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative "that" clause on the subject: its verb follows "that" or ends the clause
        ("The company that manages the ship said the crew was safe.", "The company that manages the ship"),
        ("The report that the agency released said the crew was safe.", "The report that the agency released"),
        # a complement "that" after a verb: the clause's own subject speaks
        ("He warned that the agency said the crew was safe.", "the agency"),
        # a leading "According to" a document described by a participle: the document
        ("According to a memo obtained by the Herald, the plant will close.", "a memo"),
    ],
)
def test_relative_that_and_described_documents(text: str, speaker: str) -> None:
    assert speaker in [s for s, _, _ in _triples(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "that" before the relative clause's own subject and the cue: the gap shape, unchanged
        ("It is a gap that homeland security experts say renders a wall moot.", "homeland security experts"),
        ("The firm cut costs that company executives said could hurt earnings.", "company executives"),
    ],
)
def test_relative_that_before_its_own_subject(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _triples(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Five people died, the newspaper reported, quoting hospital officials.", "hospital officials",
         "the newspaper"),
        ("All six crew were on board, Japanese state broadcaster NHK reported, citing police.", "police", "NHK"),
        ("The ship lost power, the network reported, citing two officials.", "two officials", "the network"),
    ],
)
def test_the_quoted_sources_speak_through_the_report(text: str, speaker: str, via: str) -> None:
    assert [(c.speaker, c.via) for c in extract_text(text, "ws")] == [(speaker, via)]
