"""A name with a surname particle ("Virgil van Dijk", "Ursula von der Leyen", "Majed
al-Ansari") is a name: in apposition after a role it speaks, and its speaker id is the name's."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker_id"),
    [
        ("The defender, Virgil van Dijk, said the team was tired.", "virgil-van-dijk"),
        ("The coach, Erik ten Hag, said the team had played well.", "erik-ten-hag"),
        ("The ministry's spokesman, Majed al-Ansari, said talks were continuing.", "majed-al-ansari"),
        ("The head of the commission, Ursula von der Leyen, said the talks were over.", "ursula-von-der-leyen"),
        ("The coach, Erik Hag, said the team had played well.", "erik-hag"),
    ],
)
def test_a_name_with_a_particle_speaks(text: str, speaker_id: str) -> None:
    claims = extract_text(text, "np")
    assert [c.speaker_id for c in claims] == [speaker_id]
    assert claims[0].speaker.endswith(speaker_id.split("-")[-1].capitalize())


def test_a_lowercase_phrase_is_no_name() -> None:
    # "de facto" opens no name: the ruling speaks
    assert [(c.speaker, c.content) for c in extract_text("The ruling, de facto, said the ban was lawful.", "np")] == [
        ("The ruling", "the ban was lawful")
    ]
