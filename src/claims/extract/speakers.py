"""Speaker identity: one `speaker_id` per party.

Within a source, pronouns and short forms ("he", "the official", "the sources",
"Ruiz", "the report") name the party introduced earlier, and inherit the relay outlet
it was quoted through. Across the sources of a run, surnames join full names and
anonymous officials join the one government the run's officials belong to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from claims.extract.antecedents import PRONOUNS, person_surnames, window_person
from claims.extract.channels import is_outlet, outlet_name
from claims.extract.lexicon import tagged
from claims.extract.phrases import AGENT_NOUNS, DETERMINERS, TITLE_WORDS
from claims.models import Claim, Kind
from claims.nations import NATIONS

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&'’-]*")
ANONYMOUS = "anonymous-sources"
_SOURCE_HEADS = tagged("speakers.source_heads")
_SINGULAR_ANON = tagged("speakers.singular_anon")
_REPORT_NOUNS = tagged("noun_of_report")
# What a party issues in its own name: "the statement" said what its issuer said.
_ISSUED = frozenset({"statement", "release", "letter", "memo", "post", "email", "e-mail", "message", "filing"})
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
_PRONOUN_PERSON = tagged("speakers.pronoun_person")
_PRONOUN_PLURAL = tagged("speakers.pronoun_plural")
_PRONOUNS = _PRONOUN_PERSON | _PRONOUN_PLURAL | {"it", "we", "i"}
_ORG_WORDS = tagged("speakers.org_words")
_SENIORITY = tagged("speakers.seniority")


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def slug(text: str) -> str:
    """An id from a phrase: lower case, hyphens; a possessive is its owner ("Taiwan's" -> taiwan)."""
    words = [_unpossessed(w.lower()).replace("’", "").replace("'", "").strip(".") for w in _WORD.findall(text)]
    out = "-".join(w.replace(".", "-").replace("&", "and") for w in words if w)
    return re.sub(r"-{2,}", "-", out).strip("-") or "unknown"


_NO_QUOTES = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " "})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_NO_QUOTES))


_AGE = re.compile(r"\d{1,3}-year(?:s?-old)?$")


def _core(words: list[str]) -> list[str]:
    """Drop leading determiners, quantifiers, seniority words and an age ("a 28-year-old",
    "28-year old")."""
    i = 0
    while i < len(words) - 1:
        low = words[i].lower()
        if low in DETERMINERS or low in _SENIORITY:
            i += 1
        elif _AGE.match(low):
            i += 2 if low.endswith("year") and words[i + 1].lower() == "old" and i < len(words) - 2 else 1
        else:
            break
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
    gender: str | None = None  # "he" or "she", once a pronoun or an honorific has told
    roles: frozenset[str] = frozenset()  # the titles written before the name ("Prime Minister Ann Lee")


_NAME_PARTICLES = tagged("name_particle")


def _name_words(words: list[str]) -> list[str]:
    """The words of a capitalised name without the particles inside it ("Virgil van Dijk" ->
    Virgil, Dijk); [] when a word is neither capitalised nor such a particle."""
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w.lower() in _NAME_PARTICLES)]
    return kept if all(w[:1].isupper() or _PARTICLE_NAME.match(w) for w in kept) else []


_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|de|di|da|van|von|d)[-’'][A-Z]")


def _is_person(words: list[str]) -> bool:
    named = _name_words(words)
    return (
        2 <= len(named) <= 3
        and not any(w.lower().strip(".") in _ORG_WORDS for w in words)
    )


_POSTMODIFIERS = tagged("speakers.postmodifiers")


def _head(low: list[str]) -> str:
    """The head noun: the last word before a post-modifier ("people [close to ...]")."""
    for i, w in enumerate(low):
        if w in _POSTMODIFIERS and i > 0:
            return low[i - 1]
    return low[-1] if low else ""


_HONORIFICS = tagged("honorific")
_NOT_FIRST_NAMES = tagged("speakers.not_first_names")


_DOCUMENTS = tagged("speakers.documents")
_AUTHORED_BY = tagged("speakers.authored_by")
_MOUTHPIECES = tagged("mouthpiece")


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


_ROLE_WORDS = tagged("role_word")


def _role_word(word: str) -> bool:
    """A person's role written before their name ("Homeowner", "Nurse", "Shopkeeper"); a
    listed word only, since place names share the role suffixes ("Manchester", "Leicester")."""
    return word.isalpha() and word.lower() in _ROLE_WORDS


@dataclass(slots=True)
class _Phrase:
    """A speaker phrase as written, split the ways `_describe`'s rules read it."""

    speaker: str
    words: list[str]  # every word
    core: list[str]  # without leading determiners and seniority words
    low: list[str]  # `core`, lowercased
    head: str  # the head noun, lowercased

    @classmethod
    def of(cls, speaker: str) -> _Phrase:
        words = _words(speaker)
        core = _core(words)
        low = [w.lower() for w in core]
        return cls(speaker, words, core, low, _head(low))


def _party(name: str, head: str) -> _Entity:
    """An organisation or other party identified by its name."""
    return _Entity(slug(name), name, False, False, head, None)


def _named(name: list[str], head: str, person: bool = True) -> _Entity:
    """A party identified by the capitalised name at the end of its phrase."""
    joined = " ".join(name)
    return _Entity(slug(joined), joined, person, False, head, None, person)


def _appositive(speaker: str) -> _Entity | None:
    """ "The bridge's builder, Halvorsen Steel": the appositive name identifies the party."""
    if ", " not in speaker:
        return None
    described, appositive = speaker.split(", ", 1)
    named = _name_words(_words(appositive))
    if not named or len(named) > 4:
        return None
    entity = _describe(appositive)
    entity.head = _head([w.lower() for w in _core(_words(described))]) or entity.head
    entity.person = entity.person or entity.head in _SINGULAR_ANON or entity.head in TITLE_WORDS
    return entity


def _anonymous(p: _Phrase) -> _Entity | None:
    """ "sources", "people familiar with the matter", "a person briefed on the talks"."""
    head, low = p.head, p.low
    unnamed = any(signal in " ".join(low) for signal in _ANONYMITY) and not _is_person(p.core[:2])
    by_head = head in _SOURCE_HEADS and (head != "person" or len(low) > 1)
    by_lead = bool(low) and low[0] in _SOURCE_HEADS and len(low) > 1
    return _Entity(ANONYMOUS, p.speaker, False, head != "source", head, None) if by_head or by_lead or unnamed else None


def _spoken_for(p: _Phrase) -> _Entity | None:
    """ "A spokesperson for the European Medicines Agency" speaks for the agency; "a 2024
    report by the Water Commission", "data compiled by Ledger Wire" come from their author;
    "the Herald report" from the Herald."""
    party = (_party_spoken_for(p.core, p.low) if p.head in _MOUTHPIECES else "") or (
        _party_spoken_for(p.core, p.low, _AUTHORED_BY) if p.head in _DOCUMENTS else ""
    )
    if party:
        return _party(party, p.head)
    if p.head in _REPORT_NOUNS and len(p.core) > 1 and not p.core[p.low.index(p.head)][:1].isupper():
        # (a capitalised head is a name's last word: "Japan's Meteorological Agency")
        name = [w for w in p.core[: p.low.index(p.head)] if w[:1].isupper()]
        return _party(" ".join(name), p.head) if name else None
    return None


_JOINS = frozenset({"and", "or", "nor", "&", "with", "plus"})


def _described_name(p: _Phrase) -> _Entity | None:
    """ "retired teacher Graham Pike", "rail operator Sentra Group", "Japanese broadcaster NHK": the name identifies. A
    sentence capital on the first word of the role is allowed ("Campsite owner Bea Lowry")
    when a lowercase role word follows it."""
    core, low = p.core, p.low
    lead = 1 if len(core) > 1 and core[0].isalpha() and core[1].isalpha() and core[1].islower() else 0
    while lead < len(core) and core[lead].isalpha() and core[lead].islower() and low[lead] not in _POSTMODIFIERS:
        lead += 1
    if (1 <= lead <= 4 and 1 <= len(core) - lead <= 4 and all(w[:1].isupper() for w in core[lead:])
            and _JOINS.isdisjoint(low[:lead]) and _NAME_PARTICLES.isdisjoint(low[:lead])):
        # not a joint subject ("Nvidia and AMD"), nor a name with a particle ("Virgil van Dijk")
        # one word names an organisation or a person by surname: "chipmaker Nvidia", "broadcaster NHK"
        return _named(core[lead:], p.head, _is_person(core[lead:]))
    return None


def _titled_name(p: _Phrase) -> _Entity | None:
    """ "Homeowner Linda Marsh", "Nurse Ana Ruiz" (a role capitalised at the sentence start);
    "Orin Labs CEO Kai Mendel", "President Osei" (the name after the last title word); "Dr.
    Ana Ruiz" (after an honorific)."""
    core, low = p.core, p.low
    if 3 <= len(core) <= 4 and _role_word(core[0]) and _is_person(core[1:]):
        return _named(core[1:], p.head)
    for i in range(len(low) - 2, -1, -1):
        if low[i].rstrip(".") in TITLE_WORDS and all(w[:1].isupper() for w in core[i + 1 :]):
            entity = _named(core[i + 1 :], p.head)
            entity.roles = frozenset(w.rstrip(".") for w in low[: i + 1] if w.rstrip(".") in TITLE_WORDS)
            return entity
    return None


_OFFICIAL_LINKS = frozenset({"from", "of", "at", "with"})


def _official_owner(after: list[str]) -> str:
    """The body an official serves, as an id part: "from JAL", "at the Department of
    Energy" (a capitalised name right after the link word); "" otherwise."""
    if not after or after[0].lower() not in _OFFICIAL_LINKS:
        return ""
    name = [w for w in after[1:] if w.lower() not in {"the", "a", "an"}]
    return slug(" ".join(name)) if name and name[0][:1].isupper() and name[-1][:1].isupper() else ""


def _owners_named_role(p: _Phrase) -> _Entity | None:
    """ "Los Angeles Dodgers' star Shohei Ohtani", "the club's new coach Ana Ruiz": an owner's
    possessive, a lowercase role, then the person's name, which identifies."""
    core = p.core
    mark = _owner_mark(core)
    if mark is None:
        return None
    k = mark + 1
    while k < len(core) and core[k].isalpha() and core[k].islower():
        k += 1
    name = core[k:]
    if not 1 <= k - mark - 1 <= 3 or not _is_person(name):
        return None
    return _named(name, p.head)


def _official(p: _Phrase) -> _Entity | None:
    """ "a senior U.S. official", "Treasury officials": grouped by nation or qualifier."""
    if p.head != "official" and p.head != "officials":
        return None
    nation = _nation(p.words)
    head_at = p.low.index(p.head)
    qual = [w for w in p.core[:head_at] if w.lower() not in _SENIORITY]
    base = nation or (slug(" ".join(qual)) if qual else "") or _official_owner(p.core[head_at + 1 :])
    oid = f"{base}-official" if base else "official"
    return _Entity(oid, p.speaker, False, p.head == "officials", p.head, None)


def _honorific(p: _Phrase) -> _Entity | None:
    """ "Ms. Ruiz", "Dr Ana Ruiz"."""
    if len(p.core) >= 2 and p.core[0].lower() in _HONORIFICS:
        return _named(p.core[1:], p.head)
    return None


def _as_written(p: _Phrase) -> _Entity:
    """Any other phrase: a party of its own, keyed by its words (a party described through
    its owner in one order: `_owned_by`)."""
    person = _is_person(p.core)
    plural = p.head.endswith("s") and not person and not p.head.endswith("ss")
    owned = _owned_by(p.core)
    key = slug(" ".join(owned)) if owned else slug(" ".join(p.core))
    return _Entity(key, " ".join(p.core), person, plural, p.head, None)


# The rules of `_describe`, in order: the first that identifies the party wins.
_DESCRIBE_RULES = (_anonymous, _spoken_for, _described_name, _titled_name, _owners_named_role, _official, _honorific)


def _describe(speaker: str) -> _Entity:
    """A fresh entity for a speaker phrase as written."""
    e = _described(speaker)  # the same phrases recur in a run ("she", "the company", surnames)
    return _Entity(e.id, e.name, e.person, e.plural, e.head, e.via, e.named_person, roles=e.roles)


@lru_cache(maxsize=4096)
def _described(speaker: str) -> _Entity:
    """`_describe`'s entity, shared: callers change theirs, so `_describe` hands out copies."""
    entity = _appositive(speaker)
    if entity is not None:
        return entity
    phrase = _Phrase.of(speaker)
    for rule in _DESCRIBE_RULES:
        entity = rule(phrase)
        if entity is not None:
            return entity
    return _as_written(phrase)


_OWNER_LINKS = tagged("speakers.owner_links")
_NAME_JOINS = tagged("speakers.name_joins")
_INSTITUTIONS = tagged("speakers.institutions")
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


def _owner_mark(words: list[str]) -> int | None:
    """The index of the first capitalised possessive ("Lakeshore's", "Dodgers'"), or None."""
    return next((i for i, w in enumerate(words) if w[:1].isupper() and w.endswith(_POSSESSIVE)), None)


def _owned_by(core: list[str]) -> list[str] | None:
    """One order for a party described through its owner: "Lakeshore's pilots' union" and
    "the pilots' union at Lakeshore" both -> pilots' union + Lakeshore. None when the phrase
    is not a common noun phrase tied to a capitalised owner."""
    mark = _owner_mark(core[:-1])
    if mark is not None:
        # The first capitalised possessive decides: "Lakeshore's pilots' union".
        word = core[mark]
        owner = [*core[:mark], word[:-2] if word[-2:] in ("'s", "’s") else word[:-1]]
        return _owned_pair([w for w in core[mark + 1 :] if w.lower() not in DETERMINERS], owner)
    for i in range(1, len(core) - 1):
        if core[i].lower() in _OWNER_LINKS:  # "the pilots' union at Lakeshore"
            described = [w for w in core[:i] if w.lower() not in DETERMINERS]
            pair = _owned_pair(described, [w for w in core[i + 1 :] if w.lower() != "the"])
            if pair is not None:
                return pair
    return None


def _owned_pair(described: list[str], owner: list[str]) -> list[str] | None:
    """The described party, then its owner; None unless a common noun phrase and a name."""
    return [*described, *owner] if _common(described) and _is_owner_name(owner) else None


# Pronouns and short forms look back over this many recent parties at most.
_LOOKBACK = 40


def _looks_like_surname(word: str) -> bool:
    """A lone capitalised word may be a surname ("Ruiz", "Wu"); never an all-caps acronym or a pronoun."""
    return word[:1].isupper() and word[1:].islower() and len(word) >= 2 and word.lower() not in _PRONOUNS


@lru_cache(maxsize=4096)
def _words_lowered(speaker: str) -> tuple[list[str], list[str]]:
    """`_words(speaker)` and the same in lower case, shared (read, never changed): the same
    phrases recur ("he", "the company", surnames)."""
    words = _words(speaker)
    return words, [w.lower() for w in words]


def _refers(speaker: str, entities: list[_Entity]) -> _Entity | None:
    """The earlier entity a pronoun, definite description or surname refers to."""
    words, low = _words_lowered(speaker)
    recent = list(reversed(entities))
    if len(low) == 1 and low[0] in _PRONOUN_REFERENTS:
        if low[0] in PRONOUNS:  # "she" never means a party already called "he"
            recent = [e for e in recent if e.gender is None or e.gender == low[0]]
        return _PRONOUN_REFERENTS[low[0]](recent)
    if low and low[0] in {"the", "that", "this", "these", "those"} and len(low) <= 4:
        return _described_referent(_head(low), recent)
    if len(words) == 1 and words[0][:1].isupper():
        return next((e for e in recent if e.person and e.name.split()[-1] == words[0]), None)
    return None


def _person_referent(recent: list[_Entity]) -> _Entity | None:
    """ "he", "she": the last person (or lone official, or surname)."""
    found = next((e for e in recent if e.person or e.head in _SINGULAR_ANON), None)
    return found or next((e for e in recent if _looks_like_surname(e.name)), None)


def _plural_referent(recent: list[_Entity]) -> _Entity | None:
    """ "they": the last plural party, else the last party."""
    return next((e for e in recent if e.plural), recent[0] if recent else None)


def _thing_referent(recent: list[_Entity]) -> _Entity | None:
    """ "it": the last party that is neither a person nor plural."""
    return next((e for e in recent if not e.person and not e.plural), None)


_PRONOUN_REFERENTS = {
    **dict.fromkeys(_PRONOUN_PERSON, _person_referent),
    **dict.fromkeys(_PRONOUN_PLURAL, _plural_referent),
    "it": _thing_referent,
}


def _described_referent(head: str, recent: list[_Entity]) -> _Entity | None:
    """ "the report" (the last party that is not a person or an anonymous source), "the
    source", "the sources"/"the people" (anonymous), else the last party with that head."""
    if head in _REPORT_NOUNS:
        return next(
            (e for e in recent if not e.named_person and e.id != ANONYMOUS and e.head not in _SINGULAR_ANON),
            None,
        )
    if head == "source":
        return next((e for e in recent if e.head in _SINGULAR_ANON or e.id == ANONYMOUS), None)
    if head in {"sources", "people"}:
        return next((e for e in recent if e.id == ANONYMOUS), None)
    # "the prime minister" after "Prime Minister Ann Lee": the person who holds the title
    found = next((e for e in recent if e.head == head or head in e.roles), None)
    if found is None and head in _ISSUED and recent:
        return recent[0]  # "The club said in a statement ... “...,” the statement said": the club's
    return found


# A capital with no word character before it (`\b[A-Z]`, written so that the scan can jump
# from capital to capital).
# A name in East Asian order, its given name hyphenated: "Wu Chien-fu", "Kim Jong-un".
_SURNAME_FIRST = re.compile(r"\b([A-Z][a-z]{1,5}) [A-Z][a-z]+-[a-z]+\b")
_FIRST_LAST = re.compile(r"([A-Z](?<!\w.)[a-z]+(?:-[A-Z][a-z]+)?) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")


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
    for m in _SURNAME_FIRST.finditer(text):  # "Wu Chien-fu", "Lai Ching-te": the surname comes first
        names.setdefault(m.group(1), m.group())
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
    people: dict[str, str] | None = None

    def _full_names(self) -> dict[str, str]:
        """The article's full names by surname (`full_names`), read once per source."""
        if self.names is None:
            self.names = full_names(self.text)
        return self.names

    def full_name(self, surname: str) -> str | None:
        """The article's full name ending with `surname` ('Ann Lee' for 'Lee')."""
        return self._full_names().get(surname)

    def antecedent(self, claim: Said, window: tuple[int, int], entity: _Entity | None) -> _Entity | None:
        """The person a he/she speaker means when the narrative named them after the last
        claim (`antecedents.window_person`), moved last; None to keep `entity`."""
        if self.people is None:
            self.people = person_surnames(self.text, self._full_names(), ())
        quoted = {e.name.split()[-1]: e.name for e in self.entities[-_LOOKBACK:] if e.named_person}
        name = window_person(self.text, *window, {**self.people, **quoted} if quoted else self.people)
        if name is None or (entity is not None and name in (entity.name, entity.name.split()[-1])):
            return None
        found = self.by_id.get(slug(name))
        if found is None:
            found = _Entity(slug(name), name, True, False, name.split()[-1].lower(), None, True)
            self.by_id[found.id] = found
            self.entities.append(found)
        elif found.gender not in (None, claim.speaker.lower()):
            return None
        elif self.entities[-1] is not found:
            _move_last(self.entities, found)
        return found

    def named(self, claim: Said) -> _Entity:
        """The party a claim's speaker names anew (a known one when its id was seen before)."""
        entity = _describe(claim.speaker)
        if "-" not in entity.id and _looks_like_surname(entity.name) and self.text:
            full = self.full_name(entity.name)
            if full is not None:
                entity.id, entity.name, entity.person = slug(full), full, True
        known = self.by_id.get(entity.id)
        if known is not None:
            if self.entities[-1] is not known:
                _move_last(self.entities, known)  # named again: the latest party for what follows
            return known
        entity.via = claim.via
        entity.gender = _HONORIFIC_GENDER.get(claim.speaker.split(" ", 1)[0].lower().rstrip("."))
        self.entities.append(entity)
        self.by_id[entity.id] = entity
        return entity

    def referred(self, claim: Said) -> _Entity | None:
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


_HONORIFIC_GENDER = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she"}


def _with_ids(claim: Claim, speaker_id: str, via: str | None) -> Claim:
    """The claim with its speaker id and relay set: the same object when they are already so."""
    if claim.speaker_id == speaker_id and claim.via == via:
        return claim
    return claim.model_copy(update={"speaker_id": speaker_id, "via": via})


class Said(Protocol):
    """What speaker resolution reads of a claim (a `Claim`, or a lighter record of one)."""

    @property
    def id(self) -> str: ...
    @property
    def speaker(self) -> str: ...
    @property
    def via(self) -> str | None: ...
    @property
    def kind(self) -> Kind: ...


def resolve_in_source(
    claims: list[Claim],
    via_from: dict[str, str] | None = None,
    text: str = "",
    in_person: set[str] | None = None,
) -> list[Claim]:
    """Give each claim of ONE source a `speaker_id`, resolving pronouns and short forms to
    the party named earlier (`speaker_ids_in_source`)."""
    ids = speaker_ids_in_source(claims, via_from, text, in_person)
    return [_with_ids(claim, speaker_id, via) for claim, (speaker_id, via) in zip(claims, ids, strict=True)]


def speaker_ids_in_source(
    claims: Sequence[Said],
    via_from: dict[str, str] | None = None,
    text: str = "",
    in_person: set[str] | None = None,
    recalled: set[str] | None = None,
    windows: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[str, str | None]]:
    """Each claim's (speaker id, relay), for the claims of ONE source: pronouns and short
    forms resolve to the party named earlier; a speaker referred back to by a description
    ("the official", "the spokeswoman") inherits the relay (`via`) the party was first quoted
    through, except in a refusal. A bare pronoun ("he said" follows up on what it was told)
    or a surname (a named person speaks on many occasions: "Ruiz said" later in the article
    is not the interview of its first paragraph) inherits it only when the claim names the
    occasion again: a claim in `recalled` ("said in the interview"), as does a full name.
    `via_from` maps a claim id to a phrase ("the report") whose outlet is that claim's relay;
    `text` (the article) lets a bare surname find its full name; a claim in `in_person`
    ("told reporters", "said at a news conference") names its own audience and inherits no
    relay. `windows` (per claim: the end of the claim before it, and its own start) lets a
    he/she speaker find a person the narrative named in between (`_Parties.antecedent`)."""
    parties = _Parties(text)
    relays, present, again = via_from or {}, in_person or set(), recalled or set()
    out: list[tuple[str, str | None]] = []
    for k, claim in enumerate(claims):
        entity = parties.referred(claim)
        pronoun = claim.speaker.lower()
        if windows is not None and pronoun in PRONOUNS:
            entity = parties.antecedent(claim, windows[k], entity) or entity
        anaphor = entity is not None
        entity = entity or parties.named(claim)
        if pronoun in PRONOUNS and entity.gender is None:
            entity.gender = pronoun
        inherits = (
            claim.kind is not Kind.NO_COMMENT
            and claim.id not in present
            and (claim.id in again or (anaphor and _describes_back(claim.speaker)))
        )
        via = claim.via or (entity.via if inherits else None)
        relay = relays.get(claim.id)
        if relay is not None and claim.via is None:
            # "Citing officials, the report said": the outlet named before; "Citing officials,
            # Bloomberg reported": the outlet itself
            via = parties.relay(relay, entity) or (outlet_name(relay) if is_outlet(relay) else None)
            if entity.via is None:
                entity.via = via
        out.append((entity.id, via))
    return out


def _describes_back(speaker: str) -> bool:
    """A back-reference by description ("the official"), not a pronoun or a bare surname."""
    words = _words(speaker)
    return not (len(words) == 1 and (words[0].lower() in _PRONOUNS or words[0][:1].isupper()))


class Identified(Protocol):
    """A claim as the run-wide id rules read it: its speaker as written and its id."""

    @property
    def speaker(self) -> str: ...
    @property
    def speaker_id(self) -> str: ...


def _person_ids(claims: Sequence[Identified]) -> set[str]:
    """The ids of the run that name a person in full ("ann-lee", not "lee" or "the-ministry")."""
    described: dict[str, bool] = {}  # each distinct speaker phrase is read once
    full: set[str] = set()
    for c in claims:
        if "-" in c.speaker_id and c.speaker_id not in full:
            person = described.get(c.speaker)
            if person is None:
                person = described[c.speaker] = _describe(c.speaker).person
            if person:
                full.add(c.speaker_id)
    return full


def _surname_ids(full: set[str], ids: set[str]) -> dict[str, str]:
    """A bare surname's id -> the one full person name of the run (`full`) ending with it (or,
    when none ends with it, opening with it)."""
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for f in full:
        by_surname.setdefault(f.rsplit("-", 1)[1], set()).add(f)
        if f.count("-") >= 2:  # a name of three words or more ("Tedros Adhanom Ghebreyesus"; not "NHK TV")
            by_first.setdefault(f.split("-", 1)[0], set()).add(f)
    mapping: dict[str, str] = {}
    for i in ids:
        if "-" in i:
            continue
        # a surname; else the name a person goes by that opens their full name ("Tedros" for
        # "Tedros Adhanom Ghebreyesus"), when no full name ends with it
        m = by_surname.get(i) or by_first.get(i, set())
        if len(m) == 1:
            mapping[i] = next(iter(m))
    return mapping


def _variant_ids(full: set[str]) -> dict[str, str]:
    """One person written two ways across outlets ("Dave Calhoun" / "David Calhoun", "Damien
    Williams" / "Damian Williams"): full names with one surname whose first names open on the
    same three letters and are one name (`_first_names_vary`) -> the one with the longest first
    name (then the first in order)."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for f in full:
        first, _, surname = f.partition("-")
        if len(first) >= 3 and "-" not in surname and first.isalpha():
            by_key.setdefault((surname, first[:3]), []).append(f)
    mapping: dict[str, str] = {}
    for variants in by_key.values():
        if len(variants) > 1:
            chosen = min(variants, key=lambda v: (-len(v.partition("-")[0]), v))
            mapping.update({v: chosen for v in variants if v != chosen and _first_names_vary(v, chosen)})
    return mapping


def _first_names_vary(a: str, b: str) -> bool:
    """Two first names that are one name written two ways: one shortens the other ("Sam" /
    "Samuel") or they differ by two letters at most, in length by one ("Dave" / "David", "Damien" /
    "Damian"); not two names that share an opening ("Norvale" / "Northgate"). Two people with
    one surname and first names a letter apart ("Maria" / "Mario") read as one: rare in one story."""
    x, y = a.partition("-")[0], b.partition("-")[0]
    return x.startswith(y) or y.startswith(x) or (abs(len(x) - len(y)) <= 1 and Levenshtein.distance(x, y) <= 2)


def run_id_mapping(claims: Sequence[Identified]) -> dict[str, str]:
    """`resolve_speaker_ids`' mapping of the run's speaker ids (read from each claim's
    `speaker` and `speaker_id` only)."""
    ids = {c.speaker_id for c in claims}
    full = _person_ids(claims)
    variants = _variant_ids(full)
    full = {variants.get(f, f) for f in full}
    mapping = _surname_ids(full, ids)
    mapping.update(variants)
    mapping.update(_official_ids(ids))
    return mapping


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
    mapping = run_id_mapping(claims)
    if not mapping:
        return list(claims)
    return [
        c if c.speaker_id not in mapping else c.model_copy(update={"speaker_id": mapping[c.speaker_id]})
        for c in claims
    ]
