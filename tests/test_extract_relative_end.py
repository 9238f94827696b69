"""A relative clause in the sentence's subject ends where the main predicate resumes: past a
figure's digit-group comma ("3,000"), and before "did"/"does"."""

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
          ("The mayor", "did not say", "whether she would run again")]),
        # a dash aside inside the content cuts nothing; the comma after it does
        ("Ann Lee, who said the plan — backed by the council — was flawed, voted against it.",
         [("who", "said", "the plan — backed by the council — was flawed")]),
    ],
)
def test_the_relative_clause_ends_where_the_predicate_resumes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content) for c in extract_text(text, "re")] == expected
