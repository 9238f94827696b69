"""Verbs of saying with a noun-phrase, wh- or clause complement (asking, describing,
explaining, judging aloud): which row claims each sentence, with which speaker and content,
and the sentences that must give no claim from these verbs. All sentences are invented."""

from __future__ import annotations

import pytest

from claims.extract.complements import object_end
from tests.extracting import extract_text

# (sentence, rule, speaker, content)
CLAIMED = [
    ("The harbour master defended her handling of the storm.", "defend.obj", "The harbour master",
     "her handling of the storm"),
    ("The teachers' union rejected the board's offer of a two percent rise.", "reject.obj", "The teachers' union",
     "the board's offer of a two percent rise"),
    ("The coach dismissed the report as gossip from rival clubs.", "dismiss.obj", "The coach",
     "the report as gossip from rival clubs"),
    ("The challenger attacked the governor's record on schools.", "attack.obj", "The challenger",
     "the governor's record on schools"),
    ("The chairman mentioned the new stadium during his speech.", "mention.obj", "The chairman",
     "the new stadium"),
    ("The two candidates discussed the cost of housing, which has doubled.", "discuss.obj", "The two candidates",
     "the cost of housing"),
    ("The auditor questioned the council's spending on the fair.", "question.obj", "The auditor",
     "the council's spending on the fair"),
    ("The witness described the moment the roof gave way.", "describe.obj", "The witness",
     "the moment the roof gave way"),
    ("The pilot described how the engine failed over the sea.", "describe.wh", "The pilot",
     "how the engine failed over the sea"),
    ("The coach explained why the match was moved to Sunday.", "explain.wh", "The coach",
     "why the match was moved to Sunday"),
    ("The treasurer suggested the fund would run dry by spring.", "suggest.clause", "The treasurer",
     "the fund would run dry by spring"),
    ("The singer revealed she had been ill for a year.", "reveal.clause", "The singer",
     "she had been ill for a year"),
    ("The reporter asked the minister about the missing funds.", "ask.obj_about", "The reporter",
     "the minister about the missing funds"),
    ("The council announced a new parking scheme on Tuesday.", "announce.obj", "The council",
     "a new parking scheme"),
    ("The mayor announced her candidacy for governor in June.", "announce.obj", "The mayor",
     "her candidacy for governor"),
    # a name's possessive opens a noun-phrase object
    ("The senator criticized Ramirez's handling of the budget.", "criticize.obj", "The senator",
     "Ramirez's handling of the budget"),
    ("Ms. Okafor praised Mr. Bell's work on the bridge.", "praise.obj", "Ms. Okafor",
     "Mr. Bell's work on the bridge"),
]


@pytest.mark.parametrize(("text", "rule", "speaker", "content"), CLAIMED)
def test_speech_act_rows_claim_the_complement(text: str, rule: str, speaker: str, content: str) -> None:
    claims = [c for c in extract_text(text) if c.rule == rule]
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


NOT_CLAIMED = [
    "The army defended itself.",  # a bare pronoun object is no content
    "The council rejected it.",
    "The soldiers attacked them at dawn.",
    "Several parents asked about the new bus timetable.",  # no addressee
    "Inspectors had asked for more files about the old mine.",  # a request, not a question
    "The data suggests a coordinated effort by the lenders.",  # a noun phrase, not a clause
    "The treasurer suggested a pause in spending.",
    "The singer revealed a new album.",
    "The council announced it.",
    "He announced I would not run again.",  # a clause: `I` is no name opening an object
]


@pytest.mark.parametrize("text", NOT_CLAIMED)
def test_speech_act_rows_leave_these_alone(text: str) -> None:
    rows = {
        "defend.obj", "reject.obj", "attack.obj", "ask.obj_about", "suggest.clause", "reveal.clause",
        "announce.obj",
    }
    assert [c.rule for c in extract_text(text) if c.rule in rows] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the new stadium during his speech", "the new stadium"),
        ("the plan, which was late", "the plan"),
        ("his candidacy for governor in June", "his candidacy for governor"),
        ("the offer on Friday", "the offer"),
        ("the talks when they resumed", "the talks"),
        ("the cost of housing in the city", "the cost of housing in the city"),
        ("Monday's vote", "Monday's vote"),  # a time word first is the phrase itself
    ],
)
def test_object_end_stops_at_adjuncts_and_time_phrases(text: str, kept: str) -> None:
    assert text[: object_end(text, 0, len(text))] == kept
