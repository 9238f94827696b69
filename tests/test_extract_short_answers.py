"""A quoted answer of a word or two is a claim ('"Absolutely," he said'; 'she said, "No."');
unquoted, so few words are no content. In sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

Quad = tuple[str, str, str, str]


def _got(text: str) -> list[Quad]:
    return [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "sa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Absolutely," he said when asked if the race was over.', [("he", "said", "Absolutely", "direct")]),
        ('"Absolutely not," the mayor said.', [("the mayor", "said", "Absolutely not", "direct")]),
        ("“Yes,” she said.", [("she", "said", "Yes", "direct")]),
        ('Asked whether he would resign, the mayor said, "No."', [("the mayor", "said", "No", "direct")]),
        ('Asked about the vote, Ann Lee said, "Probably."', [("Ann Lee", "said", "Probably", "direct")]),
    ],
)
def test_a_quoted_answer_is_a_claim(text: str, expected: list[Quad]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "So far, she said.",
        "Later, he said.",
        "Well, she said.",
        '"Yes" and "no" were the only options, the clerk said nothing.',
    ],
)
def test_few_unquoted_words_are_no_claim(text: str) -> None:
    assert _got(text) == []


# A bare "yes" or "no" as the whole content is an answer; "said no to the plan" goes on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether the mayor should stay, 75 percent of residents said yes, but 55 percent of voters say "
            "she should go.",
            [("75 percent of residents", "said", "yes"), ("55 percent of voters", "say", "she should go")],
        ),
        ("He said no to the plan.", [("He", "said", "no to the plan")]),
    ],
)
def test_a_bare_yes_or_no_is_an_answer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content) for c in extract_text(text, "sa")] == expected
