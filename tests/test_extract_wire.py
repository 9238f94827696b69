"""Wire conventions and look-alikes: datelines, relays named as written, labels in quotes
("so-called", "dubbed"), characterisations ('what critics called "..."'), and the
commitment and disclosure verbs ("promised", "vowed", "disclosed"). Invented stories."""

from __future__ import annotations

import pytest

from claims.extract.datelines import dateline_end
from claims.models import Claim
from tests.extracting import extract_text

Row = tuple[str, str | None, str, str]


def extract(text: str, outlet: str = "Harrow Courier") -> list[Claim]:
    return extract_text(text, "w", outlet)


def rows(text: str, outlet: str = "Harrow Courier") -> list[Row]:
    return [(c.speaker, c.via, c.kind.value, c.content) for c in extract(text, outlet)]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("KESTON, Ohio (AP) — Tests found lead", "Tests found lead"),
        ("VARNA (Reuters) - The talks resumed", "The talks resumed"),
        ("OSLO, Norway, March 3 (Reuters) - Sales fell", "Sales fell"),
        ("LISBON — The bank will cut", "The bank will cut"),
        ("WASHINGTON, Jan 5 — The agency will", "The agency will"),
        ("WASHINGTON, Jan. 5, 2026 — The agency will", "The agency will"),
        ("SANTA ROSA, Calif., May 9 (AP) -- Crews", "Crews"),
        ("PUNE: The state government", "The state government"),
        ("Varna (Wire Service) — Talks", "Talks"),
        ("VARNA (Reuters) - shares of the lender fell", "shares of the lender fell"),
        ("Keston, Oct 12 — The plant", "The plant"),
        # not datelines: a name and an aside, a lower-case continuation, a plain opening
        ("Ilse Dorn — who led the inquiry — said", "Ilse Dorn — who led the inquiry — said"),
        ("NATO — the alliance — said", "NATO — the alliance — said"),
        ("UNICEF — its own figures show", "UNICEF — its own figures show"),
        ("The mayor said — in a letter", "The mayor said — in a letter"),
        ("Keston — a quiet town — voted", "Keston — a quiet town — voted"),
    ],
)
def test_dateline_end(text: str, rest: str) -> None:
    assert text[dateline_end(text, 0, len(text)) :] == rest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KESTON, Ohio (AP) — Elevated levels of lead were found in three schools, city officials said on Thursday.",
            [("city officials", None, "indirect", "Elevated levels of lead were found in three schools")],
        ),
        (
            "VARNA (Reuters) - The ceasefire talks would resume next month, two diplomats said.",
            [("two diplomats", None, "indirect", "The ceasefire talks would resume next month")],
        ),
        (
            "OSLO, Norway, March 3 (Reuters) - Ferry sales fell sharply in the quarter, the shipbuilder said.",
            [("the shipbuilder", None, "indirect", "Ferry sales fell sharply in the quarter")],
        ),
        (
            "LISBON — The lender will cut 400 branch jobs, a spokeswoman said.",
            [("a spokeswoman", None, "indirect", "The lender will cut 400 branch jobs")],
        ),
        (
            "WASHINGTON, Jan 5 — The agency said it would review the rule.",
            [("The agency", None, "indirect", "it would review the rule")],
        ),
        (
            'PUNE (AFP) — "We will not back down," the union leader said.',
            [("the union leader", None, "direct", "We will not back down")],
        ),
        (
            "KESTON, Ohio (AP) — City officials said on Thursday that the pipes would be replaced.",
            [("City officials", None, "indirect", "the pipes would be replaced")],
        ),
        # a dateline only opens a paragraph: capitals mid-sentence stay content
        (
            "The port said exports to OSLO — its biggest market — had doubled.",
            [("The port", None, "indirect", "exports to OSLO — its biggest market — had doubled")],
        ),
    ],
)
def test_datelines_are_never_content_or_speaker(text: str, expected: list[Row]) -> None:
    got = rows(text)
    assert got == expected
    for speaker, _, _, content in got:
        assert "(AP)" not in content and "(Reuters)" not in content
        assert speaker not in {"KESTON", "VARNA", "OSLO", "LISBON", "WASHINGTON", "PUNE"}


def test_dateline_in_a_later_paragraph_and_offsets() -> None:
    text = "Water rates rose again this spring.\n\nKESTON, Ohio (AP) — The utility said it had no choice."
    claims = extract(text)
    assert [(c.speaker, c.content) for c in claims] == [("The utility", "it had no choice")]
    assert all(text[c.start : c.end] == c.content for c in claims)


@pytest.mark.parametrize(
    ("text", "outlet", "via"),
    [
        ("Okafor said in an interview with the Courier that the pumps had failed.", "Harrow Courier", "Courier"),
        ("Okafor told the Courier that the pumps had failed.", "Harrow Courier", "Courier"),
        ("Okafor told the Harrow Courier that the pumps had failed.", "Harrow Courier", "Harrow Courier"),
        ("Okafor told the Courier that the pumps had failed.", "Courier Weekly", "Courier"),
        ("Okafor told Reuters that the pumps had failed.", "Harrow Courier", "Reuters"),
        ("Okafor said the pumps had failed.", "Harrow Courier", None),
    ],
)
def test_via_is_the_outlet_as_written_not_the_publisher(text: str, outlet: str, via: str | None) -> None:
    assert [c.via for c in extract(text, outlet)] == [via]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels and names in quotes are not claims
        ('The so-called "lead czar" post the city created in 2019 has been vacant since March.', []),
        ('The plan, dubbed "clean taps first" by staff, would replace every pipe.', []),
        ('The mayor, nicknamed "the plumber" by critics, toured the plant.', []),
        ('The tunnel, known as "the long dig", opened in 2011.', []),
        ('The fund, billed as "a lifeline for small farms", opened on Monday.', []),
        ('A new post called "lead czar" was created in 2019.', []),
        ('The self-described "people\'s engineer" toured the plant on Monday.', []),
        ('Organisers staged what they called "Harbour Day" on Sunday.', []),
        # a label inside a claim stays part of that claim's content, and is not quoted speech
        (
            'The so-called "lead czar" post has been vacant since March, the council said.',
            [("the council", None, "indirect", 'The so-called "lead czar" post has been vacant since March')],
        ),
        (
            'The fund, dubbed "the lifeline", ran out in May, the council said.',
            [("the council", None, "indirect", 'The fund, dubbed "the lifeline", ran out in May')],
        ),
        (
            'The fund had run "badly short of cash", the council said.',
            [("the council", None, "mixed", 'The fund had run "badly short of cash"')],
        ),
        # what a party called something is that party's characterisation: a claim
        (
            'The ferry line unveiled what it called "the cheapest crossing on the coast" on Monday.',
            [("it", None, "direct", "the cheapest crossing on the coast")],
        ),
        (
            'What critics called "a cover-up" was a clerical error, the auditor said.',
            [
                ("critics", None, "direct", "a cover-up"),
                ("the auditor", None, "mixed", 'What critics called "a cover-up" was a clerical error'),
            ],
        ),
        (
            'The mayor said the council had approved what residents described as "a giveaway to builders".',
            [
                (
                    "The mayor",
                    None,
                    "mixed",
                    'the council had approved what residents described as "a giveaway to builders"',
                ),
                ("residents", None, "direct", "a giveaway to builders"),
            ],
        ),
        # "called" with an object before the quotation is still a claim
        (
            'The senator called the levy "a tax on breathing".',
            [("The senator", None, "mixed", 'the levy "a tax on breathing"')],
        ),
    ],
)
def test_labels_are_not_claims_but_characterisations_are(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chief executive Rachel Ohm promised that ticket prices would not go up.",
            [("Chief executive Rachel Ohm", None, "indirect", "ticket prices would not go up")],
        ),
        ("Ohm promised fares would stay flat.", [("Ohm", None, "indirect", "fares would stay flat")]),
        (
            "Ohm promised passengers that fares would stay flat.",
            [("Ohm", None, "indirect", "fares would stay flat")],
        ),
        (
            "The minister vowed that no school would close.",
            [("The minister", None, "indirect", "no school would close")],
        ),
        (
            '"We will rebuild this bridge," the governor pledged.',
            [("the governor", None, "direct", "We will rebuild this bridge")],
        ),
        (
            "Ohm recalled that the airline had nearly folded in 2009.",
            [("Ohm", None, "indirect", "the airline had nearly folded in 2009")],
        ),
        (
            "The utility projected that demand would double by 2030.",
            [("The utility", None, "indirect", "demand would double by 2030")],
        ),
        ("She testified that the brakes had failed.", [("She", None, "indirect", "the brakes had failed")]),
        (
            "Officials countered that the figures were out of date.",
            [("Officials", None, "indirect", "the figures were out of date")],
        ),
        (
            "The council disclosed that it had lost $2 million.",
            [("The council", None, "indirect", "it had lost $2 million")],
        ),
        (
            "The union agreed that the talks had been useful.",
            [("The union", None, "indirect", "the talks had been useful")],
        ),
        ("She signalled that rates could fall.", [("She", None, "indirect", "rates could fall")]),
        ("She posted on X that the vote had been delayed.", [("She", "X", "indirect", "the vote had been delayed")]),
        # the same verbs in their ordinary, non-reporting senses
        ("Ohm promised passengers lower fares.", []),
        ("The governor pledged $2 million to the fund.", []),
        # a pledge to act is a commitment made in words (issue 11): the content is "to ..."
        (
            "The governor pledged to rebuild the bridge by spring.",
            [("The governor", None, "indirect", "to rebuild the bridge by spring")],
        ),
        ("The minister vowed revenge.", []),
        ("The carmaker recalled 40,000 vehicles in March.", []),
        ("The carmaker recalls that affect older models are free.", []),
        ("The projected deficit is $4 million.", []),
        ("She testified before the committee on Tuesday.", []),
        ("The union agreed to a new contract.", []),
        ("The mayor commented on the plan at length.", []),
        ("The results signal a shift in consumer habits.", []),
        ("The firm will post its results on Friday.", []),
        ("The club posted a loss of $3 million.", []),
        ("She posted a video that showed the flooding.", []),
    ],
)
def test_commitment_and_disclosure_verbs(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor acknowledged that mistakes were made.", [("The mayor", None, "indirect", "mistakes were made")]),
        ("Police admitted the search had been botched.", [("Police", None, "indirect", "the search had been botched")]),
        ("The report noted profits fell in May.", [("The report", None, "indirect", "profits fell in May")]),
        (
            "The minister emphasised the levy was temporary.",
            [("The minister", None, "indirect", "the levy was temporary")],
        ),
        ('The engineer pointed out: "The crack is new."', [("The engineer", None, "direct", "The crack is new")]),
        # a plain object is the verb's other sense, not reported content
        ("The mayor acknowledged the crowd.", []),
        ("The council admitted three new members.", []),
        ("He cautioned investors against panic.", []),
        ("The chief executive reiterated the forecast.", []),
        ("The report noted a rise in complaints.", []),
        ("The engineer pointed out the crack to inspectors.", []),
    ],
)
def test_verbs_with_an_object_sense_report_only_a_clause(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
