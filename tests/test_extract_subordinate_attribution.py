"""An attribution in a subordinate clause before the main clause ("While the mayor said the
plan was sound, critics ..."): the content ends at the comma that closes the subordinate
clause, where a subject and its verb open the main clause. "As X noted, ..." is an aside
whose content is the main clause; an adjunct that opens the content ("told them that
despite the delays, he ...") keeps its comma; a plain "X said A, and B" is not cut here."""

from __future__ import annotations

import pytest

from claims.extract.tails import _opens_main_clause
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "sb")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Years after the party vowed to court young voters in the cities, its leaders have done the opposite.",
            [("the party", "vowed", "to court young voters in the cities")],
        ),
        (
            'While most of those asked said the mayor had "the best record," the governor is the one they trust.',
            [("most of those asked", "said", 'the mayor had "the best record,"')],
        ),
        (
            "If the minister said he would resign, he did not do it.",
            [("the minister", "said", "he would resign")],
        ),
        (
            "Weeks after the council announced the bridge would reopen to buses, Harbour Road stayed closed.",
            [("the council", "announced", "the bridge would reopen to buses")],
        ),
    ],
)
def test_content_ends_where_the_main_clause_opens(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside: the main clause is what was reported
        (
            "As the paper reported last week, the mayor resigned after the vote, and the council met.",
            [("the paper", "reported", "the mayor resigned after the vote, and the council met")],
        ),
        (
            "As the mayor noted, the bridge is old, and the repairs will take a year.",
            [("the mayor", "noted", "the bridge is old, and the repairs will take a year")],
        ),
        # the content opens with an adjunct of its own: its comma is inside the content
        (
            "The fund lost money after the treasurer told them that despite the delays, the books were sound.",
            [("the treasurer", "told", "despite the delays, the books were sound")],
        ),
        # no subordinator: the attribution is the main clause
        (
            "The mayor said the plan was sound, and critics disagreed.",
            [("The mayor", "said", "the plan was sound, and critics disagreed")],
        ),
    ],
)
def test_other_commas_stay_in_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("after", "opens"),
    [
        ("its leaders have done the opposite.", True),
        ("Residents stayed away.", True),
        ("Harbour Road stayed closed.", False),  # two capitalised words: read as a name set off, not cut
        ("the Harbour Span, was safe.", False),  # a noun phrase, its verb only after the next comma
        ("shorter shifts and safer ladders.", False),  # no subject word
        ("and critics disagreed.", False),
    ],
)
def test_main_clause_after_the_comma(after: str, opens: bool) -> None:
    assert _opens_main_clause(after, 0, len(after)) is opens
