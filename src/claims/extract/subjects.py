"""The subject before a cue: walking back over the noun phrase, its asides and its
appositive name, and the auxiliaries that belong to the cue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract import cues
from claims.extract.lexicon import tagged
from claims.extract.phrases import (
    AGENT_NOUNS,
    BOUNDARY_WORDS,
    DETERMINERS,
    PUNCT,
    QUOTE_TOKS,
    TITLE_WORDS,
    Tok,
    is_capitalised,
    name_word,
    split_via,
    tokens,
    uncontracted,
)
from claims.extract.tails import looks_like_clause
from claims.extract.times import TIME_ADVERBIAL, is_time_word

_ASIDE_START = tagged("subjects.aside_start")


@dataclass(slots=True)
class Subject:
    start: int
    end: int
    boundary: Tok | None  # the token just before the subject (None: clause start)
    aside_via: str | None

    @property
    def empty(self) -> bool:
        return self.end <= self.start


# "the mayor and her deputy", "he and Mr. Allen"
_JOINT_HEADS = AGENT_NOUNS | TITLE_WORDS | tagged("role_word") | tagged("coordinated.pronoun_subject")
# What opens the second part of a joint subject: "and her deputy", "and others".
_JOINT_SECONDS = DETERMINERS | tagged("quantifier_subject")


_FREE_DASHES = frozenset({"-", "--"})
# Bare plurals of bodies that join a name right before the cue: "the FTC and states wrote".
_BODIES = tagged("subjects.bodies")


def _bare_agents(toks: list[Tok], j: int) -> bool:
    """Two bare agent nouns joined at `j`, the first opening its phrase: "teachers and
    union officials", ", analysts and officials" (not "fired the chief and union officials")."""
    if toks[j - 1].low not in AGENT_NOUNS:
        return False
    if j >= 2 and toks[j - 2].text not in PUNCT and toks[j - 2].low not in BOUNDARY_WORDS:
        return False
    return any(t.low in AGENT_NOUNS for t in toks[j + 1 : j + 3])


def _np_token(toks: list[Tok], j: int) -> bool:
    tok = toks[j]
    if tok.text in PUNCT or tok.text in _FREE_DASHES:
        return False  # a dash typed as a free hyphen ("anger - he called") ends the phrase too
    if tok.low in {"and", "&"}:
        # "Acme and Orin", "Quill and her deputy": a joint subject, not two clauses.
        return (
            j > 0
            and (is_capitalised(toks[j - 1].text) or toks[j - 1].low in _JOINT_HEADS)
            and j + 1 < len(toks)
            and (is_capitalised(toks[j + 1].text) or toks[j + 1].low in _JOINT_SECONDS or _bare_agents(toks, j)
                 or (j + 2 == len(toks) and is_capitalised(toks[j - 1].text) and toks[j + 1].low in _BODIES))
        )
    if (
        tok.low in {"who", "that"}
        and j + 1 < len(toks)
        and toks[j + 1].low in {"spoke", "talked", "asked", "requested", "were", "was", "are", "is"}
    ):
        return True
    return tok.low not in BOUNDARY_WORDS


def _merge_scare_quotes(toks: list[Tok]) -> list[Tok]:
    """Treat a short quoted fragment inside a noun phrase (An unnamed "senior official")
    as plain words, so the subject walk does not stop at its marks."""
    if len(toks) < 3 or toks[-1].text not in QUOTE_TOKS:
        return toks
    k = len(toks) - 2
    while k >= 0 and toks[k].text not in PUNCT and len(toks) - k <= 8:
        k -= 1
    if k < 1 or toks[k].text not in QUOTE_TOKS or toks[-2].text in PUNCT:
        return toks
    lead = toks[k - 1]
    if lead.text in PUNCT or (is_capitalised(lead.text) and lead.low not in {"an", "a", "the"}):
        return toks
    return [*toks[:k], *toks[k + 1 : -1]]


_TITLE_MOST = 8  # words of a quoted title closing an aside
_AFTER_TITLE_MOST = 10  # tokens of the aside after the title's closing mark, and the mark
_OPENING_QUOTES = frozenset('“"')


def _title_closing_aside(toks: list[Tok]) -> list[Tok]:
    """ 'Ann Lee, the author of "Open Roads," said': a short quoted title whose closing
    mark follows the aside's comma; read as plain words before that comma, so the walk
    skips the aside. Only after a lower-case word (the title is named inside a phrase: not a
    quotation opening the sentence)."""
    q = len(toks) - 1
    while q >= 0 and len(toks) - q <= _AFTER_TITLE_MOST and toks[q].text not in QUOTE_TOKS:
        q -= 1  # 'Ann Lee, the author of "Open Roads," about the city, said': the aside goes on
    if q < 4 or toks[q].text not in QUOTE_TOKS or toks[q - 1].text != ",":
        return toks
    k = q - 2
    while k >= 0 and toks[k].text not in PUNCT and q + 1 - k <= _TITLE_MOST + 2:
        k -= 1
    if k < 1 or toks[k].text not in _OPENING_QUOTES or k == q - 2 or not _title_in_aside(toks, k):
        return toks
    return [*toks[:k], *toks[k + 1 : q], *toks[q + 1 :]]


def _title_in_aside(toks: list[Tok], k: int) -> bool:
    """The title opening at `k` is named after a lower-case word, inside an aside that opens
    like one after a name ("Ann Lee, the author of"), or in a relative clause after any noun
    ("The critic, who called the film "a mess,"")."""
    if k >= 2 and toks[k - 1].text == ",":
        k -= 1  # 'a contestant on the show, "The Pitch," who ...': the title set off by a comma
    lead = toks[k - 1].text
    if not lead.isalpha() or not lead.islower():
        return False
    c = k - 1
    while c >= 0 and toks[c].text not in PUNCT and k - c <= _ASIDE_MOST:
        c -= 1
    if c < 1 or toks[c].text != "," or toks[c + 1].low not in _ASIDE_START:
        return False
    return is_capitalised(toks[c - 1].text) or toks[c + 1].low in _RELATIVE_ASIDE_OPENERS


def _is_name(toks: list[Tok]) -> bool:
    """Up to four capitalised words, or five with a surname's particle inside ("Virgil van
    Dijk", "Ursula von der Leyen", "Majed al-Ansari")."""
    if not 1 <= len(toks) <= 5 or not is_capitalised(toks[0].text):
        return False
    particles = sum(1 for t in toks[1:-1] if t.low in _NAME_PARTICLES)
    return len(toks) - particles <= 4 and all(
        is_capitalised(t.text) or _particle_name(t.text) or (0 < k < len(toks) - 1 and t.low in _NAME_PARTICLES)
        for k, t in enumerate(toks)
    )


_NAME_PARTICLES = tagged("name_particle")
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|de|di|da|van|von|d)[-’'][A-Z]")


def _particle_name(word: str) -> bool:
    """A surname joined to its particle: "al-Ansari", "d'Estaing", "de'Medici"."""
    return _PARTICLE_NAME.match(word) is not None


_OPENING_JOINERS = frozenset({"and", "but", "or", "yet", "so"})
# What opens a clause joined to the one before it, never an aside: "..., but it is ..., said X".
_CLAUSE_JOINERS = frozenset({"but", "yet", "although", "though", "because", "whereas"})


def _starts_with_determiner(toks: list[Tok]) -> bool:
    """The segment before an appositive name opens a noun phrase ("The head of X")."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text not in PUNCT:
        k -= 1
    seg = toks[k + 1 :]
    if seg and seg[0].low in _OPENING_JOINERS:
        seg = seg[1:]  # "And a third, Dan Roe, said"
    return 2 <= len(seg) <= 8 and seg[0].low in DETERMINERS


_NOT_DESCRIPTORS = BOUNDARY_WORDS | DETERMINERS | tagged("subjects.not_descriptors_extra")


def _described_name(toks: list[Tok]) -> bool:
    """A lowercase description followed by a capitalised name: "retired teacher Graham Pike",
    "rail operator Sentra Group" (not "who replaced Tim Hale", "a scientist at Lowell")."""
    n = 0
    while n < len(toks) and not is_capitalised(toks[n].text):
        if toks[n].low in _NOT_DESCRIPTORS or not toks[n].text.replace("-", "").isalpha():
            return False
        n += 1
    return 1 <= n <= 4 and _is_name(toks[n:]) and len(toks) - n >= 2


def _relative_head(toks: list[Tok]) -> bool:
    """The segment before an apposition is a noun phrase with a relative clause: "The
    amateur who found it", "A farmer whose land flooded"."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text not in PUNCT:
        k -= 1
    seg = toks[k + 1 :]
    return (
        3 <= len(seg) <= 10
        and seg[0].low in DETERMINERS
        and any(t.low in {"who", "whose", "which", "that"} for t in seg[1:4])
    )


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _possessed_role(toks: list[Tok]) -> bool:
    """ "Tate's chief planner", "Ann Tate's campaign manager": a name's role, an aside."""
    for n, tok in enumerate(toks[:3]):
        if not is_capitalised(tok.text):
            return False
        if tok.text.endswith(_POSSESSIVE_ENDS):
            rest = toks[n + 1 :]
            return bool(rest) and _role_word(rest[0].text)
    return False


def _role_word(word: str) -> bool:
    """The first word of a possessed role: a lower-case word, hyphens and apostrophes allowed
    ("chief", "second-largest", "top-ranked"), or a rank ("No. 2", "2nd", "third")."""
    if word in {"No.", "no."} or word[:1].isdigit():
        return True
    return not is_capitalised(word) and word.replace("-", "").replace("’", "").replace("'", "").isalpha()


def _is_aside(text: str, start: int, end: int) -> bool:
    toks = tokens(text, start, end)
    if not toks or len(toks) > 16:
        return False
    first = toks[0]
    return (
        _possessed_role(toks)
        or first.low in _ASIDE_START
        or first.low in TITLE_WORDS
        or not is_capitalised(first.text)
        or first.text.isdigit()
        or _PARTY_LABEL.match(first.text) is not None
        or (first.low in _PARTY_WORDS and (len(toks) == 1 or toks[1].low in {"of", "from"}))
    )


_AGE_RE = re.compile(r"\d{1,3}(?:-year-old)?$")


def _numeric_aside(toks: list[Tok], j: int, last: int) -> bool:
    """An age or number set off by commas ("Linda Marsh, 67, said"): an aside, never the
    subject."""
    seg = toks[j + 1 : last + 1]
    return j >= 1 and toks[j].text == "," and 1 <= len(seg) <= 2 and all(_AGE_RE.match(t.text) for t in seg)


_PARTY_LABEL = re.compile(r"[RDI]-[A-Z][\w.]*$")
_PARTY_WORDS = tagged("subjects.party_words")
_DASHES = frozenset({"—", "–", "--", "-"})


def _may_hold_aside(text: str, toks: list[Tok]) -> bool:
    """False when none of the last 30 tokens is a closing parenthesis or a dash: the text
    they span holds none (most subjects; a test of the text, not of each token)."""
    if not toks:
        return False
    span = text[toks[max(0, len(toks) - 30)].start : toks[-1].end]
    return ")" in span or "—" in span or "–" in span or "-" in span


def _drop_parentheticals(text: str, toks: list[Tok]) -> list[Tok]:
    """Drop short parenthetical and dash-enclosed asides inside the subject: "Sen. Amy Ross
    (D-N.Y.) said", "The group (NTSB) said", "The judge -- who had clashed with him -- said"."""
    if not _may_hold_aside(text, toks) or not any(t.text == ")" or t.text in _DASHES for t in toks[-30:]):
        return toks
    out: list[Tok] = []
    for tok in toks:
        closer = {")": "(", "—": "—", "–": "–", "--": "--", "-": "-"}.get(tok.text)
        if closer is not None:
            k = len(out) - 1
            while k >= 0 and out[k].text != closer and len(out) - k <= 24:
                k -= 1
            if k >= 1 and out[k].text == closer and len(out) - k >= 2 and (closer == "(" or len(out) - k > 2):
                del out[k:]
                continue
        out.append(tok)
    if len(out) >= 2 and out[-1].text == "," and len(out) < len(toks) and toks[-2].text == ")":
        out.pop()  # "Sen. Jack Reed (D-R.I.), said": the comma closed the label
    return out


def _place_then_region(toks: list[Tok], k: int) -> bool:
    """ "a delegate from Austin, Texas": the capitalised word after the comma at `k` names
    the region of a place, not the party."""
    return k >= 2 and is_capitalised(toks[k - 1].text) and toks[k - 2].low in {"from", "in", "of", "at", "near"}


def _region_of_subject(toks: list[Tok], k: int, j: int) -> bool:
    """ "Farmers in Salem, Oregon, said": the one or two capitalised words between the commas
    at `k` and `j` name the region of the place before `k`, and that noun phrase opens the
    clause (not "Ann Ruiz, a delegate from Austin, Texas, said", an aside)."""
    if not (_place_then_region(toks, k) and 1 <= j - k - 1 <= 2 and _is_name(toks[k + 1 : j])):
        return False
    i = k - 1
    while i >= 0 and _np_token(toks, i) and k - i <= 16:
        i -= 1
    if _opens_relative_aside(toks, i):
        return False  # "Ann Ruiz, who farms in Salem, Oregon, said": the place is in the aside
    return i < 0 or toks[i].text not in PUNCT


_RELATIVE_MOST = 10


def _time_adverbial(text: str, a: int, b: int) -> bool:
    """ `text[a:b]` is one time adverbial ("last week", "on Friday", "this morning")."""
    m = TIME_ADVERBIAL.match(text, a, b)
    return m is not None and m.end() == b
_RELATIVE_ASIDE_OPENERS = frozenset({"who", "whose"})


def _opens_relative_aside(toks: list[Tok], k: int) -> bool:
    """The token at `k` opens a relative clause set off after a name: "Ann Ruiz, who"."""
    return (
        k >= 2
        and toks[k].low in _RELATIVE_ASIDE_OPENERS
        and toks[k - 1].text == ","
        and is_capitalised(toks[k - 2].text)
        and toks[k - 2].low not in DETERMINERS
    )


def _relative_aside_before(toks: list[Tok], j: int) -> int | None:
    """ "Ann Ruiz, whose firm, Brightline, makes boats, said": the noun phrase ending at the
    comma `j` lies inside a relative clause set off after a name (no other mark between);
    returns the comma that opens the clause, else None."""
    for k in range(j - 1, max(0, j - _ASIDE_MOST), -1):
        tok = toks[k]
        if tok.text in PUNCT and tok.text != ",":
            return None
        if tok.text == "," and _opens_relative_aside(toks, k + 1):
            return k
    return None


def _relative_that(toks: list[Tok], j: int) -> bool:
    """The `that` at `j` opens a relative clause on the noun before it, not a complement
    ("warned that the agency said"): no verb precedes it, and its verb follows it ("the company
    that manages the ship said") or ends it ("the report that the agency released said")."""
    if toks[j].low != "that" or j + 1 >= len(toks):
        return False
    nxt, before, last = toks[j + 1], toks[j - 1], toks[-1]
    noun = j >= 2 and toks[j - 2].low in DETERMINERS  # "the report that": a noun, whatever its form
    if not before.text.isalpha() or (not noun and (before.low in cues.FORM_TO_LEMMA or before.low.endswith("ed"))):
        return False
    if nxt.low in DETERMINERS or nxt.low in _PRONOUN_WORDS:
        # "The report that the agency released said": the clause's verb ends it, with no object
        return last.text.isalpha() and last.text.islower() and last.low.endswith("ed") and last.low != "said"
    # "that manages the ship": a verb and its object's determiner (not "that homeland security
    # experts say ...", the relative clause's own subject)
    after = toks[j + 2].low if j + 2 < len(toks) else ""
    return nxt.text.isalpha() and nxt.text.islower() and (after in DETERMINERS or nxt.low.endswith("ed"))


_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "these", "those"})


def _relative_antecedent(toks: list[Tok], j: int) -> int | None:
    """ "The critics who opposed the plan said": when the walk stopped at `who` with a
    noun phrase right before it (no comma), the index of the token before that noun phrase
    (-1 at the clause start); the subject is the head with its relative clause."""
    if j < 1 or not (uncontracted(toks[j].low) in _RELATIVE_ASIDE_OPENERS or _relative_that(toks, j)):
        return None  # "who", "whose", a relative "that": "The officials whose laws were struck down said"
    if toks[j - 1].low == "and":
        first = _first_relative(toks, j - 1)  # "A tenant who lived there and who asked not to be named said"
        return None if first is None else _relative_antecedent(toks, first)
    if toks[j - 1].text in PUNCT or toks[j - 1].low in BOUNDARY_WORDS:
        return None
    k = j - 1
    while k >= 0 and _np_token(toks, k) and j - k <= _RELATIVE_MOST:
        k -= 1
    if k >= 0 and toks[k].text not in PUNCT and toks[k].low not in BOUNDARY_WORDS:
        return None  # ran too long: not a plain noun phrase
    return k


def _relative_head_before(toks: list[Tok], j: int, last: int) -> int | None:
    """`_relative_antecedent` for a walk stopped inside the relative clause: at its verb's
    `that` ("The judges who ruled that the rule was void said") or at the `and` before a
    second relative clause ("A tenant who lived there and who asked not to be named said")."""
    who = None
    if toks[j].low == "that":
        who = _relative_before_that(toks, j)
    elif toks[j].low == "and" and j + 1 <= last and toks[j + 1].low == "who":
        who = _first_relative(toks, j)
    return None if who is None else _relative_antecedent(toks, who)


def _first_relative(toks: list[Tok], and_at: int) -> int | None:
    """The `who` of the relative clause that the `and` at `and_at` joins a second one to,
    with no punctuation between them; None when there is none near."""
    for k in range(and_at - 2, max(0, and_at - _RELATIVE_MOST - 2), -1):
        if toks[k].text in PUNCT:
            return None
        if toks[k].low == "who":
            return k
    return None


_RELATIVE_VERB_MOST = 3  # words of a relative clause's verb group before its `that`: "who had long argued"


def _relative_before_that(toks: list[Tok], j: int) -> int | None:
    """The index of the `who` whose verb takes the `that` at `j` ("the judges who ruled
    that ..."; "who had long argued that ..."), or None."""
    for k in range(j - 1, max(-1, j - 1 - _RELATIVE_VERB_MOST - 1), -1):
        tok = toks[k]
        if tok.low == "who":
            return k if k < j - 1 else None
        if not (tok.text.isalpha() and tok.text.islower()) or tok.low in BOUNDARY_WORDS:
            return None
    return None


_ARTICLES = frozenset({"a", "an", "the"})
_LEAD_CLOSERS = frozenset({'"', "“", "”", ";", ":", "(", "—", "–", "--"})
_NAME_MOST = 5


def _name_opens_clause(toks: list[Tok], j: int) -> bool:
    """The tokens before the comma at `j` are a name (with its titles) that opens the clause:
    "Jo Vance, ...", "Sen. Ray Dunn, ..." (two words at least: not "Still, ...", "In Dayton,
    ...", "Dayton, Ohio, ...")."""
    i = j - 1
    while i >= 0 and j - i <= _NAME_MOST and (is_capitalised(toks[i].text) or toks[i].text == "."):
        i -= 1
    n = j - 1 - i
    if n < 1 or j - i > _NAME_MOST or (i >= 0 and toks[i].text not in _LEAD_CLOSERS):
        return False
    first = toks[i + 1].low
    if first in BOUNDARY_WORDS or first in DETERMINERS or first in _ASIDE_START or first.isdigit():
        return False
    return n >= 2 or _surname(toks[i + 1])


_THE_PHRASE_MOST = 5  # words of "The army chief", "The company's founder" before an aside


def _the_phrase_opens_clause(toks: list[Tok], j: int) -> bool:
    """The tokens before the comma at `j` are a noun phrase with "the" that opens the clause:
    "The army chief, a career officer ..., including ..., vowed" (not "In 2008, ...")."""
    i = j - 1
    while i >= 0 and j - i <= _THE_PHRASE_MOST and toks[i].text not in PUNCT:
        i -= 1
    if (i >= 0 and toks[i].text not in _LEAD_CLOSERS) or j - i > _THE_PHRASE_MOST or j - i < 3:
        return False
    phrase = toks[i + 1 : j]
    return phrase[0].low == "the" and all(t.text.rstrip("'’s").isalpha() for t in phrase) and not any(
        t.low in BOUNDARY_WORDS for t in phrase[1:])


_NOT_SURNAMES = tagged("discourse", "adjunct_opener", "phrases.intro_words", "subjects.not_surnames")


def _surname(tok: Tok) -> bool:
    """A lone capitalised word that may be a surname ("Hemsley, the author of ..."), not a
    sentence adverb or a time word ("Still, the ...", "Separately, ...", "Monday, ...")."""
    low = tok.low
    return tok.text.isalpha() and not low.endswith("ly") and low not in _NOT_SURNAMES and not is_time_word(tok.text)


def _aside_after_name(toks: list[Tok], j: int, last: int) -> int | None:
    """ "Jo Vance, a pollster who works with Ardent, a research group, said", "Jo Vance, a
    nurse who has lived here since 1990, a decade before the mill closed, says": the walk
    back over the later aside stopped at a comma or a clause word inside an earlier aside
    that opens with an article after the name; returns the name's last token, else None.
    Only after a skipped aside: in "Jo Vance, a top aide said, ..." the aide speaks."""
    if j < 1 or last >= len(toks) - 1 or (toks[j].text != "," and toks[j].low not in BOUNDARY_WORDS):
        return None
    for k in range(j, max(0, j - _ASIDE_MOST) - 1, -1):
        tok = toks[k]
        if tok.text == "," and toks[k + 1].low in _ARTICLES and k + 2 <= last and (
                _name_opens_clause(toks, k) or _the_phrase_opens_clause(toks, k)):
            return k - 1
        if tok.text in PUNCT and tok.text != ",":
            return None
    return None


_ASIDE_MOST = 30
_AFFILIATION_LINKS = frozenset({"of", "at", "from"})


_AFFILIATION_WORDS = frozenset({"the", "of", "and", "in"}) | _AFFILIATION_LINKS


def _name_with_affiliation(seg: list[Tok]) -> bool:
    """A name, then its affiliation: "Ted Vance of Ohio State University", "Ann Lee at
    Harlow College", "Dan Roe of Grace Church in Salem" (up to 10 words, every word after
    the link capitalised but `the`, `of`, `and` and a link word)."""
    for n in range(1, min(4, len(seg) - 2) + 1):
        if seg[n].low in _AFFILIATION_LINKS:
            rest = seg[n + 1 :]
            return (
                _is_name(seg[:n])
                and seg[0].low not in _PARTY_WORDS  # "Republican of Ohio": a party label, an aside
                and len(seg) <= 10
                and bool(rest)
                and is_capitalised(rest[-1].text)
                and all(is_capitalised(t.text) or t.low in _AFFILIATION_WORDS for t in rest)
            )
    return False


def _opens_far_aside(toks: list[Tok], k: int) -> bool:
    """After the comma at `k`: an age before another comma ("Jo Vance, 29, of Dayton,
    Ohio, said") or a home town ("Jo Vance, of Dayton, Ohio, said")."""
    if k + 2 >= len(toks):
        return False
    nxt, after = toks[k + 1], toks[k + 2]
    if _AGE_RE.match(nxt.text) is not None:
        return after.text == ","
    return nxt.low in {"of", "from"} and is_capitalised(after.text) and after.low not in DETERMINERS


_FAR_RELATIVES = frozenset({"who", "whose", "which"})
# Participles that open an aside on the subject, which may hold commas of its own ("based in
# Austin, Texas,", "founded in 1998 by ...,").
_PARTICIPLE_ASIDES = frozenset({"based", "headquartered", "founded", "located", "owned", "known", "backed", "led"})


def _far_aside(toks: list[Tok], j: int) -> int | None:
    """ "Ann Ruiz, who ran the campaign in Austin, Texas, and later in Ohio, said": an aside
    that holds commas of its own or runs long. Returns the comma that opens it, the first
    one after a name whose next word opens an aside."""
    for k in range(max(1, j - 40), j - 1):
        if toks[k].text != ",":
            continue
        nxt, before = toks[k + 1], toks[k - 1]
        opens = (
            nxt.low in _ASIDE_START
            or nxt.low in TITLE_WORDS
            or _PARTY_LABEL.match(nxt.text) is not None
            or _opens_far_aside(toks, k)
        )
        named = is_capitalised(before.text) or before.text == ")"
        # "The campaign, which has been ..., said"; "The firm, based in Austin, Texas, said"
        relative = (nxt.low in _FAR_RELATIVES or nxt.low in _PARTICIPLE_ASIDES) and before.text.isalpha()
        opens = opens or nxt.low in _PARTICIPLE_ASIDES
        if opens and (named or relative) and before.low not in DETERMINERS:
            if any(t.text in QUOTE_TOKS for t in toks[k:j]):
                return None
            return k
    return None


# Sentence adverbs that may stand between a subject and its verb with no commas.
_MID_ADVERBS = tagged("discourse") - {"and", "but", "so", "yet", "then", "now", "again", "also", "still"}


def subject_before(text: str, lo: int, cue_start: int) -> Subject:
    """Walk back from the cue over the subject noun phrase, skipping comma-enclosed asides
    ("X, who replaced Y last year, said"; "Ana Ruiz, CEO of ..., said")."""
    window = max(lo, cue_start - 200)
    toks = tokens(text, window, cue_start)
    if window > lo:
        toks = toks[1:]
    toks = _drop_parentheticals(text, _merge_scare_quotes(_title_closing_aside(toks)))
    if len(toks) >= 2 and toks[-1].low in _MID_ADVERBS and toks[-2].text not in PUNCT:
        toks = toks[:-1]  # "Carter however said": a sentence adverb between subject and verb
    elif len(toks) >= 3 and toks[-2].text == "," and _manner_adverb(toks[-1]):
        toks = toks[:-1]  # "The chief, Paul Manafort, bluntly suggested": after an aside
    toks = _without_time_before_verb(text, toks)
    walk = _Walk(text, cue_start, toks, len(toks) - 1, whole=window == lo)
    for _ in range(4):
        found = walk.step()
        if found is not None:
            return found
    return walk.no_subject(None)


_TIME_STARTS = frozenset({"earlier", "later"})
_LY_NOUNS = frozenset({"family", "ally", "rally", "supply", "assembly", "daily", "early", "only", "italy", "july"})


def _manner_adverb(tok: Tok) -> bool:
    low = tok.low
    return tok.text.islower() and low.endswith("ly") and len(low) > 4 and low.isalpha() and low not in _LY_NOUNS


def _without_time_before_verb(text: str, toks: list[Tok]) -> list[Tok]:
    """The tokens without a time adverbial of "earlier"/"later" and a few words that stands
    between the subject and the verb with no commas ("The agency later that day announced",
    "which earlier in the day said"): its "that" would stop the walk."""
    for k in range(max(1, len(toks) - 5), len(toks) - 1):
        if toks[k].low in _TIME_STARTS and toks[k - 1].text not in PUNCT:
            m = TIME_ADVERBIAL.match(text, toks[k].start, toks[-1].end)
            if m is not None and m.end() == toks[-1].end:
                return toks[:k]
    return toks


@dataclass(slots=True)
class _Walk:
    """The state of `subject_before`'s walk back from the cue: the tokens before it, the
    last one still to read, the relay named by a skipped aside, and where the subject ends
    when an appositive name was folded into it."""

    text: str
    cue_start: int
    toks: list[Tok]
    last: int
    aside_via: str | None = None
    subj_end: int | None = None
    whole: bool = True  # `toks` reach back to where the clause starts

    def no_subject(self, boundary: Tok | None) -> Subject:
        return Subject(self.cue_start, self.cue_start, boundary, self.aside_via)

    def step(self) -> Subject | None:
        """Read back over one noun phrase: the subject when it is one, else None after
        skipping an aside (the walk goes on)."""
        toks, last = self.toks, self.last
        j = last
        while j >= 0 and _np_token(toks, j) and last - j < 16:
            j -= 1
        if j < last and _numeric_aside(toks, j, last):
            self.last = j - 1
            return None
        if j < last:
            return self._noun_phrase(j, last)
        if j < 0 or toks[j].text != ",":
            return self.no_subject(toks[j] if j >= 0 else None)
        k = j - 1
        while k >= 0 and toks[k].text not in PUNCT and j - k <= 16:
            k -= 1
        if k < 0 or toks[k].text != "," or k == j - 1:
            return self._skip_far_aside(j)
        return self._between_commas(k, j)

    def _noun_phrase(self, j: int, last: int) -> Subject | None:
        """The noun phrase after `j` up to `last`: the subject, or an aside inside which the
        walk stopped (skipped, back to the name before it)."""
        toks = self.toks
        listed = self._listed(j, last) if j >= 1 and toks[j].low in _LIST_MARKS else None
        if listed is not None:  # "Apple, Google and Microsoft said": the whole list speaks
            return listed
        if self.subj_end is None and j >= 0 and _time_adverbial(self.text, toks[j + 1].start, toks[last].end):
            self.last = j  # "Ann Lee, who ..., last week said": a time adverbial, not the subject
            return None
        # only a phrase closed by a comma of its own lies inside an aside (not "Iran, whose
        # leaders have said": the cue is the relative clause's verb)
        in_aside = self.subj_end is None and last + 1 < len(toks) and toks[last + 1].text == ","
        if in_aside and _opens_relative_aside(toks, j):
            self.last = j - 2  # "Ann Lee, who helped found Greenway, a group ..., said"
            return None
        if in_aside and j >= 1 and toks[j].text == ",":
            opener = _relative_aside_before(toks, j)
            if opener is not None:
                self.last = opener - 1
                return None
        end = self.subj_end if self.subj_end is not None else toks[last].end
        # "Residents who live near the plant said" (not "who first revealed": its own verb)
        head = _relative_antecedent(toks, j) if last - j >= 2 else None
        head = _relative_head_before(toks, j, last) if head is None else head
        j = j if head is None else head
        name_end = _aside_after_name(toks, j, last) if self.subj_end is None else None
        if name_end is not None:
            self.last = name_end
            return None
        return Subject(toks[j + 1].start, end, toks[j] if j >= 0 else None, self.aside_via)

    def _listed(self, j: int, last: int) -> Subject | None:
        """The list of names that opens the clause, when the phrase after `j` is its last item."""
        if not self.whole or self.subj_end is not None:
            return None
        first = _listed_from_start(self.text, self.toks, j, last)
        return None if first is None else Subject(self.toks[first].start, self.toks[last].end, None, self.aside_via)

    def _skip_far_aside(self, j: int) -> Subject | None:
        """The comma at `j` closes no short aside: skip a long one, else no subject."""
        far = _far_aside(self.toks, j)
        if far is None:
            return self.no_subject(self.toks[j])
        self.last = far - 1
        return None

    def _between_commas(self, k: int, j: int) -> Subject | None:
        """The words between the commas at `k` and `j`: the speaking name, the subject's
        name (folded into it), or an aside (skipped)."""
        toks = self.toks
        a, b = toks[k + 1].start, toks[j - 1].end
        seg = toks[k + 1 : j]
        if seg[0].low in _CLAUSE_JOINERS and looks_like_clause(self.text, seg[0].end, b):
            return self.no_subject(toks[j])  # "A is hanging on, but it is under pressure, said X": a clause
        if k > 0 and _apposition_speaks(toks[:k], seg):
            return Subject(a, b, toks[k], self.aside_via)
        if _region_of_subject(toks, k, j):
            # "Residents in Dayton, Ohio, said": the region belongs to the place, in the subject
            self.toks = [*toks[:k], *seg]
            self.last = len(self.toks) - 1
            return None
        if k > 0 and _names_the_subject(toks, k, seg):
            # "The authority's director, Samuel Okafor, denied": the name is the subject's.
            self.subj_end = self.subj_end if self.subj_end is not None else b
            self.toks = [*toks[:k], Tok(toks[k].start, toks[k].end, "_comma_", "_comma_")]
            self.last = k
            return None
        if not _is_aside(self.text, a, b):
            far = _far_aside(toks, j)
            if far is None:
                return self.no_subject(toks[j])
            k = far
        _, via = split_via(self.text, a, b)
        self.aside_via = self.aside_via or via
        self.last = k - 1
        return None


_LIST_ITEM_MOST = 4  # words of one name in a list of joint speakers ("The United States")
_LIST_MARKS = frozenset({",", "and", "&"})  # where a walk stops before a list's last item
# Words that open an adverbial, not a name, at the start of a clause ("In Paris, A and B said",
# "Separately, A and B said").
_NOT_LISTED = (
    tagged("adjunct_opener") | tagged("tails.phrase_prepositions") | tagged("discourse")
    | tagged("speaker_edges.sentence_adverbs") | BOUNDARY_WORDS
    | {"for", "by", "like", "unlike", "despite", "among", "across", "against", "into", "without", "within",
       "if", "although", "though", "because", "once", "until", "unless", "whether", "where", "here", "there",
       "elsewhere", "notably", "ultimately", "finally", "first", "earlier", "later", "previously", "currently",
       "recently", "initially", "today", "tonight", "yesterday"}
) - {"the"}
_LIST_MOST = 8  # names in such a list


def _listed_from_start(text: str, toks: list[Tok], j: int, last: int) -> int | None:
    """Where a list of names that opens the clause starts, when the joint phrase after the comma at
    `j` ("Google and Microsoft") is its last item: "Apple, Google and Microsoft said", "The United
    States, Britain and France said". Each item is one to four capitalised words (a first "the"
    allowed), none of them a function word, and the list reaches the clause's start (not "In
    Paris, Google and Microsoft said", "Yesterday, ..."). None otherwise."""
    at = _list_comma(toks, j, last)
    if at is None:
        return None
    comma: int = at
    for _ in range(_LIST_MOST):
        k = comma - 1
        while k >= 0 and toks[k].text != "," and comma - k <= _LIST_ITEM_MOST:
            k -= 1
        if (k >= 0 and toks[k].text != ",") or not _list_item(text, toks[k + 1 : comma]):
            return None
        if k < 0:  # (a list with parentheticals, "A (Ariz.), B (Pa.) and C", is not read as one)
            return 0 if "(" not in text[toks[0].start : toks[last].end] else None
        comma = k
    return None


def _list_comma(toks: list[Tok], j: int, last: int) -> int | None:
    """The comma that ends a list's item before its joint last item ("A, B and C"; "A, B, and C"),
    where the walk stopped at `j`; None when the phrase after it joins no names."""
    if toks[j].low in {"and", "&"} and j >= 1 and toks[j - 1].text == ",":
        return j - 1  # the serial comma
    if toks[j].text == "," and any(t.low in {"and", "&"} for t in toks[j + 1 : last + 1]):
        return j
    return None


def _list_item(text: str, item: list[Tok]) -> bool:
    """One name of a list of speakers: capitalised words, no function word, no time phrase."""
    if not item or any(not is_capitalised(t.text) or t.low in _NOT_LISTED for t in item):
        return False
    return not (_time_adverbial(text, item[0].start, item[-1].end) or is_time_word(item[0].low))


def _apposition_speaks(before: list[Tok], seg: list[Tok]) -> bool:
    """ "The amateur who found it, retired teacher Graham Pike, told ...": the head is a
    relative clause, so the named apposition speaks; "Its chair, retired nurse Elaine Forde,
    said": a role, then the person's name; not a participle's agent ("The group, led by Ann Lee, said")."""
    if seg[0].low in _PARTICIPLE_ASIDES or (len(seg) > 1 and seg[1].low == "by"):
        return False
    if _relative_head(before) and (_is_name(seg) or _described_name(seg)):
        return True
    return _described_name(seg) and _starts_with_determiner(before)


def _names_the_subject(toks: list[Tok], k: int, seg: list[Tok]) -> bool:
    """The name `seg` after the comma at `k` names the title, agent or determiner phrase
    before it (not a place's region: "a delegate from Austin, Texas")."""
    before = toks[k - 1].low
    joint = _joint_names(seg)  # two joined names are never a place's region
    return (
        (_is_name(seg) or _name_with_affiliation(seg) or joint)
        and (joint or not _place_then_region(toks, k))
        and (before in TITLE_WORDS or before in AGENT_NOUNS or _opens_head(toks[:k]))
    )


def _opens_head(toks: list[Tok]) -> bool:
    return _starts_with_determiner(toks) or _owned_head(toks)


def _joint_names(seg: list[Tok]) -> bool:
    """ "Ann Lee and Tom Pike", "Ann and Tom Pike": two names joined by "and"."""
    joins = [n for n, t in enumerate(seg) if t.low == "and"]
    if len(joins) != 1:
        return False
    n = joins[0]
    return _is_name(seg[:n]) and _is_name(seg[n + 1 :]) and len(seg) <= 7


def _owned_head(toks: list[Tok]) -> bool:
    """The segment before an appositive name is a name's role or group: "Acme's pollster",
    "the mayor's two deputies" (a possessive name, then lower-case words)."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text not in PUNCT:
        k -= 1
    seg = toks[k + 1 :]
    # (words, or hyphenated compounds: "Deibe's 17-year-old son")
    return 2 <= len(seg) <= 6 and _possessed_role(seg) and all(t.text.replace("-", "").isalnum() for t in seg[1:])


# Adverbs that stand between an auxiliary and its verb without being auxiliaries themselves:
# "would only say", "have both argued" (and any "-ly" adverb: "has traditionally argued").
_INNER_ADVERBS = frozenset({"only", "both", "all", "just"})
_INNER_MOST = 2  # such adverbs in a row


def _inner_adverb(tok: Tok) -> bool:
    low = tok.low
    return tok.text.islower() and (low in _INNER_ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha()))


_NEGATED_STEMS = frozenset({"does", "did", "do", "has", "have", "had", "ca", "could", "would", "should", "wo", "must"})
_CLITIC_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_CLITICS = ("'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll")
_AUX_ENDINGS = (*cues.AUXILIARIES, "ly", "both", "n't", "n’t", *_CLITICS)


def _negated_auxiliary(low: str) -> bool:
    """ "doesn't", "didn’t", "can't", "won't": an auxiliary with its negation."""
    for tail in ("n't", "n’t"):
        if low.endswith(tail):
            return low[: -len(tail)] in _NEGATED_STEMS
    return False


def _pronoun_clitic(tok: Tok) -> int:
    """Where the clitic of "he's", "they've", "I'd" opens in the token, or 0."""
    for clitic in _CLITICS:
        if tok.low.endswith(clitic) and tok.low[: -len(clitic)] in _CLITIC_PRONOUNS:
            return len(tok.text) - len(clitic)
    return 0


_RELATIVE_TIMES = frozenset({"earlier", "later", "before"})
_TIME_SPANS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "moments", "decades"})


def _ends_time_span(read: list[Tok], n: int) -> bool:
    """ "The company hours earlier had said": "earlier" ends a time phrase, not the cue's adverb."""
    return read[n].low in _RELATIVE_TIMES and n > 0 and read[n - 1].low in _TIME_SPANS


def cue_start(text: str, lo: int, verb_start: int) -> int:
    """Extend the cue back over auxiliaries and adverbs ("has long argued"); an adverb that
    is not an auxiliary belongs to the cue only with an auxiliary before it ("would only
    say", "has traditionally argued"; not "she angrily said")."""
    window = max(lo, verb_start - 60)
    # The last token is the end of the last run of non-space characters: with no auxiliary
    # ending that run, the cue is the verb alone (most cues), without reading the tokens.
    last = text[window:verb_start].rsplit(None, 1)
    if not last or not last[-1].lower().endswith(_AUX_ENDINGS):
        return verb_start
    toks = tokens(text, window, verb_start)
    start = verb_start
    inner = 0  # adverbs read since the last auxiliary
    read = toks[1:] if window > lo else toks
    for n in range(len(read) - 1, -1, -1):
        tok = read[n]
        clitic = _pronoun_clitic(tok)
        if clitic:  # "he's said": the cue opens at the clitic, the pronoun speaks
            return tok.start + clitic
        auxiliary = tok.low in cues.AUXILIARIES and not name_word(read, n) and not _ends_time_span(read, n)
        if auxiliary or _negated_auxiliary(tok.low):
            start, inner = tok.start, 0
        elif _inner_adverb(tok) and inner < _INNER_MOST:
            inner += 1
        else:
            break
    return start
