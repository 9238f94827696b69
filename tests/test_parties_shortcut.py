"""`parties` works out what depends on a speaker phrase alone once per phrase, and a claim's party once per
(phrase, speaker id) in an article: the parties are those of the claim-by-claim reading, for speakers of our own."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.compare.names import MEDIA_WORDS, REPRESENTATIVE, plain_capital, read_speaker
from claims.compare.parties import (
    UNKNOWN,
    Party,
    _for_noun,
    _joint,
    _media,
    _own_names,
    _speaks_for,
    _text_names,
    parties,
)
from claims.models import Claim, Kind

SPEAKERS = ["Mayor Ana Ruiz", "Ruiz", "she", "he", "it", "they", "the company", "the agency", "the airline",
            "Harbor Lines", "a Harbor Lines spokesperson", "Harbor Lines CEO Dana Okafor", "Okafor", "Dana Okafor",
            "officials", "two sources", "the governor", "Governor Ilse Varga", "Varga", "NHTA",
            "National Harbor Traffic Authority", "Acme and Globex", "Reuters", "the union", "Tom Ng of Tamar Bank",
            "Tamar Bank", "He"]
IDS = ["ana-ruiz", "harbor-lines", "okafor", "varga", "nhta", "anon", "x"]
OUTLETS = ["Reuters", "The Signal", "Harbor Daily"]
TEXTS = {"s1": "Harbor Lines and the Food Standards Agency met. Harbor Lines said it would appeal.",
         "s2": "The Tamar Bank of Pell and National Harbor Traffic Authority officials spoke."}


def _parties_claim_by_claim(claims: list[Claim], texts: dict[str, str] | None = None) -> list[Party]:
    """`parties` as it was written before what depends on a reading alone was worked out once per reading
    (kept here, verbatim, as the slow path)."""
    readings = [read_speaker(c.speaker) for c in claims]
    media = {read_speaker(x).names for c in claims for x in (c.outlet, c.via) if x}
    outlets = {n for names in media for n in names}
    press = {n for x in {c.outlet for c in claims} for n in read_speaker(x).names}
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_source[c.source].append(i)
    out: list[Party] = [UNKNOWN] * len(claims)
    interned: dict[Party, Party] = {}
    people = {n[-1] for r in readings for n in r.titled}
    speaks_for = _speaks_for(readings)
    for members in by_source.values():
        members.sort(key=lambda i: claims[i].start)
        own = {i: _own_names(readings[i]) for i in members}
        by_id: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        persons_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        spoke_for: set[str] = set()
        orgs: Counter[tuple[str, ...]] = Counter()
        first: dict[tuple[str, ...], int] = {}
        role_holder: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for i in members:
            r = readings[i]
            by_id[claims[i].speaker_id] |= own[i]
            persons_of[claims[i].speaker_id] |= set(r.titled) | set(r.persons) | {
                n for n in r.names if len(n) == 1 and plain_capital(n[0].capitalize())
            }
            if r.roles & REPRESENTATIVE:
                spoke_for.add(claims[i].speaker_id)
            for n in r.names:
                if (n not in r.titled and not (len(n) == 1 and n[0] in people) and n not in outlets
                        and not set(n) & MEDIA_WORDS):
                    orgs[n] += 1
                    first.setdefault(n, i)
            for role in r.roles:
                role_holder[role] |= set(r.persons)
        source = claims[members[0]].source
        cache: list[Counter[tuple[str, ...]]] = []

        def text_names(source: str = source, cache: list[Counter[tuple[str, ...]]] = cache) -> Counter[tuple[str, ...]]:
            if not cache:
                cache.append(_text_names((texts or {}).get(source, "")))
            return cache[0]

        resolved: dict[str, list[tuple[str, ...]]] = {}
        for i in members:
            r = readings[i]
            names = set(own[i])
            sid = claims[i].speaker_id
            if not names and r.pronoun:
                # 'he'/'she' take the person of their id; 'it'/'they' anything the id names.
                person = claims[i].speaker.strip().lower() in {"he", "she", "him", "her"}
                names = set(persons_of.get(sid, set()))
                if not person or (not names and sid in spoke_for):
                    names = set(by_id.get(sid, set()))
            elif not names and not r.unnamed:
                names = set(by_id.get(sid, set()))
            if not names and r.org_noun:
                if r.head not in resolved:
                    resolved[r.head] = _for_noun(r.head, orgs, first, text_names)
                names = set(resolved[r.head])
            if not names and r.roles and not r.unnamed:
                for role in r.roles:
                    names |= role_holder.get(role, set())
            for n in list(names):
                names |= speaks_for.get(" ".join(n) if len(n) > 1 else n[0], set())
            party = Party(frozenset(names), _joint(r), _media(r, claims[i], names, press))
            out[i] = interned.setdefault(party, party)  # one object per party: its hash is computed once
    return out



def _claims(rows: list[tuple[str, str, str, str | None]]) -> list[Claim]:
    return [Claim(id=f"c{k:03d}", source=src, outlet=OUTLETS[k % 3], speaker=speaker, speaker_id=sid, via=via,
                  cue="said", kind=Kind.INDIRECT, content="the ferry would run again", start=(k * 37) % 101, end=200)
            for k, (src, speaker, sid, via) in enumerate(rows)]


ROWS = st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3"]), st.sampled_from(SPEAKERS), st.sampled_from(IDS),
                          st.sampled_from([None, "Reuters", "a Harbor Lines statement"])), max_size=16)


def test_parties_equal_the_claim_by_claim_reading() -> None:
    rows = [("s1", s, IDS[k % len(IDS)], None) for k, s in enumerate(SPEAKERS)]
    rows += [("s2", s, "varga" if "Varga" in s else "x", "Reuters") for s in SPEAKERS[::2]]
    claims = _claims(rows)
    found = parties(claims, TEXTS)
    assert found == _parties_claim_by_claim(claims, TEXTS)
    assert sum(p.known for p in found) > 10


@settings(max_examples=120, deadline=None)
@given(ROWS)
def test_parties_equal_the_claim_by_claim_reading_random(rows: list[tuple[str, str, str, str | None]]) -> None:
    claims = _claims(rows)
    assert parties(claims, TEXTS) == _parties_claim_by_claim(claims, TEXTS)
    assert parties(claims) == _parties_claim_by_claim(claims)
