"""An introductory clause before the subject ("As the paper prepared to publish the story
Wednesday, ..."), also after a discourse marker ("However, as ..."), is read past to the main
clause's subject, which a joined verb of saying then shares."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("However, as the paper prepared to publish the story Wednesday, the spokesman disavowed the account "
         "and said the lawyers would issue a statement.", "the spokesman"),
        ("As the paper prepared to publish the story on Wednesday night, the aide disavowed the account and said "
         "the lawyers would issue a statement.", "the aide"),
        ("But in March, the mayor visited the site and said the lawyers would issue a statement.", "the mayor"),
    ],
)
def test_the_main_clause_subject_speaks(text: str, speaker: str) -> None:
    claims = extract_text(text, "ic")
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "the lawyers would issue a statement")]
