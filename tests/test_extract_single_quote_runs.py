"""A quotation in single marks that runs on over paragraphs, each reopened with the mark (as
British papers quote): one direct claim, marks dropped, like the same quotation in double marks."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


@pytest.mark.parametrize(("opening", "closing"), [("‘", "’"), ("'", "'"), ("“", "”")])
def test_a_quotation_run_on_over_paragraphs_is_direct(opening: str, closing: str) -> None:
    text = (f"The mayor said: {opening}I am the mayor, but I am also a father. Many families know the feeling.\n\n"
            f"{opening}I will accept the outcome and respect the process.{closing}\n")
    claims = extract_text(text)
    assert [(c.speaker, c.kind) for c in claims] == [("The mayor", Kind.DIRECT)]
    assert claims[0].content.startswith("I am the mayor")
    assert claims[0].content.endswith("respect the process")


def test_a_single_mark_closed_in_its_paragraph_stays_a_fragment() -> None:
    text = "The mayor said the plan was ‘reckless’ and would cost ‘far too much’.\n\n‘Nonsense,’ said the council.\n"
    claims = extract_text(text)
    assert claims[0].kind is Kind.MIXED
