"""Attributions in the middle of a sentence: a quotation split by its cue, and an aside set
off by commas ("The dam, engineers said, is cracked."). (text, expected claims) tables."""

from __future__ import annotations

import pytest

from claims.models import Claim
from tests.extracting import extract_text

Row = tuple[str, str, str | None, str, str]  # speaker, cue, via, kind, content


def extract(text: str) -> list[Claim]:
    return extract_text(text, "m", "Harbour Post")


def rows(text: str) -> list[Row]:
    return [(c.speaker, c.cue, c.via, c.kind.value, c.content) for c in extract(text)]


SPLIT_QUOTES: list[tuple[str, list[Row]]] = [
    (
        '"The levy," Councillor Rosa Ndiaye said, "was never meant to be permanent."',
        [
            (
                "Councillor Rosa Ndiaye",
                "said",
                None,
                "direct",
                'The levy," Councillor Rosa Ndiaye said, "was never meant to be permanent',
            )
        ],
    ),
    (
        "“Our orchard,” said grower Tomas Ek, “has not seen frost like this in forty years.”",
        [
            (
                "grower Tomas Ek",
                "said",
                None,
                "direct",
                "Our orchard,” said grower Tomas Ek, “has not seen frost like this in forty years",
            )
        ],
    ),
    (
        '"This tunnel, frankly," the site manager told the Coastline Echo, "should have been shut in May."',
        [
            (
                "the site manager",
                "told",
                "Coastline Echo",
                "direct",
                'This tunnel, frankly," the site manager told the Coastline Echo, "should have been shut in May',
            )
        ],
    ),
    (
        "‘The rota,’ she added, ‘is simply unworkable for nurses with children.’",
        [("she", "added", None, "direct", "The rota,’ she added, ‘is simply unworkable for nurses with children")],
    ),
    # Two sentences, or a second clause opened by a conjunction: two claims, as before.
    (
        '"We are ready," the harbourmaster said. "The ferries sail at dawn."',
        [
            (
                "the harbourmaster",
                "said",
                None,
                "direct",
                'We are ready," the harbourmaster said. "The ferries sail at dawn',
            ),
        ],
    ),
    (
        '"The boats are fuelled," the harbourmaster said, "but the crews are not."',
        [
            (
                "the harbourmaster",
                "said",
                None,
                "direct",
                'The boats are fuelled," the harbourmaster said, "but the crews are not',
            ),
        ],
    ),
    (
        '"The boats are fuelled," the harbourmaster said, "The crews are not."',
        [
            (
                "the harbourmaster",
                "said",
                None,
                "direct",
                'The boats are fuelled," the harbourmaster said, "The crews are not',
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_QUOTES)
def test_split_quotation(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_split_quotation_is_followed_by_its_continuation() -> None:
    text = '"The levy," Rosa Ndiaye said, "was a stopgap." "It should end in March."'
    assert [(c.speaker, c.kind.value, c.content) for c in extract(text)] == [
        ("Rosa Ndiaye", "direct", 'The levy," Rosa Ndiaye said, "was a stopgap." "It should end in March'),
    ]


ASIDES: list[tuple[str, Row]] = [
    (
        "The dam, engineers said, is cracked.",
        ("engineers", "said", None, "indirect", "The dam, engineers said, is cracked"),
    ),
    (
        "The merger, according to three people briefed on the plan, could be announced on Monday.",
        (
            "three people briefed on the plan",
            "according to",
            None,
            "indirect",
            "The merger, according to three people briefed on the plan, could be announced on Monday",
        ),
    ),
    (
        "Bus fares, the transit authority said in a statement, will rise 6% in April.",
        (
            "the transit authority",
            "said",
            None,
            "indirect",
            "Bus fares, the transit authority said in a statement, will rise 6% in April",
        ),
    ),
    (
        "The quarry, a spokesman told the Valley Courier on Tuesday, employs 80 people.",
        (
            "a spokesman",
            "told",
            "Valley Courier",
            "indirect",
            "The quarry, a spokesman told the Valley Courier on Tuesday, employs 80 people",
        ),
    ),
    (
        "The vote, according to observers who spoke to Radio Delta, was rigged.",
        (
            "observers",
            "according to",
            "Radio Delta",
            "indirect",
            "The vote, according to observers who spoke to Radio Delta, was rigged",
        ),
    ),
    (
        "The two escaped lynxes, rangers have said, pose no danger to hikers.",
        (
            "rangers",
            "have said",
            None,
            "indirect",
            "The two escaped lynxes, rangers have said, pose no danger to hikers",
        ),
    ),
    (
        'The rebuild, the architect said, was "a folly from the start".',
        ("the architect", "said", None, "mixed", 'The rebuild, the architect said, was "a folly from the start"'),
    ),
    (
        "However, the lighthouse, the trust warned, will close in winter.",
        ("the trust", "warned", None, "indirect", "the lighthouse, the trust warned, will close in winter"),
    ),
    (
        "The suspects, police said, fled across the border.",
        ("police", "said", None, "indirect", "The suspects, police said, fled across the border"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_attribution_aside(text: str, expected: Row) -> None:
    assert rows(text) == [expected]


def test_aside_then_second_claim_in_the_same_sentence() -> None:
    text = "The strike, union leaders said, will go ahead, and the mayor said talks would resume."
    assert rows(text) == [
        ("union leaders", "said", None, "indirect", "The strike, union leaders said, will go ahead"),
        ("the mayor", "said", None, "indirect", "talks would resume"),
    ]


# Asides that are not attributions keep their earlier reading (or none).
NOT_ASIDES: list[tuple[str, list[Row]]] = [
    # A relative clause: no aside; the clause that opens with its verb is the claim
    # (frame row `relative_gap`), as annotators mark it on real news.
    ("The dam, which engineers said was cracked, burst on Sunday.",
     [("engineers", "said", None, "indirect", "was cracked")]),
    ("The levy, which critics say is unfair, takes effect in June.",
     [("critics", "say", None, "indirect", "is unfair")]),
    # The writer's comparison or hedge, not a report.
    ("Prices, as traders expected, fell.", []),
    ("The plan, I think, is sound.", []),
    # An apposition: an ordinary speaker-first claim.
    (
        "The mayor, a former midwife, said the clinic would reopen.",
        [("The mayor", "said", None, "indirect", "the clinic would reopen")],
    ),
    (
        "Its owner, retired pilot Jan Moss, told reporters the hangar was sold.",
        [("retired pilot Jan Moss", "told", None, "indirect", "the hangar was sold")],
    ),
    # A head that is already a clause: the content-first reading.
    (
        "Output will fall, the chief executive said, adding that prices would rise.",
        [
            ("the chief executive", "said", None, "indirect", "Output will fall"),
            ("the chief executive", "adding", None, "indirect", "prices would rise"),
        ],
    ),
    (
        "The mill cut 40 jobs, the union said, and more cuts may follow.",
        [("the union", "said", None, "indirect", "The mill cut 40 jobs")],
    ),
    # No predicate resumes after the aside.
    ("The road, the police said, and the bridge were closed.", []),
    ("The pier, the council said on Friday.", []),
    # A list, not an aside.
    ("Apples, pears, plums and cherries were scarce this year.", []),
    ("The harbour, the lighthouse, the old mill are all listed buildings.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ASIDES)
def test_not_an_attribution_aside(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a year after the cue is an adverbial of the cue, whatever the cue's position
        ("The plan, the mayor said in 2019, would take a decade to complete.",
         "The plan, the mayor said in 2019, would take a decade to complete"),
        ("The plan would take a decade, the mayor said in March 2019.", "The plan would take a decade"),
        ("The mayor said in early 2021 the plan would cost $2 billion.", "the plan would cost $2 billion"),
    ],
)
def test_a_year_after_the_cue(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "yr")] == [content]
