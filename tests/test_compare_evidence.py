"""What counts as evidence that two claims are one proposition: folded word forms ('jobs' ~
'job'), numbers as support rather than proof, and one specific speaker written two ways.
Invented stories, run through the extractor and the comparer together."""

from __future__ import annotations

import pytest

from claims.compare import group_claims
from claims.compare.similarity import NUMBER_FLOOR, number_weight
from claims.compare.terms import drop_given_numbers, stem
from claims.extract import extract_claims, resolve_speaker_ids
from claims.models import Claim, Source


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("jobs", "job", True),
        ("cuts", "cut", True),
        ("cutting", "cut", True),
        ("opposes", "oppose", True),
        ("opposed", "opposing", True),
        ("rising", "rise", True),
        ("rises", "rise", True),
        ("cities", "city", True),
        ("taxes", "tax", True),
        ("planned", "plan", True),
        ("closing", "closes", True),
        ("withheld", "withholding", True),
        # kept apart
        ("plane", "plan", False),
        ("hopping", "hoping", False),
        ("need", "ne", False),
        ("cost", "coast", False),
        ("bus", "bu", False),
        ("4.2", "4.25", False),
    ],
)
def test_word_forms_fold_together(a: str, b: str, same: bool) -> None:
    assert (stem(a) == stem(b)) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('the $4.2 million budget was "a drop in the bucket"', 'the budget was "a drop in the bucket"'),
        ("its 320 jobs will go", "its jobs will go"),
        ("this 5% rise in fares", "this rise in fares"),
        ("the 2019 report", "the report"),
        # asserted amounts stay
        ("the city would spend $4.2 million on the work", "the city would spend $4.2 million on the work"),
        ("the mayor said that 40 people were moved", "the mayor said that 40 people were moved"),
        ("it will cut 320 jobs", "it will cut 320 jobs"),
    ],
)
def test_numbers_that_only_modify_a_known_noun_are_dropped(text: str, expected: str) -> None:
    assert drop_given_numbers(text) == expected


def test_number_weight_is_support_not_proof() -> None:
    assert number_weight(0.0, same_speaker=False) == pytest.approx(NUMBER_FLOOR)
    assert number_weight(0.0, same_speaker=True) == 1.0
    assert number_weight(1.0, same_speaker=False) == 1.0
    weights = [number_weight(w / 10, same_speaker=False) for w in range(11)]
    assert weights == sorted(weights)


def _run(articles: dict[str, tuple[str, str]]) -> list[Claim]:
    sources = [
        Source(id=sid, outlet=outlet, path=f"{sid}.txt", text=text, body_start=0, body_end=len(text))
        for sid, (outlet, text) in articles.items()
    ]
    claims: list[Claim] = []
    for source in sources:
        claims += extract_claims(source)
    grouped, _ = group_claims(resolve_speaker_ids(claims), sources)
    return grouped


def _group_of(claims: list[Claim], source: str, words: str) -> str | None:
    found = [c for c in claims if c.source == source and words in c.content]
    assert len(found) == 1, (source, words, [c.content for c in claims if c.source == source])
    return found[0].group


# A library roof story in three outlets. Traps: one amount ($3.6 million) in a cost, an
# opinion about the budget and a saving; a union written "Harlow's library workers' union"
# and "The library workers' union at Harlow"; a mayor's short claims reworded.
LIBRARY = {
    "l1": (
        "Harlow Post",
        "The council would spend $3.6 million on the work this year, Mayor Ines Calder said.\n\n"
        "Harlow's library workers' union said in a statement that it had not been consulted and "
        "would oppose any plan to cut jobs.\n\n"
        "Calder said the library building was not for sale.\n\n"
        "The branch will close for eight months while the roof is replaced, the council said.",
    ),
    "l2": (
        "Valley Courier",
        "The roof repairs will cost about $3.6 million, Mayor Ines Calder said on Monday.\n\n"
        "The library workers' union at Harlow says it will oppose job cuts.\n\n"
        'Councillor Tom Ebert said the $3.6 million budget was "a drop in the bucket."\n\n'
        '"The building is not up for sale, full stop," Calder said.',
    ),
    "l3": (
        "Regional Wire",
        "The council said the branch would be shut for about eight months during the repairs.\n\n"
        "Moving the archive to a rented hall would save about $3.6 million in heating over a "
        "decade, a finance officer said.\n\n"
        "Calder said the roof had been leaking since 2021.",
    ),
}


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        # one figure given twice by one speaker: one statement
        (("l1", "spend $3.6 million"), ("l2", "cost about $3.6 million"), True),
        # the same figure in an opinion about the budget and in a saving: other propositions
        (("l2", "a drop in the bucket"), ("l2", "cost about $3.6 million"), False),
        (("l2", "a drop in the bucket"), ("l1", "spend $3.6 million"), False),
        (("l3", "would save about"), ("l1", "spend $3.6 million"), False),
        (("l3", "would save about"), ("l2", "cost about $3.6 million"), False),
        # one union, its words reordered and its claim reworded ('jobs' / 'job cuts')
        (("l1", "would oppose any plan to cut jobs"), ("l2", "it will oppose job cuts"), True),
        # one mayor, a short claim reworded
        (("l1", "was not for sale"), ("l2", "not up for sale"), True),
        (("l1", "was not for sale"), ("l3", "leaking since 2021"), False),
        (("l1", "close for eight months"), ("l3", "shut for about eight months"), True),
    ],
)
def test_grouping_evidence(a: tuple[str, str], b: tuple[str, str], together: bool) -> None:
    claims = _run(LIBRARY)
    assert (_group_of(claims, *a) == _group_of(claims, *b)) is together


def test_one_speaker_id_for_a_party_named_through_its_owner() -> None:
    claims = _run(LIBRARY)
    union = {c.speaker_id for c in claims if "union" in c.speaker}
    assert union == {"library-workers-union-harlow"}
