"""Page furniture in an article body gives no claim: a footer or fixture under a label ("Our
Standards: The Thomson Reuters Trust Principles.", "Heat: Host Atlanta on Tuesday."), and a
photo caption ("FILE - ...", "Photo: ...", a line ending "(AP Photo/...)"). A speaker's turn
and a quoted or stating headline keep their claims."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

STORY = "The council approved the budget on Monday, the mayor said.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Heat: Host Atlanta on Tuesday.",
        "Timeline: How the crisis unfolded.",
        "Gen. Ann Lee said the service would miss its goal. (AP Photo/Jose Luis Magana)",
        "FILE - Recruits train at the base. Army officials said classes were running at 70% capacity.",
        "Photo: Mayor Jane Doe said the city would rebuild.",
    ],
)
def test_furniture_gives_no_claim(line: str) -> None:
    claims = extract_text(STORY + line, "pf")
    assert [c.speaker for c in claims] == ["the mayor"]


@pytest.mark.parametrize(
    ("line", "content"),
    [
        ("Tom Bell: The ferry runs again in May.", "The ferry runs again in May."),
        ("Ruth Okafor: The clinic will stay open through the winter.", "The clinic will stay open through the winter."),
    ],
)
def test_a_speakers_turn_stays(line: str, content: str) -> None:
    claims = extract_text(STORY + line, "pf")
    assert [c.content.rstrip(".") for c in claims[1:]] == [content.rstrip(".")]
