"""A capitalised modifier and a plural party noun are one subject ("Rail unions welcomed the move
but said ..."); a second speech act after "but" ("but warned of storm surge") ends the content
whatever its tense, unless a quotation is attributed after it ("but noted, “...”")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rail unions welcomed the move but said it did not go far enough.", "Rail unions"),
        ("Local residents welcomed the plan but said it came too late.", "Local residents"),
        ("Acme officials said the plant would close.", "Acme officials"),
    ],
)
def test_a_modified_plural_party(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(text, "ba")] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The hurricane center said the storm was expected to weaken but warned of storm surge.",
         "the storm was expected to weaken"),
        ("The bank said profits had risen but conceded costs were high.", "profits had risen"),
        ('"Sales rose but we noted a dip," the chief executive said.', "Sales rose but we noted a dip"),
    ],
)
def test_a_second_speech_act_after_but(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ba")][:1] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "add" with a noun phrase adds a thing, not a statement
        ("The new rules add layers of paperwork.", []),
        ("The company added 300 jobs last year.", []),
        ("Detours will add up to 30 minutes to commutes, according to the department.",
         [("the department", "Detours will add up to 30 minutes to commutes")]),
        ("He added the plan was dead.", [("He", "the plan was dead")]),
        ('She added, "We are done."', [("She", "We are done")]),
    ],
)
def test_add_needs_a_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "ba")] == expected
