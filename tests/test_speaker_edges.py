"""Speaker phrase edges: datelines, trailing times and adverbs, and words that are never a
speaker ("During", "Tuesday", "Speaking")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.extract.speaker_edges import speaker_edges
from tests.extracting import extract_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a time or an adverb taken in after the speaker
        ("the mayor on Tuesday", "the mayor"),
        ("the mayor on Tuesday night", "the mayor"),
        ("Cole later Thursday", "Cole"),
        ("The board last month", "The board"),
        ("The council also", "The council"),
        ("Cole strongly", "Cole"),
        ("Residents almost universally", "Residents"),
        # a dateline before it
        ("Mar 3 (Wire) - Senator Ann Cole", "Senator Ann Cole"),
        # a focus word before it
        ("even the mayor's allies", "the mayor's allies"),
        ("Recently she", "she"),
        ("First his wife", "his wife"),
        # kept as written
        ("A poll released Friday", "A poll released Friday"),  # the date belongs to the participle
        ("A report issued earlier this year", "A report issued earlier this year"),
        ("results tallied through Friday", "results tallied through Friday"),
        ("the Weekly", "the Weekly"),
        ("The family", "The family"),
        ("the assembly", "the assembly"),
        ("Boeing", "Boeing"),
        ("Reading Borough Council", "Reading Borough Council"),
        ("First Minister Ann Cole", "First Minister Ann Cole"),
        ("Most", "Most"),
        ("Only 24 percent", "Only 24 percent"),
        # an example after "like" (the walk stopped inside "experts like ...") speaks
        ("like Ann Cole", "Ann Cole"),
        ("like the state's auditors", "the state's auditors"),
        # quantities that open with a preposition stay
        ("About four in 10 voters", "About four in 10 voters"),
        ("over 40 delegates", "over 40 delegates"),
        # an adjunct that opens with a preposition is no speaker
        ("By Sunday", ""),
        ("Like Ann Cole", ""),
        ("Alongside the union", ""),
        ("Despite what he", ""),
        ("Beyond", ""),
        # no speaker left
        ("During", ""),
        ("Tuesday", ""),
        ("Meanwhile", ""),
        ("Recently", ""),
        ("Speaking", ""),
        ("Name", ""),
        ("a few days later", ""),
        ("this past week", ""),
    ],
)
def test_speaker_edges(phrase: str, expected: str) -> None:
    assert speaker_edges(phrase) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The council on Tuesday said the pool would reopen.", ["The council"]),
        ("The harbour master strongly denied that the pier was unsafe.", ["The harbour master"]),
        ("Apr 2 (Wire) - The port authority on Monday said fees would rise.", ["The port authority"]),
        ("Even the mayor's allies say the plan is too costly.", ["the mayor's allies"]),
    ],
)
def test_extracted_speakers_lose_their_edges(text: str, speakers: list[str]) -> None:
    assert [c.speaker for c in extract_text(text, "se")] == speakers


_NEVER = ("during", "tuesday", "monday", "friday", "speaking", "meanwhile", "recently", "later", "however", "name")


@pytest.mark.parametrize(
    "text",
    [
        "During the hearing, the judge said the case would go on.",
        "Speaking in Dover, the minister said taxes would not rise.",
        "Tuesday, the council said the road would close.",
        "Meanwhile, the union said it would strike.",
        "Recently, critics said the scheme was failing.",
        "Name: Ann Cole\nAge: 40\nShe said the rent had doubled.",
    ],
)
def test_no_time_word_or_adverb_is_ever_a_speaker(text: str) -> None:
    for claim in extract_text(text, "se"):
        assert claim.speaker.split()[0].lower().strip(",:") not in _NEVER, claim
        assert speaker_edges(claim.speaker) == claim.speaker


def test_seed_speakers_have_no_edges_left() -> None:
    result = CliRunner().invoke(app, ["list", "--seeds", str(ROOT / "seeds"), "--format", "json"])
    assert result.exit_code == 0, result.output
    speakers = [c["speaker"] for c in json.loads(result.stdout)["claims"]]
    assert speakers
    assert [s for s in speakers if speaker_edges(s) != s] == []
