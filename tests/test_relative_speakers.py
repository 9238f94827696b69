"""A relative pronoun's speaker: the name before the descriptions in apposition, not a name
inside them ("Ann Ruiz, an analyst at Kestrel, who said" -> Ann Ruiz)."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The plan was drawn up by Ann Ruiz, a senior analyst at Kestrel Capital, who said it would save money.",
            "Ann Ruiz",
        ),
        (
            "The bill was backed by Dana Cole of Kent, the top member on the Roads Committee, who said it was fair.",
            "Dana Cole of Kent",
        ),
        ('"It was a mistake," said Tom Ng, 34, from Leeds, who said he would vote again.', "Tom Ng"),
        (
            "The deal was attacked by Rosa Lind, the leader of the opposition in North Vale, who said it was rushed.",
            "Rosa Lind",
        ),
        # unchanged: the antecedent is right before "who"
        ("Voters backed Tom Ng, who said he would cut taxes.", "Tom Ng"),
        ("The plan was drawn up by Ann Ruiz, the port director, who said that it would save money.", "Ann Ruiz"),
        ("The ferry was praised by the harbour master, who said it was reliable.", "the harbour master"),
    ],
)
def test_relative_speaker_is_the_named_antecedent(text: str, speaker: str) -> None:
    claims = [c for c in extract_text(text, "rel") if c.rule == "relative"]
    assert [c.speaker for c in claims] == [speaker]
