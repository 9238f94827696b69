"""How far an indirect content reaches, in sentences of our own: a content is not cut short
where a clause inside it opens (a complement clause holding an attribution of its own), and
still stops where a second, coordinated attribution starts."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _contents(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "cr")]


# A later attribution whose clause opens at a complementizer inside the content
# ("that", "if", "whether") is part of that content: the content is not cut there.
COMPLEMENT_KEPT = [
    (
        "The senator said he hoped that the auditor would announce the figures soon.",
        ("The senator", "said", "he hoped that the auditor would announce the figures soon"),
    ),
    (
        "The mayor said she would sign the bill if the council announced its support.",
        ("The mayor", "said", "she would sign the bill if the council announced its support"),
    ),
    (
        "The farmer says he doubts that the agency will announce new subsidies this year.",
        ("The farmer", "says", "he doubts that the agency will announce new subsidies this year"),
    ),
]

# A later attribution in a relative clause on a noun of the content ("who", "which",
# "whom", "whose") is reported within that content: the content is not cut there.
RELATIVE_KEPT = [
    (
        "The treasurer said the fee would hurt tenants who had warned against it last year.",
        ("The treasurer", "said", "the fee would hurt tenants who had warned against it last year"),
    ),
    (
        "The union leader said the plan ignored nurses whose managers had promised them a raise.",
        ("The union leader", "said", "the plan ignored nurses whose managers had promised them a raise"),
    ),
    (
        "The coach said the club had let down fans who said the tickets cost too much.",
        ("The coach", "said", "the club had let down fans who said the tickets cost too much"),
    ),
]

# A later attribution coordinated with the first, or opening an adverbial clause, still ends it.
STILL_CUT = [
    (
        "The mayor said the bridge was safe, and the engineer said it would reopen in May.",
        ("The mayor", "said", "the bridge was safe"),
    ),
    (
        "The mayor said the bridge was safe, but the engineer said it needed new cables.",
        ("The mayor", "said", "the bridge was safe"),
    ),
    (
        "The minister said the talks had failed when the envoy announced the new tariffs.",
        ("The minister", "said", "the talks had failed"),
    ),
]

# A relative clause set off by a comma is an aside of its own: its attribution still ends
# the content before it, and is a claim of its own.
ASIDE_RELATIVE = [
    (
        "They doubt the regulator, whose officials have said the fund is empty.",
        [("officials", "have said", "the fund is empty")],
    ),
]


@pytest.mark.parametrize(("text", "first"), COMPLEMENT_KEPT)
def test_complement_clause_stays_in_the_content(text: str, first: tuple[str, str, str]) -> None:
    assert _contents(text)[0] == first


@pytest.mark.parametrize(("text", "first"), STILL_CUT)
def test_coordinated_attribution_still_ends_the_content(text: str, first: tuple[str, str, str]) -> None:
    assert _contents(text)[0] == first


@pytest.mark.parametrize(("text", "first"), RELATIVE_KEPT)
def test_relative_clause_stays_in_the_content(text: str, first: tuple[str, str, str]) -> None:
    assert _contents(text)[0] == first


@pytest.mark.parametrize(("text", "expected"), ASIDE_RELATIVE)
def test_relative_aside_is_not_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _contents(text) == expected
