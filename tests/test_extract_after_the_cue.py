"""What follows an attribution placed after its content ("A, X said ..."): a modifier after the
cue's adjunct is not content ("in a surprise move suggesting ...", "at a briefing attended by
..."), an apposition left unclosed before the verb still names the speaker ("A, Ann Lee, the
bank's economist said"), and a time phrase inside the subject is neither speaker nor cue ("The
company hours earlier had said")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ac")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chief executive will leave the firm, the board announced Friday in a surprise move "
         "suggesting he was pushed out.",
         [("the board", "announced", "The chief executive will leave the firm")]),
        ("The plant will close, the company said at a briefing attended by workers.",
         [("the company", "said", "The plant will close")]),
        # the adjunct's own first word is no modifier: the content follows it
        ("On Sunday, the chair said following a press conference that the part had been found.",
         [("the chair", "said", "the part had been found")]),
    ],
)
def test_a_modifier_after_the_adjunct_is_not_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ticket prices will not rise this year, Maria Olsen, the festival's director said on Monday.",
         [("Maria Olsen", "said", "Ticket prices will not rise this year")]),
        ("The search will go on through the night, Paul Hankins, director of salvage for the navy said.",
         [("Paul Hankins", "said", "The search will go on through the night")]),
        ("Prices will rise, Ann Lee, the bank's economist said.", [("Ann Lee", "said", "Prices will rise")]),
        # a name inside the content, or a list of names, stays content
        ("The award went to Maria Olsen, the festival's director said.",
         [("the festival's director", "said", "The award went to Maria Olsen")]),
        ("The winners were Ann Lee, Tom Ray, Maria Olsen, the judges said.",
         [("the judges", "said", "The winners were Ann Lee, Tom Ray, Maria Olsen")]),
    ],
)
def test_an_unclosed_apposition_names_the_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company hours earlier had said he would step down.",
         [("The company", "had said", "he would step down")]),
        ("The company days later said he would step down.",
         [("The company", "said", "he would step down")]),
        ("The company earlier had said he would step down.",
         [("The company", "earlier had said", "he would step down")]),
    ],
)
def test_a_time_phrase_in_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Altman has been removed from the board, announced the AI startup on Friday.",
         [("the AI startup", "announced", "Altman has been removed from the board")]),
        ("Fares will rise in May, confirmed the airline on Tuesday.",
         [("the airline", "confirmed", "Fares will rise in May")]),
        # a noun phrase object, not a party: no claim
        ("The company cut 500 jobs, announced the layoffs on Friday.", []),
    ],
)
def test_a_party_after_the_verb_is_the_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition inside the reported clause of a subordinate clause
        ("While the release stated that Greg Brockman, the company's president, was stepping down as "
         "chairman, he would remain in his role.",
         [("the release", "stated", "Greg Brockman, the company's president, was stepping down as chairman")]),
        # a finding reported inside the claim, after a subordinator
        ("It says the move came after a review found the chief was not candid with the board.",
         [("It", "says", "the move came after a review found the chief was not candid with the board"),
          ("a review", "found", "the chief was not candid with the board")]),
        ("The mayor said the plant closed, after the union said it would strike.",
         [("The mayor", "said", "the plant closed"), ("the union", "said", "it would strike")]),
        # a possessive subject with a compound before the name
        ("Deibe's 17-year-old son, Anton, said the cabin was full of smoke.",
         [("Deibe's 17-year-old son, Anton", "said", "the cabin was full of smoke")]),
    ],
)
def test_clause_edges_inside_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


def test_a_letter_to_a_companys_staff_is_no_relay() -> None:
    text = ("The chief executive will step down at the end of the year, he announced in a Monday letter "
            "to Acme employees, amid a safety crisis at the planemaker.")
    claims = extract_text(text, "ac")
    assert [(c.speaker, c.via, c.content) for c in claims] == [
        ("he", None, "The chief executive will step down at the end of the year")
    ]
