"""An attribution after its content holds a claim reported within it: the outer party's
claim wins, and an outlet's becomes the relay. "told <anyone> that" reaches its clause. In
sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(c.speaker, c.cue, c.via, c.content) for c in extract_text(text, "oa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crew told police that they had lost power on the ship, the chief said.",
            [("the chief", "said", None, "The crew told police that they had lost power on the ship")],
        ),
        (
            "A witness said the manager had ordered staff to keep quiet, the report said.",
            [("the report", "said", None, "A witness said the manager had ordered staff to keep quiet")],
        ),
        # an outlet that reports another party's words relays them
        (
            "The board also said on Sunday that the missing part was found in a garden, the Daily Herald reported.",
            [("The board", "also said", "Daily Herald", "the missing part was found in a garden")],
        ),
        (
            "The ministry said the outage had hit its systems, the paper reported.",
            [("The ministry", "said", "the paper", "the outage had hit its systems")],
        ),
    ],
)
def test_outer_attribution_wins(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label or a belief after the comma holds nothing reported
        "The mayor told reporters that before the ship hit the bridge, crew members called in a warning.",
        "The mayor said the pier was safe, and the engineers believe it will last.",
    ],
)
def test_first_attribution_kept(text: str) -> None:
    assert [c[0] for c in _claims(text)][:1] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Randolph told others that the pier was safe.", "the pier was safe"),
        ("He told cheering supporters that the campaign would go on.", "the campaign would go on"),
        ("Coulter told radio host Hugh Brown on Wednesday that her post was a joke.", "her post was a joke"),
        ("Ben Carlson told a crowded hall at a hotel in downtown Dayton that he would go on.", "he would go on"),
    ],
)
def test_told_anyone_that(text: str, content: str) -> None:
    assert [c[3] for c in _claims(text)] == [content]


def test_told_with_a_question_word_is_not_an_addressee() -> None:
    # "whether" opens what was told, not the people told: no clause after "that" to report
    assert _claims("She told others whether that plan would work.") == []
