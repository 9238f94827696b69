"""A list of names that opens the clause speaks jointly ("Apple, Google and Microsoft said"), as
two joined names do: the whole list is the speaker, not its last two names."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.cue) for c in extract_text(text, "jl")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Acme, Orin and Quill said sales fell in the spring.", "Acme, Orin and Quill", "said"),
        ("Acme, Orin, and Quill said sales fell in the spring.", "Acme, Orin, and Quill", "said"),
        ("Norway, Chile, Kenya and Peru said in a joint statement that the talks had failed.",
         "Norway, Chile, Kenya and Peru", "said"),
        ("The United Kingdom, Norway and Chile said the vote was fair.",
         "The United Kingdom, Norway and Chile", "said"),
        ("Acme, Orin and Quill declined to comment.", "Acme, Orin and Quill", "declined to comment"),
        ("Acme, Orin and Quill did not respond to requests for comment.", "Acme, Orin and Quill",
         "did not respond to requests for comment"),
    ],
)
def test_a_list_of_names_speaks_jointly(text: str, speaker: str, cue: str) -> None:
    assert _pairs(text) == [(speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "In Lima, Orin and Quill said sales fell in the spring.",
        "On Monday, Orin and Quill said sales fell in the spring.",
        "Separately, Orin and Quill said sales fell in the spring.",
        "Yesterday, Orin and Quill said sales fell in the spring.",
        "However, Orin and Quill said sales fell in the spring.",
        "Like Acme, Orin and Quill said sales fell in the spring.",
    ],
)
def test_an_opening_adverbial_is_not_a_name_of_the_list(text: str) -> None:
    assert _pairs(text) == [("Orin and Quill", "said")]


def test_a_list_with_parentheticals_keeps_its_last_joint_names() -> None:
    text = ("Several senators, including Ann Lee (Ore.), Tom Cole (Pa.) and Rita Moe (Iowa) have since "
            "denounced the plan.")
    assert [s for s, _ in _pairs(text)] == ["Tom Cole (Pa.) and Rita Moe"]
