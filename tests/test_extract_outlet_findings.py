"""An outlet's own finding ("The Herald understands that ...", "Sky News has learned ...",
"... gathered that", "can reveal that") is the outlet's claim; the same verbs with any other
subject, or before a plain object, report nothing."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The Herald understands that the deal is close.", "The Herald", "understands", "the deal is close"),
        ("Sky News has learned the club will appeal.", "Sky News", "has learned", "the club will appeal"),
        ("The Courier gathered that the move will earn him 15 million euros a season.", "The Courier", "gathered",
         "the move will earn him 15 million euros a season"),
        ("The Sun can reveal that the singer has quit the band.", "The Sun", "can reveal",
         "the singer has quit the band"),
    ],
)
def test_an_outlets_own_finding(text: str, speaker: str, cue: str, content: str) -> None:
    assert [(c.speaker, c.cue, c.content) for c in extract_text(text, "of")] == [(speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Students learned that the test was cancelled.",
        "He understands the risks.",
        "The newspaper understands the risks of publishing.",
    ],
)
def test_knowing_is_no_claim_of_anyone_else(text: str) -> None:
    assert extract_text(text, "of") == []


def test_a_finding_told_within_another_claim_stays_in_it() -> None:
    content = "lawyers had looked into the case after the newspaper learned that a probe had begun"
    claims = extract_text(f"The Courier reported that {content}.", "of")
    assert [(c.speaker, c.cue, c.content) for c in claims] == [("The Courier", "reported", content)]
