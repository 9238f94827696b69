"""Attribution patterns, one sentence or paragraph at a time: (text, expected claims)."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.models import Claim, Source
from tests.extracting import text_source


def source(text: str, sid: str = "t") -> Source:
    return text_source(text, sid)


def extract(text: str) -> list[Claim]:
    return extract_claims(source(text))


def triples(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(c.speaker, c.via, c.kind.value, c.content) for c in extract(text)]


SPEAKER_FIRST = [
    (
        "The mayor said that the bridge would reopen in May.",
        ("The mayor", None, "indirect", "the bridge would reopen in May"),
    ),
    (
        "Ana Ruiz told Reuters on Tuesday that the plant would close.",
        ("Ana Ruiz", "Reuters", "indirect", "the plant would close"),
    ),
    (
        "The regulator has claimed the merger breaches competition law.",
        ("The regulator", None, "indirect", "the merger breaches competition law"),
    ),
    (
        "Economists warned that inflation could return next year.",
        ("Economists", None, "indirect", "inflation could return next year"),
    ),
    (
        "Last year, Orin Labs founder Kai Mendel argued that small models were underrated.",
        ("Orin Labs founder Kai Mendel", None, "indirect", "small models were underrated"),
    ),
    (
        "The coach, who replaced Tim Hale last year, said the squad was exhausted.",
        ("The coach", None, "indirect", "the squad was exhausted"),
    ),
    (
        "Sources familiar with the talks tell the Financial Times that a deal is near.",
        ("Sources familiar with the talks", "Financial Times", "indirect", "a deal is near"),
    ),
    (
        "Two officials speaking to Le Monde said the summit had been postponed.",
        ("Two officials", "Le Monde", "indirect", "the summit had been postponed"),
    ),
    (
        "Leaked emails obtained by the Tribune indicate that the board knew of the fault.",
        ("Leaked emails", "Tribune", "indirect", "the board knew of the fault"),
    ),
    (
        "The Herald reported that the council had overspent by 4 million euros.",
        ("The Herald", None, "indirect", "the council had overspent by 4 million euros"),
    ),
    (
        "Vera Lind said in a statement that the museum would stay open.",
        ("Vera Lind", None, "indirect", "the museum would stay open"),
    ),
    (
        "The minister said in an interview with Radio Nova that taxes would not rise.",
        ("The minister", "Radio Nova", "indirect", "taxes would not rise"),
    ),
]

CONTENT_FIRST = [
    (
        "The bridge will reopen in May, the mayor said.",
        ("the mayor", None, "indirect", "The bridge will reopen in May"),
    ),
    (
        "The plant will close by June, two people familiar with the plans said on Friday.",
        ("two people familiar with the plans", None, "indirect", "The plant will close by June"),
    ),
    (
        "Prices will keep rising, said Leo Brandt, chief economist at Kessel Bank.",
        ("Leo Brandt", None, "indirect", "Prices will keep rising"),
    ),
    (
        "Ticket sales doubled in March, according to the organisers.",
        ("the organisers", None, "indirect", "Ticket sales doubled in March"),
    ),
    (
        "According to the police, the suspect fled on foot.",
        ("the police", None, "indirect", "the suspect fled on foot"),
    ),
    (
        "The vote was rigged, according to three observers who spoke to the BBC.",
        ("three observers", "BBC", "indirect", "The vote was rigged"),
    ),
    (
        "The firm cut 200 jobs, the union's leader, Mara Voss, said.",
        ("the union's leader, Mara Voss", None, "indirect", "The firm cut 200 jobs"),
    ),
]

QUOTES = [
    ('"We will not back down," said Ida Berg.', ("Ida Berg", None, "direct", "We will not back down")),
    (
        "“The numbers speak for themselves,” the chief executive said.",
        ("the chief executive", None, "direct", "The numbers speak for themselves"),
    ),
    ('Ida Berg said: "We will not back down."', ("Ida Berg", None, "direct", "We will not back down")),
    (
        '"We are ready. The rest is up to them," said the captain.',
        ("the captain", None, "direct", "We are ready. The rest is up to them"),
    ),
    (
        'The senator said the bill was "dead on arrival" in its current form.',
        ("The senator", None, "mixed", 'the bill was "dead on arrival" in its current form'),
    ),
    (
        'The mayor called the plan "a betrayal of every resident" and walked out.',
        ("The mayor", None, "mixed", 'the plan "a betrayal of every resident"'),
    ),
]

REFUSALS = [
    ("Kessel Bank declined to comment.", ("Kessel Bank", None, "no_comment", "declined to comment")),
    (
        "Orin and Kessel declined to comment on the report.",
        ("Orin and Kessel", None, "no_comment", "declined to comment on the report"),
    ),
    (
        "The ministry did not respond to requests for comment.",
        ("The ministry", None, "no_comment", "did not respond to requests for comment"),
    ),
    (
        "Mr. Hale could not be reached for comment on Sunday.",
        ("Mr. Hale", None, "no_comment", "could not be reached for comment on Sunday"),
    ),
    (
        "The club has not publicly commented on the dispute, but fans are angry.",
        ("The club", None, "no_comment", "has not publicly commented on the dispute"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_FIRST + CONTENT_FIRST + QUOTES + REFUSALS)
def test_single_attribution(text: str, expected: tuple[str, str | None, str, str]) -> None:
    assert triples(text) == [expected]


NOT_CLAIMS = [
    "The bridge is said to be unsafe.",
    "The company is reportedly preparing a bid.",
    "The singer, rumored to be retiring, toured Asia.",
    'The film "Silent Harbour" opened on Friday.',
    'Fans call him "The Wall".',
    "The report was published on Monday.",
    "Prices rose 4% in March as demand for energy climbed.",
    "Register for our newsletter to get the latest updates.",
    "Also read: How the harbour strike began",
    "Talks collapse at dawn",
    "The council has approved the budget, which critics have long opposed.",
    "The data suggests a shift in consumer habits.",
    "Her statement was short.",
    "Reuters could not immediately determine the reason for the decision.",
    "The claims were denied by the company.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text: str) -> None:
    assert extract(text) == []


def test_two_cues_in_one_sentence_give_two_claims() -> None:
    text = "Kessel Bank declined to comment, while the Orin Group did not respond to requests for comment."
    got = triples(text)
    assert [s for s, *_ in got] == ["Kessel Bank", "the Orin Group"]
    assert all(kind == "no_comment" for _, _, kind, _ in got)


def test_elided_subject_second_cue() -> None:
    text = (
        'Rival founder Juno Park claimed that the chip was "years ahead" of its peers, '
        "and has long argued that exports should be free."
    )
    got = triples(text)
    assert got == [
        ("Rival founder Juno Park", None, "mixed", 'the chip was "years ahead" of its peers'),
        ("Rival founder Juno Park", None, "indirect", "exports should be free"),
    ]


def test_quote_continues_in_next_paragraph() -> None:
    text = (
        '"We have waited long enough," said Ida Berg.\n\n"Now the council has to act."\n\nThe council meets on Monday.'
    )
    got = triples(text)
    assert got == [
        ("Ida Berg", None, "direct", 'We have waited long enough," said Ida Berg.\n\n"Now the council has to act'),
    ]


def test_cue_in_the_middle_of_a_quote() -> None:
    text = '"We are ready," the captain said. "The rest is up to them."'
    assert [c for *_, c in triples(text)] == ['We are ready," the captain said. "The rest is up to them']


def test_citing_people_the_report_said() -> None:
    text = (
        "According to a Daily Ledger report, the mine will close. Citing people familiar "
        "with the matter, the report said that 300 workers would lose their jobs."
    )
    got = triples(text)
    assert got[1] == (
        "people familiar with the matter",
        "Daily Ledger",
        "indirect",
        "300 workers would lose their jobs",
    )
    assert got[0][0] == "a Daily Ledger report"


def test_citing_aside_is_not_a_relay() -> None:
    text = "Analysts at Fenwick, citing the Ledger, warn that margins will shrink."
    assert triples(text) == [("Analysts at Fenwick", None, "indirect", "margins will shrink")]


def test_cited_by_aside_is_a_relay() -> None:
    text = "People familiar with the matter, cited by Bloomberg, said the deal had stalled."
    assert triples(text) == [("People familiar with the matter", "Bloomberg", "indirect", "the deal had stalled")]


def test_participle_cue_takes_the_clause_subject() -> None:
    text = "Norland has banned the imports, arguing they threaten local farmers."
    assert triples(text) == [("Norland", None, "indirect", "they threaten local farmers")]


def test_with_x_saying() -> None:
    text = "Sales were strong, with Orin saying it shipped 2 million units in the quarter."
    assert triples(text) == [("Orin", None, "indirect", "it shipped 2 million units in the quarter")]


def test_glued_sentences_and_abbreviations() -> None:
    text = (
        "The U.S. Navy said the ship was safe.The crew, the captain added, was unharmed. "
        "Mr. Okoro said No. 2 reactor was shut."
    )
    got = triples(text)
    assert [s for s, *_ in got] == ["The U.S. Navy", "the captain", "Mr. Okoro"]
    assert got[0][3] == "the ship was safe"
    assert got[1][3] == "The crew, the captain added, was unharmed"
    assert got[2][3] == "No. 2 reactor was shut"


def test_editorial_tail_is_not_content() -> None:
    text = "An aide told the Gazette the minister had resigned — a claim that, if true, would end the coalition."
    assert triples(text) == [("An aide", "Gazette", "indirect", "the minister had resigned")]


def test_content_never_includes_speaker_or_cue() -> None:
    for text, expected in SPEAKER_FIRST + CONTENT_FIRST + QUOTES:
        for claim in extract(text):
            assert expected[0] not in claim.content
            assert claim.cue not in claim.content or claim.kind.value == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("SAN JOSE — Acme is recalling 8,000 kettles, the company said.", "Acme is recalling 8,000 kettles"),
        ("OSLO, March 4 — The strike is over, the union said.", "The strike is over"),
        ("U.S.-Norland ties are strained, the envoy said.", "U.S.-Norland ties are strained"),
    ],
)
def test_datelines_are_not_content(text: str, content: str) -> None:
    assert [c for *_, c in triples(text)] == [content]


MORE = [
    (
        "The head of the energy agency, Mina Sato, said demand would peak in 2030.",
        ("The head of the energy agency, Mina Sato", None, "indirect", "demand would peak in 2030"),
    ),
    ("Ruiz told the committee that the budget was balanced.", ("Ruiz", None, "indirect", "the budget was balanced")),
    ("Ruiz told lawmakers on Monday the budget was balanced.", ("Ruiz", None, "indirect", "the budget was balanced")),
    ("It said the plan would be published in June.", ("It", None, "indirect", "the plan would be published in June")),
    ("Demand will peak in 2030, Sato said Monday.", ("Sato", None, "indirect", "Demand will peak in 2030")),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_attributions(text: str, expected: tuple[str, str | None, str, str]) -> None:
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the firm grew by 4% last year.",
        "That said, the market rallied on Friday afternoon.",
        "Needless to say, the plan was dropped after the vote.",
        "All told, forty people were hurt in the crash.",
        "The said company was fined twice in 2019 and 2021.",
        "Prices, as analysts predicted, rose.",
    ],
)
def test_idioms_are_not_claims(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are ready," the captain said, "and the rest is up to them."',
            [("the captain", None, "direct", 'We are ready," the captain said, "and the rest is up to them')],
        ),
        (
            "Output will fall, the chief executive said, adding that prices would rise.",
            [
                ("the chief executive", None, "indirect", "Output will fall"),
                ("the chief executive", None, "indirect", "prices would rise"),
            ],
        ),
        (
            "Ruiz told Radio Nova the budget was balanced, adding that taxes would not rise.",
            [
                ("Ruiz", "Radio Nova", "indirect", "the budget was balanced"),
                ("Ruiz", "Radio Nova", "indirect", "taxes would not rise"),
            ],
        ),
        (
            "The minister was quoted as saying that the border would stay open.",
            [("The minister", None, "indirect", "the border would stay open")],
        ),
    ],
)
def test_second_fragment_same_speaker(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


def test_cue_with_colon_then_quotation_paragraph() -> None:
    text = 'The coach was blunt. He added:\n\n"We played badly and we deserved to lose."'
    assert triples(text) == [("He", None, "direct", "We played badly and we deserved to lose")]


@pytest.mark.parametrize(
    "text",
    [
        "The app tells users when trains are late.",
        "She told the story of her grandmother's escape in a memoir.",
        "What the data says about the economy is unclear.",
        "Experts have long warned about the risks of dam failure.",
        "The teacher explained the rules to the class before the test.",
        "The company's annual report shows a 12% rise in revenue.",
        "Calls for reform have grown louder since the scandal broke.",
        "The figures suggest demand is cooling.",
        "Officials are expected to announce a decision next week.",
    ],
)
def test_prose_that_is_not_attribution(text: str) -> None:
    assert extract(text) == []


BRITISH = [
    (
        "‘We will not be bullied,’ said the council leader.",
        ("the council leader", None, "direct", "We will not be bullied"),
    ),
    (
        "The council leader said the plan was ‘dead in the water’ after the vote.",
        ("The council leader", None, "mixed", "the plan was ‘dead in the water’ after the vote"),
    ),
    ("‘It’s over. We’ve lost,’ the manager said.", ("the manager", None, "direct", "It’s over. We’ve lost")),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH)
def test_single_curly_quotes(text: str, expected: tuple[str, str | None, str, str]) -> None:
    assert triples(text) == [expected]


def test_apostrophes_are_not_quotations() -> None:
    text = "The firm’s chief said the workers’ pay would rise, and the union didn’t object."
    got = triples(text)
    assert got == [("The firm’s chief", None, "indirect", "the workers’ pay would rise, and the union didn’t object")]


def test_multiword_cue() -> None:
    assert triples("The auditor pointed out that two invoices were missing.") == [
        ("The auditor", None, "indirect", "two invoices were missing")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treasurer made clear on Friday that the fund was empty.",
            [("The treasurer", None, "indirect", "the fund was empty")],
        ),
        (
            "The treasurer made it clear that the fund was empty.",
            [("The treasurer", None, "indirect", "the fund was empty")],
        ),
        (
            "The union has made the case that wages lag prices.",
            [("The union", None, "indirect", "wages lag prices")],
        ),
        (
            "The coach fired back that the referee had missed the foul.",
            [("The coach", None, "indirect", "the referee had missed the foul")],
        ),
        ('The coach shot back: "We were robbed."', [("The coach", None, "direct", "We were robbed")]),
        ('"We were robbed," the coach hit back.', [("the coach", None, "direct", "We were robbed")]),
        # a phrasal cue reports a clause or a quotation, not a target or a thing
        ("The coach fired back at his critics on Monday.", []),
        ("The guards shot back at the attackers.", []),
        ("The treasurer made clear her opposition to the loan.", []),
        ("The union made the case for higher wages.", []),
        ("The director made a film that the critics loved.", []),
    ],
)
def test_phrasal_cues(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union said at least 300 workers had walked out.", "at least 300 workers had walked out"),
        ("Police said over 40 people were arrested.", "over 40 people were arrested"),
    ],
)
def test_content_may_open_with_a_quantifier(text: str, content: str) -> None:
    assert [c for *_, c in triples(text)] == [content]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("In a post on X, he wrote that the vote was rigged.", "X"),
        ("In an interview with the BBC, the minister said taxes would rise.", "BBC"),
        ("Speaking to Reuters, the minister said taxes would rise.", "Reuters"),
        ("Speaking at a rally, the minister said taxes would rise.", None),
        ("In May, the minister said taxes would rise.", None),
    ],
)
def test_introductory_channel_is_the_relay(text: str, via: str | None) -> None:
    assert [v for _, v, *_ in triples(text)] == [via]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts expect the recall to cost the firm 30 million dollars.",
            [("Analysts", None, "indirect", "the recall to cost the firm 30 million dollars")],
        ),
        (
            "Economists predict growth to slow sharply next year.",
            [("Economists", None, "indirect", "growth to slow sharply next year")],
        ),
        ("Fans expect to queue for hours.", []),
        ("Analysts expect a strong quarter.", []),
    ],
)
def test_expect_object_to(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


def test_a_noun_use_of_a_cue_is_not_a_claim() -> None:
    assert extract("The old saying goes that pride comes before a fall.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Not on my watch," she quipped.', [("she", None, "direct", "Not on my watch")]),
        ("The coach replied that the squad was tired.", [("The coach", None, "indirect", "the squad was tired")]),
        ("The coach replied to the letter on Monday.", []),
    ],
)
def test_less_common_cues(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the relay is the outlet as the article writes it, even when it is the publisher
        ("An aide told the Gazette that the minister had resigned.", "Gazette"),
        ("An aide said in an interview with the Gazette that the minister had resigned.", "Gazette"),
        ("An aide told Reuters that the minister had resigned.", "Reuters"),
    ],
)
def test_via_is_the_outlet_as_written(text: str, via: str) -> None:
    assert [v for _, v, *_ in triples(text)] == [via]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Fans called the striker "The Wall" after the final.', []),
        ('Critics called the plan "a reckless gamble".', [("Critics", None, "mixed", 'the plan "a reckless gamble"')]),
    ],
)
def test_called_with_a_nickname_or_with_speech(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A study published in the Lancet found that night shifts raise the risk of diabetes.",
            [("A study published in the Lancet", None, "indirect", "night shifts raise the risk of diabetes")],
        ),
        ("Inspectors found cracks in the bridge.", []),
        (
            "The inquiry concluded that the fire was an accident.",
            [("The inquiry", None, "indirect", "the fire was an accident")],
        ),
    ],
)
def test_findings(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected


def test_quotation_running_over_paragraphs() -> None:
    text = (
        '"We will fight this ruling in every court in the land.\n\n'
        '"And we will win," said Ida Berg, the union\'s lawyer.\n\n'
        '"Nobody should doubt that.\n\n'
        '"Not for a moment."\n\nThe hearing is set for May.'
    )
    assert triples(text) == [
        (
            "Ida Berg",
            None,
            "direct",
            "We will fight this ruling in every court in the land.\n\n"
            '"And we will win," said Ida Berg, the union\'s lawyer.\n\n"Nobody should doubt that.\n\n"Not for a moment',
        ),
    ]


def test_unclosed_quotation_without_attribution_is_not_a_claim() -> None:
    assert extract('"We will fight this ruling in every court.\n\nThe hearing is set for May.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scientists have warned for years that summers would get hotter.",
            [("Scientists", None, "indirect", "summers would get hotter")],
        ),
        (
            "The mayor said in March that the bridge would reopen.",
            [("The mayor", None, "indirect", "the bridge would reopen")],
        ),
        ("Experts have long warned about the risks that dams pose.", []),
    ],
)
def test_that_after_a_short_phrase(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    assert triples(text) == expected
