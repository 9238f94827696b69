"""Wire-copy shapes: "X was quoted by <agency> as saying ...", "According to her, ...", and a
request for anonymity ("who asked that her name not be used"), which is no claim."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.via, c.content) for c in extract_text(text, "ws")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister was quoted by state news agency Ria as saying that the talks had stalled.",
         [("The minister", "Ria", "the talks had stalled")]),
        ("The minister was quoted by the Associated Press as saying the talks had stalled.",
         [("The minister", "Associated Press", "the talks had stalled")]),
        ("The minister was quoted by aides as saying the talks had stalled.",
         [("The minister", None, "the talks had stalled")]),
        ('"It is over," the governor was quoted as saying by AFP.', [("the governor", "AFP", "It is over")]),
    ],
)
def test_quoted_by_an_agency_as_saying(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to her, the plan was never approved.", [("her", None, "the plan was never approved")]),
        ("The plan was never approved, according to her.", [("her", None, "The plan was never approved")]),
        ("According to her lawyer, the plan was never approved.",
         [("her lawyer", None, "the plan was never approved")]),
    ],
)
def test_according_to_a_pronoun(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurse, who asked that her name not be used, said the ward was full.",
         [("The nurse", None, "the ward was full")]),
        ("A tenant who asked that his name be withheld said the heat was off.",
         [("A tenant", None, "the heat was off")]),
        # a request of another kind is still a claim
        ("The nurse asked that the ward be reopened.", [("The nurse", None, "the ward be reopened")]),
    ],
)
def test_a_request_for_anonymity_is_no_claim(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected
