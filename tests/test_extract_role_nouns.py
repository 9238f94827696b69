"""Roles that name a speaker: a coordinator, an administrator, a prosecutor, a regulator, an
envoy, a watchdog; a long description that holds one ("the office of the National Cyber Security
Coordinator Ann Lee") is a speaker."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The outage was not an attack, the office of the country's National Cyber Security Coordinator Ann Lee said.",
         "the office of the country's National Cyber Security Coordinator Ann Lee"),
        ("The outage was not an attack, the agency's administrator said.", "the agency's administrator"),
        ("The plan is unlawful, the state's top prosecutor said.", "the state's top prosecutor"),
    ],
)
def test_a_role_names_the_speaker(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "rn")] == [speaker]
