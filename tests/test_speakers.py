"""Speaker identity: one id per party within a source and across a run."""

from __future__ import annotations

import pytest

from claims.extract import extract_claims, resolve_speaker_ids
from claims.extract.channels import recalls_occasion
from claims.extract.speakers import slug
from claims.loader import load_bytes
from claims.models import Claim
from tests.extracting import extract_text


def claims_of(text: str, sid: str = "s") -> list[Claim]:
    return extract_text(text, sid, "Test")


def ids(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.speaker_id) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Demand is soft," said Ana Ruiz, CEO of research firm Kestrel. She added that prices '
            "would fall. Prices will keep falling, Ruiz said.",
            [("Ana Ruiz", "ana-ruiz"), ("She", "ana-ruiz"), ("Ruiz", "ana-ruiz")],
        ),
        (
            "Two sources familiar with the matter said the deal was off. The sources said talks "
            "could resume. People familiar with the talks said a new bid was likely.",
            [
                ("Two sources familiar with the matter", "anonymous-sources"),
                ("The sources", "anonymous-sources"),
                ("People familiar with the talks", "anonymous-sources"),
            ],
        ),
        (
            "A senior Norland official told the Gazette the border would close. The official added "
            "that trucks would be turned back.",
            [("A senior Norland official", "norland-official"), ("The official", "norland-official")],
        ),
        (
            "Harbour Energy chief executive Li Wen said output fell. He said costs rose.",
            [("Harbour Energy chief executive Li Wen", "li-wen"), ("He", "li-wen")],
        ),
        (  # a name in East Asian order, its surname first: "Wu" and "Lai" are the full names
            "Wu Chien-fu, director of the seismology center, said aftershocks would go on. Wu said they "
            "could be strong. President Lai Ching-te said the island would rebuild. Lai added that aid was coming.",
            [("Wu Chien-fu", "wu-chien-fu"), ("Wu", "wu-chien-fu"), ("President Lai Ching-te", "lai-ching-te"),
             ("Lai", "lai-ching-te")],
        ),
        (  # a capitalised head is a name's last word, not a report noun
            "Japan's Meteorological Agency said the warning was lifted. A Reuters report said it was not.",
            [("Japan's Meteorological Agency", "japan-meteorological-agency"), ("A Reuters report", "reuters")],
        ),
        (  # one name after its description: the name identifies (not a joint subject)
            "Japanese broadcaster NHK said the crew were safe. Nvidia and AMD said demand was strong.",
            [("Japanese broadcaster NHK", "nhk"), ("Nvidia and AMD", "nvidia-and-amd")],
        ),
        (
            "Analysts say demand is weak. Some analysts have suggested that prices will fall.",
            [("Analysts", "analysts"), ("some analysts", "analysts")],
        ),
    ],
)
def test_ids_within_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    got = ids(text)
    assert [i for _, i in got] == [i for _, i in expected]
    assert [s.lower() for s, _ in got] == [s.lower() for s, _ in expected]


def test_speaker_stays_as_written_and_inherits_relay() -> None:
    text = (
        "A senior Norland official told the Gazette the border would close. "
        "According to the official, trucks would be turned back."
    )
    got = claims_of(text)
    assert [c.speaker for c in got] == ["A senior Norland official", "the official"]
    assert [c.via for c in got] == ["Gazette", "Gazette"]


def test_the_report_relays_through_its_outlet() -> None:
    text = (
        "According to a Daily Ledger report, the mine will close. Citing people familiar "
        "with the matter, the report said that 300 workers would lose their jobs."
    )
    got = claims_of(text)
    assert [(c.speaker_id, c.via) for c in got] == [("daily-ledger", None), ("anonymous-sources", "Daily Ledger")]


def test_across_sources_surnames_and_officials_join() -> None:
    a = claims_of(
        "Prices will fall, said Ana Ruiz, an analyst at Kestrel. A senior Canadian "
        "official said the border would close.",
        "a",
    )
    b = claims_of(
        "Ruiz said prices would fall further. A senior Carney administration "
        "official said trucks would be turned back.",
        "b",
    )
    got = resolve_speaker_ids(a + b)
    assert [c.speaker_id for c in got] == ["ana-ruiz", "canada-official", "ana-ruiz", "canada-official"]


def test_officials_of_two_nations_stay_apart() -> None:
    a = claims_of("A senior US official said the talks failed.", "a")
    b = claims_of("A Chinese official said the talks would go on.", "b")
    got = resolve_speaker_ids(a + b)
    assert [c.speaker_id for c in got] == ["us-official", "china-official"]


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    a = claims_of("Ana Ruiz said prices would fall. Tomas Ruiz said they would rise.", "a")
    b = claims_of("Ruiz said the market was calm.", "b")
    got = resolve_speaker_ids(a + b)
    assert [c.speaker_id for c in got] == ["ana-ruiz", "tomas-ruiz", "ruiz"]


def test_organisations_are_not_surnames() -> None:
    a = claims_of("Orin and Kessel declined to comment.", "a")
    b = claims_of("Kessel said it shipped two million units.", "b")
    got = resolve_speaker_ids(a + b)
    assert [c.speaker_id for c in got] == ["orin-and-kessel", "kessel"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ben O’Neil", "ben-oneil"),
        ("U.S. Commerce Department", "u-s-commerce-department"),
        ("AT&T", "atandt"),
        ("", "unknown"),
        ("Taiwan's Central Weather Administration", "taiwan-central-weather-administration"),  # the owner
        ("the firm’s chief", "the-firm-chief"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge's builder, Halvorsen Steel, declined to comment.", "halvorsen-steel"),
        (
            "The authority's director, Samuel Okafor, denied that warnings were ignored. "
            "He said staff acted on every alert.",
            "samuel-okafor",
        ),
    ],
)
def test_appositive_name_gives_the_id(text: str, expected: str) -> None:
    assert {c.speaker_id for c in claims_of(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Council leader Priya Dhanda won the vote. Ms Dhanda said the libraries would close.", "priya-dhanda"),
        ("The motion came from Mark Fenwick of the opposition. Fenwick said he would try again.", "mark-fenwick"),
        ("Acme shares fell. Acme said demand had weakened.", "acme"),
    ],
)
def test_surname_takes_the_full_name_from_the_article(text: str, expected: str) -> None:
    assert [c.speaker_id for c in claims_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesperson for the Harbour Authority declined to comment.", "harbour-authority"),
        ("A representative for Norhaven declined to comment.", "norhaven"),
        ("A spokesman said the plan was on track.", "spokesman"),
    ],
)
def test_a_spokesperson_speaks_for_the_party(text: str, expected: str) -> None:
    assert [c.speaker_id for c in claims_of(text)] == [expected]


def test_relay_is_inherited_by_back_references_only() -> None:
    text = (
        "Varga wrote on LinkedIn that he loved the club. He said the bid was serious. "
        "A spokesman for Varga declined to comment."
    )
    assert [c.via for c in claims_of(text)] == ["LinkedIn", None, None]  # "He said": no relay of its own


@pytest.mark.parametrize(
    ("text", "vias"),
    [
        # a surname later in the article: another occasion, no relay
        (
            "Lena Park said in an interview with the Courier that the plant would close. At a rally "
            "on Friday, Park said the workers would be paid.",
            ["Courier", None],
        ),
        (
            "Omar Diallo told Radio Kessel that the vote was rigged. Diallo later said he would appeal.",
            ["Radio Kessel", None],
        ),
        # the occasion named again: the relay covers the later claim
        (
            "Lena Park said in an interview with the Courier that the plant would close. Park said "
            "in the interview that the workers would be paid.",
            ["Courier", "Courier"],
        ),
        (
            "Lena Park said in an interview with the Courier that the plant would close. In that "
            "interview, she said the workers would be paid.",
            ["Courier", "Courier"],
        ),
        # a description of an unnamed party: its words are known through the relay
        (
            "A port official told the Courier the pier was unsafe. The official said repairs would "
            "take a year.",
            ["Courier", "Courier"],
        ),
    ],
)
def test_a_relay_covers_later_claims_only_when_it_heard_them(text: str, vias: list[str | None]) -> None:
    assert [c.via for c in claims_of(text)] == vias


@pytest.mark.parametrize(
    ("text", "cue", "recalled"),
    [
        ("Park said in the interview that pay would rise.", "said", True),
        ("In that same call, Park said pay would rise.", "said", True),
        ("Park said in an interview that pay would rise.", "said", False),
        ("The interview ran long. Park said pay would rise.", "said", False),
        ("Park said pay would rise. She spoke in the interview too.", "said", False),
    ],
)
def test_an_occasion_named_again(text: str, cue: str, recalled: bool) -> None:
    assert recalls_occasion(text, text.index(cue)) is recalled


def test_the_article_refers_to_the_outlet_not_a_titled_person() -> None:
    text = (
        "Market Pulse echoed the report, noting that prices were rising. Acme chief executive "
        "Kai Mendel said demand was strong. The article highlights that rivals were cutting prices."
    )
    # "echoed the report, noting that ...": the object and the participle are two claims
    assert [c.speaker_id for c in claims_of(text)] == ["market-pulse", "market-pulse", "kai-mendel", "market-pulse"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2024 report by the Danube Water Commission predicted that rivers would fall.", "danube-water-commission"),
        ("Prices fell 4%, according to data compiled by Ledger Wire.", "ledger-wire"),
        ("A report said the plan would fail.", "report"),
    ],
)
def test_documents_are_identified_by_their_author(text: str, expected: str) -> None:
    assert [c.speaker_id for c in claims_of(text)] == [expected]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Lakeshore's pilots' union", "The pilots' union at Lakeshore", True),
        ("Harlow's chief executive", "The chief executive of Harlow", True),
        ("Orin Labs' head of research", "The head of research at Orin Labs", True),
        ("Researchers at the University of Tarn", "The University of Tarn's researchers", True),
        # different parties stay apart
        ("Lakeshore's pilots' union", "The pilots' union at Corvane", False),
        ("Lakeshore's pilots' union", "Lakeshore's cabin crew union", False),
        ("The Bank of Tarn", "Tarn's bank", False),
    ],
)
def test_a_party_named_through_its_owner_has_one_id(first: str, second: str, same: bool) -> None:
    a, b = (claims_of(f"{who} said the plan would fail.")[0].speaker_id for who in (first, second))
    assert (a == b) is same, (a, b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the narrative names the next speaker between two quotations: "he" is that person
            '"Based on the news, I quit," Greta Holm wrote on Friday. Board member Tom Reyes had been '
            "told an hour earlier. A clearly shaken Reyes gave a brief response to reporters. "
            '"I loved my time here," he said.',
            ["greta-holm", "tom-reyes"],
        ),
        (  # the person is the object of the sentence before, its subject a plural party
            '"The case was about fraud," prosecutor Ana Ruiz said. Prosecutors had charged Ivo Marek '
            "with seven counts. The jury heard from Marek for two days. He said that he had acted in good faith.",
            ["ana-ruiz", "ivo-marek"],
        ),
        (  # a sentence opening on the pronoun continues the chain: the object named in it is not the speaker
            '"We lost," Ann Lee said. Tom Reyes won the seat. Lee later called Reyes. She '
            "said that the count had been fair.",
            ["ann-lee", "ann-lee"],
        ),
        (  # an institution whose last word never stands alone is not a person
            '"The crew was safe," said Ana Ruiz. The Coast Guard searched for six hours. '
            '"We found nothing," she said.',
            ["ana-ruiz", "ana-ruiz"],
        ),
        (  # "she" never means a party already called "he"
            '"The window blew out," Kyle Ring said. He said, "It was a shock." Another passenger, Mia '
            'Tran, woke to a loud noise. She said, "I thought I would die."',
            ["kyle-ring", "kyle-ring", "mia-tran"],
        ),
    ],
)
def test_a_pronoun_means_the_person_the_narrative_named(text: str, expected: list[str]) -> None:
    assert [i for _, i in ids(text)] == expected


def test_a_pronoun_does_not_take_a_name_from_the_front_matter() -> None:
    text = "---\ntitle: Tom Reyes to step down\n---\nReyes will step down in May, she said.\n"
    (claim,) = extract_claims(load_bytes(text.encode(), "s.md", "s"))
    assert claim.speaker_id == "she"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Rear Adm. John Mauger", "john-mauger"),  # a rank, abbreviated, before the name
        ("Lt. Col. Ann Ray", "ann-ray"),
        ("28-year old Tsubasa Sawada", "tsubasa-sawada"),  # an age before the name
        ("A 59-year-old passenger", "passenger"),
        ("An official from Norland Air", "norland-air-official"),  # the body an official serves
        ("Officials at the Department of Energy", "department-of-energy-official"),
        ("The Harbor Hawks' star Kenji Sato", "kenji-sato"),  # an owner, a role, then the name
        ("The club's new coach Ana Ruiz", "ana-ruiz"),
    ],
)
def test_ranks_ages_and_serving_bodies_in_ids(speaker: str, expected: str) -> None:
    (claim,) = claims_of(f"{speaker} said the fleet was grounded.")
    assert claim.speaker_id == expected


def test_one_person_written_two_ways_has_one_id() -> None:
    a = claims_of("Dave Calhoun said he would step down.", "a")
    b = claims_of("David Calhoun said the board agreed.", "b")
    c = claims_of("Calhoun said the search had begun. Damien Walsh said it was late.", "c")
    d = claims_of("Damian Walsh said the firm would recover. Dana Walsh said it would not.", "d")
    got = [x.speaker_id for x in resolve_speaker_ids(a + b + c + d)]
    assert got == ["david-calhoun", "david-calhoun", "david-calhoun", "damian-walsh", "damian-walsh", "dana-walsh"]


def test_names_sharing_an_opening_are_not_variants() -> None:
    # (one letter apart, "Maria" / "Mario Lopez", would read as one name written two ways)
    a = claims_of("Norvale Robotics said orders rose. Samantha Reed said it was late.", "a")
    b = claims_of("Northgate Robotics said orders fell. Samuel Reed said it was early.", "b")
    got = [x.speaker_id for x in resolve_speaker_ids(a + b)]
    assert got == ["norvale-robotics", "samantha-reed", "northgate-robotics", "samuel-reed"]


def test_the_title_refers_back_to_the_person_who_holds_it() -> None:
    text = (
        "President Ana Ruiz said talks failed. Finance Minister Tom Berg said the budget was safe. "
        "The president added that she would call a vote. The finance minister said he agreed."
    )
    assert [i for _, i in ids(text)] == ["ana-ruiz", "tom-berg", "ana-ruiz", "tom-berg"]


def test_the_statement_is_its_issuers() -> None:
    text = (
        "The club said in a statement that the coach had left. “We wish him well,” the statement said. "
        "Ann Lee said in a statement that she would resign. The statement added that she was proud."
    )
    assert [i for _, i in ids(text)] == ["club", "club", "ann-lee", "ann-lee"]


def test_the_name_a_person_goes_by_joins_the_full_name() -> None:
    a = claims_of("Agency chief Tedros Adhanom Ghebreyesus said the outbreak was spreading.", "a")
    b = claims_of("Tedros said the response had to be coordinated.", "b")
    assert [c.speaker_id for c in resolve_speaker_ids(a + b)] == ["tedros-adhanom-ghebreyesus"] * 2
