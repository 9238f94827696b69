"""Shapes of saying the extractor used to miss, in sentences of our own: a characterising
participle with its object and quoted label (", calling the plan "a giveaway"").
Each rule has the shapes it takes and the ones it still leaves alone."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ss")]


# ", calling OBJ "LABEL"": the object and its quoted label, the clause subject's claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor criticised the scheme on Monday, calling it "absurd."',
            ("The mayor", "calling", 'it "absurd."'),
        ),
        (
            'The lawyer asked for a lighter sentence, calling her client\'s thefts "a lapse of youth."',
            ("The lawyer", "calling", 'her client\'s thefts "a lapse of youth."'),
        ),
        (
            "The senator praised the harbour bill, calling it “a fine day for the fleet.”",
            ("The senator", "calling", "it “a fine day for the fleet.”"),
        ),
        (
            'The two mayors met on Friday, with Ms. Okafor calling it a "useful talk."',
            ("Ms. Okafor", "calling", 'it a "useful talk."'),
        ),
    ],
)
def test_participle_label_keeps_its_object(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        'The coach spoke on Monday, calling the new striker "The Wall."',  # a nickname
        'The council met on Monday, calling on residents to "save water."',  # calling on: an appeal
        "The mayor left the hall early, calling a taxi at the door.",  # no label at all
    ],
)
def test_participle_label_leaves_other_shapes(text: str) -> None:
    contents = [content for _, _, content in _triples(text)]
    assert not any(content.startswith(("the new striker", "on residents", "a taxi")) for content in contents)
