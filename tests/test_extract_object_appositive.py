"""A noun-phrase object goes on past a name set off by commas ("praised her deputy, Ann B.
Ruiz, for the repairs"): the name restates the object, the phrase after it still belongs to
the object. A relative clause, a lower-case aside or an attribution after the comma still
ends the object there."""

from __future__ import annotations

import pytest

from claims.extract.complements import object_end
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ap")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor praised her deputy, Ann B. Ruiz, for the quick repairs.",
            [("The mayor", "praised", "her deputy, Ann B. Ruiz, for the quick repairs")],
        ),
        (
            "The union criticized the new manager, Tom Bell, over the closures.",
            [("The union", "criticized", "the new manager, Tom Bell, over the closures")],
        ),
        (
            "Officials blamed the storm, Hurricane Ada, for the outage.",
            [("Officials", "blamed", "the storm, Hurricane Ada, for the outage")],
        ),
    ],
)
def test_object_runs_past_an_appositive_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause set off by commas: not a name
        ("The minister cited the report, which was late, as proof.", [("The minister", "cited", "the report")]),
        ("The mayor praised her deputy, who had worked all night.", [("The mayor", "praised", "her deputy")]),
        # a name, then an attribution: the name is the speaker of the sentence's claim
        (
            "The mayor criticized the plan, Ms. Ruiz said.",
            [("Ms. Ruiz", "said", "The mayor criticized the plan")],
        ),
    ],
)
def test_object_ends_at_other_commas(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("her deputy, Ann Ruiz, for the repairs", "her deputy, Ann Ruiz, for the repairs"),
        ("her deputy, Ann Ruiz", "her deputy"),  # no closing comma: not set off
        ("her deputy, the new one, for the repairs", "her deputy"),  # lower case: no name
        ("her deputy, A B C D E F, for the repairs", "her deputy"),  # too long for one name
    ],
)
def test_object_end_appositive(phrase: str, kept: str) -> None:
    text = phrase + "."
    assert text[: object_end(text, 0, len(text) - 1)] == kept
