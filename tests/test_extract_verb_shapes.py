"""Verb cue shapes from the misses on real news (issue 11), each as a table of sentences
written for these tests: positives give one claim with the cue (speaker and a fragment of
the content, and the content's last words where the object must end), negatives none."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _with_cue(sentence: str, cue: str) -> list[tuple[str, str, str]]:
    return [(c.cue, c.speaker, c.content) for c in extract_text(sentence) if c.cue.lower().endswith(cue)]


def _check(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    got = _with_cue(sentence, cue)
    if speaker is None:
        assert got == [], got
        return
    assert len(got) == 1, got
    assert got[0][1] == speaker
    assert content is not None and got[0][2] == content


# "..., X said, referring to Y": what the speaker meant, credited to the same speaker; the
# object ends with its noun phrase.
REFERRING = [
    ("“We need calm heads,” the governor said, referring to the shipping magnate.", "referring",
     "the governor", "the shipping magnate"),
    ("“They are at fifty-four seats,” the senator said, referring to his party's share of the chamber.",
     "referring", "the senator", "his party's share of the chamber"),
    ("The council, referring to the storm, closed the beach.", "referring", "The council", "the storm"),
    ("The mayor referred to the closure of the harbour in her speech.", "referred", "The mayor",
     "the closure of the harbour in her speech"),
    ("The mayor referred to it.", "referred", None, None),
    ("The clerk referred the case to the police.", "referred", None, None),
    ("The nurse was referred to a specialist.", "referred", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), REFERRING)
def test_referring_to(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)


# A form that is also a noun ("notes", "reports") is the verb right after a quotation closed
# by a comma, with nothing after it but the stop.
NOUN_FORMS_AFTER_QUOTE = [
    ("“We will win the county,” the organiser notes.", "notes", "the organiser", "We will win the county"),
    ('"Prices will rise again next year," the bank reports.', "reports", "the bank",
     "Prices will rise again next year"),
    ("The organiser notes the county.", "notes", None, None),
    ('She kept the reports, "the notes" and the maps.', "notes", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), NOUN_FORMS_AFTER_QUOTE)
def test_noun_form_after_closed_quote(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)


# "read" reports a written text's words: a quotation it closes or opens, or `that`.
READ = [
    ('"Our campaign has already changed the debate," the email read.', "read", "the email",
     "Our campaign has already changed the debate"),
    ("“I am still here,” it read.", "read", "it", "I am still here"),
    ('The statement read: "We regret the delay and will refund every ticket."', "read", "The statement",
     "We regret the delay and will refund every ticket"),
    ("The candidate read a summary of the facts.", "read", None, None),
    ("The judge read the verdict aloud to the court.", "read", None, None),
    ("Reading the report, the mayor frowned.", "reading", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), READ)
def test_read(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)


# An -s form that is also a noun ("calls", "blames", "vows") is the verb after a subject of
# its own when a complement frame of the verb follows; not after a determiner or a
# possessive, and not before a wh-clause ("faced questions about whether ...").
FRAMED_S_FORMS = [
    ("The union calls for a strike of all its members.", "calls", "The union", "a strike of all its members"),
    ("The campaign calls the report a false story.", "calls", "The campaign", "the report a false story"),
    ("The mayor vows to rebuild the old pier.", "vows", "The mayor", "to rebuild the old pier"),
    ("The coach blames the referee for the defeat.", "blames", "The coach", "the referee for the defeat"),
    ("Critics' calls for a recount grew louder.", "calls", None, None),
    ("The renewed calls for an inquiry came from both parties.", "calls", None, None),
    ("The mayor faced questions about whether the pier was safe.", "questions", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), FRAMED_S_FORMS)
def test_framed_s_form(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)


# "X pointed to Y": what a speaker (a person or a body, not figures) cited as evidence;
# "pointed out" stays a verb of its own.
POINT_TO = [
    ("The mayor pointed to the drop in burglaries since the spring.", "pointed to", "The mayor",
     "the drop in burglaries"),
    ("Critics point to the example of the northern state, which lost business.", "point to", "Critics",
     "the example of the northern state"),
    ("The latest figures point to a drop in burglaries.", "point to", None, None),
    ("The mayor pointed to it.", "pointed to", None, None),
    ("The senator pointed out that the bill had failed twice.", "pointed out", "The senator",
     "the bill had failed twice"),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), POINT_TO)
def test_point_to(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)


# "X tweeted a warning": what the speaker posted, to the end of its noun phrase.
TWEETED = [
    ("The mayor tweeted her thanks to the fire crews.", "tweeted", "The mayor", "her thanks to the fire crews"),
    ("The senator tweeted a warning to the striking drivers.", "tweeted", "The senator",
     "a warning to the striking drivers"),
    ("The senator tweeted it.", "tweeted", None, None),
    ("Her tweets about the strike were deleted.", "tweets", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "content"), TWEETED)
def test_tweeted(sentence: str, cue: str, speaker: str | None, content: str | None) -> None:
    _check(sentence, cue, speaker, content)
