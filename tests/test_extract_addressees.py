"""The people or body addressed is neither content nor relay: "told the Senate Armed Services
Committee that", "told Leeds Crown Court that", "told MPs that", "warned investors that",
"assured residents that". A preposition or a relative `that` after the verb ends no object."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.via, c.content) for c in extract_text(text, "ad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Ann Lee told the Senate Armed Services Committee that the Army would miss its goal.",
         [("Gen. Ann Lee", None, "the Army would miss its goal")]),
        ("The defendant told Leeds Crown Court that he had acted in self-defence.",
         [("The defendant", None, "he had acted in self-defence")]),
        ("The minister told MPs that the deal was done.", [("The minister", None, "the deal was done")]),
        ("The bank warned investors that profits would fall.", [("The bank", None, "profits would fall")]),
        ("The mayor assured residents that the water was safe.", [("The mayor", None, "the water was safe")]),
        ("The agency warned residents in low-lying areas that the river could flood.",
         [("The agency", None, "the river could flood")]),
        # an outlet told stays the relay
        ("The minister told Reuters that the deal was done.", [("The minister", "Reuters", "the deal was done")]),
    ],
)
def test_the_addressee_is_skipped(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_a_relative_that_is_no_content_opening() -> None:
    # the object is not skipped to the relative `that` ("that had overdrafts" is no content)
    assert _claims("The bank warned customers that had overdrafts that fees would rise.") == [
        ("The bank", None, "customers that had overdrafts that fees would rise")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the press told, after a noun-phrase content
        ("The Coast Guard confirmed the findings to reporters.", [("The Coast Guard", None, "the findings")]),
        ("The minister confirmed the cuts to reporters on Monday.", [("The minister", None, "the cuts")]),
        # inside a clause it is the clause's own
        ("The minister said the report was leaked to reporters.",
         [("The minister", None, "the report was leaked to reporters")]),
    ],
)
def test_the_press_told_is_not_content(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_a_time_after_the_verb_is_no_object() -> None:
    # "revealed today": no noun-phrase object, so the attribution after its content stands
    text = "Crews found debris near the wreck, the Coast Guard revealed today, adding that the search had ended."
    assert _claims(text)[0] == ("the Coast Guard", None, "Crews found debris near the wreck")
