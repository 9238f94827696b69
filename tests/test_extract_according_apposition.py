"""After a leading "According to X,", an apposition on the source ("a spokeswoman for the
hospital", "who led the study", "filed in Cook County") is not content; the content's own
subject and its aside ("the bridge, built in 1950, is unsafe") stay."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("According to Maria Santos, a spokeswoman for the hospital, two patients remain in critical condition.",
         "Maria Santos", "two patients remain in critical condition"),
        ("According to Dr. Sam Osei, who led the study, the results were surprising.",
         "Dr. Sam Osei", "the results were surprising"),
        ("According to the complaint, filed in Cook County, the officer used excessive force.",
         "the complaint", "the officer used excessive force"),
        ("According to the mayor, the bridge, built in 1950, is unsafe.",
         "the mayor", "the bridge, built in 1950, is unsafe"),
        ("According to police, the driver, a 34-year-old man, fled the scene.",
         "police", "the driver, a 34-year-old man, fled the scene"),
        ("According to the mayor, the owner of the bridge, a local firm, is liable.",
         "the mayor", "the owner of the bridge, a local firm, is liable"),
    ],
)
def test_the_sources_apposition_is_not_content(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "aa")] == [(speaker, content)]
