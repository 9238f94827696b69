"""An outlet named after its description ("told public broadcaster NHK", "the French daily Le
Monde") is the relay, and the content starts after it; an occasion after an inverted speaker
('"...," said the president in an interview with ...') belongs to the cue, not the speaker."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.via, c.content) for c in extract_text(text, "md")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister told public broadcaster NHK that the reactor was stable.",
         [("The minister", "NHK", "the reactor was stable")]),
        ("The president told the French daily Le Monde that Europe must rearm.",
         [("The president", "Le Monde", "Europe must rearm")]),
        ("The minister told the newspaper Haaretz that a deal was close.",
         [("The minister", "Haaretz", "a deal was close")]),
        ("He said in an interview with the German newspaper Die Zeit that the talks had failed.",
         [("He", "Die Zeit", "the talks had failed")]),
        ('"Europe must rearm," the president told the French daily Le Monde.',
         [("the president", "Le Monde", "Europe must rearm")]),
        # a nationality before the description
        ("The mayor told Swedish newspaper Aftonbladet that the evacuation was complete.",
         [("The mayor", "Aftonbladet", "the evacuation was complete")]),
        ("The mayor told German public broadcaster ZDF on Sunday that the dam had held.",
         [("The mayor", "ZDF", "the dam had held")]),
        # no name after the description: the description is the relay
        ("The minister told state television that the reactor was stable.",
         [("The minister", "state television", "the reactor was stable")]),
        ("The minister told the local paper on Friday that a deal was close.",
         [("The minister", "the local paper", "a deal was close")]),
        # a name that holds a media word stays whole
        ("The minister told the Daily Mail that a deal was close.",
         [("The minister", "Daily Mail", "a deal was close")]),
    ],
)
def test_the_named_outlet_is_the_relay(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Europe must rearm," said the president in an interview with the newspaper.',
         [("the president", "the newspaper", "Europe must rearm")]),
        ('"The plan is dead," said the ministry in a statement on Monday.',
         [("the ministry", None, "The plan is dead")]),
        # a relative clause with "calls" is no occasion
        ("Polls in the state he calls a second home show him with a big lead.",
         [("Polls in the state he calls a second home", None, "him with a big lead")]),
    ],
)
def test_the_occasion_is_not_the_speakers(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet that cites its sources relays them
        ("Citing unnamed sources, Bloomberg reported that the bank was preparing a bid.",
         [("unnamed sources", "Bloomberg", "the bank was preparing a bid")]),
        ("Citing people familiar with the matter, The Wall Street Journal reported that the deal was close.",
         [("people familiar with the matter", "Wall Street Journal", "the deal was close")]),
    ],
)
def test_an_outlet_citing_its_sources_relays_them(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sources an outlet cites are no claim and no content
        ("Reuters reported that the company was exploring a sale, citing three people familiar with the matter.",
         [("Reuters", None, "the company was exploring a sale")]),
        ("The newspaper reported, citing unnamed officials, that the minister would resign.",
         [("The newspaper", None, "the minister would resign")]),
        # a reason or a record cited is a claim of its own
        ("The senator opposed the bill, citing its cost.", [("The senator", None, "its cost")]),
        ("Turnout was low, election officials said, citing preliminary figures.",
         [("election officials", None, "Turnout was low"), ("election officials", None, "preliminary figures")]),
    ],
)
def test_cited_sources_are_no_claim(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected
