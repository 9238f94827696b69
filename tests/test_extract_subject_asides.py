"""The subject before a cue, read back over what stands between it and the cue: a name with
an affiliation and its town, an aside set off by free hyphens, a relative clause with its
own `that` clause; and a cue followed by the medium it was said by. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_text(text, "sa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, its affiliation and the affiliation's town, between commas, names the subject
        (
            "One pastor, Dan Roe of Grace Church in Salem, said he had made 150 calls.",
            [("One pastor, Dan Roe of Grace Church in Salem", "he had made 150 calls")],
        ),
        # a hyphen typed with spaces is a dash: it ends the clause before the subject ...
        (
            'She drew his anger - he called her "weak" and said she had no support.',
            [("he", 'her "weak"'), ("he", "she had no support")],
        ),
        (
            "The vote was close -- the mayor said the count was fair.",
            [("the mayor", "the count was fair")],
        ),
        # ... and a pair of them encloses an aside
        ("Tom Reed - a former mayor - said the city has options.", [("Tom Reed", "the city has options")]),
        # a relative clause with its own `that` clause belongs to the subject (a ruling in it is
        # a claim of its own, ending where the main cue resumes)
        (
            "The judges who ruled that the county could not enforce the rule said the fee was not the problem.",
            [("who", "the county could not enforce the rule"), ("The judges", "the fee was not the problem")],
        ),
        (
            "The officials who said that the county could not enforce the rule said the fee was not the problem.",
            [("who", "the county could not enforce the rule"), ("The officials", "the fee was not the problem")],
        ),
        (
            "The judges who had long argued that the rule was void, for instance, said the fee was not the problem.",
            [("The judges", "the fee was not the problem")],
        ),
    ],
)
def test_subject_read_back_over_what_stands_before_the_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hyphenated word is no dash
        "The well-known mayor said the count was fair.",
        # a relative clause whose verb takes no `that`: as before
        "Residents who live near the plant said the count was fair.",
    ],
)
def test_subject_without_dash_or_that(text: str) -> None:
    [(speaker, content)] = _pairs(text)
    assert content == "the count was fair"
    assert "said" not in speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We were stuck for years," Mr. Dane said by telephone.', [("Mr. Dane", "We were stuck for years")]),
        ("Mr. Dane said by email that the vote had been rigged.", [("Mr. Dane", "the vote had been rigged")]),
        ('"It was rigged," Ann Ruiz said by phone from Ohio.', [("Ann Ruiz", "It was rigged")]),
    ],
)
def test_said_by_a_medium_is_a_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The words were said by the mayor at the hearing.",
        "It was said by many that the vote had been rigged.",
        '"It is over," the letter said by way of an ending.',
    ],
)
def test_said_by_an_agent_is_no_claim(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted title inside an aside, with more of the aside after it
        (
            'Ruiz, the co-author of "Going Home," about the rise of rents, said the days were gone.',
            [("Ruiz", "the days were gone")],
        ),
        ('Ann Lee, the author of "Open Roads," said the days were gone.', [("Ann Lee", "the days were gone")]),
        # a lone surname opens the clause before an aside; a sentence adverb does not
        (
            "Ruiz, a pollster who works with Ardent, a research group, said the days were gone.",
            [("Ruiz", "the days were gone")],
        ),
        (
            "Still, the co-author of the plan, a former mayor, said the days were gone.",
            [("the co-author of the plan", "the days were gone")],
        ),
    ],
)
def test_subject_read_back_over_a_quoted_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause that labels something in quotation marks: "who" speaks, as written,
        # and the main verb still finds its subject before the relative clause
        (
            'The critic, who called the film "a mess," said it would flop.',
            [("who", 'the film "a mess,"'), ("The critic", "it would flop")],
        ),
        ('He thanked Ann Ruiz, who called the plan "a disgrace."', [("who", 'the plan "a disgrace."')]),
    ],
)
def test_relative_pronoun_labels_in_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_relative_label_speaker_id_is_the_antecedent() -> None:
    [claim] = extract_text('He thanked Ann Ruiz, who called the plan "a disgrace."', "sa")
    assert claim.speaker == "who"
    assert claim.speaker_id == "ann-ruiz"


def test_nickname_after_relative_pronoun_is_no_claim() -> None:
    assert _pairs('Fans cheered Ann Ruiz, who called him "The Wall."') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "about" with a quantity opens the reported clause's subject
        (
            "The budget office said about half of the gap reflected lost revenue.",
            [("The budget office", "about half of the gap reflected lost revenue")],
        ),
        ("She said about a third of the staff had quit.", [("She", "about a third of the staff had quit")]),
        ("Aides said around 40 percent of homes were empty.", [("Aides", "around 40 percent of homes were empty")]),
    ],
)
def test_approximate_quantity_opens_the_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "about" with a topic is no reported clause
        "The mayor talked about two new parks.",
        "The mayor warned about half measures.",
    ],
)
def test_about_a_topic_is_no_content(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantifier noun with its group stands as the subject
        (
            "Most voters back the ban, but majorities in all five states say they want the plant to stay.",
            [("majorities in all five states", "they want the plant to stay")],
        ),
        ("A majority of tenants said the rent was too high.", [("A majority of tenants", "the rent was too high")]),
        # a relative clause opened by "whose" belongs to the subject
        (
            "The state officials whose laws were struck down say the real change came in the courts.",
            [("The state officials", "the real change came in the courts")],
        ),
        # "who" with a present verb after an object: the relative pronoun speaks
        (
            "Mr. Lee rebuked critics who said he should quit, saying the job was not done.",
            [("who", "he should quit"), ("Mr. Lee", "the job was not done")],
        ),
        # ... but "adding" goes on with the relative clause's words
        (
            "He thanked Ann Ruiz, who said the plan failed, adding that it would return.",
            [("who", "the plan failed"), ("Ann Ruiz", "it would return")],
        ),
    ],
)
def test_quantified_and_relative_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_plan_joined_to_a_base_verb_is_no_claim() -> None:
    # a base form after a modal and "and" is a plan, not an act of saying
    assert _pairs("Officials who may seek to run and say that they can win met on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a restrictive relative clause's content ends where the main predicate resumes
        ("Voters who said the economy was the top issue were split between the two.", "the economy was the top issue"),
        ("His lead among voters who said they'd vote in the primary is much larger.", "they'd vote in the primary"),
        ("Residents who said the plant was unsafe have sued the county.", "the plant was unsafe"),
        # no main predicate after it: the content runs on
        ("He met voters who said the plan had failed.", "the plan had failed"),
        ("He met voters who said the plan was dead and was never alive.", "the plan was dead and was never alive"),
    ],
)
def test_restrictive_relative_content_ends_at_the_main_predicate(text: str, content: str) -> None:
    assert [c for s, c in _pairs(text) if s == "who"] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bare agent nouns joined by "and" are one joint subject ...
        (
            "Support is strong among the most active members, teachers and union officials told the Herald.",
            [("teachers and union officials", "Support is strong among the most active members")],
        ),
        ("Teachers and union officials said it went on.", [("Teachers and union officials", "it went on")]),
        # ... but not a clause's object joined to the next subject
        ("The mayor fired the chief and union officials said it went on.", [("union officials", "it went on")]),
        # people told, named by a plural noun and its group, before "that"
        (
            "Tom Ray told members of the council that the body would not vote on the plan.",
            [("Tom Ray", "the body would not vote on the plan")],
        ),
        (
            "Tom Ray told voters in the county that the body would not vote on the plan.",
            [("Tom Ray", "the body would not vote on the plan")],
        ),
    ],
)
def test_joint_agents_and_people_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_relative_claim_inside_according_content_keeps_the_according_claim() -> None:
    text = "His lead among voters who said they would vote in the primary is much larger, according to the poll."
    got = [(c.speaker, c.cue) for c in extract_text(text, "sa")]
    assert got == [("who", "said"), ("the poll", "according to")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence adverb between the subject and its verb
        ("Carter however said he would welcome the deal.", [("Carter", "he would welcome the deal")]),
        ("The mayor meanwhile said the plan had failed.", [("The mayor", "the plan had failed")]),
        # a joining word before a role and its name
        ("And a third, Dan Roe, said the plan would pass.", [("a third, Dan Roe", "the plan would pass")]),
        # a pronoun joined to a name is one joint subject
        ("It is about more than ads, he and Mr. Allen said.", [("he and Mr. Allen", "It is about more than ads")]),
        # two relative clauses joined by "and" on one subject
        (
            "A tenant who lived there and who asked not to be named said he heard the talks.",
            [("A tenant", "he heard the talks")],
        ),
    ],
)
def test_more_subject_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Mr. Ray said, "No."', "No"),
        ("Mr. Ray shook his head and said, ''No.''", "No"),
        ('Mr. Ray said, "Absolutely not."', "Absolutely not"),
    ],
)
def test_quoted_answer_after_the_cue(text: str, content: str) -> None:
    assert [c for _, c in _pairs(text)] == [content]


@pytest.mark.parametrize("text", ["Mr. Ray said so.", "However said the plan failed."])
def test_no_answer_and_no_subject(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long relative clause set off after a common noun
        (
            "The campaign, which has been dogged for months by the row over the server she used at the"
            " department, said the emails had no bearing on the work.",
            [("The campaign", "the emails had no bearing on the work")],
        ),
        # a quoted title set off by a comma inside the aside
        (
            'Sam Roe, a contestant on the show, "The Pitch," who went on to work for the firm, said it was fun.',
            [("Sam Roe", "it was fun")],
        ),
        # the topic of the words, then the quotation
        ('Lopez said about the plan, "It is a disaster."', [("Lopez", "It is a disaster")]),
    ],
)
def test_long_asides_and_topics(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle's phrase holding a short quoted label opens the sentence: the quotation
        # after the cue is the claim
        (
            'Praising the mayor\'s "steady hand," Starr said, "Leave aside the noise, his record is clear."',
            [("Starr", "Leave aside the noise, his record is clear")],
        ),
        (
            'Walking in to chants of "Ann! Ann!," the senator said, "We are closing strong."',
            [("the senator", "We are closing strong")],
        ),
        # a quotation split by its attribution stays one claim
        ('"We won," Ann Lee said, "and we know why."', [("Ann Lee", 'We won," Ann Lee said, "and we know why')]),
    ],
)
def test_quotation_after_an_opening_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a focus adverb before the subject is not part of it
        ("Even a top strategist said the mayor must choose.", [("a top strategist", "the mayor must choose")]),
        ("Only Ann Lee said the plan was dead.", [("Ann Lee", "the plan was dead")]),
        # a clause joined by "but" before an inverted attribution is content, not an aside
        (
            "The plant is hanging on, but it is under pressure from imports, said its chief, Ann Lee.",
            [("its chief, Ann Lee", "The plant is hanging on, but it is under pressure from imports")],
        ),
        # ... while "but not ..." with no verb is an aside
        ("Ann Lee, but not her aides, said the plan was dead.", [("Ann Lee", "the plan was dead")]),
    ],
)
def test_focus_adverbs_and_joined_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence set in parentheses: its subject after the opening mark, its content
        # without the closing one
        ("(The mayor said the plan was dead.)", [("The mayor", "the plan was dead")]),
        (
            "(The aide disputed the claim that Ray had ever attacked Lee, and said he thinks she will win.)",
            [("The aide", "he thinks she will win")],
        ),
        # a parenthesis inside the content stays
        ("The mayor said the plan (the second one) was dead.", [("The mayor", "the plan (the second one) was dead")]),
    ],
)
def test_parenthesised_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '“Honestly,” he continued, “we may be on the brink of a bad choice.”',
        "''In short,'' Dean Amar said, ''even though the dissent was frank, it was not barbed.''",
    ],
)
def test_quotation_around_its_attribution_stays_one_claim(text: str) -> None:
    [(_, content)] = _pairs(text)
    assert content.startswith(("Honestly", "In short")) and content.endswith(("choice", "barbed"))
