"""Speaker identity: one `speaker_id` per party.

Within a source, pronouns and short forms ("he", "the official", "the sources",
"Ruiz", "the report") name the party introduced earlier, and inherit the relay outlet
it was quoted through. Across the sources of a run, surnames join full names and
anonymous officials join the one government the run's officials belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.extract.lexicon import word_set
from claims.extract.phrases import AGENT_NOUNS, DETERMINERS, TITLE_WORDS
from claims.models import Claim, Kind

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&'’-]*")
ANONYMOUS = "anonymous-sources"
_SOURCE_HEADS = word_set("sources source people person insiders insider")
_SINGULAR_ANON = word_set(
    """
    official source engineer executive employee spokesperson spokesman spokeswoman person
    insider diplomat officer aide staffer analyst adviser advisor lawyer manager researcher
    worker
    """
)
_REPORT_NOUNS = word_set(
    """
    report article story newspaper outlet publication paper agency coverage piece reporting
    """
)
# Phrases that mark a speaker as unnamed on purpose.
_ANONYMITY = (
    "familiar with",
    "with knowledge of",
    "with direct knowledge",
    "briefed on",
    "close to the",
    "involved in the",
    "condition of anonymity",
    "not to be named",
    "not authorised to",
    "not authorized to",
    "declined to be named",
)
_PRONOUN_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUN_PLURAL = frozenset({"they", "them"})
_PRONOUNS = _PRONOUN_PERSON | _PRONOUN_PLURAL | {"it", "we", "i"}
_ORG_WORDS = word_set(
    """
    inc corp group technologies ltd bank university ministry company agency capital
    partners research institute association council news times post journal media
    press
    """
)
_SENIORITY = word_set(
    """
    senior top high-ranking junior unnamed anonymous former current second another other
    government administration one
    """
)
NATIONS: dict[str, str] = {
    "us": "us",
    "u.s": "us",
    "u.s.": "us",
    "american": "us",
    "united states": "us",
    "america": "us",
    "white house": "us",
    "chinese": "china",
    "china": "china",
    "uk": "uk",
    "u.k": "uk",
    "u.k.": "uk",
    "british": "uk",
    "britain": "uk",
    "eu": "eu",
    "european": "eu",
    "russian": "russia",
    "russia": "russia",
    "japanese": "japan",
    "japan": "japan",
    "indian": "india",
    "india": "india",
    "german": "germany",
    "germany": "germany",
    "french": "france",
    "france": "france",
    "korean": "korea",
    "taiwanese": "taiwan",
    "taiwan": "taiwan",
    "israeli": "israel",
    "iranian": "iran",
    "ukrainian": "ukraine",
    "canadian": "canada",
    "mexican": "mexico",
    "brazilian": "brazil",
    "australian": "australia",
    "italian": "italy",
    "spanish": "spain",
    "turkish": "turkey",
    "saudi": "saudi",
    "pakistani": "pakistan",
    "nigerian": "nigeria",
}


def slug(text: str) -> str:
    words = [w.lower().replace("’", "").replace("'", "").strip(".") for w in _WORD.findall(text)]
    out = "-".join(w.replace(".", "-").replace("&", "and") for w in words if w)
    return re.sub(r"-{2,}", "-", out).strip("-") or "unknown"


_NO_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " "})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_NO_QUOTES))


def _core(words: list[str]) -> list[str]:
    """Drop leading determiners, quantifiers and seniority words."""
    i = 0
    while i < len(words) - 1 and (words[i].lower() in DETERMINERS or words[i].lower() in _SENIORITY):
        i += 1
    return words[i:]


def _nation(words: list[str]) -> str | None:
    low = [w.lower().rstrip(".") for w in words]
    for n in (2, 1):
        for i in range(len(low) - n + 1):
            key = " ".join(low[i : i + n])
            if key in NATIONS:
                return NATIONS[key]
    return None


@dataclass(slots=True)
class _Entity:
    id: str
    name: str
    person: bool
    plural: bool
    head: str
    via: str | None
    named_person: bool = False  # known to be a person (a title or honorific), not just two capitalised words


def _is_person(words: list[str]) -> bool:
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".") in _ORG_WORDS for w in words)
    )


_POSTMODIFIERS = word_set(
    """
    of at for with from in on close familiar briefed who that reviewed seen obtained by
    published speaking near to inside within compiled released conducted commissioned prepared issued
    """
)


def _head(low: list[str]) -> str:
    """The head noun: the last word before a post-modifier ("people [close to ...]")."""
    for i, w in enumerate(low):
        if w in _POSTMODIFIERS and i > 0:
            return low[i - 1]
    return low[-1] if low else ""


_HONORIFICS = word_set("mr mr. ms ms. mrs mrs. miss dr dr. prof prof. sir dame lord lady")
_NOT_FIRST_NAMES = word_set(
    """
    when but and as if after before while said says told with for of in on at by from to that
    this however then so
    """
)


_DOCUMENTS = word_set(
    "report study survey analysis data figures estimates filing documents poll review audit memo letter statement"
)
_AUTHORED_BY = word_set("by from of")
_MOUTHPIECES = word_set("spokesperson spokesman spokeswoman spokespeople representative")


def _party_spoken_for(core: list[str], low: list[str], links: frozenset[str] = frozenset({"for", "of", "at"})) -> str:
    """The capitalised name after "for"/"of"/"at" in "a spokesperson for X" (or after the
    given linking words: "a report by X")."""
    for i, w in enumerate(low[:-1]):
        if w in links:
            name = [x for x in core[i + 1 :] if x.lower() not in {"the", "a", "an"}]
            # "the platform X", "the ride-hailing firm Lyft": a lowercase description, then the name.
            lead = 0
            while lead < min(len(name) - 1, 3) and name[lead][:1].islower():
                lead += 1
            name = name[lead:]
            if name and all(x[:1].isupper() for x in name):
                return " ".join(name)
    return ""


_ROLE_WORDS = word_set(
    """
    homeowner resident tenant landlord farmer owner nurse teacher student parent neighbour neighbor
    voter commuter driver shopper patient worker plaintiff defendant victim witness survivor
    veteran volunteer activist pensioner retiree mother father grandmother grandfather
    shopkeeper fisherman fishermen angler nurse midwife carer caregiver builder plumber
    electrician mechanic cyclist motorist passenger traveller traveler tourist visitor
    protester protestor campaigner organiser organizer homemaker vendor trader
    """
)


def _role_word(word: str) -> bool:
    """A person's role written before their name ("Homeowner", "Nurse", "Shopkeeper"); a
    listed word only, since place names share the role suffixes ("Manchester", "Leicester")."""
    return word.isalpha() and word.lower() in _ROLE_WORDS


def _describe(speaker: str) -> _Entity:
    """A fresh entity for a speaker phrase as written."""
    if ", " in speaker:
        # "The bridge's builder, Halvorsen Steel": the appositive name identifies the party.
        described, appositive = speaker.split(", ", 1)
        named = _words(appositive)
        if named and all(w[:1].isupper() for w in named) and len(named) <= 4:
            entity = _describe(appositive)
            entity.head = _head([w.lower() for w in _core(_words(described))]) or entity.head
            entity.person = entity.person or entity.head in _SINGULAR_ANON or entity.head in TITLE_WORDS
            return entity
    words = _words(speaker)
    core = _core(words)
    low = [w.lower() for w in core]
    head = _head(low)
    anonymous = any(signal in " ".join(low) for signal in _ANONYMITY)
    if (
        (head in _SOURCE_HEADS and (head != "person" or len(low) > 1))
        or (low and low[0] in _SOURCE_HEADS and len(low) > 1)
        or (anonymous and not _is_person(core[:2]))
    ):
        return _Entity(ANONYMOUS, speaker, False, head != "source", head, None)
    if head in _MOUTHPIECES:
        # "A spokesperson for the European Medicines Agency" speaks for the agency.
        party = _party_spoken_for(core, low)
        if party:
            return _Entity(slug(party), party, False, False, head, None)
    if head in _DOCUMENTS:
        # "a 2024 report by the Water Commission", "data compiled by Ledger Wire".
        author = _party_spoken_for(core, low, _AUTHORED_BY)
        if author:
            return _Entity(slug(author), author, False, False, head, None)
    if head in _REPORT_NOUNS and len(core) > 1:
        name = [w for w in core[: low.index(head)] if w[:1].isupper()]
        if name:
            return _Entity(slug(" ".join(name)), " ".join(name), False, False, head, None)
    # A sentence capital on the first word of the role is allowed ("Campsite owner Bea
    # Lowry") when a lowercase role word follows it.
    lead = 1 if len(core) > 1 and core[0].isalpha() and core[1].isalpha() and core[1].islower() else 0
    while lead < len(core) and core[lead].isalpha() and core[lead].islower() and low[lead] not in _POSTMODIFIERS:
        lead += 1
    if 1 <= lead <= 4 and 2 <= len(core) - lead <= 4 and all(w[:1].isupper() for w in core[lead:]):
        # "retired teacher Graham Pike", "rail operator Sentra Group": the name identifies.
        name = core[lead:]
        person = _is_person(name)
        return _Entity(slug(" ".join(name)), " ".join(name), person, False, head, None, person)
    if 3 <= len(core) <= 4 and _role_word(core[0]) and _is_person(core[1:]):
        # "Homeowner Linda Marsh", "Nurse Ana Ruiz": a role capitalised at the sentence start.
        name = core[1:]
        return _Entity(slug(" ".join(name)), " ".join(name), True, False, head, None, True)
    # "Orin Labs CEO Kai Mendel", "President Osei": the name after the last title word.
    for i in range(len(low) - 2, -1, -1):
        if low[i] in TITLE_WORDS and all(w[:1].isupper() for w in core[i + 1 :]):
            name = core[i + 1 :]
            return _Entity(slug(" ".join(name)), " ".join(name), True, False, head, None, True)
    if head == "official" or head == "officials":
        nation = _nation(words)
        qual = [w for w in core[:-1] if w.lower() not in _SENIORITY]
        base = nation or (slug(" ".join(qual)) if qual else "")
        oid = f"{base}-official" if base else "official"
        return _Entity(oid, speaker, False, head == "officials", head, None)
    if len(core) >= 2 and core[0].lower() in _HONORIFICS:
        name = core[1:]
        return _Entity(slug(" ".join(name)), " ".join(name), True, False, head, None, True)
    person = _is_person(core)
    plural = head.endswith("s") and not person and not head.endswith("ss")
    owned = _owned_by(core)
    key = slug(" ".join(owned)) if owned else slug(" ".join(core))
    return _Entity(key, " ".join(core), person, plural, head, None)


_OWNER_LINKS = word_set("at of for from")
_NAME_JOINS = word_set("of and & for the")
_INSTITUTIONS = word_set("bank ministry department court board government agency union university council")
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _common(words: list[str]) -> bool:
    """Words of a common noun phrase ("pilots' union", "head of research"); the first may
    carry a sentence capital when it is a role ("Analysts at ...") but not an institution
    ("Bank of ...", "Ministry of ...")."""
    if not words:
        return False
    first = words[0].lower()
    lead_ok = words[0][:1].islower() or (
        (first in AGENT_NOUNS or first in TITLE_WORDS) and first not in _ORG_WORDS and first not in _INSTITUTIONS
    )
    return lead_ok and all(w[:1].islower() for w in words[1:])


def _is_owner_name(words: list[str]) -> bool:
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in words)
    )


def _owned_by(core: list[str]) -> list[str] | None:
    """One order for a party described through its owner: "Lakeshore's pilots' union" and
    "the pilots' union at Lakeshore" both -> pilots' union + Lakeshore. None when the phrase
    is not a common noun phrase tied to a capitalised owner."""
    for i, word in enumerate(core[:-1]):
        if word[:1].isupper() and word.endswith(_POSSESSIVE):
            rest = [w for w in core[i + 1 :] if w.lower() not in DETERMINERS]
            owner = [*core[:i], word[:-2] if word[-2:] in ("'s", "’s") else word[:-1]]
            if _common(rest) and _is_owner_name(owner):
                return rest + owner
            return None
    for i in range(1, len(core) - 1):
        if core[i].lower() in _OWNER_LINKS:
            rest = [w for w in core[:i] if w.lower() not in DETERMINERS]
            owner = [w for w in core[i + 1 :] if w.lower() != "the"]
            if _common(rest) and _is_owner_name(owner):
                return rest + owner
    return None


# Pronouns and short forms look back over this many recent parties at most.
_LOOKBACK = 40


def _looks_like_surname(word: str) -> bool:
    """A lone capitalised word may be a surname ("Ruiz"); never an all-caps acronym."""
    return word[:1].isupper() and word[1:].islower() and len(word) > 2


def _refers(speaker: str, entities: list[_Entity]) -> _Entity | None:
    """The earlier entity a pronoun, definite description or surname refers to."""
    words = _words(speaker)
    low = [w.lower() for w in words]
    if not low:
        return None
    recent = list(reversed(entities))
    if len(low) == 1 and low[0] in _PRONOUN_PERSON:
        found = next((e for e in recent if e.person or e.head in _SINGULAR_ANON), None)
        return found or next((e for e in recent if _looks_like_surname(e.name)), None)
    if len(low) == 1 and low[0] in _PRONOUN_PLURAL:
        return next((e for e in recent if e.plural), recent[0] if recent else None)
    if len(low) == 1 and low[0] == "it":
        return next((e for e in recent if not e.person and not e.plural), None)
    if low[0] in {"the", "that", "this", "these", "those"} and len(low) <= 4:
        head = _head(low)
        if head in _REPORT_NOUNS:
            return next(
                (e for e in recent if not e.named_person and e.id != ANONYMOUS and e.head not in _SINGULAR_ANON),
                None,
            )
        if head == "source":
            return next((e for e in recent if e.head in _SINGULAR_ANON or e.id == ANONYMOUS), None)
        if head in {"sources", "people"}:
            return next((e for e in recent if e.id == ANONYMOUS), None)
        return next((e for e in recent if e.head == head), None)
    if len(words) == 1 and words[0][:1].isupper():
        return next((e for e in recent if e.person and e.name.split()[-1] == words[0]), None)
    return None


_FIRST_LAST = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?=([A-Z][a-z]+)\b)")


def full_names(text: str) -> dict[str, str]:
    """Surname -> the first "First Surname" in the article text, for speakers later named
    by surname alone."""
    names: dict[str, str] = {}
    for m in _FIRST_LAST.finditer(text):
        first, surname = m.group(1), m.group(2)
        low = first.lower()
        if surname in names or low in _NOT_FIRST_NAMES or low in TITLE_WORDS:
            continue
        if low not in DETERMINERS and low not in _HONORIFICS:
            names[surname] = f"{first} {surname}"
    return names


def _move_last(entities: list[_Entity], entity: _Entity) -> None:
    """Move `entity`, one of the last _LOOKBACK, to the end (searching from the end, so the
    work does not grow with the number of parties in a long article)."""
    for k in range(len(entities) - 1, max(-1, len(entities) - 1 - _LOOKBACK), -1):
        if entities[k] is entity:
            del entities[k]
            break
    else:
        entities.remove(entity)
    entities.append(entity)


@dataclass(slots=True)
class _Parties:
    """The parties one source has named so far, the latest last, and the article's full names."""

    text: str
    entities: list[_Entity] = field(default_factory=list)
    by_id: dict[str, _Entity] = field(default_factory=dict)
    names: dict[str, str] | None = None

    def full_name(self, surname: str) -> str | None:
        """The article's full name ending with `surname` ('Ann Lee' for 'Lee'), read once per source."""
        if self.names is None:
            self.names = full_names(self.text)
        return self.names.get(surname)

    def named(self, claim: Claim) -> _Entity:
        """The party a claim's speaker names anew (a known one when its id was seen before)."""
        entity = _describe(claim.speaker)
        if "-" not in entity.id and _looks_like_surname(entity.name) and self.text:
            full = self.full_name(entity.name)
            if full is not None:
                entity.id, entity.name, entity.person = slug(full), full, True
        known = self.by_id.get(entity.id)
        if known is not None:
            return known
        entity.via = claim.via
        self.entities.append(entity)
        self.by_id[entity.id] = entity
        return entity

    def referred(self, claim: Claim) -> _Entity | None:
        """The earlier party the speaker refers back to ('he', 'the official'), moved last; or None."""
        entity = _refers(claim.speaker, self.entities[-_LOOKBACK:])
        if entity is None:
            return None
        if entity.via is None:
            entity.via = claim.via
        elif self.entities[-1] is not entity:
            _move_last(self.entities, entity)
        return entity

    def relay(self, phrase: str, entity: _Entity) -> str | None:
        """The outlet a relay phrase ('the report') refers to, among parties before `entity`."""
        entities = self.entities
        earlier = entities[-_LOOKBACK - 1 : -1] if entities[-1] is entity else entities  # no copy of all
        ref = _refers(phrase, earlier[-_LOOKBACK:])
        return ref.name if ref is not None else None


def _with_ids(claim: Claim, speaker_id: str, via: str | None) -> Claim:
    """The claim with its speaker id and relay set: the same object when they are already so."""
    if claim.speaker_id == speaker_id and claim.via == via:
        return claim
    return claim.model_copy(update={"speaker_id": speaker_id, "via": via})


def resolve_in_source(
    claims: list[Claim],
    via_from: dict[str, str] | None = None,
    text: str = "",
    in_person: set[str] | None = None,
) -> list[Claim]:
    """Give each claim of ONE source a `speaker_id`, resolving pronouns and short forms to
    the party named earlier; a speaker referred back to ("the official", "he") inherits the
    relay (`via`) the party was first quoted through, except in a refusal or after a bare
    pronoun ("he said" follows up on what it was told, not the relay). `via_from` maps a
    claim id to a phrase ("the report") whose outlet is that claim's relay; `text` (the
    article) lets a bare surname find its full name; a claim in `in_person` ("told
    reporters", "said at a news conference") names its own audience and inherits no relay."""
    parties = _Parties(text)
    relays, present = via_from or {}, in_person or set()
    out: list[Claim] = []
    for claim in claims:
        entity = parties.referred(claim)
        anaphor = entity is not None
        entity = entity or parties.named(claim)
        inherits = (
            anaphor
            and claim.kind is not Kind.NO_COMMENT
            and claim.id not in present
            and claim.speaker.lower() not in _PRONOUNS
        )
        via = claim.via or (entity.via if inherits else None)
        relay = relays.get(claim.id)
        if relay is not None and claim.via is None:
            via = parties.relay(relay, entity)
            if entity.via is None:
                entity.via = via
        out.append(_with_ids(claim, entity.id, via))
    return out


def _surname_ids(claims: list[Claim], ids: set[str]) -> dict[str, str]:
    """A bare surname's id -> the one full person name of the run ending with it."""
    described: dict[str, bool] = {}  # each distinct speaker phrase is read once
    full: set[str] = set()
    for c in claims:
        if "-" in c.speaker_id and c.speaker_id not in full:
            person = described.get(c.speaker)
            if person is None:
                person = described[c.speaker] = _describe(c.speaker).person
            if person:
                full.add(c.speaker_id)
    by_surname: dict[str, set[str]] = {}
    for f in full:
        by_surname.setdefault(f.rsplit("-", 1)[1], set()).add(f)
    matched = ((i, by_surname.get(i, set())) for i in ids if "-" not in i)
    return {i: next(iter(m)) for i, m in matched if len(m) == 1}


def _official_ids(ids: set[str]) -> dict[str, str]:
    """Officials with no nationality -> the run's officials, when they all belong to one nation."""
    nation_ids = set(NATIONS.values())
    nations = {i.removesuffix("-official") for i in ids if i.endswith("-official")} & nation_ids
    if len(nations) != 1:
        return {}
    nation_id = f"{next(iter(nations))}-official"
    return {
        i: nation_id
        for i in ids
        if (i == "official" or i.endswith("-official"))
        and i != nation_id
        and i.removesuffix("-official") not in nation_ids
    }


def resolve_speaker_ids(claims: list[Claim]) -> list[Claim]:
    """Make speaker ids consistent across all sources of a run: a bare surname joins the one
    full name ending with it; an official with no nationality joins the run's officials
    when they all belong to one nation. Only the claims whose id changes are copied."""
    ids = {c.speaker_id for c in claims}
    mapping = _surname_ids(claims, ids)
    mapping.update(_official_ids(ids))
    if not mapping:
        return list(claims)
    return [
        c if c.speaker_id not in mapping else c.model_copy(update={"speaker_id": mapping[c.speaker_id]})
        for c in claims
    ]
