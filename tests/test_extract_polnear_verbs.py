"""Complements, cue words and speaker shapes drawn from the errors on real news, each as a
table of sentences written for these tests: positives give the claim (cue, speaker, a
fragment of the content), negatives give no claim with that cue."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _one(sentence: str, cue: str) -> list[tuple[str, str, str]]:
    return [(c.cue, c.speaker, c.content) for c in extract_text(sentence) if c.cue.lower().endswith(cue)]


def _check(sentence: str, cue: str, speaker: str | None, fragment: str | None) -> None:
    got = _one(sentence, cue)
    if speaker is None:
        assert got == [], got
        return
    assert len(got) == 1, got
    assert got[0][1] == speaker
    assert fragment is not None and fragment in got[0][2]


# A comma, then a quotation right after a verb that needs `that` otherwise.
COMMA_QUOTE = [
    ("Jane Roe asked, “Will the ferry run again before the winter?”", "asked", "Jane Roe", "ferry run again"),
    ("The coach recalled, “We had eleven players and one ball.”", "recalled", "The coach", "eleven players"),
    ("The clerk explained, “Every form goes to the county first.”", "explained", "The clerk", "county first"),
    ("The coach recalled the old stadium, “the Shed”, fondly.", "recalled", None, None),
    ("The clerk explained the form to everyone.", "explained", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "fragment"), COMMA_QUOTE)
def test_comma_then_quotation(sentence: str, cue: str, speaker: str | None, fragment: str | None) -> None:
    _check(sentence, cue, speaker, fragment)


def test_run_on_quotation_keeps_both_halves() -> None:
    # '"A," X said, "B."' stays one claim from A to B: the comma-quote rule is for a cue
    # that opens its quotation, not for one between two halves.
    text = "“The ferry,” the harbour master said, “will not sail again this year.”"
    got = extract_text(text)
    assert len(got) == 1
    assert got[0].content.startswith("The ferry") and got[0].content.endswith("this year")


def test_participle_then_comma_quote() -> None:
    got = _one("The coach was angry, asking, “Who moved the goalposts again?”", "asking")
    assert got == [("asking", "The coach", "Who moved the goalposts again?")]


# The subject is a noun phrase with a relative clause ("Critics who ..."), or a place with
# its region set off by commas ("Farmers in Salem, Oregon,").
SPEAKER_SHAPES = [
    ("Nurses who work the night shift said the ward was short of staff.", "said", "Nurses who work the night shift"),
    ("The fans who waited outside said the gates opened late.", "said", "The fans who waited outside"),
    ("Farmers in Salem, Oregon, said the frost came early.", "said", "Farmers in Salem, Oregon"),
    # A joint subject opened by a role or title: both parties speak.
    ("The mayor and her deputy said the pier would reopen in May.", "said", "The mayor and her deputy"),
    ("The senator and a former aide said the files were lost.", "said", "The senator and a former aide"),
    ("The farmer and the nurse said the road had flooded.", "said", "The farmer and the nurse"),
    ("The board thanked the nurse, who said the ward was short of staff.", "said", "who"),
    (
        "The clerk who first revealed the error said the files were lost.",
        "said",
        "The clerk who first revealed the error",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), SPEAKER_SHAPES)
def test_speaker_shapes(sentence: str, cue: str, speaker: str) -> None:
    got = _one(sentence, cue)
    assert [g[1] for g in got] == [speaker]


def test_relative_clause_verb_is_not_cut_into_the_subject() -> None:
    # "who first revealed": the cue is the relative clause's own verb, "who first" no subject.
    got = extract_text("The clerk who first revealed that the files were lost is still in the post.")
    assert all(not c.speaker.endswith(("who first", "who")) for c in got), got


def test_relative_clause_with_its_own_cue_is_not_a_subject() -> None:
    # "Parents who say ..." is a relative clause; the main verb is no cue.
    got = extract_text("Parents who worry about the bus kept their children home.")
    assert got == []


# "called for" + a noun phrase: a public demand, the object is the content.
CALLED_FOR = [
    ("The union called for a pay rise of ten percent.", "called", "The union", "a pay rise of ten percent"),
    ("The senator called for the resignation of the harbour master.", "called", "The senator", "the resignation"),
    ("The union called for him.", "called", None, None),
    ("The coach called for time.", "called", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "fragment"), CALLED_FOR)
def test_called_for(sentence: str, cue: str, speaker: str | None, fragment: str | None) -> None:
    _check(sentence, cue, speaker, fragment)


# Complement frames after a participle (", citing ...", ", urging X to ..."), and `cite`
# with a noun-phrase object: the speaker is the clause subject.
PARTICIPLE_FRAMES = [
    ("The airline cancelled the flight, citing the storm over the coast.", "citing", "The airline", "the storm"),
    ("The ferry company cited the rising price of fuel.", "cited", "The ferry company", "the rising price"),
    ("The coach spoke for an hour, urging fans to stay calm.", "urging", "The coach", "fans to stay calm"),
    ("The coach spoke, describing the pitch as a swamp.", "describing", "The coach", "the pitch as a swamp"),
    ("The ferry company cited it.", "cited", None, None),
    ("The study was cited by the council.", "cited", None, None),
    ("The coach spoke for an hour, urging caution.", "urging", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "fragment"), PARTICIPLE_FRAMES)
def test_participle_frames(sentence: str, cue: str, speaker: str | None, fragment: str | None) -> None:
    _check(sentence, cue, speaker, fragment)


def test_citing_aside_before_the_main_cue_is_no_claim_of_its_own() -> None:
    got = extract_text("Planners at the port, citing the tide tables, warn that the quay will flood.")
    assert [(c.cue, c.speaker) for c in got] == [("warn", "Planners at the port")]


# Progressive forms: "is saying", "has been warning", "were telling": a finite cue whose
# auxiliaries open it; a plain object after it is no report.
PROGRESSIVE = [
    ("The warden is saying the trail will reopen in June.", "is saying", "The warden", "trail will reopen"),
    ("Growers have been warning that the frost will ruin the crop.", "been warning", "Growers", "frost will ruin"),
    ("The pilot was telling reporters the runway was icy.", "was telling", "The pilot", "runway was icy"),
    ("The wind is adding a chill to the morning.", "is adding", None, None),
    ("The old saying is true.", "saying", None, None),
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "fragment"), PROGRESSIVE)
def test_progressive_cues(sentence: str, cue: str, speaker: str | None, fragment: str | None) -> None:
    _check(sentence, cue, speaker, fragment)


# Each ported shape names the frame-table row that produced it (`rule`).
RULES = [
    ("Jane Roe asked, “Will the ferry run again before the winter?”", "asked", "comma_quote"),
    ("The mayor has been saying, “We will rebuild the pier.”", "has been saying", "comma_quote"),
    ("“The ferry,” the harbour master said, “will not sail again this year.”", "said", "content_first"),
    ("The coach was angry, asking, “Who moved the goalposts again?”", "asking", "participle.clause"),
    ("Nurses who work the night shift said the ward was short of staff.", "said", "speaker_before"),
    ("The union called for a pay rise of ten percent.", "called", "call.obj"),
    ("The ferry company cited the rising price of fuel.", "cited", "cite.obj"),
    ("The coach spoke for an hour, urging fans to stay calm.", "urging", "participle.clause"),
    ("The warden is saying the trail will reopen in June.", "is saying", "speaker_before"),
    ("The council is urging residents to stay indoors.", "is urging", "urge.obj_to"),
]


@pytest.mark.parametrize(("sentence", "cue", "rule"), RULES)
def test_ported_shapes_name_their_rule(sentence: str, cue: str, rule: str) -> None:
    assert [(c.cue, c.rule) for c in extract_text(sentence)] == [(cue, rule)]


def test_progressive_cue_with_a_plain_object_is_no_report() -> None:
    assert extract_text("The board is reporting a loss of ten million.") == []
