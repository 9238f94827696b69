"""Quotation structure on real-news shapes, in sentences of our own: colon-introduced
statements, quotations that run on under one cue, and content boundaries."""

from __future__ import annotations

import pytest

from claims.models import Claim, Kind
from tests.extracting import extract_text


def _claims(text: str) -> list[Claim]:
    return extract_text(text, "pq")


# 1. A speaker's name and a colon opening a paragraph: transcript turns, Q and A, and
# headline-style lines. The rest of the paragraph is one claim; the cue is the colon.
@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        (
            "Ellen Tate: The bridge reopens in May, and the tolls stay as they are.",
            "Ellen Tate",
            "The bridge reopens in May, and the tolls stay as they are",
            Kind.INDIRECT,
        ),
        (
            "Tate: Ferry fares will ‘never go up again.’",
            "Tate",
            "Ferry fares will ‘never go up again.’",
            Kind.MIXED,
        ),
        (
            'Sen. Ann Lee (D-Ore.): "We have the votes to pass the harbor bill."',
            "Sen. Ann Lee",
            "We have the votes to pass the harbor bill",
            Kind.DIRECT,
        ),
        (
            "Q: When does the bridge reopen? Will the tolls rise?\n\nA: In May. The tolls stay flat.",
            "Q",
            "When does the bridge reopen? Will the tolls rise",
            Kind.INDIRECT,
        ),
        (
            "MAYOR TATE: We will reopen the bridge in May. Nobody will pay more.\n\n"
            "ROY KANE: That is not what the budget says.",
            "MAYOR TATE",
            "We will reopen the bridge in May. Nobody will pay more",
            Kind.INDIRECT,
        ),
    ],
)
def test_speaker_turn(text: str, speaker: str, content: str, kind: Kind) -> None:
    claims = _claims(text)
    first = claims[0]
    assert (first.speaker, first.cue, first.content, first.kind) == (speaker, ":", content, kind)


def test_speaker_turns_are_one_claim_each() -> None:
    text = "Q: Why close the bridge now? Who decided?\n\nA: The engineers did. They found cracks."
    claims = _claims(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("Q", "Why close the bridge now? Who decided"),
        ("A", "The engineers did. They found cracks"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Note: The bridge schedule was updated on Monday after the vote.",
        "Update: The council has since postponed the vote on the harbor bill.",
        "Monday: The council meets at noon to vote on the harbor bill.",
        "NEW DELHI: The port authority closed two berths after the storm hit the coast.",
        "Contributing: Ann Lee, Tom Ray and Joe Roe in Dayton.",
        "Ohio: Ann Lee, Tom Ray, Joe Roe, Bea Sims, Carl Dunn, Dee Fox.",
        "Tate’s Plan: Build a second bridge north of the harbor by 2030.",
        "Trump: 35 percent.",
        "The plan was simple: build a second bridge north of the harbor.",
        "X: The bridge reopens in May, officials hope.",
    ],
)
def test_not_a_speaker_turn(text: str) -> None:
    assert [c for c in _claims(text) if c.cue == ":"] == []


def test_capitals_need_a_transcript() -> None:
    """One paragraph opened by a name in capitals is a dateline; two make a transcript."""
    one = "ROY KANE: The bridge closed on Friday after inspectors found cracks."
    assert [c for c in _claims(one) if c.cue == ":"] == []
    two = one + "\n\nELLEN TATE: It will reopen in May, once the repairs are done."
    assert [c.speaker for c in _claims(two) if c.cue == ":"] == ["ROY KANE", "ELLEN TATE"]


# 2. "according to" names a source more freely than a subject does: polls, results, research,
# a law; never an accordance ("according to plan").
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to early results of the exit poll taken for the Gazette, Tate led among men.",
            "early results of the exit poll",
            "Tate led among men",
        ),
        (
            "According to county law, no one may camp within 100 feet of the pier.",
            "county law",
            "no one may camp within 100 feet of the pier",
        ),
        (
            "Tate led among voters under 30, according to exit polling data.",
            "exit polling data",
            "Tate led among voters under 30",
        ),
        (
            "Kane has raised $6 million from donors since May, according to new research.",
            "new research",
            "Kane has raised $6 million from donors since May",
        ),
    ],
)
def test_according_to_sources(text: str, speaker: str, content: str) -> None:
    claims = _claims(text)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The launch went ahead on Friday according to plan.",
        "The seats were assigned according to age and height.",
        "The crates were stacked according to size.",
        "According to schedule, the ferry leaves the pier at noon each day.",
    ],
)
def test_according_to_accordance(text: str) -> None:
    assert [c for c in _claims(text) if c.cue.lower() == "according to"] == []


# 3. The content stops where the speaker's own next act is coordinated after it.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Tate said the toll is a trap, and she opposed the budget.", "the toll is a trap"),
        ("Ann Lee said the pier is safe, and has long championed new repairs.", "the pier is safe"),
        ("Tate said the rents rose in May, and reminded the audience of the vote.", "the rents rose in May"),
        ("Kane said the ferry is late, but he visited the crew.", "the ferry is late"),
        # not the speaker's act: the content runs on
        (
            "Tate said the rents rose in May, and the wages fell in June.",
            "the rents rose in May, and the wages fell in June",
        ),
        (
            "Kane said the port is busy, but it remains safe for ferries.",
            "the port is busy, but it remains safe for ferries",
        ),
    ],
)
def test_content_stops_before_speakers_next_act(text: str, content: str) -> None:
    assert [c.content for c in _claims(text)] == [content]


# 4. A line that ends with a stop inside straight single quotes is a sentence, not a headline.
def test_line_closed_by_straight_single_quote_is_prose() -> None:
    claims = _claims("Tate: 'We will rebuild the pier by May.'")
    assert [(c.speaker, c.cue, c.content) for c in claims] == [("Tate", ":", "We will rebuild the pier by May")]


@pytest.mark.parametrize(
    "text",
    ["Tate: 'We will rebuild the pier'", "Tate: ‘We will rebuild the pier’", "Tate plans to rebuild the pier by May"],
)
def test_short_line_without_stop_is_a_headline(text: str) -> None:
    assert _claims(text) == []
