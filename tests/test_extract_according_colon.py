"""A leading "According to X" ends at its comma or at a colon ('According to the Herald: "..."').
In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Quad = tuple[str, str, str, str]


def _got(text: str) -> list[Quad]:
    return [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "ac")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Herald: “The mayor has had a mixed record on housing throughout her career.”",
            [
                (
                    "the Herald",
                    "According to",
                    "The mayor has had a mixed record on housing throughout her career",
                    "direct",
                )
            ],
        ),
        (
            "According to the Herald: the mayor has had a mixed record on housing.",
            [("the Herald", "According to", "the mayor has had a mixed record on housing", "indirect")],
        ),
        # a comma before the colon still ends the speaker: the colon is the content's
        (
            "According to the Herald, the mayor has a mixed record: two wins and three losses.",
            [("the Herald", "According to", "the mayor has a mixed record: two wins and three losses", "indirect")],
        ),
    ],
)
def test_according_to_ends_at_a_colon(text: str, expected: list[Quad]) -> None:
    assert _got(text) == expected


def test_too_little_after_the_colon_is_no_claim() -> None:
    assert _got("According to officials: none.") == []
