"""A quotation opened after a cue's colon that runs on over paragraphs ('The company said: "A.
¶ "B."') is one direct claim without its opening mark; a statement addressed to someone ("in a
letter to families:", "in an email to all staff that") keeps its content."""

from __future__ import annotations

import pytest

from claims.models import Kind
from tests.extracting import extract_text


def test_a_quotation_after_a_colon_runs_on_over_paragraphs() -> None:
    text = (
        'In a statement, the company said: "We are disappointed by this outcome. We will review the ruling.\n\n'
        '"The company remains committed to its customers and will appeal."\n\n'
        "The decision was announced on Friday."
    )
    claims = extract_text(text, "sq")
    assert [(c.speaker, c.kind) for c in claims] == [("the company", Kind.DIRECT)]
    assert claims[0].content.startswith("We are disappointed")
    assert claims[0].content.endswith("will appeal")


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ('Ruiz said in a letter to families: "The school will reopen on Monday."', Kind.DIRECT,
         "The school will reopen on Monday"),
        ("Ruiz said in an email to all staff that the office would close.", Kind.INDIRECT, "the office would close"),
    ],
)
def test_a_statement_to_an_audience(text: str, kind: Kind, content: str) -> None:
    assert [(c.speaker, c.kind, c.content) for c in extract_text(text, "sq")] == [("Ruiz", kind, content)]
