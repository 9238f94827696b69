"""`told` + an audience noun phrase (with one modifier) + a clause is a claim; `told` + a
thing is not. (text, expected) tables."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

POSITIVE: list[tuple[str, str, str]] = [
    (
        "Mayor Lena Vik told a news conference the ferry would run all winter.",
        "Mayor Lena Vik",
        "the ferry would run all winter",
    ),
    (
        "The harbour master told the evening crowd the pier was safe again.",
        "The harbour master",
        "the pier was safe again",
    ),
]

NEGATIVE: list[str] = [
    "The harbour master told the old story of the pier to his grandchildren.",
    "Mayor Lena Vik told a long joke about the ferry timetable.",
]


@pytest.mark.parametrize(("text", "speaker", "content"), POSITIVE)
def test_told_audience_then_clause(text: str, speaker: str, content: str) -> None:
    got = [(c.speaker, c.content) for c in extract_text(text, "t", "Quay Times")]
    assert got == [(speaker, content)]


@pytest.mark.parametrize("text", NEGATIVE)
def test_told_thing_is_no_claim(text: str) -> None:
    assert extract_text(text, "t", "Quay Times") == []
