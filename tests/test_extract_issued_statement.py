"""A statement issued with its `that` clause ("The airline issued a statement that all flights
were cancelled"): the issuer's claim; a statement described by a relative clause ("a statement
that was posted online") is none."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The airline issued a statement that all flights were cancelled.", "The airline", "issued a statement"),
        ("The carrier shared a statement around 11:28 a.m. that all flights were cancelled.", "The carrier",
         "shared a statement"),
        ("The airline released a brief statement Friday morning that all flights were cancelled.", "The airline",
         "released a brief statement"),
    ],
)
def test_an_issued_statement(text: str, speaker: str, cue: str) -> None:
    claims = extract_text(text, "is")
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, "all flights were cancelled")]


def test_a_statement_described_is_no_claim() -> None:
    assert extract_text("The airline released a statement that was posted online.", "is") == []
