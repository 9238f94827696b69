""""informed X that" and "notified X that" report the clause; an outlet addressed relays it."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "via", "content"),
    [
        ("The law firm informed CNN that it had uncovered a large theft.", "CNN", "it had uncovered a large theft"),
        ("Officials informed the families that the search had ended.", None, "the search had ended"),
        ("The agency notified the public on Monday that the road would close.", None, "the road would close"),
    ],
)
def test_informed_that(text: str, via: str | None, content: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.via, claim.content) == (via, content)


@pytest.mark.parametrize("text", ["The company informed its staff of the closure.", "The agency notified the public."])
def test_an_object_alone_is_no_claim(text: str) -> None:
    assert extract_text(text) == []
