"""A relative clause in the sentence's subject ends where the main predicate resumes: past a
figure's digit-group comma ("3,000"), before "did"/"does", after a quotation that closes on
its comma, and when its antecedent follows a determiner or sits inside a longer subject."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The co-op, which said it had 3,000 members, closed its last store.",
         [("which", "said", "it had 3,000 members")]),
        ("The co-op, which said it had 1,200,000 members in 2020, closed its last store.",
         [("which", "said", "it had 1,200,000 members in 2020")]),
        ("The mayor, who said she was tired of the dispute, did not say whether she would run again.",
         [("who", "said", "she was tired of the dispute"),
          ("The mayor", "did not say", "did not say whether she would run again")]),  # a withheld answer
        # a dash aside inside the content cuts nothing; the comma after it does
        ("Ann Lee, who said the plan — backed by the council — was flawed, voted against it.",
         [("who", "said", "the plan — backed by the council — was flawed")]),
        # the antecedent after a determiner or a possessive name, or inside a longer subject
        ("The Rangers' Tom Hale, who said last year he would play until 40, scored twice.",
         [("who", "said", "he would play until 40")]),
        ("Scientists at the institute, which said last year that the virus was contained, now warn of a new wave.",
         [("which", "said", "the virus was contained")]),
        # a quotation that closes on the relative clause's comma
        ('The coach, who told reporters the team was "in a good place," was fired two days later.',
         [("who", "told", 'the team was "in a good place,"')]),
        # no predicate after the comma: the content runs on
        ("The award went to Ann Ruiz, who said the plan, backed by the council, was sound.",
         [("who", "said", "the plan, backed by the council, was sound")]),
    ],
)
def test_the_relative_clause_ends_where_the_predicate_resumes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content) for c in extract_text(text, "re")] == expected
