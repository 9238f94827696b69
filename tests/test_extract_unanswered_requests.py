"""Requests for comment that went unanswered, told from the asking side ("CBS News reached out
to the firm for comment but has not yet received a reply", "Messages left with the mayor were
not returned"): a no_comment claim of the party reached, whose content is the whole clause;
reaching someone for anything but comment, by someone who is no outlet, is no claim."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The Courier reached out to the insurer for comment but has not yet received a reply.", "the insurer",
         "has not yet received a reply"),
        ("The Courier reached out to the insurer but did not receive a response.", "the insurer",
         "did not receive a response"),
        ("The Associated Press sought comment from the regulator but has not heard back.", "the regulator",
         "has not heard back"),
        ("Messages left with the mayor's office were not returned.", "the mayor's office", "were not returned"),
        ("Emails to the contractor went unanswered.", "the contractor", "went unanswered"),
        ("Attempts to reach the harbour master for comment on Friday were unsuccessful.", "the harbour master",
         "were unsuccessful"),
        ("Attempts to reach out to the player's agent, the league, and the club for comment have been made, "
         "with no immediate responses.", "the player's agent, the league, and the club", "with no immediate responses"),
    ],
)
def test_an_unanswered_request_is_a_refusal_of_the_party_reached(text: str, speaker: str, cue: str) -> None:
    claims = extract_text(text, "ua")
    assert [(c.speaker, c.cue, c.kind, c.via) for c in claims] == [(speaker, cue, Kind.NO_COMMENT, None)]
    assert claims[0].content == text.rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "Police contacted the owner but did not hear back.",  # no outlet, not for comment
        "Rescuers tried to reach the stranded hikers but were unsuccessful.",
        "The Gazette has contacted the ministry for comment.",  # asked, no answer said to be missing
    ],
)
def test_no_request_for_comment_left_unanswered(text: str) -> None:
    assert extract_text(text, "ua") == []

