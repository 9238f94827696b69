"""A post's quoted caption is a direct claim of whoever posted it (row `caption.quoted`)."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("She shared a photo from the pitch on Instagram, captioned: “A dream come true.”", "She", "captioned",
         "A dream come true"),
        ("He posted a video with the caption: “We did it.”", "He", "with the caption", "We did it"),
        ("The club posted a picture of the squad on X, captioning it “Champions again”.", "The club",
         "captioning it", "Champions again"),
    ],
)
def test_a_quoted_caption_is_the_posters_direct_claim(text: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(text)
    assert [(c.speaker, c.cue, c.content, c.kind) for c in claims] == [(speaker, cue, content, Kind.DIRECT)]


@pytest.mark.parametrize(
    "text",
    [
        "The agency published a photo captioned by its staff.",  # no quotation
        "She posted a photo of the harbour at dawn.",
    ],
)
def test_no_quoted_caption_no_claim(text: str) -> None:
    assert extract_text(text) == []


def test_a_caption_inside_another_claim_stays_in_it() -> None:
    claims = extract_text("Ann Lee said the club posted a picture with the caption “Champions again”.")
    assert [(c.speaker, c.cue) for c in claims] == [("Ann Lee", "said")]
