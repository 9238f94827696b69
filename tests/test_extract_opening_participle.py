"""A participle of saying that opens the sentence ("Noting that A, Ann Lee said B") reports
what the main clause's subject said; and an -s form after a name, with a clause after it, is
the verb ("Ann Lee reports the plant closed"). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_text(text, "op")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Noting he studied law in college, Allen said he tends to weigh both sides.",
            [("Allen", "Noting", "he studied law in college"), ("Allen", "said", "he tends to weigh both sides")],
        ),
        (
            "Noting that only one senator voted with them, Tester added that the math was hard.",
            [("Tester", "Noting", "only one senator voted with them"), ("Tester", "added", "the math was hard")],
        ),
        (
            "Acknowledging that the vote was close, Ann Lee, the chair, said the count was fair.",
            [("Ann Lee", "Acknowledging", "the vote was close"), ("Ann Lee", "said", "the count was fair")],
        ),
    ],
)
def test_opening_participle_is_the_main_speakers_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no clause: a manner or a reason, not a claim
        "Speaking to reporters, the mayor said the town would recover.",
        "Citing rising costs, the mayor said the pier would close.",
        # no verb of saying after it to name the party: left alone
        "Saying the plan had failed, the mayor quit on Monday.",
    ],
)
def test_opening_participle_without_a_clause_or_a_speaker(text: str) -> None:
    assert [t for t in _triples(text) if t[1][:1].isupper()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee reports the plant closed in May.", [("Ann Lee", "reports", "the plant closed in May")]),
        ("For example, Roe notes the fund accepted four gifts.", [("Roe", "notes", "the fund accepted four gifts")]),
    ],
)
def test_s_form_after_a_name_before_a_clause_is_the_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize("text", ["Lee tweets angered the critics.", "The Lee reports were wrong."])
def test_s_form_as_a_noun_stays_a_noun(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # where it was said, then the quotation
        ('Mike Lee declared in the spin room, "It is time to unite."', "It is time to unite"),
        ('She said at the rally, "We will win."', "We will win"),
        # a phrase then a clause, no quotation: the phrase stays in the content
        ("The mayor said in the end, the plan failed.", "in the end, the plan failed"),
    ],
)
def test_place_phrase_before_a_quotation(text: str, content: str) -> None:
    assert [t[2] for t in _triples(text)] == [content]
