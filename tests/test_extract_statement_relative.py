"""After an adverbial on the statement ("in a statement", "in an interview"), a `that` with a
verb right after it opens the noun's relative clause, not the content: the quotation before the
attribution stays the claim, and a later `that` opens the content. And a dash, like a comma,
sets off the speaker's next act: "... — adding that ..."."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("“The vote is now,” the premier said in an address that took most of her party by surprise.",
         "The vote is now", Kind.DIRECT),
        ("“We will appeal,” the lawyer said in a statement that was posted online on Friday.",
         "We will appeal", Kind.DIRECT),
        ("The senator said in an interview that aired Sunday that she would run again.",
         "she would run again", Kind.INDIRECT),
        ("The utility said in a statement that crews had restored power to most homes.",
         "crews had restored power to most homes", Kind.INDIRECT),
    ],
)
def test_the_content_is_not_the_statements_relative_clause(text: str, content: str, kind: Kind) -> None:
    claims = extract_text(text, "sr")
    assert [(c.content, c.kind) for c in claims] == [(content, kind)]


def test_a_statement_described_is_no_claim() -> None:
    assert extract_text("The utility said in a statement that was posted online.", "sr") == []


@pytest.mark.parametrize("dash", ["—", "–"])
def test_adding_after_a_dash_is_a_claim_of_its_own(dash: str) -> None:
    text = f"The utility said it was working with customers {dash} adding that a fix had been deployed."
    claims = extract_text(text, "sr")
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("The utility", "said", "it was working with customers"),
        ("The utility", "adding", "a fix had been deployed"),
    ]
