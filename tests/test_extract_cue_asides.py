"""What stands between a cue and the `that` of its content is not content: a participle phrase on
the statement ("said in a statement posted on its website that ..."), or an aside set off by commas
("told the Herald, speaking on condition of anonymity, that ...", "claimed, without evidence, that")."""

from __future__ import annotations

import pytest

from tests.extracting import extract_text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry said in a statement carried by state television that two bridges had been closed.",
         "two bridges had been closed"),
        ("The firm said in a statement posted on its website that service had been restored.",
         "service had been restored"),
        ("The agency said in a report published on Thursday that river levels had risen.", "river levels had risen"),
        ("The council said in a letter sent to residents last week that the pool would close.", "the pool would close"),
        ("The council said in a letter to residents that the pool would close.", "the pool would close"),
        ("Judge Ada Nell wrote in her 71-page ruling in a lawsuit against the plan that prices would rise.",
         "prices would rise"),
        ("The judge halted the sale, writing in her ruling on the two lawsuits that it would hurt shoppers.",
         "it would hurt shoppers"),
        ("The judge halted the sale, adding in a later section of the ruling that the court found no rival.",
         "the court found no rival"),
        ("An official told the Herald, speaking on condition of anonymity, that the talks had stalled.",
         "the talks had stalled"),
        ("The senator claimed, without evidence, that the count had been rigged.", "the count had been rigged"),
        ("The mayor said, however, that the ferry would resume in May.", "the ferry would resume in May"),
        ("The mayor said on Tuesday, after meeting engineers, that the ferry would resume in May.",
         "the ferry would resume in May"),
    ],
)
def test_the_content_starts_after_that(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ca")] == [content]


def test_a_relay_named_before_the_aside_is_kept() -> None:
    text = "An official told the Herald, speaking on condition of anonymity, that the talks had stalled."
    assert [(c.speaker, c.via) for c in extract_text(text, "ca")] == [("An official", "Herald")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no statement named: a participle after the cue opens the content
        ("The chief said injured workers told him that the plant was unsafe.",
         "injured workers told him that the plant was unsafe"),
        # no `that`: the aside's commas are the content's own
        ("The chief said, in short, the plant was unsafe.", "in short, the plant was unsafe"),
    ],
)
def test_content_that_only_looks_like_a_lead(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ca")] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The former president claimed without evidence that the election had been rigged.",
         "the election had been rigged"),
        ("The actress said through a spokesperson that she was grateful for the support.",
         "she was grateful for the support"),
        ("The chief executive said with a laugh that the rumours were nonsense.", "the rumours were nonsense"),
        ("The senator said of the nominee that she was eminently qualified.", "she was eminently qualified"),
        ("The lawyer said outside court that his client would appeal.", "his client would appeal"),
        ("She said at a hearing on Tuesday that the plan was dead.", "the plan was dead"),
        ("He said at a Saturday rally in Texas that the border should close.", "the border should close"),
        # a phrase that holds the verb is the subject's, not a lead: the noun phrase speaks
        ("Reports of poaching suggest that numbers have halved.", "numbers have halved"),
        # "at least": an object, no phrase
        ("Authorities reported at least 20 victims at a center that works with the disabled.",
         "at least 20 victims at a center that works with the disabled"),
    ],
)
def test_a_phrase_before_that_is_not_content(text: str, content: str) -> None:
    assert [c.content for c in extract_text(text, "ca")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # a relative `that`: a verb follows it, so the phrase is no lead into the content
        "The mayor said with the money that was left the city would rebuild.",
        "The host said of a list that included three senators that all were qualified.",
    ],
)
def test_a_relative_that_opens_no_content(text: str) -> None:
    assert extract_text(text, "ca") == []
