"""Refusal wordings: "has yet to comment", "have yet to respond to requests for comment", and
a joined object with its own modifier ("emails and phone calls seeking comment") are no_comment
claims whose cue holds the whole phrase; inaction ("has yet to respond to the protests") is
none."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The club has yet to comment on the allegations.", "The club", "has yet to comment"),
        ("The ministry has yet to respond to requests for comment.", "The ministry",
         "has yet to respond to requests for comment"),
        ("Lawyers for the driver did not respond to emails and phone calls seeking comment.",
         "Lawyers for the driver", "did not respond to emails and phone calls seeking comment"),
        # the one asked named between the verb and its object; a comment "made"
        ("Tom Hale did not offer the press any comments when leaving the courthouse.", "Tom Hale",
         "did not offer the press any comments"),
        ("The coach made no comment as he left the ground.", "The coach", "made no comment"),
    ],
)
def test_a_refusal_wording(text: str, speaker: str, cue: str) -> None:
    claims = extract_text(text, "rf")
    assert [(c.speaker, c.cue, c.kind) for c in claims] == [(speaker, cue, Kind.NO_COMMENT)]


@pytest.mark.parametrize(
    "text",
    ["The government has yet to respond to the protests.", "The team has yet to win a game this season.",
     "He did not make a comment about the weather that upset anyone."],
)
def test_inaction_is_no_refusal(text: str) -> None:
    assert extract_text(text, "rf") == []


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The company did not immediately offer details.", None),
        ("The carrier did not provide any details on the timing.", None),
        # the outlet that asked is the relay: named before its request, or in an aside
        ("The carrier did not respond to a BBC request for comment.", "BBC"),
        ("The hospital, when approached by the Gazette, opted not to provide further comment.", "Gazette"),
        ("The firm did not respond to a Monday request for comment.", None),
    ],
)
def test_refusals_and_who_asked(text: str, via: str | None) -> None:
    claims = extract_text(text, "rw")
    assert [(c.kind, c.via) for c in claims] == [(Kind.NO_COMMENT, via)]
