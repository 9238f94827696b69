"""Refusals beyond "declined to comment": a withheld answer, a refusal joined to the claim
before it (sharing its subject), and the role-then-name subject they share."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


def found(text: str) -> list[tuple[str, str, Kind, str]]:
    return [(c.speaker, c.cue, c.kind, c.content) for c in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # joined by "but": the refusal's subject is the clause's
            "Club manager Dan Rowe confirmed Lee had met the board on Wednesday but declined to elaborate.",
            [
                ("Club manager Dan Rowe", "confirmed", Kind.INDIRECT, "Lee had met the board on Wednesday"),
                ("Club manager Dan Rowe", "declined to elaborate", Kind.NO_COMMENT, "declined to elaborate"),
            ],
        ),
        (
            "Lee said he was told he could not comment but declined to say by whom.",
            [
                ("Lee", "said", Kind.INDIRECT, "he was told he could not comment"),
                ("Lee", "declined to say", Kind.NO_COMMENT, "declined to say by whom"),
            ],
        ),
        (
            "Rail union leader Mick Lynch said strikes would go on and declined to comment on talks.",
            [
                ("Rail union leader Mick Lynch", "said", Kind.INDIRECT, "strikes would go on"),
                ("Rail union leader Mick Lynch", "declined to comment", Kind.NO_COMMENT,
                 "declined to comment on talks"),
            ],
        ),
        (  # a withheld answer: "did not say whether", "would not disclose how"
            "The ministry did not say whether the talks would resume.",
            [("The ministry", "did not say", Kind.NO_COMMENT, "did not say whether the talks would resume")],
        ),
        (
            "The firm would not disclose how much it paid.",
            [("The firm", "would not disclose", Kind.NO_COMMENT, "would not disclose how much it paid")],
        ),
        (
            "Rowe hasn't yet commented on whether he knew about the debts.",
            [("Rowe", "hasn't yet commented", Kind.NO_COMMENT,
              "hasn't yet commented on whether he knew about the debts")],
        ),
    ],
)
def test_withheld_answers_are_refusals(text: str, expected: list[tuple[str, str, Kind, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not say the talks had failed.",  # a negated report, not a withheld answer
        "Health experts Monday warned that cases would rise.",
    ],
)
def test_not_a_refusal(text: str) -> None:
    assert all(kind is not Kind.NO_COMMENT for _, _, kind, _ in found(text))


def test_a_day_after_the_role_is_not_a_name() -> None:
    (claim,) = extract_text("Health experts Monday warned that cases would rise.")
    assert claim.speaker == "Health experts"
