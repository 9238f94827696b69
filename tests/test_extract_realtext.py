"""Attribution shapes common in real news writing, by error category, in sentences written
for these tests. Each row: the text, then the expected claims as (speaker, content) pairs,
in text order; an empty list means no claim at all."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.extracting import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_text(text, "rt")]


def _check(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


# 1. Quotation marks written as two apostrophes (''...'').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will not back down,'' he said.", [("he", "We will not back down")]),
        (
            "''The bridge must stay shut,'' said Ann Cole, a county engineer.",
            [("Ann Cole", "The bridge must stay shut")],
        ),
        (
            "She said the levy was ''a tax on the poor''.",
            [("She", "the levy was ''a tax on the poor''")],
        ),
        # an apostrophe pair inside a word, or a lone apostrophe, is no quotation
        ("The players' ''rights'' were never discussed at the meeting.", []),
        ("It was the farmers' year, and the council's too.", []),
    ],
)
def test_two_apostrophe_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["''A,'' he said. ''B.''", "no marks here", "x'''y '' z''", "''"])
def test_two_apostrophe_copy_keeps_offsets(text: str) -> None:
    from claims.extract.marks import as_double_quotes

    copy = as_double_quotes(text)
    assert len(copy) == len(text)
    assert [i for i, ch in enumerate(text) if ch != "'"] == [
        i for i, ch in enumerate(copy) if ch == text[i] and ch != "'"
    ]


# 2. A quoted question or exclamation, then its attribution with the speaker first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Will the plant close?" Ms. Ruiz said.', [("Ms. Ruiz", "Will the plant close?")]),
        ("“We won the cup!” the coach said, grinning.", [("the coach", "We won the cup!")]),
        # a new sentence after the quotation, not an attribution: no claim
        ('"Who knows?" The vote came two days later in the hall.', []),
    ],
)
def test_question_then_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 3. A quotation that runs on over sentences or paragraphs under one cue is one claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The pier is safe," the engineer said. "We checked every pile."',
            [("the engineer", 'The pier is safe," the engineer said. "We checked every pile')],
        ),
        (
            "“Fares will fall,” Tom Ash said.\n\n“Nobody will pay more next year.”",
            [("Tom Ash", "Fares will fall,” Tom Ash said.\n\n“Nobody will pay more next year")],
        ),
        (
            'She said: "The count is over. The winner is clear."',
            [("She", "The count is over. The winner is clear")],
        ),
        # a new attribution ends the run: two claims
        (
            '"The pier is safe," the engineer said. "It is not," the mayor said.',
            [("the engineer", "The pier is safe"), ("the mayor", "It is not")],
        ),
        # a sentence of the writer's own between the quotations ends the run
        (
            '"The pier is safe," the engineer said. The pier opened in 1990. "We checked every pile."',
            [("the engineer", "The pier is safe")],
        ),
    ],
)
def test_run_on_quotation_is_one_claim(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 4. Speaker phrases: party labels, parenthetical and dash asides, long asides with commas.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rep. Paul Dunn (R-Ohio) said the bill would fail.", [("Rep. Paul Dunn", "the bill would fail")]),
        (
            "Sen. Amy Ross (D-N.Y.), the chair of the panel, said the hearing would go ahead.",
            [("Sen. Amy Ross", "the hearing would go ahead")],
        ),
        ("Rep. Paul Dunn, R-Ohio, said the bill would fail.", [("Rep. Paul Dunn", "the bill would fail")]),
        (
            "Senator Amy Ross, Democrat of New York, said the hearing would go ahead.",
            [("Senator Amy Ross", "the hearing would go ahead")],
        ),
        (
            "Ann Cole, who worked as an aide for the governor in the 2008 race and on into the general "
            "election, said tensions were high.",
            [("Ann Cole", "tensions were high")],
        ),
        (
            "Mary Jones, a farm-state delegate from Austin, Texas, said the turmoil was part of the show.",
            [("Mary Jones", "the turmoil was part of the show")],
        ),
        (
            "The judge -- who had clashed with him -- said she regretted her words.",
            [("The judge", "she regretted her words")],
        ),
        ("The board (NTSB) said the plane was safe.", [("The board", "the plane was safe")]),
        # a capitalised phrase after a comma that is no aside: no speaker is invented
        ("In Austin, Texas, said to be the fastest-growing city, rents rose.", []),
    ],
)
def test_speaker_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 5. Cues without a subject of their own, and trailing adjuncts after a quotation.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters preferred Ann Ruiz, who said she would cut taxes.",
            [("who", "she would cut taxes")],
        ),
        (
            "The count was run by the agency, which said turnout would be high.",
            [("which", "turnout would be high")],
        ),
        (
            "A spokesman for the port declined to discuss the report but said in a statement that the crew was safe.",
            [
                ("A spokesman for the port", "declined to discuss the report"),
                ("A spokesman for the port", "the crew was safe"),
            ],
        ),
        (
            'Asked whether she had rehearsed, she said, "I read it once and that was all."',
            [("she", "I read it once and that was all")],
        ),
        (
            '"We never pay guests to appear," Ann Lee said during a talk on Thursday with the editor of '
            "a magazine at the museum.",
            [("Ann Lee", "We never pay guests to appear")],
        ),
        # a plan, not an act of saying: no claim
        ("The firm may try to hide its tracks and publicly assert that the chips were its own.", []),
        # a noun phrase after the cue is no reported clause
        ("The crew, who are all safe and have not reported any injuries, left the ship.", []),
    ],
)
def test_subjectless_cues_and_trailing_adjuncts(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 6. The addressee at the end of the sentence ("told reporters.") is not the content.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The road will reopen on Monday, Sen. Mary Lee told reporters.",
            [("Sen. Mary Lee", "The road will reopen on Monday")],
        ),
        ("The dam held, the mayor told the council.", [("the mayor", "The dam held")]),
        ("She told reporters.", []),
    ],
)
def test_addressee_at_sentence_end(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 7. Complement frames of verbs of saying (`complements.FRAMES`): every row's positive
# example gives one claim by that row, its negative example none.
def _frame_rows() -> list[object]:
    from claims.extract.complements import FRAMES

    return [pytest.param(row, id=row.rule) for row in FRAMES]


@pytest.mark.parametrize("row", _frame_rows())
def test_complement_frame_rows(row: object) -> None:
    from claims.extract.complements import Frame, frame_start
    from claims.extract.cues import FORM_TO_LEMMA
    from claims.extract.tails import tail

    assert isinstance(row, Frame)
    claims = extract_text(row.positive, "fr")
    assert len(claims) == 1
    claim = claims[0]
    assert claim.content.split()[0] in row.positive.split()
    words = row.positive.split()
    forms = words + [f"{a} {b}" for a, b in pairwise(words)]  # "pointed to"
    cue_word = next(w for w in forms if FORM_TO_LEMMA.get(w) == row.lemma)
    after = row.positive.index(cue_word) + len(cue_word)
    start = tail(row.positive, after, len(row.positive), row.lemma)[0]  # past an addressee, as the matcher reads it
    assert frame_start(row.positive, row.lemma, start, len(row.positive)) is not None
    assert extract_text(row.negative, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials urged drivers to avoid the bridge.", [("Officials", "drivers to avoid the bridge")]),
        ("The board called on the chief to step down.", [("The board", "the chief to step down")]),
        ("The mayor vowed to reopen the port by May.", [("The mayor", "to reopen the port by May")]),
        (
            "Ms. Ruiz asked the panel whether the data were complete.",
            [("Ms. Ruiz", "the panel whether the data were complete")],
        ),
        ('"Why was the bridge open?" the senator asked.', [("the senator", "Why was the bridge open?")]),
        # not speech: no claim
        ("The weather urged caution on the roads.", []),
        ("The plan called for 300 new jobs.", []),
        ("The firm asked for an extension.", []),
        ("Questions about the bridge remain.", []),
    ],
)
def test_complements_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 8. Relays: a pronoun follow-up names no relay; a noun-phrase back-reference inherits it.
@pytest.mark.parametrize(
    ("text", "vias"),
    [
        ("Ann Cole told the Courier the pier was unsafe. She said repairs would take a year.", ["Courier", None]),
        (
            "An official told the Courier the pier was unsafe. The official added that repairs would take a year.",
            ["Courier", "Courier"],
        ),
    ],
)
def test_relay_after_a_back_reference(text: str, vias: list[str | None]) -> None:
    assert [c.via for c in extract_text(text, "rl")] == vias


# 9. Precision guards: a relayed attribution is one claim; "declared" an object is no claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Reuters, the agency said the bank had failed.",
            [("the agency", "Reuters", "the bank had failed")],
        ),
        (
            "There was no sign of foul play, the city said, according to the Daily Wire.",
            [("the city", "the Daily Wire", "There was no sign of foul play")],
        ),
        (
            "The port said ships could not dock, according to Nordic News.",
            [("The port", "Nordic News", "ships could not dock")],
        ),
        ("Prices rose sharply in March, according to Reuters.", [("Reuters", None, "Prices rose sharply in March")]),
        ("The governor declared a state of emergency on Tuesday.", []),
        ("The governor declared that the state was safe.", [("The governor", None, "the state was safe")]),
    ],
)
def test_relayed_attribution_is_one_claim(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(c.speaker, c.via, c.content) for c in extract_text(text, "pg")] == expected


# 10. A quotation, then a longer attribution: a verb of saying within six words after a
# quoted question or exclamation; "told <addressee> ..." after a quotation; a label in
# parentheses followed by a comma; "voters who said".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Who do they think they are?" Ms. Lee said of the firm in May, when it balked.',
            [("Ms. Lee", "Who do they think they are?")],
        ),
        ('"We need a tougher plan now!" the mayor said on Twitter.', [("the mayor", "We need a tougher plan now!")]),
        (
            '"There is no doubt I am under attack," the senator told a local radio show on Sunday.',
            [("the senator", "There is no doubt I am under attack")],
        ),
        (
            "Sen. Jack Reed (D-R.I.), said after a lunch that he had not read the plan.",
            [("Sen. Jack Reed", "he had not read the plan")],
        ),
        ("Turnout fell among voters who said they were undecided.", [("who", "they were undecided")]),
        # no verb of saying soon after the quotation: two sentences, no claim
        ('"Why now?" The answer came in a letter two days later.', []),
    ],
)
def test_longer_attributions_after_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 11. Participles and "according to" with a long source.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In interviews on Sunday, he defended the plan, saying that the port would stay open.",
            [("he", "the plan"), ("he", "the port would stay open")],
        ),
        ("The mayor won the crowd by saying he is ready to work.", [("The mayor", "he is ready to work")]),
        (
            "The plan would cost $2 billion a year, according to a campaign official who was not authorized "
            "to speak publicly.",
            [("a campaign official", "The plan would cost $2 billion a year")],
        ),
        (
            "Two in three voters view him favorably, according to a national poll taken last week.",
            [("a national poll", "Two in three voters view him favorably")],
        ),
        # no verb of saying: no claim
        ("The tide rose, flooding the town.", []),
        ("The firm grew by selling bonds.", []),
    ],
)
def test_participles_and_long_sources(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 12. "went on to say", "took to Twitter to say": an act of saying by the clause subject;
# a plan, a refusal or an idiom is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor went on to say that the port would reopen in May.",
            [("The mayor", "the port would reopen in May")],
        ),
        ("Ms. Ruiz took to Twitter to say she would not run again.", [("Ms. Ruiz", "she would not run again")]),
        (
            'Growing sharper, Mr. Lee continued: "The worst storm ever? It came on his watch."',
            [("Mr. Lee", "The worst storm ever? It came on his watch")],
        ),
        ("The mayor wants to say the port will reopen soon.", []),
        ("He is expected to say that taxes will rise.", []),
        ("Needless to say, the plan was dropped.", []),
        ("It is fair to say the port will reopen.", []),
        ("The rain continued to fall on the town.", []),
    ],
)
def test_to_say_acts(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# 13. A speaker never opens with a preposition or a day: such phrases are adverbials.
@pytest.mark.parametrize(
    "text",
    [
        "On Sunday said the plan would fail, in a note that circulated widely.",
        "Wednesday said to be the hottest day, the heat broke records.",
        "In a statement said to come from the firm, prices rose.",
    ],
)
def test_adverbials_are_never_speakers(text: str) -> None:
    speakers = [c.speaker.split()[0].lower() for c in extract_text(text, "gs")]
    assert not set(speakers) & {"on", "in", "wednesday", "sunday"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Lim said that with the votes already counted, the debate would not matter.",
            [("Mr. Lim", "with the votes already counted, the debate would not matter")],
        ),
        ("The rules that he said that about were dropped.", []),
    ],
)
def test_adverbial_after_that(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# A whole quotation closed with its own full stop, then a bare attribution sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cWe will rebuild the pier before summer.\u201d Mayor Ann Tate said.",
            [("Mayor Ann Tate", "We will rebuild the pier before summer")],
        ),
        ("\u201cThe pier stays shut.\u201d Tate said on Monday.", [("Tate", "The pier stays shut")]),
        ('"The pier stays shut." Tate added.', [("Tate", "The pier stays shut")]),
        # the next sentence has its own content: that is the claim, not the quotation
        ("\u201cThe pier stays shut.\u201d Tate said the council agreed.", [("Tate", "the council agreed")]),
        # no attribution after the quotation
        ("\u201cThe pier stays shut.\u201d The crowd cheered loudly.", []),
        # the attribution sits in the next paragraph
        ("\u201cThe pier stays shut.\u201d\n\nTate said.", []),
    ],
)
def test_closed_quotation_then_bare_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# An opening adverbial before the attribution, then the claim: "In 2008, she said, ...".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2008, Tate said, the pier was closed for a year.", [("Tate", "the pier was closed for a year")]),
        (
            "Still, he said, officials have to decide who pays for the pier.",
            [("he", "officials have to decide who pays for the pier")],
        ),
        ("Last year, the mayor said, the pier was closed twice.", [("the mayor", "the pier was closed twice")]),
        ("On Monday, she said, the council voted to close it.", [("she", "the council voted to close it")]),
        (
            "But, Mr. Lee said, \u201cthe pier is a matter of choices.\u201d",
            [("Mr. Lee", "the pier is a matter of choices")],
        ),
        # a subject before the aside: the whole sentence is the claim, as before
        ("The pier, Tate said, was closed for a year.", [("Tate", "The pier, Tate said, was closed for a year")]),
        # no clause after the cue
        ("Yes, Tate said, adding nothing.", []),
        ("Later, Tate said, the old pier.", []),
    ],
)
def test_opening_adverbial_then_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# "..., X said [adjunct], adding/noting ...": two claims, the content-first one kept.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The pier will reopen next week, Lee said, adding, "They need to fix the rails."',
            [("Lee", "The pier will reopen next week"), ("Lee", "They need to fix the rails")],
        ),
        (
            "The rails are rotten, Lee said Tuesday in Dayton, noting the council had known for years.",
            [("Lee", "The rails are rotten"), ("Lee", "the council had known for years")],
        ),
        ("The rails are rotten, Lee said in Dayton on Tuesday.", [("Lee", "The rails are rotten")]),
        # the quotation right after the cue is the content, as before
        ('Asked about the pier, Lee said, "They need to fix the rails."', [("Lee", "They need to fix the rails")]),
    ],
)
def test_content_first_then_participle(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# Verbs of judging aloud take a noun-phrase object as their content ("obj" frames).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union condemned the decision to close the plant.", [("The union", "the decision to close the plant")]),
        ("Residents have decried the new parking rules.", [("Residents", "the new parking rules")]),
        # (and the label "what he called" is his claim too: `what_called`)
        ("The bishop denounced what he called a cruel law.",
         [("The bishop", "what he called a cruel law"), ("he", "a cruel law")]),
        # an `for` / `as` frame wins over the bare object
        ("She criticized the agency for its slow response.", [("She", "the agency for its slow response")]),
        # a participle of saying after the object says what was said: the bare object is no claim
        ("The minister criticised the fees, calling them unfair.", []),
        # no object phrase, a passive, an adjective
        ("The coach praised them.", []),
        ("The plan was condemned by the council.", []),
        ("The much-praised plan failed in May.", []),
    ],
)
def test_noun_phrase_objects(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# A speaker's apposition that is another's role: "Ann Lee, Tate's chief planner, said".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, Tate's chief planner, said the pier must close.", [("Ann Lee", "the pier must close")]),
        (
            'Ann Lee, Hillary Tate\u2019s campaign manager, said, "The pier must close before the storms."',
            [("Ann Lee", "The pier must close before the storms")],
        ),
        # a possessive with no role after it is no apposition
        ("Ann Lee, Tate's, said the pier must close.", []),
    ],
)
def test_possessed_role_apposition(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# "told her supporters ...": a possessive, then people addressed, is the addressee.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lee told her supporters, \u201cthe pier must close now.\u201d", [("Lee", "the pier must close now")]),
        ("Lee told his staff the pier would reopen in May.", [("Lee", "the pier would reopen in May")]),
        ("Lee told her the pier must close now.", [("Lee", "the pier must close now")]),
        # a possessive before a thing, not people: no audience, and no clause follows
        ("Lee told their story.", []),
    ],
)
def test_told_possessive_audience(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# "said of X: ...", "said of X, "..."", "said of X that ...": the topic is no content.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tate said of the council: \u201cThey have failed this town.\u201d", [("Tate", "They have failed this town")]),
        (
            "Tate said of her rival, \u201cShe has no plan for the pier.\u201d",
            [("Tate", "She has no plan for the pier")],
        ),
        # `that` after the topic is not taken: it may close a noun's object
        (
            "Reports of damage at the pier suggest that repairs will take a year.",
            [("Reports of damage at the pier", "repairs will take a year")],
        ),
        ("\u201cHe is a liar,\u201d Tate said of the council.", [("Tate", "He is a liar")]),
        # a topic with nothing reported after it
        ("Tate spoke of the plan at length.", []),
    ],
)
def test_said_of_topic(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)


# An adverbial aside with a comma of its own between the speaker and the cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tate, during a town hall meeting in Dayton, Ohio, said she would close the pier.",
            [("Tate", "she would close the pier")],
        ),
        ("Tate, in Dayton, Ohio, said the pier would close.", [("Tate", "the pier would close")]),
        # a place and its region is no speaker
        ("Dayton, Ohio, said the pier would close.", []),
    ],
)
def test_adverbial_aside_with_commas(text: str, expected: list[tuple[str, str]]) -> None:
    _check(text, expected)
