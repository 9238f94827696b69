"""An abbreviation that may close a sentence ("N.Y.", "Inc.", "Jr.", "the U.S.") does so before a
quotation that opens with a capital: the quotation runs on under the cue before it, one claim."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "last_words"),
    [
        ('"This is unacceptable," said Rep. Ann Lee, D-Ore. "People deserve answers."', "Rep. Ann Lee",
         "People deserve answers"),
        ('"This is unacceptable," said Tom Cole, a spokesman for Orin Inc. "People deserve answers."', "Tom Cole",
         "People deserve answers"),
        ('"This is unacceptable," said Rita Moe, who grew up in the U.S. "People deserve answers."', "Rita Moe",
         "People deserve answers"),
    ],
)
def test_a_quotation_after_an_abbreviation_runs_on(text: str, speaker: str, last_words: str) -> None:
    (claim,) = extract_text(text, "qa")
    assert claim.speaker == speaker
    assert claim.content.startswith("This is unacceptable") and claim.content.endswith(last_words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The firm moved to the U.S. "It was time," she said.', [("she", "It was time")]),
        # a quotation that opens in lower case goes on the sentence
        ('The talks in the U.S. "failed badly," she said.', [("she", 'The talks in the U.S. "failed badly,"')]),
    ],
)
def test_the_sentence_before_the_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text, "qa")] == expected
