"""Speaker parties matched across outlets, and the guards around them (compare/parties.py)."""

from __future__ import annotations

import pytest

from claims.compare import group_claims
from claims.compare.names import names_match, read_speaker
from claims.compare.parties import Match, Party, compare, parties
from claims.models import Claim, Kind, Source


def _claim(source: str, speaker: str, content: str, n: int = 0, sid: str | None = None,
           kind: Kind = Kind.INDIRECT) -> Claim:
    return Claim(id=f"{source}:{n:02d}", source=source, outlet=f"Outlet {source}", speaker=speaker,
                 speaker_id=sid or speaker.lower().replace(" ", "-"), cue="said", kind=kind, content=content,
                 start=100 * n, end=100 * n + len(content))


def _sources(*ids: str) -> list[Source]:
    return [Source(id=i, outlet=f"Outlet {i}", path=f"{i}.txt", text="", body_start=0, body_end=0) for i in ids]


LEDES = [
    "a landslide closed the coast line between Harwick and Pell on Monday",
    "the coast line was shut after a landslide near Harwick",
    "landslides blocked the railway between Harwick and Pell",
    "the line to Pell will stay closed after Monday's landslide",
    "rail services on the coast were halted by a landslide",
]


def _article(source: str, n: int, *claims: tuple[str, str]) -> list[Claim]:
    """An article that leads with the story's news (its own wording), then the given claims."""
    out = [_claim(source, "the Coast Rail Board", LEDES[n % len(LEDES)], 0)]
    out += [_claim(source, speaker, content, k + 1) for k, (speaker, content) in enumerate(claims)]
    return out


def _match(a: str, b: str) -> Match:
    """Two speakers, each alone in its own article."""
    pa, pb = parties([_claim("s1", a, "x"), _claim("s2", b, "y")])
    return compare(pa, pb)


# ------------------------------------------------------------------ one rule at a time


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # titles and honorifics are dropped; a bare surname meets the full name
        ("Rear Adm. Ilse Varga", "Varga", Match.SAME),
        ("Gov. Tomas Reyes", "Governor Tomas Reyes", Match.SAME),
        ("Ms Varga", "Ilse Varga", Match.SAME),
        ("Rear Adm. Ilse Varga", "Ilse Brandt", Match.DIFFERENT),
        ("Sen. Omar Pike", "Mayor Dana Pike-Holm", Match.DIFFERENT),
        # US / U.S. / United States are one country
        ("the U.S. Forest Service", "the United States Forest Service", Match.SAME),
        ("the US Forest Service", "the U.S. Forest Service", Match.SAME),
        ("the U.S. Forest Service", "the UK Forest Service", Match.DIFFERENT),
        # an acronym is its full name, with or without a leading country
        ("NHTA", "the National Harbor Traffic Authority", Match.SAME),
        ("the NHTA", "the US National Harbor Traffic Authority", Match.SAME),
        ("NHS", "the National Harbor Traffic Authority", Match.DIFFERENT),
        # a shorter form of an organisation's name
        ("Tamsin Marine", "the Tamsin Marine Group", Match.SAME),
        ("the Group", "the Tamsin Marine Group", Match.DIFFERENT),  # a weak word alone names nothing
        # a spokesperson, chief executive or chair speaks for the organisation
        ("a Marlow Rail spokesperson", "Marlow Rail", Match.SAME),
        ("Marlow Rail CEO Dana Okafor", "Marlow Rail", Match.SAME),
        ("Dana Okafor, chair of the Pellin Trust", "the Pellin Trust", Match.SAME),
        # ... and so do an officer of a service and the head of an international body
        ("Rear Adm. Ilse Varga of the Harbor Guard", "the Harbor Guard", Match.SAME),
        ("Harbor Guard Capt. Tom Reyes", "the Harbor Guard", Match.SAME),
        ("WHA director-general Ines Moro", "the WHA", Match.SAME),
        # ... but a part of it speaks for itself
        ("Marlow Rail's drivers' union", "Marlow Rail", Match.DIFFERENT),
        ("the drivers' union at Marlow Rail", "Marlow Rail's drivers' union", Match.SAME),
        ("a senior Marlow Rail official", "Marlow Rail", Match.DIFFERENT),
        # several parties speaking together are not one of them alone
        ("Acme and Globex", "Acme", Match.DIFFERENT),
        ("Acme and Globex", "Globex and Acme", Match.SAME),
        # the press is not the parties it reports on, named or not ...
        ("local media reports", "police", Match.DIFFERENT),
        ("local media reports", "Marlow Rail", Match.DIFFERENT),
        ("state broadcaster THK", "officials", Match.DIFFERENT),
        ("the Harwick Gazette", "a passenger", Match.DIFFERENT),
        # ... but two media, or the press and a pronoun nobody resolved, are unknown
        ("local media reports", "state broadcaster THK", Match.UNKNOWN),
        ("local media reports", "he", Match.UNKNOWN),
        ("two people familiar with the talks", "a Harwick Gazette report", Match.UNKNOWN),  # may be its report
        # unnamed parties are unknown: sharing or not sharing one says nothing
        ("officials", "Marlow Rail", Match.UNKNOWN),
        ("two people familiar with the talks", "Sources", Match.UNKNOWN),
        ("Analysts", "Varga", Match.UNKNOWN),
        # a nation's adjective names its body: "the Japanese coast guard" is the Japan Coast Guard
        ("the Japanese coast guard", "the Japan Coast Guard", Match.SAME),
        ("the French government", "France", Match.SAME),
        ("the French government", "the Japan Coast Guard", Match.DIFFERENT),
        ("Chinese officials", "the Japan Coast Guard", Match.UNKNOWN),
    ],
)
def test_parties_of_two_articles(a: str, b: str, expected: Match) -> None:
    assert _match(a, b) is expected


def test_the_company_is_the_organisation_its_article_names() -> None:
    claims = [
        _claim("s1", "Pellucid Foods", "it would close two bakeries", 0),
        _claim("s1", "the company", "forty staff would move to the new plant", 1),
        _claim("s2", "Pellucid Foods", "forty bakers would be moved to the new plant", 0),
    ]
    ps = parties(claims)
    assert compare(ps[1], ps[2]) is Match.SAME


def test_the_company_is_unknown_when_its_article_names_no_organisation() -> None:
    claims = [
        _claim("s1", "the company", "forty staff would move to the new plant", 0),
        _claim("s1", "two workers", "nobody had told them", 1),
        _claim("s2", "Pellucid Foods", "forty bakers would be moved to the new plant", 0),
    ]
    ps = parties(claims)
    assert not ps[0].known
    assert compare(ps[0], ps[2]) is Match.UNKNOWN


def test_the_airline_is_the_airline_not_the_regulator() -> None:
    claims = [
        _claim("s1", "the Civil Flight Authority", "it had grounded the jet", 0),
        _claim("s1", "the Civil Flight Authority", "inspections would take a day", 1),
        _claim("s1", "Kestrel Airlines", "the crew followed procedure", 2),
        _claim("s1", "The airline", "all passengers were rebooked", 3),
    ]
    assert parties(claims)[3].names == frozenset({("kestrel", "airlines")})


def test_the_airline_found_in_the_article_text() -> None:
    claim = _claim("s1", "The airline", "all passengers were rebooked", 0)
    other = _claim("s1", "the Civil Flight Authority", "it had grounded the jet", 1)
    text = "A Kestrel Airlines jet returned to the gate. The Civil Flight Authority grounded it."
    assert parties([claim, other], {"s1": text})[0].names == frozenset({("kestrel", "airlines")})


def test_an_outlet_is_not_the_agency() -> None:
    claims = [
        _claim("s1", "the Evening Ledger", "the fleet was grounded", 0),
        _claim("s1", "the Evening Ledger", "checks would take a week", 1),
        _claim("s1", "The CFA", "its inspectors were on site", 2),
        _claim("s1", "the agency", "it had ordered checks", 3),
    ]
    assert parties(claims)[3].names == frozenset({("cfa",)})


def test_a_role_stands_for_the_person_the_article_names_in_it() -> None:
    claims = [
        _claim("s1", "Governor Ana Ruiz", "the port would reopen on Monday", 0),
        _claim("s1", "the state's governor", "the port would reopen on Monday", 1),
        _claim("s2", "the state's governor", "the levee held", 0),
    ]
    ps = parties(claims)
    assert ps[1].names == frozenset({("ana", "ruiz")})
    assert not ps[2].known  # nobody in that article holds the role by name


@pytest.mark.parametrize(
    ("introduced", "bare", "organisation"),
    [
        ("Marlow Rail CEO Dana Okafor", "Okafor", "Marlow Rail"),
        # an officer named with the service once speaks for it everywhere too
        ("Rear Adm. Ilse Varga of the Harbor Guard", "Varga", "the Harbor Guard"),
    ],
)
def test_a_representative_anywhere_in_the_run_speaks_for_the_organisation_everywhere(
        introduced: str, bare: str, organisation: str) -> None:
    claims = [
        _claim("s1", introduced, "fares would be frozen", 0),
        _claim("s2", bare, "fares would not rise this year", 0),
        _claim("s3", organisation, "fares would stay where they are", 0),
    ]
    ps = parties(claims)
    assert compare(ps[1], ps[2]) is Match.SAME


def test_pronouns_take_their_speaker_ids_names_and_he_only_a_person() -> None:
    claims = [
        _claim("s1", "Ilse Varga", "the ship was listing", 0, sid="ilse-varga"),
        _claim("s1", "She", "the crew had left", 1, sid="ilse-varga"),
        _claim("s2", "Marlow Rail Group", "trains would run", 0, sid="marlow-rail"),
        _claim("s2", "He", "trains would run late", 1, sid="marlow-rail"),  # a wrong link by the extractor
        _claim("s2", "It", "trains would run late", 2, sid="marlow-rail"),
    ]
    ps = parties(claims)
    assert ps[1].names == frozenset({("ilse", "varga")})
    assert not ps[3].known
    assert ps[4].names == frozenset({("marlow", "rail", "group")})


@pytest.mark.parametrize(
    ("speaker", "names"),
    [
        ("Cybersecurity firm Orbix", (("orbix",),)),  # a sentence capital is not a name
        ("WHA director-general Ines Moro", (("wha",), ("ines", "moro"))),  # ... but an acronym is
        ("Analysts", ()),
        ("One passenger", ()),
        ("the Harbor Board (HB) on Sunday", (("harbor", "board"), ("hb",))),  # days name no party
        ("managers of the Singapore-flagged ship", ()),  # a hyphenated adjective is not a name
        ("the Japanese foreign ministry", (("japan", "foreign", "ministry"),)),
        ("a Japanese official", ()),  # a nation's adjective alone names no party
    ],
)
def test_reading_names(speaker: str, names: tuple[tuple[str, ...], ...]) -> None:
    assert read_speaker(speaker).names == names


def test_names_match_needs_a_strong_word() -> None:
    assert names_match(("national", "board"), ("national", "harbor", "board")) is False
    assert names_match(("harbor", "board"), ("national", "harbor", "board")) is True
    assert compare(Party(frozenset()), Party(frozenset({("acme",)}))) is Match.UNKNOWN


# ------------------------------------------------------------------ in grouping


def test_refusals_meet_whatever_each_outlet_calls_the_party() -> None:
    claims = [
        _claim("s1", "Marlow Rail", "was not immediately available for comment", 0, kind=Kind.NO_COMMENT),
        _claim("s2", "A Marlow Rail spokesperson", "did not respond to a request for comment", 0,
               kind=Kind.NO_COMMENT),
        _claim("s3", "Pellucid Foods", "was not immediately available for comment", 0, kind=Kind.NO_COMMENT),
    ]
    out, _ = group_claims(claims, _sources("s1", "s2", "s3"))
    assert out[0].group == out[1].group
    assert out[2].group != out[0].group


def test_a_refusal_by_the_partys_office_meets_its_spokesperson() -> None:
    claims = [
        _claim("s1", "A Marlow spokesperson", "did not respond to a request for comment", 0, kind=Kind.NO_COMMENT),
        _claim("s2", "Marlow's press office", "opted not to provide further comment", 0, kind=Kind.NO_COMMENT),
    ]
    out, _ = group_claims(claims, _sources("s1", "s2"))
    assert out[0].group == out[1].group


def test_a_refusal_of_one_point_meets_no_other_refusal() -> None:
    claims = [
        _claim("s1", "Marlow Rail", "declined to comment", 0, kind=Kind.NO_COMMENT),
        _claim("s2", "A Marlow Rail spokesperson", "declined to elaborate", 0, kind=Kind.NO_COMMENT),
        _claim("s3", "Marlow Rail", "would not say how many trains were cancelled", 0, kind=Kind.NO_COMMENT),
        _claim("s4", "Marlow Rail", "did not return calls seeking comment", 0, kind=Kind.NO_COMMENT),
    ]
    out, _ = group_claims(claims, _sources("s1", "s2", "s3", "s4"))
    assert out[0].group == out[3].group  # two refusals to comment at all: one proposition
    assert len({out[0].group, out[1].group, out[2].group}) == 3


def _groups(*articles: list[Claim]) -> dict[str, str]:
    claims = [c for a in articles for c in a]
    out, _ = group_claims(claims, _sources(*sorted({c.source for c in claims})))
    return {c.id: c.group or "" for c in out}


def test_one_party_rewording_one_statement_is_one_group() -> None:
    g = _groups(
        _article("s1", 0, ("Marlow Rail CEO Dana Okafor", "fares on the coast line would be frozen until next spring")),
        _article("s2", 1, ("Okafor", "coast line fares would stay frozen until the spring")),
    )
    assert g["s1:01"] == g["s2:01"]


def test_one_party_saying_different_things_about_one_topic_stays_apart() -> None:
    # the same-party bonus is paid in full only when the wording is shared
    g = _groups(
        _article("s1", 0, ("Marlow Rail", "fares on the coast line would be frozen until next spring")),
        _article("s2", 1, ("Marlow Rail", "the coast line would get new trains built in Derby")),
    )
    assert g["s1:01"] != g["s2:01"]


def test_another_party_saying_the_same_words_is_another_claim() -> None:
    claims = [
        *_article("s1", 0, ("Marlow Rail", "the coast line would reopen on Monday after repairs to the tunnel")),
        *_article("s2", 1, ("the drivers' union at Marlow Rail",
                            "the coast line would reopen on Monday after repairs to the tunnel")),
    ]
    out, groups = group_claims(claims, _sources("s1", "s2"))
    by_id = {c.id: c.group for c in out}
    assert by_id["s1:01"] != by_id["s2:01"]
    # ... and each is flagged single-outlet, with the other shown as a lead to check
    lead = next(g for g in groups if g.id == by_id["s1:01"])
    assert lead.single_source and lead.nearest is not None and lead.nearest.claim == "s2:01"


def test_a_party_relayed_by_the_press_is_still_not_the_press() -> None:
    relayed = Claim(id="s1:00", source="s1", outlet="Outlet s1", speaker="police", speaker_id="police",
                    cue="said", via="Reuters", kind=Kind.INDIRECT, content="x", start=0, end=1)
    pa, pb = parties([relayed, _claim("s2", "local media reports", "y")])
    assert compare(pa, pb) is Match.DIFFERENT


def test_the_press_reporting_what_police_said_is_another_claim() -> None:
    five = "five of the six crew on the coast guard plane were killed"
    g = _groups(
        _article("s1", 0, ("police", five)),
        _article("s2", 1, ("local media reports", "five of the six crew on the coast guard plane died")),
        _article("s3", 2, ("officials", "five of the six crew of the coast guard plane were killed")),
    )
    assert g["s1:01"] != g["s2:01"]
    assert g["s1:01"] == g["s3:01"]  # police and officials: nothing says they differ


@pytest.mark.xfail(strict=True, reason="known gap: two short claims of one party sharing a noun phrase "
                   "('the container terminal') still merge; the comparer reads no predicates")
def test_shared_nouns_with_other_predicates_stay_apart() -> None:
    g = _groups(
        _article("s1", 0, ("the port authority", "the night shift at the container terminal will be cut")),
        _article("s2", 1, ("the port authority", "the container terminal was built in 1974 by a Dutch firm")),
    )
    assert g["s1:01"] != g["s2:01"]


def test_a_compound_claim_does_not_bridge_two_groups() -> None:
    fares = "fares on the coast line would rise by 5% in April"
    depot = "the Harwick depot would close with the loss of 60 jobs"
    g = _groups(
        _article("s1", 0, ("Marlow Rail", fares)),
        _article("s2", 1, ("Marlow Rail", fares.replace("would rise", "will go up"))),
        _article("s3", 2, ("Marlow Rail", depot)),
        _article("s4", 3, ("Marlow Rail", depot.replace("would close", "is to shut"))),
        _article("s5", 4, ("Marlow Rail", f"{fares}, and {depot}")),
    )
    assert g["s1:01"] == g["s2:01"]
    assert g["s3:01"] == g["s4:01"]
    assert g["s1:01"] != g["s3:01"]
