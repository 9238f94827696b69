"""A source named after the content: "..., reports the AP." (a noun-like -s form right after
the content's comma, then only its speaker) and '"...," per the Journal.' (the short form of
"according to" after a closed quotation)."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The chief executive will step down at the end of the year, reports the AP.", "the AP",
         "The chief executive will step down at the end of the year"),
        ("The plant will close in March, claims the union.", "the union", "The plant will close in March"),
    ],
)
def test_a_noun_like_form_after_the_content(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "sa")] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    ["Sales fell, reports show.", "The plant closed in 2019, reports of a sale notwithstanding."],
)
def test_reports_as_a_noun_after_a_comma(text: str) -> None:
    assert extract_text(text, "sa") == []


def test_per_after_a_closed_quotation() -> None:
    quote = "Instead, he becomes the second chief to exit amid quality concerns"
    claims = extract_text(f"“{quote},” per the Journal.", "sa")
    assert [(c.speaker, c.kind, c.content) for c in claims] == [("the Journal", Kind.DIRECT, quote)]
