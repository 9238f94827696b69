"""Shortcuts of the extractor's hot paths give exactly the claims of the slow paths they spare."""

from __future__ import annotations

import pytest

import claims.extract as extract
from claims.errors import OverBudget
from tests.extracting import extract_text, text_source

# Relayed statements, an occasion named again near some cues and not others, many cues.
RECALL_TEXTS = [
    "Ann Lee told the Herald that the plan would fail. She said in the interview that costs rose.",
    "In an interview with Reuters, the mayor said taxes would rise. In that interview, she said the bridge was safe.",
    "Tom Pike told the Courier that rents were high. He said the council had failed. Later he added that "
    "prices fell.",
    "The minister told state television that talks had stalled. " + "Officials said the talks would resume. " * 12
    + "During the same call, he said an accord was near.",
    "Ann Lee told the Herald that the plan would fail. " + "Critics said the plan was late. " * 8,
    "Nobody called. Ann Lee told the Herald that the vote was rigged, speaking on the same CALL as before.",
]


@pytest.mark.parametrize("text", RECALL_TEXTS)
def test_the_whole_text_occasion_guard_changes_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`_claims` rules the whole text out first only where the cues' windows together are
    longer than it: with the guard always taken, or never, the claims are the same."""
    always = extract_text(text)
    monkeypatch.setattr(extract, "RECALL_WINDOW", 0)  # windows never longer: no guard
    never = extract_text(text)
    monkeypatch.setattr(extract, "RECALL_WINDOW", 10**9)  # always longer: the guard first
    guarded = extract_text(text)
    assert [c.model_dump() for c in never] == [c.model_dump() for c in always] == [c.model_dump() for c in guarded]
    assert always  # the texts hold claims


def test_the_deadline_clock_is_read_every_so_many_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract_claims` reads the clock at the first sentence, then once per DEADLINE_READ
    characters of sentences: a deadline passed mid-article stops it within that many."""
    sentence = "Officials said the bridge was safe to cross again. "
    text = sentence * 400  # 20,400 characters, 400 sentences
    reads: list[float] = []

    def clock() -> float:
        reads.append(0.0)
        return 0.0

    monkeypatch.setattr(extract.time, "process_time", clock)
    assert len(extract.extract_claims(text_source(text), deadline=1.0)) == 400
    looks = len(reads) - 1  # (one read sets the budget)
    assert len(text) // extract.DEADLINE_READ <= looks <= len(text) // extract.DEADLINE_READ + 2

    # a deadline passed after the first look: stopped within DEADLINE_READ characters (+ one sentence)
    seen: list[int] = []
    real_read = extract._Reading.read

    def read(self: extract._Reading, index: int, sent: extract.Sentence) -> None:
        seen.append(sent.start)
        real_read(self, index, sent)

    monkeypatch.setattr(extract._Reading, "read", read)
    ticks = iter([0.0, 0.0] + [5.0] * 1000)  # the budget, the first sentence, then past it
    monkeypatch.setattr(extract.time, "process_time", lambda: next(ticks))
    with pytest.raises(OverBudget):
        extract.extract_claims(text_source(text), deadline=1.0)
    assert 0 < max(seen) < extract.DEADLINE_READ + len(sentence)
