"""`tell` with an addressee and a bare clause (no `that`), in sentences of our own: the
addressee ends at its last audience noun or after a titled name, and only a clause after
a titled name is reported."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_text(text, "ta")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor told host Ann Cole the plan was dead.",
            [("The governor", "the plan was dead")],
        ),
        (
            "The senator told radio host Tom Reyes on Monday the vote would fail.",
            [("The senator", "the vote would fail")],
        ),
        (
            "Mayor Lisa Brand told a Senate panel on Wednesday the budget would not pass.",
            [("Mayor Lisa Brand", "the budget would not pass")],
        ),
        (
            "The treasurer told a council hearing the reserves were gone.",
            [("The treasurer", "the reserves were gone")],
        ),
        (
            "The driver told police the brakes had failed.",
            [("The driver", "the brakes had failed")],
        ),
    ],
)
def test_tell_addressee_then_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor told host Ann Cole a story about the war.",
        "The senator told anchor Jim Lee about the vote.",
        "He told coach Dan Ruiz goodbye.",
        "The manager told a story about the flood.",
    ],
)
def test_tell_titled_addressee_without_clause(text: str) -> None:
    assert _pairs(text) == []
