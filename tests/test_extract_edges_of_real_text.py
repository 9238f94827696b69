"""Edges of speakers and contents in shapes from real news: a time phrase before the subject, the
speaker's next act after a quotation, a label after an object gap."""

from __future__ import annotations

import pytest

from claims.pipeline import source_claims
from tests.extracting import extract_text, text_source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Earlier this summer the steelworkers' union vowed to fight the deal.", "the steelworkers' union"),
        ("Last week the company said it would cut jobs.", "the company"),
        ("On Monday the mayor said the pier was safe.", "the mayor"),
        ("Yesterday Ann Lee said the pier was safe.", "Ann Lee"),
        ("The Labour leader shot back by arguing that the party had failed.", "The Labour leader"),
    ],
)
def test_the_speaker_starts_after_the_time(text: str, speaker: str) -> None:
    (claim,) = extract_text(text)
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "contents"),
    [  # a whole quotation, then the speaker's next act: the quotation is the claim
        ('Ann Lee declared "it is time for change" and told voters to back her party.',
         ["it is time for change", "voters to back her party"]),
        ('He said the plan would "cost jobs" and thanked his staff.', ['the plan would "cost jobs"']),
        # inside an open quotation, the act is the quoted speaker's own clause
        ('He said "we will stand with them and thanked them for their help" on Monday.',
         ['"we will stand with them and thanked them for their help" on Monday']),
    ],
)
def test_the_content_ends_before_the_next_act(text: str, contents: list[str]) -> None:
    assert [c.content for c in extract_text(text)] == contents


def test_a_label_after_an_object_gap_keeps_its_noun() -> None:
    text = "Sen. Ann Lee vowed to block the sale, which she described as an “outrageous” move."
    assert [c.content for c in extract_text(text)] == ["to block the sale", "an “outrageous” move"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a form that is also a noun ends the sentence after its comma-set subject: the verb
        ("The company plans to cut 500 jobs, The Harbor Times reports.", "The Harbor Times"),
        ("The company plans to cut 500 jobs, the newspaper reports on Monday.", "the newspaper"),
    ],
)
def test_a_noun_like_form_closing_the_sentence_is_the_verb(text: str, speaker: str) -> None:
    (claim,) = extract_text(text)
    assert (claim.speaker, claim.content) == (speaker, "The company plans to cut 500 jobs")


def test_a_noun_after_a_comma_is_still_a_noun() -> None:
    assert extract_text("Despite the delays, weather reports.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a participle with an adjunct after it qualifies the noun before it: no cue
        ("The agency said there were 15,600 cases and 524 deaths reported so far this year.",
         [("The agency", "there were 15,600 cases and 524 deaths reported so far this year")]),
        ("The number of cases confirmed in the region rose to 500.", []),
        # the verb of a report keeps its adverbial before the content
        ("Police confirmed on Monday that two men were arrested.", [("Police", "two men were arrested")]),
    ],
)
def test_a_participle_qualifying_a_noun_is_no_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text)] == expected


def test_a_long_proper_name_after_an_opening_phrase_is_the_speaker() -> None:
    text = "Earlier this week, the Harbor Centers for Port Safety and Prevention announced that the port was unsafe."
    (claim,) = extract_text(text)
    assert claim.speaker == "the Harbor Centers for Port Safety and Prevention"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a verb joined after a non-reporting one, with a clause and no `that`: the clause subject's
        ("Ana Ruiz agreed to join the club in February and announced in May she would leave her old one.",
         [("Ana Ruiz", "she would leave her old one")]),
        ("She met the board and confirmed the plan was dead.", [("She", "the plan was dead")]),
        ("The mayor toured the site and announced new funding for the pier.", []),
    ],
)
def test_a_joined_verb_reports_a_bare_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.content) for c in extract_text(text)] == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # "expressed" reports a proposition ("that", a quotation), not a feeling shown
        ("The prime minister expressed sorrow over the deaths of the crew.", 0),
        ("The prime minister expressed concern that the crew had died.", 1),
        ('The union expressed hope for a "fair deal" with the city.', 1),
    ],
)
def test_expressed_needs_a_proposition(text: str, claims: int) -> None:
    assert len(source_claims(text_source(text))) == claims
