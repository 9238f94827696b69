"""A court's or an inquiry's finding is its claim: "ruled that", "determined that", "..., the
judge ruled". Not the noun ("party rules that could ...", "the court ruling that paved the
way"), a ruler ("ruled the country"), or the adjective ("determined to help")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A federal judge ruled Tuesday that the search was unconstitutional.",
         [("A federal judge", "ruled", "the search was unconstitutional")]),
        ("The search was unconstitutional, the judge ruled.",
         [("the judge", "ruled", "The search was unconstitutional")]),
        ("The board determined that a missing bolt caused the door to blow out.",
         [("The board", "determined", "a missing bolt caused the door to blow out")]),
        ("The court struck down the law, ruling that it violated the constitution.",
         [("The court", "ruling", "it violated the constitution")]),
    ],
)
def test_a_finding_is_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The king ruled the country for 40 years.",
        "The minister ruled out that possibility on Monday.",
        "The camps agreed to examine changes to party rules that could reduce the role of delegates.",
        "The group brought the lawsuit that led to the court ruling that paved the way for the funds.",
        "He flew back to the capital with his two sons, determined to help rebuild the country.",
        "Investigators have not determined the cause of the fire.",
    ],
)
def test_no_finding(text: str) -> None:
    assert _claims(text) == []


def test_the_writers_framing_is_not_the_ruling() -> None:
    text = ("A federal judge blocked the ban, ruling that the city had overstepped its authority, "
            "in a setback for officials who argued the rule would ease a housing shortage.")
    assert _claims(text)[0] == ("A federal judge", "ruling", "the city had overstepped its authority")
