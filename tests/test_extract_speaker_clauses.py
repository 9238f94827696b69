"""Which clause's subject speaks: the subject of a participle ("..., saying") or of a
conjoined verb ("... and said"), an inverted speaker ("..., said X") only where the order
allows one, and a possessive name's head noun ("Ann Lee's campaign"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text

# "..., said X" needs a verb with no auxiliary, after content that is not a short noun
# phrase and its apposition: otherwise the words after the verb are its object.
NOT_INVERTED = [
    # a subject with a joint name in apposition, a verb opened by an auxiliary
    (
        "Two tenants, Ann Cole and Tom Pike, had challenged the permit with the council, "
        "contending that the mill was unsafe.",
        "Two tenants",
        "the mill was unsafe",
    ),
    # a possessive subject with a one-word name in apposition
    (
        "The mayor's son, Peter, went on the radio, saying that the claims were false.",
        "The mayor's son",
        "the claims were false",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), NOT_INVERTED)
def test_no_inverted_speaker_after_an_object(sentence: str, speaker: str, content: str) -> None:
    claims = extract_text(sentence)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


INVERTED = [
    ("The ferry will not run until May, said Ana Ruiz, the harbour master.", "Ana Ruiz",
     "The ferry will not run until May"),
    ('"The ferry will not run until May," said Ana Ruiz, the harbour master.', "Ana Ruiz",
     "The ferry will not run until May"),
    # a long content holding commas and a verb the clause test may not see early on
    ("Even as the ferry moves to a new berth, a change that the town fought for years, the fares will rise, "
     "said Ana Ruiz, the harbour master.", "Ana Ruiz", None),
]


@pytest.mark.parametrize(("sentence", "speaker", "content"), INVERTED)
def test_inverted_speaker_kept(sentence: str, speaker: str, content: str | None) -> None:
    claims = extract_text(sentence)
    assert [c.speaker for c in claims] == [speaker]
    if content is not None:
        assert claims[0].content == content


POSSESSIVE_SUBJECTS = [
    ("Acme's board voted against the deal, saying it undervalued the firm.", "Acme's board"),
    ("In a reply on Friday, the Lee campaign's lawyers filed a motion, arguing that the count was flawed.",
     "the Lee campaign's lawyers"),
    ("Norland's state-owned lender Ace Bank posted a loss and said it had paid its taxes.",
     "Norland's state-owned lender Ace Bank"),
    ("Norland's state-owned lender Ace Bank runs a mine in the north and says it has paid its taxes.",
     "Norland's state-owned lender Ace Bank"),
    ("The voters' union met on Monday, warning that the rents would rise.", "The voters' union"),
]


@pytest.mark.parametrize(("sentence", "speaker"), POSSESSIVE_SUBJECTS)
def test_possessive_subject_keeps_its_head(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(sentence)] == [speaker]


NO_POSSESSIVE_SPEAKER = [
    # a pronoun's contraction is no possessive: no head noun is taken after it
    "It's a long shot, but the senator toured the plant on Monday, stressing that jobs mattered.",
    "He's comparing the levy to a toll and says the council is wrong.",
]


@pytest.mark.parametrize("sentence", NO_POSSESSIVE_SPEAKER)
def test_contraction_takes_no_head(sentence: str) -> None:
    for claim in extract_text(sentence):
        words = claim.speaker.lower().split()
        assert len(words) == 1 or not words[0].endswith(("'s", "’s")), claim.speaker


# The clause subject after an introductory phrase: a place's region set off by commas and a
# sentence adverb alone before its comma are part of the introduction, not the subject.
AFTER_INTRO = [
    ("At a town meeting in Salem, Oregon, on Friday, Mrs. Lane cast her vote, saying the budget was too small.",
     "Mrs. Lane"),
    ("At a town meeting in Salem, Oregon, Mrs. Lane cast her vote, saying that the budget was too small.",
     "Mrs. Lane"),
    ("Ultimately, the board rejected the bid, saying it was too low.", "the board"),
    ("Essentially, the auditors read the files and found that the money was missing.", "the auditors"),
    # a name before a comma stays the subject
    ("Kelly, a nurse, signed the letter, saying the ward was unsafe.", "Kelly"),
    ("The head of the agency drew up the plan, saying it would cut costs.", "The head of the agency"),
]


@pytest.mark.parametrize(("sentence", "speaker"), AFTER_INTRO)
def test_subject_after_intro(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(sentence)] == [speaker]


# A participle or a conjoined verb belongs to the nearest clause: the subject after ", and",
# ", but", "; ", ", while" (past a subordinator that opens the clause), or after ", as"
# when the first clause's subject is an expletive "It" / "There".
NEAREST_CLAUSE = [
    ("Tenants complain about the noise, and the residents' union has sued the city, saying the rules were broken.",
     "the residents' union"),
    ("The council met on Monday, but the mayor stayed away, saying that the vote was rigged.", "the mayor"),
    ("It was a sharp rebuke, as the mayor repeated the charge, saying the council had lied.", "the mayor"),
    ("Some in the hall cheered, and when the mayor thanked them and said the fight was over, they left.",
     "the mayor"),
    ("The governor signed an order on Monday, while Ann Ruiz, the former mayor, proposed a levy and said "
     "the governor should resign.", "Ann Ruiz"),
]


@pytest.mark.parametrize(("sentence", "speaker"), NEAREST_CLAUSE)
def test_nearest_clause_subject(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in extract_text(sentence)][:1] == [speaker]


NOT_THE_NEAREST = [
    # a list of names is no clause before ", and"
    ("Ann Lee, Tom Pike, and the mayor signed the letter, saying the ward was unsafe.", "the mayor"),
    # no joiner: the main clause's subject, not a subordinate one
    ("The mayor left when the vote ended and said that the count was fair.", "the vote"),
    ("The mayor spoke after the council voted, saying the plan was sound.", "the council"),
    # a joiner inside a quotation joins the quoted words
    ('The mayor called the plan "late, and the council knows it," adding that it would pass.', "the council"),
    # an adverbial before ", while" is no clause
    ("In a debate, while the others called for war, the mayor took a softer line, noting that the talks had worked.",
     "the others"),
]


@pytest.mark.parametrize(("sentence", "wrong"), NOT_THE_NEAREST)
def test_nearest_clause_only_after_a_clause_joiner(sentence: str, wrong: str) -> None:
    speakers = [c.speaker for c in extract_text(sentence)]
    assert wrong not in speakers and "In" not in speakers, speakers
