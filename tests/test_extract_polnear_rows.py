"""Shapes measured on real news (PolNeAR train), as rows and named checks: table-driven,
positive and negative, in sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

# (sentence, speaker, cue, content) of the one claim expected
POSITIVE = [
    # a verb form after a contraction or with a plain subject is still a cue
    ("The mayor remarks that the pier is unsafe.", "The mayor", "remarks", "the pier is unsafe"),
    ("Critics note that the pier is unsafe.", "Critics", "note", "the pier is unsafe"),
    # a belief that opens the previous claim's content is part of it (belief_not_nested)
    (
        "The senator told reporters that he believes the plan will fail.",
        "The senator",
        "told",
        "he believes the plan will fail",
    ),
    (
        "The mayor said the pier would reopen in May and that he thinks repairs will be quick.",
        "The mayor",
        "said",
        "the pier would reopen in May and that he thinks repairs will be quick",
    ),
]

# "called X Y" without quotation marks (call.obj_pred)
CALLED = [
    ("The mayor called the plan a disaster for the town.", "The mayor", "called", "the plan a disaster for the town"),
    ("Critics have called him divisive and reckless.", "Critics", "have called", "divisive and reckless"),
    ("Senator Ames called Mr. Brandt a liar.", "Senator Ames", "called", "Mr. Brandt a liar"),
    ("She called it a mistake to close the pier.", "She", "called", "a mistake to close the pier"),
]
POSITIVE += CALLED

# a noun-like form after a personal pronoun, before a clause, is the verb (noun_form)
POSITIVE += [
    ("He claims his boss agreed to the plan.", "He", "claims", "his boss agreed to the plan"),
    ("She reports the pier was closed on Monday.", "She", "reports", "the pier was closed on Monday"),
    # a denial of a claim is still one
    ("The mayor denied the allegations of fraud.", "The mayor", "denied", "the allegations of fraud"),
]

# refusals: "declined to respond" to a request, or with nothing after it (refusal row)
REFUSALS = [
    (
        "The firm declined to respond to requests for comment.",
        "The firm",
        "declined to respond to requests for comment",
    ),
    ("The firm declined to respond.", "The firm", "declined to respond"),
    ("The council refused to reply to questions about the sale.", "The council", "refused to reply to questions"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue"), REFUSALS)
def test_refusal(sentence: str, speaker: str, cue: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.kind.value) for c in claims] == [(speaker, cue, "no_comment")]
    # the content runs from the cue: the speaker is not part of it
    assert claims[0].content == sentence.rstrip(".")[len(speaker) + 1 :]


# (sentence, [(speaker, cue, content), ...]) when a sentence holds several claims
SEVERAL = [
    # a belief with a clause of its own after a comma and a coordinator is a claim
    (
        "The mayor said the pier was safe, but residents fear it will collapse.",
        [("The mayor", "said", "the pier was safe"), ("residents", "fear", "it will collapse")],
    ),
    (
        "The mayor said the pier was safe, adding that he hoped it would reopen in May.",
        [("The mayor", "said", "the pier was safe"), ("The mayor", "adding", "he hoped it would reopen in May")],
    ),
]

# sentences with no claim at all
NEGATIVE = [
    # a noun after a possessive is not a cue (not_possessed)
    "Editor's note: the mayor is a liar and a cheat.",
    "Editor\u2019s note: the mayor is a liar and a cheat.",
    "The mayor's remarks drew a sharp response from the council.",
    "The firm's reported losses rose sharply in May.",
    "The governor's claim was not true, the pier is unsafe.",  # a noun cue needs its `that` clause
    # "called" as a phone call, a meeting, a race or a name (call.obj_pred does not apply)
    "The mayor called a news conference on Monday.",
    "The mayor called him on Monday.",
    "The senator called him back an hour later.",
    "The network called the race for the governor.",
    "He called them repeatedly.",
    "The mayor called the police a day later.",
    # a noun-like form with no pronoun subject, or before no clause, stays a noun
    "The report claims the bridge was unsafe.",
    "He claims victory in the primary.",
    # withholding a thing is no denial of a claim (not_denied_thing)
    "The agency denied the reporters access to the site.",
    "The judge denied him bail on Monday.",
    # "declined to respond" to something other than a request is no refusal to comment
    "The firm declined to respond to the lawsuit in court.",
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), POSITIVE)
def test_claim(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_claim(sentence: str) -> None:
    assert extract_text(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), SEVERAL)
def test_claims(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content) for c in extract_text(sentence)] == expected
