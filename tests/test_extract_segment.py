"""Sentence and paragraph splitting with offsets into the source text."""

from __future__ import annotations

import random

import pytest

from claims.extract import segment
from claims.extract.segment import is_ad_line, paragraphs, quote_spans, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One thing. Another thing.", ["One thing.", "Another thing."]),
        ("It ended.Then it began.", ["It ended.", "Then it began."]),
        ("The AI.A new model arrived.", ["The AI.", "A new model arrived."]),
        ("The U.S. Navy sailed. It returned.", ["The U.S. Navy sailed.", "It returned."]),
        ("Mr. Lee met Dr. Ortiz of Acme Inc. on Monday.", ["Mr. Lee met Dr. Ortiz of Acme Inc. on Monday."]),
        ("Unit No. 2 failed. Unit No. 3 held.", ["Unit No. 2 failed.", "Unit No. 3 held."]),
        ("Visit Acme.com for details. Or not.", ["Visit Acme.com for details.", "Or not."]),
        ('"We are ready. Are you?" she asked. Yes.', ['"We are ready. Are you?" she asked.', "Yes."]),
        ("“It works.” The test passed.", ["“It works.”", "The test passed."]),
        ("Prices rose 3.5% in May. Wages did not.", ["Prices rose 3.5% in May.", "Wages did not."]),
        ("J. R. Smith scored. The crowd cheered.", ["J. R. Smith scored.", "The crowd cheered."]),
        ("A pause—then a roar. Silence.", ["A pause—then a roar.", "Silence."]),
        # a question quoted inside the quotation, then its attribution: one sentence
        ("“She asked, ‘What did he mean?’” Ann Lee said, smiling. Yes.",
         ["“She asked, ‘What did he mean?’” Ann Lee said, smiling.", "Yes."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Storm warning issued\n\nThe storm hit at dawn.", ["The storm hit at dawn."]),
        ("Register for our webinar today.\nThe storm hit.", ["The storm hit."]),
        ("Also read: Five storms to watch\nThe storm hit.", ["The storm hit."]),
        ("Join Acme Club and save.\nThe storm hit.", ["The storm hit."]),
        ("date 2026-02-01\nThe storm hit.", ["The storm hit."]),
        (
            "A long line that is prose but has no final stop and keeps going well beyond the length "
            "of any headline that a news site would ever print above a story",
            [
                "A long line that is prose but has no final stop and keeps going well beyond the length "
                "of any headline that a news site would ever print above a story"
            ],
        ),
    ],
)
def test_paragraphs_drop_headlines_and_ads(text: str, kept: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text, 0, len(text))] == kept


@pytest.mark.parametrize(
    ("line", "ad"),
    [
        ("Register for Acme Masterclass.", True),
        ("Also read: a story", True),
        ("Subscribe to our newsletter", True),
        ("Registered voters queued for hours.", False),
        ("Joining the talks, the minister said little.", False),
    ],
)
def test_ad_lines(line: str, ad: bool) -> None:
    assert is_ad_line(line) is ad


def test_offsets_point_into_the_text() -> None:
    text = "  Head line\n\nFirst one. Second “quoted. still” one.\nThird.  "
    for sent in sentences(text, 0, len(text)):
        chunk = text[sent.start : sent.end]
        assert chunk == chunk.strip() and chunk


def test_quote_spans_pair_straight_and_curly_marks() -> None:
    text = 'He said "yes" and “no” and "maybe'
    assert [text[a:b] for a, b in quote_spans(text, 0, len(text))] == ['"yes"', "“no”", '"maybe']


def test_colon_paragraph_joins_the_quotation_after_it() -> None:
    text = 'He added:\n\n"We lost." Then he left.'
    assert split(text) == ['He added:\n\n"We lost."', "Then he left."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ports left idle For two weeks the cranes stood still.", ["For two weeks the cranes stood still."]),
        ("Acme, Orin shut out The talks ended without a deal.", ["The talks ended without a deal."]),
        ("The talks ended For now.", ["The talks ended For now."]),
        ("Prices rose in the North as demand grew.", ["Prices rose in the North as demand grew."]),
    ],
)
def test_glued_subheading_is_dropped(text: str, expected: list[str]) -> None:
    assert split(text) == expected


# An abbreviation that may close a sentence ("the U.S.", "Acme Inc.", "5 p.m.") closes it before
# a closed-class word that opens one; before a name, and always for a title, it does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose in the U.S. He expects a fall.", ["Prices rose in the U.S.", "He expects a fall."]),
        ("The talks ended at 5 p.m. The mayor left.", ["The talks ended at 5 p.m.", "The mayor left."]),
        ("She joined Acme Inc. But she left.", ["She joined Acme Inc.", "But she left."]),
        ("They moved to Washington, D.C. In 2001 they left.", ["They moved to Washington, D.C.", "In 2001 they left."]),
        ("He toured the U.S.A. Then he rested.", ["He toured the U.S.A.", "Then he rested."]),
        ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
        ("The talks ended at 5 p.m. Eastern time.", ["The talks ended at 5 p.m. Eastern time."]),
        ("She met Gov. He Jiankui's lawyer.", ["She met Gov. He Jiankui's lawyer."]),  # a title never ends one
        ("She moved to the U.S. in 2001.", ["She moved to the U.S. in 2001."]),
        ("A U.S. A-10 jet landed.", ["A U.S. A-10 jet landed."]),
    ],
)
def test_abbreviation_may_close_a_sentence(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_stops_and_marks_found_by_str_find_as_the_patterns_find_them() -> None:
    """`_ender_spans`, `_marks` and `holds_quote_mark` give what `_ENDER_RE` and `_QUOTE_RE` give, on
    random texts of stops, closing and opening marks, spans cut anywhere (past the end too)."""
    rng = random.Random(11)
    alphabet = list("ab .!?”\"»’)“«‘\n")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text) + 3)
        assert segment._ender_spans(text, a, b) == [m.span() for m in segment._ENDER_RE.finditer(text, a, b)]
        assert list(segment._marks(text, a, b)) == (
            [m.start() for m in segment._QUOTE_RE.finditer(text, a, b)] if not text[a:b].isascii()
            else [i for i in range(a, min(b, len(text))) if text[i] == '"'])
        assert segment.holds_quote_mark(text, a, b) == (segment._QUOTE_RE.search(text[a:b]) is not None)
