"""Four general failure modes, on invented stories: refusal wordings, records and studies
as speakers, ages set off by commas, and the writer's note that the content is disputed."""

from __future__ import annotations

import pytest

from claims.models import Claim, Kind
from tests.extracting import extract_text


def _claims(text: str) -> list[Claim]:
    return extract_text(text, "r3")


def _sentence(text: str) -> str:
    return text.rstrip(".")


# 1. Refusals: kind no_comment, content = the whole clause, speaker = the subject as written,
# cue = the refusal phrase as written.
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "A spokesperson for the platform Q did not immediately return a request for comment.",
            "A spokesperson for the platform Q",
            "did not immediately return a request for comment",
        ),
        (
            "The county clerk did not return messages seeking comment.",
            "The county clerk",
            "did not return messages seeking comment",
        ),
        ("The developer did not reply to emails.", "The developer", "did not reply to emails"),
        (
            "The landlord didn't respond to calls and emails seeking comment.",
            "The landlord",
            "didn't respond to calls and emails seeking comment",
        ),
        (
            "A lawyer for the tenants could not immediately be reached.",
            "A lawyer for the tenants",
            "could not immediately be reached",
        ),
        (
            "The harbour authority was not immediately available for comment.",
            "The harbour authority",
            "was not immediately available for comment",
        ),
        ("The ferry operator had no immediate comment.", "The ferry operator", "had no immediate comment"),
        ("The regional water board had no comment.", "The regional water board", "had no comment"),
        ("Her campaign would not comment.", "Her campaign", "would not comment"),
        ("Tenant organisers refused to comment.", "Tenant organisers", "refused to comment"),
        (
            "Orla Brennan declined to be interviewed.",
            "Orla Brennan",
            "declined to be interviewed",
        ),
        ("The school board declined to elaborate.", "The school board", "declined to elaborate"),
        (
            "Kestrel Foods declined to discuss the settlement.",
            "Kestrel Foods",
            "declined to discuss",
        ),
        (
            "The trust declined to specify how many beds would close.",
            "The trust",
            "declined to specify",
        ),
        ("The sheriff did not answer questions about the chase.", "The sheriff", "did not answer questions"),
    ],
)
def test_refusal_family_is_a_no_comment_claim(text: str, speaker: str, cue: str) -> None:
    claims = _claims(text)
    assert [(c.kind, c.speaker, c.cue, c.content) for c in claims] == [
        (Kind.NO_COMMENT, speaker, cue, _sentence(text)[len(speaker) + 1 :])
    ]


def test_refusal_clause_ends_at_the_comma() -> None:
    text = "Ms Ortega declined to say how much she paid, but said the price was fair."
    claims = _claims(text)
    assert (claims[0].kind, claims[0].content) == (Kind.NO_COMMENT, "declined to say how much she paid")


def test_spokesperson_for_a_described_platform_speaks_for_it() -> None:
    (claim,) = _claims("A spokesperson for the platform Quillr did not immediately return a request for comment.")
    assert claim.speaker_id == "quillr"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not return the money until March.",
        "The visitors did not answer the bell in the second half.",
        "The union declined the offer.",
        "Residents refused to leave their homes.",
        "Inspectors could not reach the upper floors.",
        "The clinic had no immediate plans to reopen.",
    ],
)
def test_not_a_refusal(text: str) -> None:
    assert [c for c in _claims(text) if c.kind is Kind.NO_COMMENT] == []


# 2. Records, studies and polls speak through show/reveal/find/indicate/suggest.
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Parish records show roughly 300 burials in the old yard last century.",
            "Parish records",
            "show",
            "roughly 300 burials in the old yard last century",
        ),
        (
            "Court documents reveal that the contractor had been warned twice.",
            "Court documents",
            "reveal",
            "the contractor had been warned twice",
        ),
        (
            "A survey by the Tolland Trust found that 41% of anglers had seen fewer trout.",
            "A survey by the Tolland Trust",
            "found",
            "41% of anglers had seen fewer trout",
        ),
        (
            "A survey by the Tolland Trust found 41% of anglers had seen fewer trout.",
            "A survey by the Tolland Trust",
            "found",
            "41% of anglers had seen fewer trout",
        ),
        (
            "Data from the port authority indicate a sharp fall in cargo.",
            "Data from the port authority",
            "indicate",
            "a sharp fall in cargo",
        ),
        ("Polls suggest most residents oppose the toll.", "Polls", "suggest", "most residents oppose the toll"),
        (
            "The audit released on Friday found gaps in the payroll system.",
            "The audit released on Friday",
            "found",
            "gaps in the payroll system",
        ),
    ],
)
def test_cited_record_speaks(text: str, speaker: str, cue: str, content: str) -> None:
    claims = _claims(text)
    assert [(c.kind, c.speaker, c.cue, c.content) for c in claims] == [(Kind.INDIRECT, speaker, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        # A depiction, not a claim: pictures and footage are not listed as records.
        "The video shows a man climbing the fence.",
        "Footage shows the ferry leaving early.",
        # The writer's own analysis.
        "The results show how fragile the recovery is.",
        # A document already in hand, re-read by the writer, needs `that`.
        "The figures suggest demand is cooling.",
        # A person's discovery of an object.
        "Police found a knife near the river.",
        "Investigators found the missing ledger in a shed.",
        # `shows` as a noun, or a non-document subject.
        "Cooking shows draw large audiences.",
        "The hull shows signs of rust.",
        "The report shows.",
    ],
)
def test_not_a_record_claim(text: str) -> None:
    assert _claims(text) == []


def test_person_found_that_is_a_claim() -> None:
    (claim,) = _claims("Police found that the lock had been forced.")
    assert (claim.speaker, claim.cue, claim.content) == ("Police", "found", "the lock had been forced")


# 3. Ages and other numeric asides never become the speaker.
@pytest.mark.parametrize(
    ("text", "speaker", "speaker_id", "content"),
    [
        (
            "Homeowner Nell Harker, 67, one of the plaintiffs, said she wept when she heard the news.",
            "Homeowner Nell Harker",
            "nell-harker",
            "she wept when she heard the news",
        ),
        ("Harker, 67, said the ruling came too late.", "Harker", "harker", "the ruling came too late"),
        (
            "Ines Varga, a 34-year-old nurse, said the ward had no spare beds.",
            "Ines Varga",
            "ines-varga",
            "the ward had no spare beds",
        ),
        (
            "Owen Pryce, 52, of Carrow, told the paper the lane had flooded twice.",
            "Owen Pryce",
            "owen-pryce",
            "the lane had flooded twice",
        ),
        (
            "Ines Varga, 34, a nurse at the clinic, said the ward had no spare beds.",
            "Ines Varga",
            "ines-varga",
            "the ward had no spare beds",
        ),
    ],
)
def test_age_apposition_keeps_the_named_speaker(text: str, speaker: str, speaker_id: str, content: str) -> None:
    (claim,) = _claims(text)
    assert (claim.speaker, claim.speaker_id, claim.content) == (speaker, speaker_id, content)


def test_a_number_in_the_content_is_not_an_aside() -> None:
    (claim,) = _claims("The final tally was 67, officials said.")
    assert (claim.speaker, claim.content) == ("officials", "The final tally was 67")


# 4. The writer's note that someone disputes the content is not part of it.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She argued that the ban had already returned dozens of flats to the rental market, "
            "a claim the landlords dispute.",
            "the ban had already returned dozens of flats to the rental market",
        ),
        ("He said the ferry was safe, an assertion the crew union denies.", "the ferry was safe"),
        ("The mill said the spill was small, a charge residents reject.", "the spill was small"),
        ("The treasurer said the funds were misused, allegations he has denied.", "the funds were misused"),
        ("The council said rents had fallen, which tenants dispute.", "rents had fallen"),
        ("The council said rents had fallen, which is disputed by tenants.", "rents had fallen"),
        ("He said the dredging plan was sound, a view the anglers reject.", "the dredging plan was sound"),
        (
            "The mill said it had paid every worker, something the union has long denied.",
            "it had paid every worker",
        ),
    ],
)
def test_disputed_note_is_cut(text: str, content: str) -> None:
    (claim,) = _claims(text)
    assert claim.content == content


# The writer's note on the statement as an event ("which confirmed reports") is not its content;
# a relative clause that describes something in the content stays.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army chief said the minister had resigned, which confirmed earlier reports of her exit.",
            "the minister had resigned",
        ),
        ("The mayor said the pool would close, which quickly sparked protests.", "the pool would close"),
        ("The board said its chair would step down, which came as a surprise.", "its chair would step down"),
        ("The warden said the pier was unsafe, which is why it shut.", "the pier was unsafe, which is why it shut"),
        ("He said he sold the farm, which was his father's.", "he sold the farm, which was his father's"),
    ],
)
def test_writers_note_on_the_statement_is_cut(text: str, content: str) -> None:
    (claim,) = _claims(text)
    assert claim.content == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A relative clause inside the content, with more content after it.
        (
            "He said the claim, which the insurer rejected, would go to court.",
            "the claim, which the insurer rejected, would go to court",
        ),
        # A relative clause that is not a dispute.
        ("He said rents had fallen, which would help families.", "rents had fallen, which would help families"),
        # No comma: the dispute is the content itself.
        ("She said the charges the company rejects are serious.", "the charges the company rejects are serious"),
    ],
)
def test_real_content_is_not_cut(text: str, content: str) -> None:
    claims = _claims(text)
    assert claims[0].content == content


# A number with thousands separators is one word, never a clause break in the subject.
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "A survey of 2,000 anglers found that most release their catch.",
            "A survey of 2,000 anglers",
            "most release their catch",
        ),
        ("The repair would cost $1,400,000, the council said.", "the council", "The repair would cost $1,400,000"),
    ],
)
def test_thousands_separator_is_not_a_break(text: str, speaker: str, content: str) -> None:
    assert [(c.speaker, c.content) for c in _claims(text)] == [(speaker, content)]


# A cue inside another speaker's reported content is part of that content, not a second
# claim with the outer cue as its speaker; a noun-like form ("reports of ...") still speaks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts say the figures show a slowdown.", [("Analysts", "the figures show a slowdown")]),
        (
            "She said the union denies the claim.",
            [("She", "the union denies the claim")],
        ),
        (
            "Rangers fear the herd is shrinking, and reports of poaching in the reserve suggest "
            "that numbers have halved.",
            [
                ("Rangers", "the herd is shrinking"),
                ("reports of poaching in the reserve", "numbers have halved"),
            ],
        ),
    ],
)
def test_nested_cue_is_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker, c.content) for c in _claims(text)] == expected


# A negated subject ("Neither ...", "None of ...") makes a plain reply verb a refusal.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neither the warden nor his deputy responded to requests for comment.",
            [(Kind.NO_COMMENT, "Neither the warden nor his deputy", "responded to requests for comment")],
        ),
        (
            "None of the owners returned calls seeking comment.",
            [(Kind.NO_COMMENT, "None of the owners", "returned calls seeking comment")],
        ),
        # Responding to an event is not a refusal; the writer's source still speaks.
        (
            "Neither the warden nor the council responded to the flooding quickly, residents said.",
            [(Kind.INDIRECT, "residents", "said")],
        ),
        ("The warden responded to requests for comment within an hour.", []),
    ],
)
def test_negated_subject_refusal(text: str, expected: list[tuple[Kind, str, str]]) -> None:
    assert [(c.kind, c.speaker, c.cue) for c in _claims(text)] == expected


# A record named after the content, set off by a comma, is its attribution.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry fares rose 8% last year, port data show.", [("port data", "show", "Ferry fares rose 8% last year")]),
        ("Fares rose 8% last year, the figures show.", [("the figures", "show", "Fares rose 8% last year")]),
        ("Ferry fares rose 8% last year, polls suggest.", [("polls", "suggest", "Ferry fares rose 8% last year")]),
        ("Ferry fares rose, and the figures show it.", []),
        ("Ferry fares rose 8% last year, the footage shows.", []),
    ],
)
def test_record_after_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.content) for c in _claims(text)] == expected


# A role word capitalised at the sentence start is not part of the person's id; a place
# name that shares a role suffix is part of an organisation's name.
@pytest.mark.parametrize(
    ("text", "speaker_id"),
    [
        ("Shopkeeper Amir Haddad said the quay was flooded.", "amir-haddad"),
        ("Nurse Ines Varga said the ward was full.", "ines-varga"),
        ("Worcester Rowing Club said the regatta was off.", "worcester-rowing-club"),
        ("Doncaster City Council said the road was closed.", "doncaster-city-council"),
    ],
)
def test_role_word_before_a_name(text: str, speaker_id: str) -> None:
    (claim,) = _claims(text)
    assert claim.speaker_id == speaker_id
