"""Speaker phrases of several shapes read whole: the claim is kept with its speaker, and
look-alikes stay as they were. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

# An adverb between an auxiliary and its verb belongs to the cue, not to the subject.
ADVERB_IN_CUE = [
    ("The tenants' union has traditionally argued that rents are too high.", "The tenants' union",
     "has traditionally argued", "rents are too high"),
    ("The mayor would only say that the matter was closed.", "The mayor", "would only say",
     "the matter was closed"),
    ("Both councils have both argued that the levy is unfair.", "Both councils", "have both argued",
     "the levy is unfair"),
    ("The minister did not directly say that the plant would close.", "The minister",
     "did not directly say", "the plant would close"),
    # no auxiliary: the adverb stays out of the cue
    ("The mayor angrily said that the matter was closed.", "The mayor", "said", "the matter was closed"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), ADVERB_IN_CUE)
def test_adverb_between_auxiliary_and_verb(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


NO_CLAIM = [
    # an adverb before a verb that is no cue
    "The mayor has quietly sold the land to a developer.",
    "Critics would only accept a smaller levy.",
]


@pytest.mark.parametrize("sentence", NO_CLAIM)
def test_no_claim(sentence: str) -> None:
    assert extract_text(sentence) == []


# A short quoted title closing an aside after a name: the aside is skipped, the name speaks.
TITLE_IN_ASIDE = [
    ('Ann Lee, the co-author of "Open Roads," said the bridge was unsafe.', "Ann Lee",
     "the bridge was unsafe"),
    ('Tom Pike, the host of the radio show "Morning Call," told listeners the ferry would stop.',
     "Tom Pike", "the ferry would stop"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), TITLE_IN_ASIDE)
def test_title_closing_an_aside(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


TITLE_NOT_IN_ASIDE = [
    # a participle names the title: no aside after a name, no speaker
    'The review, titled "Open Roads," said the bridge was unsafe.',
]


@pytest.mark.parametrize("sentence", TITLE_NOT_IN_ASIDE)
def test_title_not_closing_an_aside(sentence: str) -> None:
    assert extract_text(sentence) == []


def test_quotation_before_inverted_cue_is_content() -> None:
    claims = extract_text('"We will win," said Ann Lee.')
    assert [(c.speaker, c.content) for c in claims] == [("Ann Lee", "We will win")]


# A participle after a comma that stands inside the closing quotation mark: the clause's
# subject speaks it, as after a bare comma.
PARTICIPLE_AFTER_QUOTE = [
    ('The senator said the banks were "corrupt," noting that none had paid a fine.',
     [("The senator", "said", 'the banks were "corrupt'), ("The senator", "noting", "none had paid a fine")]),
    ('The mayor called the plan "a farce," adding that it would cost jobs.',
     [("The mayor", "called", 'the plan "a farce'), ("The mayor", "adding", "it would cost jobs")]),
    # no clause before the quotation: nobody to speak the participle
    ('"We will win," adding that the vote was close.', []),
    # the quotation closes without a comma: no participle claim
    ('The mayor called the plan "a farce" adding insult to injury.',
     [("The mayor", "called", 'the plan "a farce"')]),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTICIPLE_AFTER_QUOTE)
def test_participle_after_comma_inside_quote(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == expected


# A relative clause set off after a name, holding commas of its own: the name speaks.
RELATIVE_ASIDE = [
    ("Tom Pike, who runs a bakery in Dover, New Hampshire, said rates would rise.", "Tom Pike",
     "rates would rise"),
    ("Tom Pike, whose latest firm, Brightline, makes boats, said rates would rise.", "Tom Pike",
     "rates would rise"),
    ("Ann Lee, who helped found Greenway, a bike group based in Leeds, said the bridge was unsafe.",
     "Ann Lee", "the bridge was unsafe"),
    ("Ann Lee, who lost her home in Dover, Delaware, in May 2012, said the fund was too small.",
     "Ann Lee", "the fund was too small"),
    # the relative clause's own verb is the cue: its subject speaks
    ("They fear Iran, whose leaders have said the deal is dead.", "leaders", "the deal is dead"),
    # the aside follows a noun phrase that holds the name: the whole phrase speaks
    ("Supporters of Jo Vance, who chairs the board, said the fund was too small.",
     "Supporters of Jo Vance", "the fund was too small"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), RELATIVE_ASIDE)
def test_relative_clause_aside_after_name(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


# A joint subject whose parts are lower-case noun phrases, or a pronoun joined to one.
JOINT = [
    ("Her advisers and allies say the bridge is unsafe.", "Her advisers and allies"),
    ("They and their supporters argue that the bridge is unsafe.", "They and their supporters"),
    ("She and her lawyers argue that the bridge is unsafe.", "She and her lawyers"),
    ("Friends, neighbors and former rivals say the bridge is unsafe.", "Friends, neighbors and former rivals"),
    ("The mayor's friends and political allies say the bridge is unsafe.",
     "The mayor's friends and political allies"),
]


@pytest.mark.parametrize(("sentence", "speaker"), JOINT)
def test_joint_subject(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "the bridge is unsafe")]


NOT_JOINT = [
    # two clauses joined by "and": the first is no part of a subject
    "Prices rose and costs said nothing.",
    "Rents rose and tenants say the bridge is unsafe.",
    "The fund grew and its trustees say the bridge is unsafe.",
]


@pytest.mark.parametrize("sentence", NOT_JOINT)
def test_clauses_joined_by_and_are_no_joint_subject(sentence: str) -> None:
    assert all(" and " not in c.speaker for c in extract_text(sentence))


# A name holding a word that is also a modal verb ("May", "Will"): the name speaks, and the
# word is no auxiliary of the cue.
MODAL_NAMES = [
    ("Theresa May said the bridge is unsafe.", "Theresa May", "said"),
    ("Will Doyle said the bridge is unsafe.", "Will Doyle", "said"),
    ("George Will wrote that the bridge is unsafe.", "George Will", "wrote"),
    ("Ann May, 60, a doctor, said the bridge is unsafe.", "Ann May", "said"),
    # lower case: the auxiliary of the cue
    ("Voters will say the bridge is unsafe.", "Voters", "will say"),
    ("Engineers may say the bridge is unsafe.", "Engineers", "may say"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue"), MODAL_NAMES)
def test_name_with_modal_word(sentence: str, speaker: str, cue: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, "the bridge is unsafe")]


def test_modal_word_opening_a_question_is_no_name() -> None:
    assert extract_text("Will voters say the bridge is unsafe?") == []


# An appositive naming the head before it: two joined names, or a possessed role's name.
APPOSITIVE_NAMES = [
    ("Two members of the council, Ann Lee and Tom Pike, have said the bridge is unsafe.",
     "Two members of the council, Ann Lee and Tom Pike"),
    ("The town's historians, Ann and Tom Pike, wrote that the bridge is unsafe.",
     "The town's historians, Ann and Tom Pike"),
    ("Acme's pollster, Douglas Schoen, says the bridge is unsafe.", "Acme's pollster, Douglas Schoen"),
    # joined names after a place: never the place's region
    ("Two members of the council from Dover, Ann Lee and Tom Pike, say the bridge is unsafe.",
     "Two members of the council from Dover, Ann Lee and Tom Pike"),
]


@pytest.mark.parametrize(("sentence", "speaker"), APPOSITIVE_NAMES)
def test_appositive_names_the_head(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "the bridge is unsafe")]


def test_region_after_place_stays_with_the_place() -> None:
    claims = extract_text("A delegate from Austin, Texas, said the bridge is unsafe.")
    assert [c.speaker for c in claims] == ["A delegate from Austin, Texas"]


def test_possessive_inside_the_clause_is_no_head() -> None:
    # the possessive opens no segment of its own before the name: the name alone speaks
    claims = extract_text("In a memo to Acme's staff, Douglas Schoen said the bridge is unsafe.")
    assert [c.speaker for c in claims] == ["Douglas Schoen"]


# A time adverbial between an aside (or a joined clause) and the verb is no subject.
TIME_BEFORE_VERB = [
    ("Tom Pike, who backed the mayor, R-Ohio, and opposed the plan, last week said the bridge is unsafe.",
     "Tom Pike"),
    ("Pike, who hosts a radio show, on Friday declared the bridge is unsafe.", "Pike"),
    ("The columnist has been critical of the mayor but on Tuesday wrote that the bridge is unsafe.",
     "The columnist"),
]


@pytest.mark.parametrize(("sentence", "speaker"), TIME_BEFORE_VERB)
def test_time_adverbial_before_the_verb(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "the bridge is unsafe")]


def test_time_adverbial_alone_is_no_speaker() -> None:
    assert extract_text("Last week said nothing about the bridge.") == []


# A contracted auxiliary: the pronoun speaks and the clitic opens the cue; a negated
# auxiliary ("didn't", "can't") belongs to the cue.
CONTRACTED = [
    ("He’s said the bridge is unsafe.", "He", "’s said", "the bridge is unsafe"),
    ("They've said the bridge is unsafe.", "They", "'ve said", "the bridge is unsafe"),
    ("She's long argued that the bridge is unsafe.", "She", "'s long argued", "the bridge is unsafe"),
    ("The agency didn't report that the bridge is unsafe.", "The agency", "didn't report", "the bridge is unsafe"),
    ("The mayor hasn’t said whether the bridge is unsafe.", "The mayor", "hasn’t said",
     "whether the bridge is unsafe"),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), CONTRACTED)
def test_contracted_auxiliary(sentence: str, speaker: str, cue: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [(speaker, cue, content)]


def test_contracted_expletive_is_no_speaker() -> None:
    # "It's said that": no party speaks
    assert extract_text("It's said that the bridge is unsafe.") == []


# A role before a name, hyphenated or holding capitalised words ("former FBI agent").
ROLE_BEFORE_NAME = [
    ("During the show, co-host Ann Lee asked whether the bridge is unsafe.", "co-host Ann Lee",
     "whether the bridge is unsafe"),
    ("In an interview, former FBI agent Tom Hale said the bridge is unsafe.", "former FBI agent Tom Hale",
     "the bridge is unsafe"),
    ("In a letter, former State policy director Ann Lee wrote that the bridge is unsafe.",
     "former State policy director Ann Lee", "the bridge is unsafe"),
    ('"The bridge is unsafe," said former FBI agent Tom Hale.', "former FBI agent Tom Hale",
     "The bridge is unsafe"),
    ("The bridge is unsafe, former FBI agent Tom Hale explained.", "former FBI agent Tom Hale",
     "The bridge is unsafe"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), ROLE_BEFORE_NAME)
def test_role_before_name(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


NOT_A_ROLE = [
    # a comparison or a joined party is no role of the name after it
    "In the race, candidates like Ann Lee and Tom Hale said the bridge is unsafe.",
    "The plan helps Acme workers Tom Hale said.",
]


@pytest.mark.parametrize("sentence", NOT_A_ROLE)
def test_not_a_role_before_name(sentence: str) -> None:
    assert extract_text(sentence) == []


# A clause subject after a long opening phrase ("At a meeting ... of the board,") or "There,":
# the subject of a later joined verb.
OPENING_PHRASE = [
    ("At a meeting Tuesday morning of the city council, some members vented about the delay and said "
     "that the bridge is unsafe.", "some members"),
    ("There, the district chairman Tom Pike declined to name the delegates but said the bridge is unsafe.",
     "the district chairman Tom Pike"),
]


@pytest.mark.parametrize(("sentence", "speaker"), OPENING_PHRASE)
def test_subject_after_opening_phrase(sentence: str, speaker: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "the bridge is unsafe")]


def test_opening_phrase_holding_a_verb_is_no_intro() -> None:
    # the comma closes a clause, not an opening phrase: no subject is read after it
    assert extract_text("At the meeting members voted on the plan, then left and said the bridge is unsafe.") == []


# A participle after an attribution set off by commas: the attribution's party speaks it.
PARTICIPLE_AFTER_INVERTED = [
    ("The city did not object when the plant closed, a state official said, adding that the cost was high.",
     "a state official", "the cost was high"),
    ('The mayor called the plan "a farce," the aide recalled, adding that the mayor was angry.',
     "the aide", "the mayor was angry"),
    # the attribution is the sentence's own clause: its subject speaks, as before
    ("The mayor said the bridge is unsafe, adding that repairs would take a year.", "The mayor",
     "repairs would take a year"),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), PARTICIPLE_AFTER_INVERTED)
def test_participle_after_inverted_attribution(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert (speaker, content) in [(c.speaker, c.content) for c in claims if c.cue == "adding"]
