"""Refusal phrases in ASCII sentences are found in lower case and matched again as written:
the same spans, and the text as the article writes it."""

from __future__ import annotations

import pytest

from claims.extract import cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials DID NOT RESPOND to requests for comment.",
        "He Declined To Comment on the plan.",
        "She did not return Smith calls seeking comment.",
        "The company declined to comment; a spokesman refused to say more.",
        "Lee could not be reached for comment Friday.",
        "Nothing here is refused by anyone, not even the mayor.",
        "declined to comment, and then declined to comment again.",
        "X-declined to comment;had no comment,was unavailable for comment",
        "undeclined to comment _declined to comment 2declined to comment",
    ],
)
def test_the_lower_case_scan_finds_what_the_case_blind_one_does(sentence: str) -> None:
    assert cues._REFUSAL_LOW is not None and cues._REFUSAL_AFTER is not None
    expected = [(m.span(), m.group()) for m in cues._REFUSAL_RE.finditer(sentence)]
    assert [(m.span(), m.group()) for m in cues.refusal_matches(sentence)] == expected


def test_matches_keep_the_written_case() -> None:
    found = cues.refusal_matches("He Declined To Comment.")
    assert [m.group() for m in found] == ["Declined To Comment"]


def test_a_pattern_with_capitals_has_no_twin() -> None:
    import re

    assert cues._lower_case_twin(re.compile(r"\bSaid\b", re.IGNORECASE)) is None
    twin = cues._lower_case_twin(re.compile(r"[A-Z]\w+ said", re.IGNORECASE))
    assert twin is not None and twin.pattern == r"[a-z]\w+ said" and not twin.flags & re.IGNORECASE


def test_the_scan_after_a_non_word_character_is_the_word_boundary_scan() -> None:
    import re

    assert cues._after_non_word(re.compile(r"said")) is None
    low, after = cues._REFUSAL_LOW, cues._REFUSAL_AFTER
    assert low is not None and after is not None
    for text in ["did not respond", "a did not respond.did not respond", "xdid not respond, (declined to say)"]:
        assert [m.start() for m in low.finditer(text)] == [m.start() for m in after.finditer(" " + text)]
