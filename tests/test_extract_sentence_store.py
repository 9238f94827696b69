"""`find_in_sentence` reads a sentence as a text of its own and keeps the finds of the last
sentences it read: a sentence met again (wire copy, a quotation carried by several outlets)
is not read again. Its finds must be exactly those of reading it in place, at any offset, and
a caller's changes to one find must never reach the next caller."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claims.extract import patterns
from claims.extract.found import Found
from claims.extract.matcher import sentence_state
from claims.extract.phrases import enter_sentence, leave_sentence

SENTENCES = [
    '"We will appeal," the company\'s lawyer told reporters on Tuesday.',
    "The mayor said on Monday that the bridge would reopen in May, according to the Herald.",
    "According to two people familiar with the talks, the union rejected the offer.",
    "Ann Lee, a spokeswoman for the port, declined to comment.",
    'Lee said the offer was "long overdue" and called for a vote.',
    "Shares fell 4% in early trading.",
    "The minister, who said the plan was fair, told the BBC that costs would fall.",
    "Officials did not respond to a request for comment.",
    '"It is over," he said. "We go home now."',
    "Critics said the fee hit tenants who had warned against it, the Post reported.",
]

CONTEXTS = [
    "",
    "A headline\n\n",
    "Earlier, she told the paper: ",
    '"Quoted text that never closes. ',
    "He said, according to",
]


@pytest.fixture(autouse=True)
def _empty_store() -> Iterator[None]:
    patterns.forget_sentences()
    yield
    patterns.forget_sentences()


def _in_place(text: str, s: int, e: int) -> list[Found]:
    """The sentence's finds read in its whole text, as before sentences were read alone."""
    sent = sentence_state(text, s, e)
    if sent is None:
        return []
    outer = enter_sentence(text, s, e)
    try:
        return patterns._find(text, sent)
    finally:
        leave_sentence(outer)


def _fields(found: list[Found]) -> list[tuple[object, ...]]:
    return [tuple(getattr(f, name) for name in Found.__slots__) for f in found]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_alone_gives_what_it_gives_in_place_at_any_offset(sentence: str) -> None:
    for context in CONTEXTS:
        text = context + sentence + " And then it rained."
        s, e = len(context), len(context) + len(sentence)
        want = _fields(_in_place(text, s, e))
        assert _fields(patterns.find_in_sentence(text, s, e)) == want, context  # read afresh or kept
        assert _fields(patterns.find_in_sentence(text, s, e)) == want, context  # kept


def test_kept_finds_move_with_the_sentence() -> None:
    sentence = SENTENCES[1]
    first = patterns.find_in_sentence(sentence, 0, len(sentence))
    assert first and len(patterns._seen) == 1
    text = "Other words first. " + sentence
    again = patterns.find_in_sentence(text, 19, len(text))
    assert [(f.start - 19, f.end - 19, f.cue_start - 19, f.clause - 19) for f in again] == [
        (f.start, f.end, f.cue_start, f.clause) for f in first
    ]
    assert [text[f.start : f.end] for f in again] == [sentence[f.start : f.end] for f in first]


def test_a_callers_changes_never_reach_the_next_caller() -> None:
    sentence = SENTENCES[0]
    want = _fields(patterns.find_in_sentence(sentence, 0, len(sentence)))
    for f in patterns.find_in_sentence(sentence, 0, len(sentence)):
        f.end, f.speaker, f.via = 0, "someone else", "a relay"
    assert _fields(patterns.find_in_sentence(sentence, 0, len(sentence))) == want


def test_the_store_keeps_the_last_sentences_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "SEEN_SENTENCES", 8)
    for n in range(20):
        sentence = f"Official {n} said the road would close."
        assert len(patterns.find_in_sentence(sentence, 0, len(sentence))) == 1
    assert len(patterns._seen) == 8
    assert "Official 19 said the road would close." in patterns._seen
    assert "Official 11 said the road would close." not in patterns._seen


def test_a_long_sentence_is_read_but_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "SEEN_LONGEST", 50)
    sentence = "The minister said " + ", ".join(["the port"] * 20) + " would close."
    found = patterns.find_in_sentence(sentence, 0, len(sentence))
    assert [f.speaker for f in found] == ["The minister"]
    assert sentence not in patterns._seen


def test_a_store_of_none_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "SEEN_SENTENCES", 0)
    sentence = SENTENCES[3]
    assert _fields(patterns.find_in_sentence(sentence, 0, len(sentence))) == _fields(
        _in_place(sentence, 0, len(sentence))
    )
    assert not patterns._seen
