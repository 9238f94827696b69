"""What stands between a cue and the `that` of its content is not content: a participle phrase on
the statement ("said in a statement posted on its website that ..."), or an aside set off by commas
("told the Herald, speaking on condition of anonymity, that ...", "claimed, without evidence, that")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry said in a statement carried by state television that two bridges had been closed.",
         "two bridges had been closed"),
        ("The firm said in a statement posted on its website that service had been restored.",
         "service had been restored"),
        ("The agency said in a report published on Thursday that river levels had risen.", "river levels had risen"),
        ("The council said in a letter sent to residents last week that the pool would close.", "the pool would close"),
        ("The council said in a letter to residents that the pool would close.", "the pool would close"),
        ("An official told the Herald, speaking on condition of anonymity, that the talks had stalled.",
         "the talks had stalled"),
        ("The senator claimed, without evidence, that the count had been rigged.", "the count had been rigged"),
        ("The mayor said, however, that the ferry would resume in May.", "the ferry would resume in May"),
        ("The mayor said on Tuesday, after meeting engineers, that the ferry would resume in May.",
         "the ferry would resume in May"),
    ],
)
def test_the_content_starts_after_that(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ca")] == [content]


def test_a_relay_named_before_the_aside_is_kept() -> None:
    text = "An official told the Herald, speaking on condition of anonymity, that the talks had stalled."
    assert [(c.speaker, c.via) for c in extract_text(text, "ca")] == [("An official", "Herald")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no statement named: a participle after the cue opens the content
        ("The chief said injured workers told him that the plant was unsafe.",
         "injured workers told him that the plant was unsafe"),
        # no `that`: the aside's commas are the content's own
        ("The chief said, in short, the plant was unsafe.", "in short, the plant was unsafe"),
    ],
)
def test_content_that_only_looks_like_a_lead(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ca")] == [content]
