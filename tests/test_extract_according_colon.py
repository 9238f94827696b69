"""A leading "According to X" ends at its comma or at a colon ('According to the Herald: "..."').
In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Quad = tuple[str, str, str, str]


def _got(text: str) -> list[Quad]:
    return [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "ac")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Herald: “The mayor has had a mixed record on housing throughout her career.”",
            [
                (
                    "the Herald",
                    "According to",
                    "The mayor has had a mixed record on housing throughout her career",
                    "direct",
                )
            ],
        ),
        (
            "According to the Herald: the mayor has had a mixed record on housing.",
            [("the Herald", "According to", "the mayor has had a mixed record on housing", "indirect")],
        ),
        # a comma before the colon still ends the speaker: the colon is the content's
        (
            "According to the Herald, the mayor has a mixed record: two wins and three losses.",
            [("the Herald", "According to", "the mayor has a mixed record: two wins and three losses", "indirect")],
        ),
    ],
)
def test_according_to_ends_at_a_colon(text: str, expected: list[Quad]) -> None:
    assert _got(text) == expected


def test_too_little_after_the_colon_is_no_claim() -> None:
    assert _got("According to officials: none.") == []


# A trailing "according to X" ends its source at a dash as at a comma: what follows the
# dash goes on about the content, not the source.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Most voters view her unfavorably, according to a poll last week - about the same as Ray.", "a poll"),
        ("The plan would raise $1 trillion, according to the Tax Center -- half a point of output.", "the Tax Center"),
        ("The plan failed, according to the mayor — who spoke late.", "the mayor"),
        # a hyphen inside a name is no dash
        ("The plan failed, according to Ann Lee-Ruiz.", "Ann Lee-Ruiz"),
    ],
)
def test_trailing_according_source_ends_at_a_dash(text: str, speaker: str) -> None:
    assert [(c.speaker, c.cue) for c in extract_text(text, "ac")] == [(speaker, "according to")]


def test_heading_label_with_according_is_no_speaker_turn() -> None:
    text = "Turnout: It rose by five points in the county, according to the election board."
    assert [(c.speaker, c.cue) for c in extract_text(text, "ac")] == [("the election board", "according to")]


def test_speaker_turn_without_attribution_stays_a_turn() -> None:
    text = "Ann Lee: It rose by five points in the county, and we are proud of it."
    assert [(c.speaker, c.cue) for c in extract_text(text, "ac")] == [("Ann Lee", ":")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attribution inside is the content's main clause: one claim, through the outlet
        ("According to Reuters, the agency said the plan failed.", [("the agency", "said")]),
        ("In a statement on Monday, the agency said the plan failed, according to Reuters.", [("the agency", "said")]),
        # nested in a subordinate clause of the content: the outer source's claim stays
        (
            "The crash came a week after the maker urged airlines to check the bolts, according to the regulator.",
            [("the maker", "urged"), ("the regulator", "according to")],
        ),
    ],
)
def test_according_to_folds_only_a_main_clause_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.cue) for c in extract_text(text, "ac")] == expected
