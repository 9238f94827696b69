"""Who speaks, as a party that can be matched across outlets.

Outlets name one party in many ways: "Rear Adm. John Mauger" / "Mauger", "the U.S. Coast Guard" /
"the United States Coast Guard" / "the US Coast Guard", "SVB" / "Silicon Valley Bank", "the
company" (for the one organisation the article names), "a Harbor Lines spokesperson" / "Harbor
Lines". Within one run the extractor's `speaker_id` already joins many of these; across outlets it
cannot know that an acronym is a name or that a spokesperson speaks for a company. This module
reads each speaker as a set of NAMES (capitalised runs, titles dropped, US spellings folded) and
decides, for two claims, whether their parties are the same, different or unknown:

- two names match when one's words are all in the other ("Moore" / "Wes Moore", "Synergy Marine"
  / "Synergy Marine Group") or one is the acronym of the other ("NTSB" / "National Transportation
  Safety Board", with or without a leading "US");
- a person named with a representative role (spokesperson, CEO, chair, chief executive, director,
  administrator, president of an organisation) also speaks for that organisation;
- "the company", "the agency", "the airline", "it" ... stand for the organisation the article
  names (its other speakers, the most often named first);
- a role without a name ("Maryland's governor", "the chair") stands for the person the same
  article names with that role; otherwise it is unknown;
- pronouns take the names of the claims that share their `speaker_id` in the same article;
- unnamed parties ("officials", "two sources", "authorities") are unknown: sharing or not
  sharing one says nothing.

Nothing here names an entity: the rules are about the shape of names and roles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from claims.compare.speakers import DOCUMENT_NOUNS, GENERIC_HEADS, ROLE_NOUNS, is_anonymous
from claims.models import Claim


class Match(Enum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and honorifics dropped from names ("Rear Adm. John Mauger" -> "John Mauger").
TITLES = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady rev gov governor sen senator rep representative
    president vice deputy prime minister secretary mayor gen adm admiral rear col colonel
    capt captain lt lieutenant sgt sergeant cmdr commander maj judge justice chief ceo cfo
    coo cto chair chairman chairwoman chairperson director administrator commissioner chancellor
    premier ambassador professor spokesperson spokesman spokeswoman executive officer head
    founder cofounder co-founder inspector superintendent sheriff attorney counsel king queen
    prince princess pope
    """
)
# Roles whose holder speaks for their organisation.
REPRESENTATIVE = _words(
    """
    spokesperson spokesman spokeswoman spokespeople representative ceo chief executive chair
    chairman chairwoman chairperson president director administrator head founder cofounder
    co-founder owner manager leader leads heads
    """
)
# Offices held by a person, who is not their place: "Maryland's governor" is a role to resolve.
PERSON_ROLES = _words(
    """
    gov governor sen senator rep mayor minister secretary judge justice ambassador premier
    chancellor sheriff king queen prince princess pope attorney general commissioner
    """
)
# Definite descriptions of an organisation: "the company" = the organisation the article names.
ORG_NOUNS = _words(
    """
    company firm agency airline carrier group board regulator department ministry administration
    authority operator manufacturer maker business bank lender insurer government service
    organisation organization institution office committee council union utility commission
    """
)
# Words that make a capitalised run an organisation, not a person ("Harbor Lines Group").
ORG_WORDS = _words(
    """
    group airlines airline air airways bank inc corp corporation company co ltd plc llc department
    board agency administration authority service services council committee commission
    association university college institute office ministry police guard force house news times
    post journal press media network motors systems technologies energy holdings partners capital
    fund foundation trust court party union federation league club hospital airport port city
    county state states government marine shipping lines international global labs health
    """
)
MAX_AFFILIATIONS = 2
"""More organisations than this for one person's name: two people share it, no alias is made."""
# Nouns that fit any organisation: 'the company' may be the one the article quotes most.
GENERIC_ORG_NOUNS = _words("company firm group business organisation organization institution operator agency")
# Parts of an organisation that speak for themselves, not for it: "Corvane's cabin crew union",
# "the pilots at Harbor Lines" are not Harbor Lines.
SUBPARTIES = _words(
    """
    union unions pilots crew crews workers employees staff members owners shareholders investors
    passengers customers lawyers attorneys families relatives residents students teachers nurses
    doctors drivers engineers creditors bondholders analysts official officials aide aides source
    sources insider insiders people person
    """
)
# Common nouns that open a sentence with a capital ("Analysts said", "Sources say", "Police said").
COMMON = ROLE_NOUNS | DOCUMENT_NOUNS | GENERIC_HEADS | SUBPARTIES | _words(
    """
    authorities police regulators prosecutors lawmakers legislators officials residents witnesses
    media reporters journalists scientists researchers economists traders rescuers firefighters
    investigators authority government health
    """
)
# Capitalised words that name no party ("the NTSB on Sunday").
CALENDAR = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december today yesterday tonight
    """
)
# Words of a news outlet's name: an outlet reporting is not the organisation 'the agency' means.
MEDIA_WORDS = _words(
    """
    journal news times post press tribune herald gazette telegraph guardian daily weekly radio tv
    television broadcasting network magazine wire reporter chronicle observer ledger dispatch
    courier bulletin
    """
)
QUANTIFIERS = _words("one two three four five several some many another a an the each both all few")
PRONOUNS = _words("he she it they we i him her them who which")
# Organisation words that alone name nothing ("Department" / "Group").
WEAK = _words(
    """
    the of and for inc corp co ltd plc llc group company department board agency office service
    services international national us uk
    """
)
_US = re.compile(r"\b(?:U\.\s?S\.(?:\s?A\.)?|USA|United States(?: of America)?)(?![A-Za-z])")
_UK = re.compile(r"\b(?:U\.\s?K\.|United Kingdom)(?![A-Za-z])")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*|[,;:()\[\]—–]")
_BREAK = "|"
_JOINS = frozenset({"of", "for", "and", "&", "the", "de", "du", "van", "von", "der", "la", "le"})
_POSSESSIVE = ("'s", "’s")


def _clean(token: str) -> str:
    token = token.rstrip(".,;:")
    for p in _POSSESSIVE:
        if token.endswith(p):
            token = token[: -len(p)]
    return token.strip("'’")


@dataclass(frozen=True, slots=True)
class Reading:
    """One speaker phrase, read: its names, its role words and what kind of phrase it is."""

    names: tuple[tuple[str, ...], ...]
    """Capitalised runs, lowercased, titles dropped: (('wes', 'moore'), ('maryland',))."""
    persons: tuple[tuple[str, ...], ...]
    """The names that are people (after a title or honorific, or two-three plain capitalised words)."""
    roles: frozenset[str]
    """Title and role words in the phrase ('governor', 'spokesperson')."""
    org_noun: bool
    """A definite organisation description with no name: 'the company', 'the agency'."""
    pronoun: bool
    unnamed: bool
    """An unnamed party: 'officials', 'two sources', 'authorities'."""
    head: str = ""
    """The last word ('company' in 'the company')."""
    listed: bool = False
    """Names joined by 'and' / '&' ('Acme and Globex')."""
    titled: tuple[tuple[str, ...], ...] = ()
    """The persons named after a title or honorific ('Dana Okafor' in 'CEO Dana Okafor'): surely people."""


@lru_cache(maxsize=65536)
def read_speaker(speaker: str) -> Reading:
    text = _UK.sub("UK", _US.sub("US", speaker))
    raw = [_BREAK if t in ",;:()[]—–" else _clean(t) for t in _TOKEN.findall(text)]
    tokens = [t for t in raw if t]
    low = [t.lower().rstrip(".") for t in tokens]
    roles = frozenset(w for w in low if w in TITLES or w in REPRESENTATIVE)
    words = [w for w in low if w != _BREAK]
    if len(words) == 1 and words[0] in PRONOUNS:
        return Reading((), (), roles, False, True, False)
    names: list[tuple[str, ...]] = []
    persons: list[tuple[str, ...]] = []
    titled: list[tuple[str, ...]] = []
    run: list[str] = []
    after_title = False
    run_after_title = False

    def close() -> None:
        nonlocal run
        while run and run[-1] in _JOINS:
            run.pop()
        for part in _split_and(run):
            name = tuple(part)
            names.append(name)
            plain = [w for w in name if w not in _JOINS]
            after_title = run_after_title and 1 <= len(plain) <= 3 and not set(plain) & (WEAK | ORG_WORDS)
            shaped = 2 <= len(plain) <= 3 and all(_plain_capital(w.capitalize()) for w in plain) and not (
                set(plain) & ORG_WORDS)
            if after_title or shaped:
                persons.append(name)
            if after_title:
                titled.append(name)
        run = []

    positions: list[int] = []
    opener = _TOKEN.findall(text)[:1]
    possessive = bool(opener) and opener[0].endswith(_POSSESSIVE)
    skip = TITLES | REPRESENTATIVE | _JOINS
    if len(tokens) > 2 and tokens[1][:1].islower() and low[1] not in skip and not possessive:
        # "Cybersecurity firm CrowdStrike": a capital only because the phrase opens a sentence.
        tokens, low = tokens[1:], low[1:]
    for k, (tok, w) in enumerate(zip(tokens, low, strict=True)):
        capital = tok[:1].isupper() or (tok[:1].isdigit() and bool(run))
        if k == 0 and (w in COMMON or w in QUANTIFIERS) and not tok.isupper():
            capital = False
        if "-" in tok and tok.split("-", 1)[1][:1].islower():
            capital = False  # 'Singapore-flagged': an adjective, not a name
        if capital and w not in TITLES and w not in CALENDAR and not (k == 0 and w in {"the", "a", "an"}):
            if not run:
                run_after_title = after_title
                positions = []
            run.append(w)
            positions.append(k)
            after_title = False
            continue
        if w == _BREAK:
            close()
            after_title = False
            continue
        if run and w in _JOINS and w != "the" and k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
            run.append(w)
            positions.append(k)
            continue
        close()
        after_title = w in TITLES or (after_title and w in _JOINS)
    close()
    unnamed = not names and bool(is_anonymous(speaker))
    head = words[-1] if words else ""
    org_noun = not names and len(words) == 2 and head in ORG_NOUNS and words[0] in {"the", "its", "this", "that"}
    part = next((w for k, w in enumerate(words) if w in SUBPARTIES
                 and (k == len(words) - 1 or words[k + 1] in {"at", "of", "for", "from", "in"})), None)
    if part is not None and not titled:
        # "Corvane's cabin crew union" / "the cabin crew union at Corvane": one party, not Corvane.
        names = [(*n, "#" + part.rstrip("s")) for n in names]
        persons = []
    if not persons and roles & PERSON_ROLES and not roles & REPRESENTATIVE and all(len(n) == 1 for n in names):
        # "Maryland's governor", "the state's attorney general": a role, not a name.
        names = []
    listed = "and" in words or "&" in words
    return Reading(tuple(names), tuple(persons), roles, org_noun, False, unnamed, head, listed, tuple(titled))


def _split_and(run: list[str]) -> list[list[str]]:
    """'Acme and Globex' is two names; 'Food and Drug Administration' and 'Department of Health
    and Human Services' are one (an organisation word closes the name, or 'of' opened it)."""
    if "and" not in run:
        return [run] if run else []
    i = run.index("and")
    left, right = run[:i], run[i + 1:]
    if "of" in left or (right and right[-1] in ORG_WORDS and not set(left) & ORG_WORDS):
        return [run]
    return [p for p in (left, *_split_and(right)) if p]


def _plain_capital(token: str) -> bool:
    """'Moore', not 'NTSB' nor 'FlightAware'-like mixed capitals... a person's name shape."""
    return token[:1].isupper() and (token[1:].islower() or "-" in token or "'" in token) and token.isalpha()


def _acronym(name: tuple[str, ...]) -> str:
    return "".join(w[0] for w in name if w not in _JOINS and w != "us")


@lru_cache(maxsize=262144)
def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'Moore' ~ 'Wes Moore', 'Synergy Marine' ~ 'Synergy Marine Group', 'NTSB' ~ 'National
    Transportation Safety Board', 'US Coast Guard' ~ 'Coast Guard'; 'Department' alone matches nothing."""
    sa = {w for w in a if w not in _JOINS}
    sb = {w for w in b if w not in _JOINS}
    if not sa or not sb or {w for w in sa if w[0] == "#"} != {w for w in sb if w[0] == "#"}:
        return False
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if small <= big and small - WEAK:
        return True
    for one, other in ((a, b), (b, a)):
        if len(one) == 1 and len(one[0]) >= 2 and len(other) >= 2 and one[0] == _acronym(other):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Party:
    """The names one claim's speaker goes by (empty: unknown)."""

    names: frozenset[tuple[str, ...]]
    joint: bool = False
    """Several parties speaking together ('the NTSB and the FAA'): not any one of them alone."""

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


def _joint(r: Reading) -> bool:
    return not r.persons and len(r.names) >= 2 and r.listed and not any(
        names_match(x, y) for k, x in enumerate(r.names) for y in r.names[k + 1:]
    )


def _core(person: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without what follows 'of' ('Wes Moore of Maryland' -> 'Wes Moore')."""
    return person[: person.index("of")] if "of" in person[1:] else person


def _speaks_for(readings: list[Reading]) -> dict[str, set[tuple[str, ...]]]:
    """Run-wide: a person -> the organisation some outlet says they represent ('NTSB chair Jennifer
    Homendy' anywhere makes a bare 'Homendy' speak for the NTSB too). Keyed by the surname when
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
        words = [w.lower() for w in _TOKEN.findall(m.group(0))]
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
    media = {read_speaker(x).names for c in claims for x in (c.outlet, c.via) if x}
    outlets = {n for names in media for n in names}
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
                n for n in r.names if len(n) == 1 and _plain_capital(n[0].capitalize())
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
            party = Party(frozenset(names), _joint(r))
            out[i] = interned.setdefault(party, party)  # one object per party: its hash is computed once
    return out


def compare(a: Party, b: Party) -> Match:
    """SAME when some name of one matches some name of the other; UNKNOWN when either is unknown;
    DIFFERENT when both are known and no name matches, or one is a joint party and the other not."""
    if not a.known or not b.known:
        return Match.UNKNOWN
    if a.joint != b.joint:
        return Match.DIFFERENT
    return _compare_names(a.names, b.names)


@lru_cache(maxsize=262144)
def _compare_names(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> Match:
    for x in a:
        for y in b:
            if names_match(x, y):
                return Match.SAME
    return Match.DIFFERENT
