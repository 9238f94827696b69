"""Straight single quotes used as quotation marks ('like this'), as some outlets quote and as
plain-text copies of their pages carry them; the same character stays an apostrophe in "don't",
"O'Brien", "the farmers' union" and "the '90s"."""

from __future__ import annotations

import random

import pytest

from claims.extract.marks import _OPENER_MARKS, _may_open_single, as_curly_singles
from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures were 'shocking', she said.", "The figures were ‘shocking’, she said."),
        ("'We don't know,' said Mr O'Brien.", "‘We don't know,’ said Mr O'Brien."),
        ("'The workers' rights are at stake,' she said.", "‘The workers' rights are at stake,’ she said."),
        ("The farmers' union was 'deeply concerned'.", "The farmers' union was ‘deeply concerned’."),
        ("In the '90s, the workers' union grew.", "In the '90s, the workers' union grew."),
        ("He is 5' 10\" tall.", "He is 5' 10\" tall."),
        ("rock 'n' roll is 'dead'", "rock 'n' roll is ‘dead’"),
        ("She said: 'We will not stop.\n\n'We will go on.'", "She said: ‘We will not stop.\n\n‘We will go on.’"),
        ("She said: 'We will not stop.\n\nThe vote is Friday.", "She said: 'We will not stop.\n\nThe vote is Friday."),
        ("No quotation here, it's plain.", "No quotation here, it's plain."),
    ],
)
def test_pairs_become_curly_marks_of_the_same_length(text: str, expected: str) -> None:
    assert as_curly_singles(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "content", "via"),
    [
        ("'Our members are working in unsafe conditions,' she told The Irish Times.",
         Kind.DIRECT, "Our members are working in unsafe conditions", "Irish Times"),
        ("A spokesman said: 'The scheme rewards farmers for protecting nature.'",
         Kind.DIRECT, "The scheme rewards farmers for protecting nature", None),
        ("The union said the figures were 'shocking but not surprising'.",
         Kind.MIXED, "the figures were 'shocking but not surprising'", None),
        ("'We don't know what's happening,' said Mr O'Brien.",
         Kind.DIRECT, "We don't know what's happening", None),
        ("'The workers' rights are at stake,' she said.",
         Kind.DIRECT, "The workers' rights are at stake", None),
    ],
)
def test_single_quoted_claims(text: str, kind: Kind, content: str, via: str | None) -> None:
    claims = extract_text(text)
    assert [(c.kind, c.content, c.via) for c in claims] == [(kind, content, via)]


def test_a_quotation_over_paragraphs_is_one_claim() -> None:
    text = ("'We are being asked to plant trees on the best grazing we have,' he said. "
            "'It makes no sense.\n\n'Nobody asked us.'")
    claims = extract_text(text)
    assert len(claims) == 1
    assert claims[0].kind is Kind.DIRECT
    assert claims[0].content.endswith("Nobody asked us")


def test_opener_test_reads_as_the_substring_tests() -> None:
    """`_may_open_single` answers as the substring tests it stands for, on random short texts."""
    rng = random.Random(17)
    alphabet = list(" \n\t\r([{—–/\"“'’ab.,")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _may_open_single(text) == (text.startswith("'") or any(mark in text for mark in _OPENER_MARKS)), text
