""""per X" and "as per X" credit a source as "according to X" does ("Per CNN's reports, ...",
"..., per the Associated Press", "..., as per news agency ANSA" after another attribution: its
relay); "per share", "per cent" and an accordance ("per the agreement") credit nobody."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.via, c.content) for c in extract_text(text, "ps")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per CNN's reports, the data was labelled as not definitive.",
         [("CNN's reports", None, "the data was labelled as not definitive")]),
        ("Three people were killed, per the Associated Press.",
         [("the Associated Press", None, "Three people were killed")]),
        ("Three people were killed, as per the police.", [("the police", None, "Three people were killed")]),
        ("The road was closed, a police spokesman said, as per news agency ANSA.",
         [("a police spokesman", "news agency ANSA", "The road was closed")]),
        ("The company earned five dollars per share last year.", []),
        ("The work was done per the agreement.", []),
    ],
)
def test_per_credits_a_source(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected
