"""Acronyms spelled like function words ("WHO", "IT") are names, not the pronoun: health and
technology stories quote "the WHO" and "IT staff" as often as anyone."""

from __future__ import annotations

import pytest

from claims.extract.phrases import iter_tokens, tokens
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ac")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The WHO said the outbreak was slowing.", [("The WHO", "said", "the outbreak was slowing")]),
        ("WHO officials said the risk to travellers was low.",
         [("WHO officials", "said", "the risk to travellers was low")]),
        ('"The worst is behind us," said WHO chief Maria Sole.',
         [("WHO chief Maria Sole", "said", "The worst is behind us")]),
        ('"The worst is behind us," WHO chief Maria Sole told a briefing.',
         [("WHO chief Maria Sole", "told", "The worst is behind us")]),
        ("According to WHO figures, cases fell by a third.",
         [("WHO figures", "According to", "cases fell by a third")]),
        ("IT staff said the servers had been restored overnight.",
         [("IT staff", "said", "the servers had been restored overnight")]),
    ],
)
def test_an_acronym_spelled_like_a_pronoun_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, who runs the shelter, said it was full.", [("Ann Lee", "said", "it was full")]),
        ("It said the plan would fail.", [("It", "said", "the plan would fail")]),
    ],
)
def test_the_pronouns_themselves_are_read_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize("text", ["The WHO said so, and IT agreed.", "The WHO said so,\tand IT agreed."])
def test_tokens_keep_a_clashing_acronyms_case(text: str) -> None:
    """Both token readers (the split on plain spaces and the regex) keep the acronyms' own case
    as their lower case, and the pronoun's lower case stays lower case."""
    low = {t.text: t.low for t in tokens(text, 0, len(text))}
    assert low["WHO"] == "WHO" and low["IT"] == "IT" and low["The"] == "the"
    assert [t.low for t in iter_tokens(text, 0, len(text))] == [t.low for t in tokens(text, 0, len(text))]
    plain = "Ann, who said so, left."
    assert [t.low for t in tokens(plain, 0, len(plain)) if t.text == "who"] == ["who"]
