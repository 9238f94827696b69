"""Who speaks, as a party that can be matched across outlets.

Outlets name one party in many ways: "Rear Adm. Ilse Varga" / "Varga", "the U.S. Forest Service" /
"the United States Forest Service" / "the US Forest Service", "NHTA" / "National Harbor Traffic
Authority", "the company" (for the one organisation the article names), "a Harbor Lines spokesperson" / "Harbor
Lines". Within one run the extractor's `speaker_id` already joins many of these; across outlets it
cannot know that an acronym is a name or that a spokesperson speaks for a company. names.py reads
each speaker as NAMES (capitalised runs, titles dropped, US spellings folded); this module resolves
them within each article and across the run, and decides, for two claims, whether their parties
are the same, different or unknown:

- two names match when one's words are all in the other ("Varga" / "Ilse Varga", "Tamsin Marine"
  / "Tamsin Marine Group") or one is the acronym of the other ("NHTA" / "National Harbor Traffic
  Authority", with or without a leading "US");
- a person named with a representative role (spokesperson, CEO, chair, chief executive, director,
  administrator, president of an organisation) also speaks for that organisation;
- "the company", "the agency", "the airline", "it" ... stand for the organisation the article
  names (its other speakers, the most often named first);
- a role without a name ("the state's governor", "the chair") stands for the person the same
  article names with that role; otherwise it is unknown;
- pronouns take the names of the claims that share their `speaker_id` in the same article;
- unnamed parties ("officials", "two sources", "authorities") are unknown: sharing or not
  sharing one says nothing;
- ... except that the press ("local media reports", "state broadcaster NHK", an outlet of the run)
  is never the party it reports on, named or not: "police" and "local media" differ (unnamed
  sources may be a medium's own report: unknown).

Nothing here names an entity: the rules are about the shape of names and roles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from claims.compare.names import (
    GENERIC_ORG_NOUNS,
    MEDIA_WORDS,
    NAME_CACHE,
    QUANTIFIERS,
    REPRESENTATIVE,
    TOKEN,
    Reading,
    names_match,
    plain_capital,
    read_speaker,
)
from claims.compare.speakers import is_anonymous, is_generic, party_words
from claims.models import Claim


class Match(Enum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


MAX_AFFILIATIONS = 2
"""More organisations than this for one person's name: two people share it, no alias is made."""
@dataclass(frozen=True, slots=True)
class Party:
    """The names one claim's speaker goes by (empty: unknown)."""

    names: frozenset[tuple[str, ...]]
    joint: bool = False
    """Several parties speaking together ('the Harbor Board and the NHTA'): not any one of them alone."""
    media: bool | None = None
    """A news medium ('local media reports', 'state broadcaster NHK', an outlet of the run): True; a
    party that is not one (a name, 'police', 'officials', 'the company'): False; a pronoun or a
    document nobody resolved: None."""

    @property
    def known(self) -> bool:
        return bool(self.names)


UNKNOWN = Party(frozenset())


@lru_cache(maxsize=65536)
def _own_names(r: Reading) -> frozenset[tuple[str, ...]]:
    """The names a phrase speaks as: the person when one is named, plus the organisation a
    representative speaks for ('Harbor Lines CEO Ada Lind' -> Lind and Harbor Lines); with no
    person, every name ('American Airlines, Delta and United')."""
    people = _people(r)
    if not people:
        return frozenset(r.names)
    if r.roles & REPRESENTATIVE:
        return frozenset(r.names)
    return frozenset(people)


def _people(r: Reading) -> tuple[tuple[str, ...], ...]:
    """The persons of a phrase: those named after a title when there are any ('Marlow Rail CEO Dana
    Okafor': Okafor, not Marlow Rail), else the names shaped like a person's."""
    return r.titled or (r.persons if r.roles else ())


MEDIA_NOUNS = frozenset(
    {"media", "newspaper", "newspapers", "broadcaster", "broadcasters", "tabloid", "tabloids", "outlet", "outlets",
     "news", "daily", "dailies"}
)
"""Words that make a speaker a news medium: "local media reports", "state broadcaster NHK", "news agency AFP"."""
_REPORTS = frozenset({"the", "local", "earlier", "several", "some", "multiple", "initial", "unconfirmed", "reports"})
"""A speaker of these words alone ("reports", "local reports") is the press's reports."""
PARTY_NOUNS = frozenset(
    {"police", "authorities", "prosecutors", "investigators", "regulators", "officials", "government", "rescuers",
     "firefighters", "lawmakers", "witnesses", "residents", "passengers", "passenger", "military", "army", "court"}
)
"""Unnamed speakers that are surely not the press ('police', 'a passenger')."""


@lru_cache(maxsize=65536)
def _media_words(speaker: str) -> bool:
    words = [w for w in TOKEN.findall(speaker.lower()) if w.isalpha()]
    return bool(MEDIA_NOUNS.intersection(words)) or ("reports" in words and _REPORTS.issuperset(words))


LEAKERS = frozenset({"source", "sources", "people", "person", "insider", "insiders"})
"""Unnamed sources: what they say reaches the public as some outlet's report ('people familiar with
the matter' / 'a Reuters report' may be one report)."""


@lru_cache(maxsize=65536)
def _leak(speaker: str) -> bool:
    return bool(LEAKERS.intersection(TOKEN.findall(speaker.lower())))


def _media(r: Reading, claim: Claim, names: set[tuple[str, ...]], outlets: set[tuple[str, ...]]) -> bool | None:
    """Whether a speaker is a news medium (see `Party.media`). A claim of unnamed sources may be
    some medium's report ('people familiar with the matter' / 'a Reuters report'): None. A named
    or institutional party relayed by a medium ("the police told Reuters") is still not the press."""
    if _media_words(claim.speaker) or any(n in outlets or set(n) & MEDIA_WORDS for n in names):
        return True
    if _leak(claim.speaker):
        return None
    if names or r.unnamed or r.org_noun or r.head in PARTY_NOUNS:
        return False
    return None


def _joint(r: Reading) -> bool:
    return not r.persons and len(r.names) >= 2 and r.listed and not any(
        names_match(x, y) for k, x in enumerate(r.names) for y in r.names[k + 1:]
    )


def _core(person: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without what follows 'of' ('Ilse Varga of Tamar' -> 'Ilse Varga')."""
    return person[: person.index("of")] if "of" in person[1:] else person


def _speaks_for(readings: list[Reading]) -> dict[str, set[tuple[str, ...]]]:
    """Run-wide: a person -> the organisation some outlet says they represent ('Harbor Board chair Ilse
    Varga' anywhere makes a bare 'Varga' speak for the Harbor Board too). Keyed by the surname when
    one full name in the run ends with it, else by the full name only; a person said to represent
    more than MAX_AFFILIATIONS organisations is left alone (two people, one name)."""
    by_person: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    full: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for r in readings:
        for person in r.titled or r.persons:
            if len(_core(person)) > 1:
                full[_core(person)[-1]].add(_core(person))
        people = _people(r)
        if people and r.roles & REPRESENTATIVE:
            orgs = {n for n in r.names if n not in people}
            for person in people:
                by_person[person] |= orgs
    out: dict[str, set[tuple[str, ...]]] = {}
    for person, orgs in by_person.items():
        if not orgs or len(orgs) > MAX_AFFILIATIONS:
            continue
        out[" ".join(person)] = orgs
        surname = _core(person)[-1]
        if len(full[surname]) == 1:
            out[surname] = orgs
    return out


def _fits(noun: str, name: tuple[str, ...]) -> bool:
    """'airline' fits 'Harbor Airlines', 'agency' fits 'Food Standards Agency'."""
    return any(w.startswith(noun) or noun.startswith(w.rstrip("s")) for w in name if len(w) > 3)


_TEXT_NAME = re.compile(r"\b[A-Z][A-Za-z&'’\-]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][A-Za-z&'’\-]+)+")


def _text_names(text: str) -> Counter[tuple[str, ...]]:
    """Multi-word capitalised names in an article's text ('Harbor Airlines', 'Bank of Tamar')."""
    out: Counter[tuple[str, ...]] = Counter()
    for m in _TEXT_NAME.finditer(text):
        words = [w.lower() for w in TOKEN.findall(m.group(0))]
        while words and words[0] in QUANTIFIERS:
            words.pop(0)
        if len(words) >= 2:
            out[tuple(words)] += 1
    return out


def _for_noun(
    noun: str, orgs: Counter[tuple[str, ...]], first: dict[tuple[str, ...], int],
    named: Callable[[], Counter[tuple[str, ...]]],
) -> list[tuple[str, ...]]:
    """The organisation 'the <noun>' stands for: a speaker of the article whose name holds the
    noun ('the airline' -> 'Harbor Airlines'); else a name in the article's text that holds it;
    else the organisation the article quotes most (first on ties)."""
    fitting = [n for n in orgs if _fits(noun, n)]
    if fitting:
        return sorted(fitting, key=lambda n: (-orgs[n], first[n]))[:1]
    in_text = [n for n in named() if _fits(noun, n)]
    if in_text:
        return sorted(in_text, key=lambda n: -named()[n])[:1]
    if noun not in GENERIC_ORG_NOUNS:
        return []  # 'the union' is no union the article names: unknown, not the most quoted party
    return sorted(orgs, key=lambda n: (-orgs[n], first[n]))[:1]


def parties(claims: list[Claim], texts: dict[str, str] | None = None) -> list[Party]:
    """Each claim's party, resolved within its article (see the module doc). `texts`: source
    id -> article text, where 'the airline' may find the airline the article names."""
    readings = [read_speaker(c.speaker) for c in claims]
    media = {read_speaker(x).names for x in {x for c in claims for x in (c.outlet, c.via) if x}}
    outlets = {n for names in media for n in names}
    press = {n for x in {c.outlet for c in claims} for n in read_speaker(x).names}  # (a via may be a company)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_source[c.source].append(i)
    out: list[Party] = [UNKNOWN] * len(claims)
    interned: dict[Party, Party] = {}
    people = {n[-1] for r in readings for n in r.titled}
    speaks_for = _speaks_for(readings)
    # What depends on a reading alone (and on `people` and `outlets`) is worked out once per reading: one
    # speaker phrase is one reading object (`read_speaker` is cached, and `readings` holds them), and an
    # article quotes its speakers several times.
    read: dict[int, tuple[frozenset[tuple[str, ...]], set[tuple[str, ...]], list[tuple[str, ...]]]] = {}
    for r in readings:
        if id(r) not in read:
            single = {n for n in r.names if len(n) == 1 and plain_capital(n[0].capitalize())}
            read[id(r)] = (
                _own_names(r),
                set(r.titled) | set(r.persons) | single,
                [n for n in r.names if (n not in r.titled and not (len(n) == 1 and n[0] in people) and n not in outlets
                                        and not set(n) & MEDIA_WORDS)],
            )
    for members in by_source.values():
        members.sort(key=lambda i: claims[i].start)
        own = {i: read[id(readings[i])][0] for i in members}
        by_id: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        persons_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        spoke_for: set[str] = set()
        orgs: Counter[tuple[str, ...]] = Counter()
        first: dict[tuple[str, ...], int] = {}
        role_holder: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for i in members:
            r = readings[i]
            _, persons, org_names = read[id(r)]
            by_id[claims[i].speaker_id] |= own[i]
            persons_of[claims[i].speaker_id] |= persons
            if r.roles & REPRESENTATIVE:
                spoke_for.add(claims[i].speaker_id)
            for n in org_names:
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
        # Within the article, a claim's party depends on its reading and its speaker id alone.
        party_of: dict[tuple[int, str], Party] = {}
        for i in members:
            r = readings[i]
            key = (id(r), claims[i].speaker_id)
            known = party_of.get(key)
            if known is not None:
                out[i] = known
                continue
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
            out[i] = party_of[key] = interned.setdefault(party, party)  # one object per party: its hash once
    return out


def compare(a: Party, b: Party) -> Match:
    """SAME when some name of one matches some name of the other; DIFFERENT when one is a news
    medium and the other a party that is not (named or not: 'local media reports' / 'police'); else
    UNKNOWN when either is unknown; DIFFERENT when both are known and no name matches, or one is a
    joint party and the other not."""
    if a.media is not None and b.media is not None and a.media != b.media:
        return Match.DIFFERENT
    if not a.names or not b.names:  # (`known`)
        return Match.UNKNOWN
    if a.joint != b.joint:
        return Match.DIFFERENT
    return _compare_names(a.names, b.names)


def forget() -> None:
    """Drop the run's cached name comparisons (they hold every party and name pair compared:
    ~0.2 KB a claim at 10,000 articles)."""
    _compare_names.cache_clear()
    names_match.cache_clear()


def trim_speaker_caches(keep: int) -> bool:
    """Empty the caches of speaker phrases read (`read_speaker`, `is_generic`, `is_anonymous`,
    `party_words`, the names each reading speaks as, whether it is the press or unnamed sources) once
    one holds more than `keep` phrases;
    True when they were emptied. They hold every distinct phrase a process has compared (~1 KB
    each), so over an archive, grouped a story cluster at a time, they grow with its speakers."""
    cached = (read_speaker, is_generic, is_anonymous, party_words, _own_names, _media_words, _leak)
    if max(f.cache_info().currsize for f in cached) <= keep:
        return False
    for f in cached:
        f.cache_clear()
    return True


@lru_cache(maxsize=NAME_CACHE)
def _compare_names(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> Match:
    for x in a:
        for y in b:
            if names_match(x, y):
                return Match.SAME
    return Match.DIFFERENT
