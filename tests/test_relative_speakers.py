"""A relative pronoun's speaker: the pronoun as written ("who"), standing for the name before
the descriptions in apposition, not a name inside them ("Ann Ruiz, an analyst at Kestrel, who
said" -> "who", whose party, the speaker id, is Ann Ruiz)."""

from __future__ import annotations

import pytest

from claims.extract.speakers import slug
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
        ("The ferry was praised by the harbour master, who said it was reliable.", "harbour master"),
    ],
)
def test_relative_speaker_is_the_named_antecedent(text: str, speaker: str) -> None:
    claims = [c for c in extract_text(text, "rel") if c.rule == "relative"]
    assert [(c.speaker, c.speaker_id) for c in claims] == [("who", slug(speaker))]


# The relative pronoun is the written speaker ("which" after a comma too); a speaker named
# before its verb, or a "who" that opens a question or a relative clause of an object, is not.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The fund was run by Ivo Brandt, who said it had lost money.", "who"),
        ("Staff were briefed by the auditor, who warned that the books did not balance.", "who"),
        ("The ministry issued a memo, which claimed the roads were safe.", "which"),
        ("Growers who said prices were too low sold early.", "who"),
        # a subject of its own before the verb
        ("Ivo Brandt, who runs the fund, said it had lost money.", "Ivo Brandt"),
        ("The auditor warned that the books did not balance.", "The auditor"),
    ],
)
def test_relative_pronoun_is_the_written_speaker(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "rel")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Who said the books did not balance?",  # a question, no antecedent
        "The fund hired an auditor who checked the books.",  # no cue in the relative clause
    ],
)
def test_no_relative_speaker_without_cue_or_antecedent(text: str) -> None:
    assert [c.speaker for c in extract_text(text, "rel") if c.speaker.lower() == "who"] == []


# A relative clause set off inside the subject of a main verb of saying is an aside when it
# holds no clause: the main verb's subject speaks ("Ivo Brandt, who wrote the rule, said ...");
# a reported clause in it ends where the main predicate resumes; a relative clause
# after the main verb's object, or one the sentence ends with, speaks as "who".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Brandt, who wrote the rule, said he was disappointed.",
            [("Ivo Brandt", "said", "he was disappointed")],
        ),
        # a clause in the relative clause is a claim of its own, ending where the predicate resumes
        (
            "The treasurer, who said the books were sound, told reporters the audit was late.",
            [("who", "said", "the books were sound"), ("The treasurer", "told", "the audit was late")],
        ),
        ("The board thanked Ivo Brandt, who said the rule was fair, and left.", [("who", "said")]),
        ("Ivo Brandt, who said the rule was fair, left early.", [("who", "said")]),
    ],
)
def test_relative_aside_in_the_subject(text: str, expected: list[tuple[str, ...]]) -> None:
    width = len(expected[0])
    assert [(c.speaker, c.cue, c.content)[:width] for c in extract_text(text, "rel")] == expected
