"""Sentences for `diff --text`: page furniture is left out as the extractor leaves it out, and a subheading
never runs on into the next line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claims.cli import app
from claims.diff.sentences import split_sentences, story_sentences
from tests.conftest import DATA


def _texts(text: str) -> list[str]:
    return [s.text for s in story_sentences(text)]


def test_furniture_lines_are_not_sentences() -> None:
    text = ("The council approved the budget on Tuesday.\n"
            "SHARE Copy link\nEmail\nFacebook\n"
            "Register for our morning briefing\n"
            "Advertisement\n"
            "The mayor said the vote was close.\n")
    assert _texts(text) == ["The council approved the budget on Tuesday.", "The mayor said the vote was close."]


def test_offsets_stay_true() -> None:
    text = "Intro line here.\nSHARE Copy link\nA second sentence. And a third one."
    for s in story_sentences(text):
        assert text[s.start:s.end] == s.text


def test_a_subheading_does_not_glue_onto_the_next_line() -> None:
    text = ("The storm closed the coast road on Friday.\n"
            "What happens next\n"
            "engineers will inspect the sea wall this week.\n"
            "## Road Closures\n"
            "three routes stay shut.\n"
            "Flood Warnings Remain In Place\n"
            "iPhone alerts were sent to residents.\n")
    assert [s.text for s in split_sentences(text)] == [
        "The storm closed the coast road on Friday.",
        "What happens next",
        "engineers will inspect the sea wall this week.",
        "## Road Closures",
        "three routes stay shut.",
        "Flood Warnings Remain In Place",
        "iPhone alerts were sent to residents.",
    ]


def test_hard_wrapped_prose_still_runs_on() -> None:
    text = ("The harbour board met on Monday and agreed that the new pier would\n"
            "open in the spring, a spokesman said. Work starts soon.\n")
    assert [s.text for s in split_sentences(text)] == [
        "The harbour board met on Monday and agreed that the new pier would\nopen in the spring, a spokesman said.",
        "Work starts soon.",
    ]


def test_diff_text_shows_no_furniture() -> None:
    reg = DATA / "render_story" / "claims.yaml"
    result = CliRunner().invoke(app, ["diff", "lakeshore", "pinecrest", "--registry", str(reg), "--text",
                                      "-f", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["text"]["changes"]
    texts = [(c.get("b") or c.get("a") or {}).get("text", "") for c in changes]
    assert texts and not any("SHARE" in t or t in {"Email", "Facebook"} for t in texts)
    assert (DATA / "render_story" / "pinecrest_ferry.md").read_text(encoding="utf-8").count("SHARE") == 1
