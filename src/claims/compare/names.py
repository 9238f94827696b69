"""Speaker phrases read as names: capitalised runs with titles dropped, US spellings folded.

"Rear Adm. Ilse Varga" reads as the person ('ilse', 'varga') with the role words {rear, adm};
"a Tamsin Marine Group spokesman" as the name ('tamsin', 'marine', 'group') with the role
{spokesman}; "Acme and Globex" as two names; "officials" as no name (unnamed); "He" as a pronoun.
`names_match` says whether two names are one party's (parties.py builds on it). Word lists here
are general English (titles, roles, organisation words); nothing names an entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.compare.speakers import DOCUMENT_NOUNS, GENERIC_HEADS, ROLE_NOUNS, is_anonymous
from claims.nations import NATIONS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and honorifics dropped from names ("Rear Adm. Ilse Varga" -> "Ilse Varga").
TITLES = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady rev gov governor sen senator rep representative
    president vice deputy prime minister secretary mayor gen adm admiral rear col colonel
    capt captain lt lieutenant sgt sergeant cmdr commander maj judge justice chief ceo cfo
    coo cto chair chairman chairwoman chairperson director administrator commissioner chancellor
    premier ambassador professor spokesperson spokesman spokeswoman executive officer head
    founder cofounder co-founder inspector superintendent sheriff attorney counsel king queen
    prince princess pope director-general secretary-general
    """
)
# Roles whose holder speaks for their organisation.
REPRESENTATIVE = _words(
    """
    spokesperson spokesman spokeswoman spokespeople representative ceo chief executive chair
    chairman chairwoman chairperson president director administrator head founder cofounder
    co-founder owner manager leader leads heads director-general secretary-general
    adm admiral capt captain cmdr commander col colonel superintendent inspector officer
    """
)
# Offices held by a person, who is not their place: "Tamar's governor" is a role to resolve.
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
# Capitalised words that name no party ("the Harbor Board on Sunday").
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
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*|[,;:()\[\]—–]")
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
    """Capitalised runs, lowercased, titles dropped: (('ilse', 'varga'), ('tamar',))."""
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
    raw = [_BREAK if t in ",;:()[]—–" else _clean(t) for t in TOKEN.findall(text)]
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
            shaped = 2 <= len(plain) <= 3 and all(plain_capital(w.capitalize()) for w in plain) and not (
                set(plain) & ORG_WORDS)
            if after_title or shaped:
                persons.append(name)
            if after_title:
                titled.append(name)
        run = []

    positions: list[int] = []
    opener = TOKEN.findall(text)[:1]
    possessive = bool(opener) and opener[0].endswith(_POSSESSIVE)
    skip = TITLES | REPRESENTATIVE | _JOINS
    if len(tokens) > 2 and tokens[1][:1].islower() and low[1] not in skip and not possessive and not (
            len(tokens[0]) > 1 and tokens[0].isupper()):
        # "Cybersecurity firm Orbix": a capital only because the phrase opens a sentence.
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
    names = [_national(name, low, words) for name in names]
    names = [name for name in names if name]
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
        # "Tamar's governor", "the state's attorney general": a role, not a name.
        names = []
    listed = "and" in words or "&" in words
    return Reading(tuple(names), tuple(persons), roles, org_noun, False, unnamed, head, listed, tuple(titled))


def _national(name: tuple[str, ...], low: list[str], words: list[str]) -> tuple[str, ...]:
    """A nation's adjective read as a name is the nation's body named after it: "the Japanese
    coast guard" -> (japan, coast, guard), as "the Japan Coast Guard" reads; with nothing after
    it ("Chinese officials", "the Japanese") it names no party: ()."""
    if len(name) != 1 or name[0] not in NATIONS or NATIONS[name[0]] == name[0]:
        return name
    at = words.index(name[0])
    after: list[str] = []
    for w in words[at + 1 :]:
        if w == _BREAK or w in TITLES or w in REPRESENTATIVE or not w.isalpha():
            break
        after.append(w)
    body = [w for w in after if w not in GENERIC_HEADS]
    return (NATIONS[name[0]], *after) if after and body else ()


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


def plain_capital(token: str) -> bool:
    """'Varga', not 'NHTA' nor a mixed-capital brand: the shape of a person's name."""
    return token[:1].isupper() and (token[1:].islower() or "-" in token or "'" in token) and token.isalpha()


def _acronym(name: tuple[str, ...]) -> str:
    return "".join(w[0] for w in name if w not in _JOINS and w != "us")


NAME_CACHE = 32768
"""Name comparisons kept (here and in `parties`): pairs are scored in order of their first claim,
so the comparisons that repeat come close together; at 262,144 the two caches held ~28 MB at
10,000 articles while the pairs were scored."""


@lru_cache(maxsize=NAME_CACHE)
def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """'Varga' ~ 'Ilse Varga', 'Tamsin Marine' ~ 'Tamsin Marine Group', 'NHTA' ~ 'National Harbor
    Traffic Authority', 'US Forest Service' ~ 'Forest Service'; 'Department' alone matches nothing."""
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
