"""Complement frames of verbs of saying, as data: which verb takes which complement shape.

Each complement row of the frame table (`data/frames.yaml`, rows with a `shape`) names a
verb (its lemma), the complement shape it reports through, an optional particle ("call on"),
and example sentences written for the tests; `FRAMES` holds them in table order.
`frame_start` checks the shape right after the verb and returns where the content starts
(right after the verb, so the content holds the addressee or object: "urged [voters to stay
home]", "accused [the mayor of lying]").

Shapes:
- ``obj_to``: an addressee, then `to` and a verb ("urged voters to stay home");
- ``obj_to_verb``: the same where the word after `to` must look like a verb's base form (no
  determiner, no plural noun): for directives, whose verbs also send things somewhere
  ("ordered the city to release ...", not "directed funding to hospitals");
- ``to``: `to` and a verb ("vowed to appeal");
- ``obj_of`` / ``obj_for``: an object, then `of` / `for` ("accused the mayor of lying");
- ``obj_as``: an object, then `as` ("described the plan as reckless");
- ``obj_about``: an addressee, then `about` ("asked the mayor about the budget"; not
  "asked about the budget", which is as often the writer's own question);
- ``wh``: an optional addressee, then whether/if/why/how/what/when/where/who
  ("asked whether the plant would close", "asked the mayor if ...");
- ``obj``: a noun phrase of two words or more that opens with a determiner, a possessive,
  `what` or a name ("condemned the council's decision", "praised what she called ...");
  for verbs of judging aloud, whose object is what the speaker judged. Rows of this shape
  come after the verb's other frames ("criticized the agency for ..." keeps ``obj_for``);
- ``obj_pred``: an object, then what it is called, unquoted: a pronoun and a word
  ("called him divisive", "called it a mistake"), or a definite noun phrase or a name and
  a noun phrase with `a`/`an` ("called the plan a disaster", "called Trump a liar"); not a
  phone call or a meeting ("called him on Monday", "called a news conference");
- ``clause``: a finite clause without `that` ("suggested the deal was dead"): it opens like a
  clause and an auxiliary or an irregular past form follows its first word, not a bare noun
  phrase ("suggested a delay", "suggests a coordinated effort").

Rows add no cue by themselves: their lemmas are verbs of saying listed in `cues`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.extract.cues import FORM_TO_LEMMA
from claims.extract.frames import complement_rows
from claims.extract.lexicon import tagged
from claims.extract.phrases import DETERMINERS, PUNCT, Tok, tokens
from claims.extract.times import is_time_word


class Frame(NamedTuple):
    """One complement frame of one verb of saying."""

    lemma: str
    shape: str
    particle: str
    positive: str
    negative: str

    @property
    def rule(self) -> str:
        """The frame's id, as claims name the rule that produced them."""
        return f"{self.lemma.replace(' ', '_')}.{self.shape}"


FRAMES: tuple[Frame, ...] = tuple(
    Frame(row.lemma or "", row.shape or "", row.particle, row.positive[0], row.negative[0]) for row in complement_rows()
)
"""The complement frames of the frame table (`data/frames.yaml`), in table order."""

_BY_LEMMA: dict[str, tuple[Frame, ...]] = {}
for _row in FRAMES:
    _BY_LEMMA[_row.lemma] = (*_BY_LEMMA.get(_row.lemma, ()), _row)

FRAME_LEMMAS = frozenset(_BY_LEMMA)

_WH = tagged("wh_word")
_LINK = {"obj_of": "of", "obj_for": "for", "obj_as": "as"}
_OBJECT_STOP = tagged("complements.object_stop")


def _object_then(toks: list[Tok], i: int, words: frozenset[str], most: int, joined: bool = False) -> int | None:
    """The index of the first of `words` after a short object (1..most tokens) at `i`; with
    `joined`, an object of two noun phrases joined by "and" or "or" ("the army and police")."""
    for k in range(i, min(len(toks), i + most + 1)):
        tok = toks[k]
        if tok.low in words and k > i:
            return k
        if joined and k > i and tok.low in _JOINERS and _second_noun_phrase(toks, k + 1):
            continue
        if tok.text in PUNCT or tok.low in _OBJECT_STOP:
            return None
    return None


_JOINERS = frozenset({"and", "or"})


def _second_noun_phrase(toks: list[Tok], j: int) -> bool:
    """A noun phrase opens at `j`: a determiner, or a lower-case word that is no past form ("and
    police", "and the army"; not "and vowed", "and then")."""
    if j >= len(toks):
        return False
    low = toks[j].low
    if low in DETERMINERS:
        return True
    return toks[j].text.isalpha() and toks[j].text.islower() and not low.endswith("ed") and low not in _FINITE and (
        low not in _OBJECT_STOP and low not in {"then", "also", "not", "to"})


_OBJ_OPENERS = tagged("complements.obj_openers")


def _name_word(word: str) -> bool:
    """A capitalised word, a name's possessive ("Clinton's") or a title ("Mrs.")."""
    bare = word.removesuffix("'s").removesuffix("’s").removesuffix(".")
    return len(bare) > 1 and bare[:1].isupper() and bare.isalpha()


def _noun_object(toks: list[Tok], i: int) -> bool:
    """Two words or more before any punctuation, opening with a determiner, a possessive,
    `what` or a capitalised name."""
    if i + 1 >= len(toks) or toks[i + 1].text in PUNCT or not toks[i + 1].text[:1].isalnum():
        return False
    first = toks[i]
    if not (first.low in _OBJ_OPENERS or _name_word(first.text)):
        return False
    if _time_phrase(toks, i):
        return False  # "tweeted the day after ...", "tweeted Monday night": when, not what
    # "criticised the rules, calling them unfair": the participle restates the object with a
    # pronoun, so its claim holds the object; "defended his record, saying ..." keeps both.
    return not any(
        a.text == "," and b.low.endswith("ing") and c.low in RESTATING
        for a, b, c in zip(toks[i:], toks[i + 1 :], toks[i + 2 :], strict=False)
    )


RESTATING = frozenset(("it", "them", "him", "her"))
"""The object pronouns by which a participle after an object names that object again."""


_TIME_HEADS = tagged("complements.time_heads")


_TIME_LEADS = tagged("complements.time_leads")
_TIME_LINKS = frozenset(("after", "before", "later", "ago"))


def _time_phrase(toks: list[Tok], i: int) -> bool:
    """A time phrase where an object would be: a weekday or a month ("Monday night"), `this`
    and a time noun ("this morning"), a determiner, a time noun and `after`/`before` ("the
    day after", "the week before"; not "described the day the roof fell"), or a span and
    `after`/`before` ("hours after", "shortly before")."""
    first = toks[i].low
    if is_time_word(toks[i].text.rstrip(".")) and first not in _OBJ_OPENERS:
        return True
    head = toks[i + 1].low if i + 1 < len(toks) else ""
    if first in _TIME_LEADS:
        return head in _TIME_LINKS
    if first not in _OBJ_OPENERS or not (head in _TIME_HEADS or is_time_word(head)):
        return False
    return first == "this" or (i + 2 < len(toks) and toks[i + 2].low in _TIME_LINKS)


def time_phrase_at(text: str, pos: int, end: int) -> bool:
    """Whether a time phrase opens at `pos` ("the day after ...", "hours later", "Monday")."""
    toks = tokens(text, pos, min(end, pos + 40))
    return bool(toks) and _time_phrase(toks, 0)


_PRONOUN_OBJECTS = tagged("pronoun_object")
_NOT_PREDICATE = tagged("not_a_predicate") | tagged("adjunct_opener") | _OBJECT_STOP


def _predicate(toks: list[Tok], k: int, indefinite: bool) -> bool:
    """What the object is called, at `k`: a lowercase word that is no adverb, particle or
    time word, or (`indefinite`) `a`/`an` and such a word ("a disaster", not "a day")."""
    if indefinite:
        if k + 1 >= len(toks) or toks[k].low not in {"a", "an"}:
            return False
        k += 1
    if k >= len(toks):
        return False
    word = toks[k].text.rstrip(".")
    plain = word.isalpha() and word.islower() and not word.endswith("ly")
    return plain and word not in _NOT_PREDICATE and not is_time_word(word)


def _object_predicate(toks: list[Tok], i: int) -> bool:
    """ "called him divisive", "called the plan a disaster", "called Trump a liar"."""
    first = toks[i]
    if first.low in _PRONOUN_OBJECTS:
        return _predicate(toks, i + 1, indefinite=toks[i + 1].low in {"a", "an"} if i + 1 < len(toks) else False)
    if first.low in {"a", "an"} or not (first.low in _OBJ_OPENERS or first.text[:1].isupper()):
        return False
    k = _object_then(toks, i, frozenset({"a", "an"}), 5)
    return k is not None and _predicate(toks, k, indefinite=True)


def _addressee_about(toks: list[Tok], i: int) -> bool:
    """ "asked the mayor about ...", "asked him about ...": a person addressed (a pronoun, a
    determiner or a name opens it, not "asked for ... about"), then `about`."""
    first = toks[i]
    if not (first.low in _PRONOUN_OBJECTS or first.low in _OBJ_OPENERS or _name_word(first.text)):
        return False
    return _object_then(toks, i, frozenset({"about"}), 5) is not None


_NOUN_SHAPES = {"obj": _noun_object, "obj_pred": _object_predicate, "obj_about": _addressee_about}


_NEGATIONS = frozenset({"not", "never"})


def _infinitive(toks: list[Tok], i: int) -> bool:
    """ "to fight", "not to fight", "never to return"."""
    if toks[i].low in _NEGATIONS and i + 1 < len(toks):
        i += 1
    return i + 1 < len(toks) and toks[i].low == "to" and _lower_word_at(toks, i + 1)


def _matches(shape: str, toks: list[Tok], i: int) -> bool:
    noun_shape = _NOUN_SHAPES.get(shape)
    if noun_shape is not None:
        return noun_shape(toks, i)
    if shape == "to":
        return _infinitive(toks, i)
    if shape == "obj_to":
        return _object_to(toks, i)
    if shape == "obj_to_verb":
        return _object_to_verb(toks, i)
    if shape == "wh":
        if toks[i].low in _WH:
            return True
        return _object_then(toks, i, _WH, 4) is not None
    link = _LINK.get(shape)
    return link is not None and _object_then(toks, i, frozenset({link}), 8) is not None


def _object_to(toks: list[Tok], i: int) -> bool:
    """An object, then `to` and a verb ("urged voters to stay", "warned drivers not to use");
    not a phrase opened by a preposition ("warned of rising risks to growth")."""
    if toks[i].low in _NOT_OBJECT_OPENERS:
        return False
    k = _object_then(toks, i, frozenset({"to"}), 7, joined=True)
    if k is not None and toks[k - 1].low == "not":
        k = k if k - 1 > i else None
    return k is not None and k + 1 < len(toks) and (toks[k + 1].text.islower() or _lower_word_at(toks, k + 1))


_OPENING_MARKS = frozenset("“\"‘")


def _lower_word_at(toks: list[Tok], j: int) -> bool:
    """A lower-case word at `j`, also inside a quotation opened there ('to “vote Labour”')."""
    if j < len(toks) and toks[j].text in _OPENING_MARKS:
        j += 1
    return j < len(toks) and toks[j].text.isalpha() and toks[j].text.islower()


def _object_to_verb(toks: list[Tok], i: int) -> bool:
    """`_object_to` with a verb's base form after `to`, as far as its shape tells ("ordered the
    city to release the video"; not "directed funding to hospitals", "ordered cars to the side")."""
    if not _object_to(toks, i):
        return False
    k = _object_then(toks, i, frozenset({"to"}), 7)
    return k is not None and _verb_after_to(toks[k + 1])


def _verb_after_to(tok: Tok) -> bool:
    """A verb's base form after `to`, as far as its shape tells: lower case, no determiner, no
    plural noun ("urged voters to stay", not "directed funding to hospitals")."""
    low = tok.low
    if not tok.text.islower() or low in DETERMINERS:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us")))


_FINITE = tagged("tails.verb_marks") | tagged("tails.past_forms")
# Prepositions that open a phrase after the verb, never the object of "urged X to", "asked X to"
# ("for" may: "asked for donors to give").
_NOT_OBJECT_OPENERS = frozenset({"of", "about", "against", "over", "on", "in", "at", "with", "from"})
_CONTRACTED = ("'ll", "’ll", "'re", "’re", "'ve", "’ve")


def _clause(text: str, toks: list[Tok], i: int, end: int) -> bool:
    """A finite clause without `that` ("suggested the deal was dead", "suggested she'll run"):
    it opens like a clause and an auxiliary or an irregular past form follows its first word
    ("suggests a coordinated effort" is a noun phrase)."""
    from claims.extract.tails import opens_clause  # tails imports this module

    if not opens_clause(text, toks[i].start, end):
        return False
    return any(t.low in _FINITE or t.low.endswith(_CONTRACTED) for t in toks[i + 1 : i + 10])


def frame_start(text: str, lemma: str, pos: int, end: int) -> tuple[int, str] | None:
    """(content start, rule id) when a complement frame of `lemma` follows at `pos`."""
    rows = _BY_LEMMA.get(lemma)
    if rows is None:
        return None
    if all(row.particle for row in rows) and not any(
        text[pos : pos + len(row.particle) + 2].strip().lower() == row.particle for row in rows
    ):
        return None  # "called the plan ...": no particle, no frame (checked before tokenizing)
    toks = tokens(text, pos, min(end, pos + 160))
    for row in rows:
        i = _after_particle(row, toks)
        if i is None:
            continue
        if _clause(text, toks, i, end) if row.shape == "clause" else _matches(row.shape, toks, i):
            return toks[_content_from(row.shape, toks, i)].start, row.rule
    return None


def _after_particle(row: Frame, toks: list[Tok]) -> int | None:
    """Where the row's complement starts in `toks`: after its particle ("called on"), if any;
    None when the particle is missing or nothing follows."""
    i = 0
    if row.particle:
        if not toks or toks[0].low != row.particle:
            return None
        i = 1
    return i if i < len(toks) else None


def _content_from(shape: str, toks: list[Tok], i: int) -> int:
    """Where the content starts: at the object, or after a pronoun object of `obj_pred`
    ("calling them unfair": the content is what they were called)."""
    if shape == "obj_pred" and toks[i].low in _PRONOUN_OBJECTS and i + 1 < len(toks):
        return i + 1
    return i


_OBJECT_END = tagged("complements.object_end")
_LIST_MOST = 8  # words of one item of a list of noun phrases
_JOINS = frozenset(("and", "or"))
_TIME_PREPOSITIONS = tagged("complements.time_prepositions")
_CLAUSE_BREAKS = frozenset(",;—–")
OBJECT_SHAPES = frozenset(("obj",))
"""Shapes whose content is a noun phrase: it ends where the phrase does (`object_end`)."""


def object_end(text: str, start: int, end: int) -> int:
    """Where a noun-phrase complement at `start` ends: before a comma, a dash or a semicolon,
    an adjunct ("during the debate", "when ...") or a time phrase ("in June", "on Monday"),
    after its first word; else at `end`."""
    ends = [start, start]  # the ends of the last two tokens kept
    toks = tokens(text, start, min(end, start + 400))
    kept = 0  # tokens before this index are kept whatever they are (a list's comma, a name set off)
    for n, tok in enumerate(toks):
        if n >= max(1, kept) and tok.text == ",":
            kept = _comma_goes_on(toks, n)
        if n < kept:
            ends = [ends[-1], tok.end]
            continue
        if n >= 1 and (tok.text in _CLAUSE_BREAKS or tok.low in _OBJECT_END):
            return ends[-1]
        if n >= 1 and is_time_word(tok.text.rstrip(".")) and not _date_modifier(toks, n):
            preposition = n >= 2 and text[ends[-2] : ends[-1]].strip().lower() in _TIME_PREPOSITIONS
            return ends[-2] if preposition else ends[-1]
        ends = [ends[-1], tok.end]
    return end


def _date_modifier(toks: list[Tok], n: int) -> bool:
    """The time word at `n` qualifies the object's noun: after its determiner ("the Monday
    meeting"), or after a day number after it ("a 4 July general election")."""
    before = toks[n - 1].low
    if before in DETERMINERS:
        return True
    return before.isdigit() and n >= 2 and toks[n - 2].low in DETERMINERS


_APPOSITIVE_MOST = 5  # words of a name set off by commas ("Gonzalo P. Curiel")
_NAME_MARKS = re.compile(r"[.'’-]")  # within a name's word: initials, "O'Leary", "Smith-Jones"


def _comma_goes_on(toks: list[Tok], n: int) -> int:
    """At the comma `toks[n]` of a noun-phrase object: up to which index the object goes on
    without a stop (past the comma of a list of noun phrases, "pointed to the costs, the
    delays and the lost contracts"; past a name set off by commas, "praised her deputy, Ann
    Ruiz, for ..."); 0 when the comma ends the object."""
    if _list_goes_on(toks, n + 1):
        return n + 1
    close = _appositive_name(toks, n + 1)
    return 0 if close is None else close + 1


def _appositive_name(toks: list[Tok], k: int) -> int | None:
    """After a comma in a noun-phrase object, at `k`: a name of one to five capitalised words
    (initials too) closed by a second comma ("the judge, Ann B. Ruiz, for ..."): the index of
    that comma; else None."""
    for j in range(k, min(len(toks), k + _APPOSITIVE_MOST + 1)):
        word = toks[j].text
        if word == ",":
            return j if j > k else None
        if not (word[:1].isupper() and _NAME_MARKS.sub("", word).isalpha()):
            return None
    return None


def _list_goes_on(toks: list[Tok], k: int) -> bool:
    """After a comma in a noun-phrase object, at `k`: another item of a list of noun phrases
    (a determiner, a possessive or a name opens it, no verb in it) that ends in `and`/`or` and
    one more item ("the costs, the delays and the lost contracts", "Ann Ruiz of Ohio, Tom Bell
    of Iowa and ...")."""
    if k >= len(toks) or not _item_opens(toks[k]):
        return False
    j = _item_stop(toks, k + 1)
    if j < 0 or j >= len(toks):
        return False
    if toks[j].text == ",":
        return _list_goes_on(toks, j + 1)
    last = j + 1  # after `and`/`or`: the last item, with no verb in it
    return toks[j].low in _JOINS and last < len(toks) and _item_opens(toks[last]) and _item_stop(toks, last + 1) >= 0


def _item_stop(toks: list[Tok], k: int) -> int:
    """Where one item of a list, its first word before `k`, stops: at `and`/`or`, a comma or
    other punctuation, an adjunct's first word, or after `_LIST_MOST` words; -1 at a verb."""
    for j in range(k, min(len(toks), k + _LIST_MOST)):
        tok = toks[j]
        if tok.low in _JOINS or tok.text in PUNCT or tok.low in _OBJECT_END or tok.low in _OBJECT_STOP:
            return j
        if _verb_like(toks, j):
            return -1
    return min(len(toks), k + _LIST_MOST)


def _item_opens(tok: Tok) -> bool:
    return (tok.low in _OBJ_OPENERS and tok.low != "what") or _name_word(tok.text)


def _verb_like(toks: list[Tok], j: int) -> bool:
    """An auxiliary, a past form, a cue verb ("said") or a participle ("an official
    overseeing ..."), not after a determiner ("the lost contracts", "the rising costs")."""
    low = toks[j].low.rstrip(".")
    if low not in _FINITE and low not in FORM_TO_LEMMA and not (low.endswith("ing") and len(low) > 4):
        return False
    return toks[j - 1].low not in _OBJ_OPENERS
