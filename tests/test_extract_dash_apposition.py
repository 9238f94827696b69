"""A dash sets off what follows a speaker as a comma does: "said Ann Lee - who ..." names Ann
Lee, and the relative clause's own characterisation is hers."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_the_speaker_ends_at_the_dash(dash: str) -> None:
    text = f"“We are ready,” said Ann Lee {dash} who called the deal \"a disgrace\"."
    claims = extract_text(text, "da")
    assert [(c.speaker, c.speaker_id, c.content) for c in claims] == [
        ("Ann Lee", "ann-lee", "We are ready"),
        ("who", "ann-lee", 'the deal "a disgrace"'),
    ]


def test_a_dashed_aside_after_the_speaker() -> None:
    claims = extract_text("“We are ready,” said Ann Lee — who has led the union since 2019 — on Monday.", "da")
    assert [(c.speaker, c.content) for c in claims] == [("Ann Lee", "We are ready")]
