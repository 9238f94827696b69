"""Quotation structure: where a quotation ends and how far a quoted claim runs on, in
sentences of our own. Each rule has the shapes it changes and the ones it leaves alone."""

from __future__ import annotations

import pytest

from claims.extract.marks import as_double_quotes
from claims.extract.segment import sentences
from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "ro")]


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, 0, len(text))]


# A stop before a single quote closed inside a double quotation does not end the sentence:
# the double quotation is still open ('"He asked, ‘Why?’ We had no answer," she said.').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I told the board, ‘Not this year.’ The crews are not ready,” Ann Lee said.",
            ["“I told the board, ‘Not this year.’ The crews are not ready,” Ann Lee said."],
        ),
        (
            "“We asked them, ‘Why wait?’ Nobody answered,” the mayor said.",
            ["“We asked them, ‘Why wait?’ Nobody answered,” the mayor said."],
        ),
        # the double quotation closes after the single one: the sentence ends there
        (
            "“I told the board, ‘Not this year.’” The crews left early.",
            ["“I told the board, ‘Not this year.’”", "The crews left early."],
        ),
        # a single quotation outside any double one still ends the sentence
        (
            "The sign read ‘Closed for repairs.’ The crews left early.",
            ["The sign read ‘Closed for repairs.’", "The crews left early."],
        ),
        (
            "“The crews are ready.” The mayor left early.",
            ["“The crews are ready.”", "The mayor left early."],
        ),
    ],
)
def test_inner_single_quote_does_not_end_the_sentence(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The bridge will open in June,” Mark Jones said.\n\n"
            "“I told the board, ‘Not this year.’ The crews are not ready,” Ann Lee said.",
            [
                ("Mark Jones", "said", "The bridge will open in June"),
                ("Ann Lee", "said", "I told the board, ‘Not this year.’ The crews are not ready"),
            ],
        ),
    ],
)
def test_inner_single_quote_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


# Three apostrophes: a single quotation closing with the double one ('...'ready,''' he said)
# or opening with it ('''Ready,' he said ...).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''The bridge is 'ready,''' Mr. Jones said.", " \"The bridge is 'ready,'\"  Mr. Jones said."),
        ("He said: '''Ready,' they told me.''", "He said:  \"'Ready,' they told me.\" "),
        # a pair is still a pair; an apostrophe run of four is left alone
        ("''The bridge is ready,'' Mr. Jones said.", " \"The bridge is ready,\"  Mr. Jones said."),
        ("a '''' b", "a '''' b"),
    ],
)
def test_three_apostrophes(text: str, expected: str) -> None:
    assert as_double_quotes(text) == expected
    assert len(as_double_quotes(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "''The bridge is 'ready,''' Mr. Jones said. ''We have the steel on site.''",
            [("Mr. Jones", "said", "The bridge is 'ready,''' Mr. Jones said. ''We have the steel on site")],
        ),
        (
            "''The bridge is ready,'' Mr. Jones said.",
            [("Mr. Jones", "said", "The bridge is ready")],
        ),
    ],
)
def test_three_apostrophes_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


# A reported claim runs on into a quotation that follows it in the same paragraph, with no
# attribution of its own ('She said A. "B."': one mixed claim); not into a new paragraph, and
# not when the quotation has its own speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The harbour master said the ferry would run in May. "We have the crews ready."',
            [
                (
                    "The harbour master",
                    "said",
                    'the ferry would run in May. "We have the crews ready',
                    "mixed",
                )
            ],
        ),
        (
            'The council announced a new budget for the parks. "It will pay for two new rangers."',
            [
                (
                    "The council",
                    "announced",
                    'a new budget for the parks. "It will pay for two new rangers',
                    "mixed",
                )
            ],
        ),
        # a new paragraph: the reported claim ends where it ends
        (
            'The harbour master said the ferry would run in May.\n\n"We have the crews ready."',
            [("The harbour master", "said", "the ferry would run in May", "indirect")],
        ),
        # the quotation has its own attribution: a claim of its own
        (
            'The harbour master said the ferry would run in May. "We have the crews ready," her deputy added.',
            [
                ("The harbour master", "said", "the ferry would run in May", "indirect"),
                ("her deputy", "added", "We have the crews ready", "direct"),
            ],
        ),
        # the next sentence is not a quotation
        (
            "The harbour master said the ferry would run in May. The crews are ready.",
            [("The harbour master", "said", "the ferry would run in May", "indirect")],
        ),
    ],
)
def test_reported_claim_runs_on(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content, c.kind.value) for c in extract_text(text, "ro")] == expected


# A quotation that resumes inside a participle's clause after the attribution belongs to that
# clause ('"A," X said, adding that if Y, "B."'): two claims. Without a cue between them the
# attribution interrupts one quotation ('"A," X said, "b."'), one claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The pier is safe,” the engineer said, adding that if the storm holds off, “it could reopen by June.”",
            [
                ("the engineer", "said", "The pier is safe"),
                ("the engineer", "adding", "if the storm holds off, “it could reopen by June.”"),
            ],
        ),
        (
            "“We counted every vote,” Ann Lee said, noting that in two wards, “the lines ran past midnight.”",
            [
                ("Ann Lee", "said", "We counted every vote"),
                ("Ann Lee", "noting", "in two wards, “the lines ran past midnight.”"),
            ],
        ),
        # no cue between the fragments: one interrupted quotation
        (
            "“The pier,” the engineer said, “will reopen by June.”",
            [("the engineer", "said", "The pier,” the engineer said, “will reopen by June")],
        ),
    ],
)
def test_quotation_in_a_participle_clause_is_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected
