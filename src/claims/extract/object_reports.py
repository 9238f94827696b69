"""Weak cues whose bare noun-phrase object is what was said: "expressed concern about the
fees", "cited the rising price of fuel", "recalled his years in office", "dismissed the
report as a smear", "mentioned the deficit twice".

A weak cue ("suggest", "defend", "believe") makes a claim only with `that`, a complement
frame, an object and infinitive or a belief's clause (`clauses.weak_needs_that`). The verbs
tagged `object_reports.verb` say, judge or recount something aloud, so their object is the
claim's content too. Not the verbs whose object is as often a thing done ("found a way",
"maintained a lead", "promised passengers lower fares", "hailed a taxi", "explained the
rules"), nor a belief's ("feared the worst"): those are not tagged.

The object is a noun phrase: no preposition, adverbial or time phrase opens it ("echoed in
the hall", "tweeted on Monday", "posted hours later"), and no participle after a comma names
it again ("criticised the fees, calling them unfair": one claim, the participle's). After
"defended his record, saying ..." the object and the participle's clause are two claims: two
acts of saying, both reported. A verb inside
the content of the sentence's claim before it ("said that investigators found a ...") is part
of that claim.
"""

from __future__ import annotations

from itertools import islice, pairwise

from claims.extract.checks import Ctx
from claims.extract.complements import RESTATING, time_phrase_at
from claims.extract.cues import verb_matches
from claims.extract.lexicon import tagged
from claims.extract.literal import PHYSICAL_OBJECTS, object_head
from claims.extract.phrases import AGENT_NOUNS, TITLE_WORDS, Tok, is_agent, iter_tokens
from claims.extract.tails import cites_people, tail

VERBS = tagged("object_reports.verb")
_NOT_OBJECT = tagged("adjunct_opener") | tagged("discourse")
_PARTICIPLE_REACH = 40  # tokens read after the object for ", <participle>"
_PERSONAL = tagged("pronoun") - {"it"}
_PARTY_WORDS = AGENT_NOUNS | TITLE_WORDS | tagged("role_word")
_NOT_NAMES = tagged("determiner_before_noun") | tagged("discourse")


def _inside_previous(ctx: Ctx) -> bool:
    prev = ctx.prev
    return prev is not None and not prev.content_first and prev.start <= ctx.vs < prev.end


def _participle_restates(ctx: Ctx) -> bool:
    """A comma, a word in -ing and a pronoun naming the object again after the object
    ("criticised the fees, calling them unfair"): the participle's claim holds the object.
    Any other participle ("defended his record, saying ...") makes a claim of its own."""
    before: list[str] = []
    for tok in islice(iter_tokens(ctx.sent.text, ctx.start, ctx.sent.e), _PARTICIPLE_REACH):
        participle = len(before) == 2 and before[0] == "," and before[1].endswith("ing") and len(before[1]) > 4
        if participle and tok.low in RESTATING:
            return True
        before = [*before[-1:], tok.low]
    return False


_NEEDS_SAID = tagged("object_reports.needs_said")
_SAID_NOUNS = tagged("object_reports.said_noun")
_ASKING_WORDS = frozenset(("whether", "if", ":", '"', "“", "''"))
_SAID_REACH = 12  # tokens of the object read for what was said


_OPENING_QUOTES = frozenset(('"', "“", "''"))
_COUNT_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozens"})
_COUNT_REACH = 3  # tokens of a recall's object read for a count ("nearly 1.9 million", "some 40,000")


def _counts(tok: Tok) -> bool:
    """A count: a number other than a year, or a word of many."""
    if tok.low in _COUNT_WORDS:
        return True
    return tok.text[:1].isdigit() and not (len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20"))


def _quoted_name(toks: list[Tok]) -> bool:
    """A quotation set off by commas after the object's first words names it ("the old
    stadium, “the Shed”, ...") and is no quotation of what was said."""
    for a, b in pairwise(toks):
        if a.text == "," and b.text in _OPENING_QUOTES:
            close = next((t for t in toks if t.start > b.start and t.text in {'"', "”", "''"}), None)
            return close is not None and _comma_after(toks, close)
    return False


def _comma_after(toks: list[Tok], close: Tok) -> bool:
    """A comma right after the token `close`."""
    after = [t for t in toks if t.start >= close.end]
    return bool(after) and after[0].text == ","


_NEEDS_PROPOSITION = frozenset({"express"})
_QUOTE_MARKS = frozenset('“”"')
_STANCE_NOUNS = frozenset({"confidence", "hope", "belief", "fear", "optimism", "concern", "worry", "doubt", "doubts"})


def _holds_proposition(text: str, start: int, end: int) -> bool:
    """ "expressed concern that ...", 'expressed hope for a "fair deal"', a stance ("expressed
    concern about the silt", "expressed confidence it was holding ..."); not "expressed sorrow over
    the deaths" (a feeling shown, no proposition)."""
    said = list(islice(iter_tokens(text, start, end), _SAID_REACH))
    if said and said[0].low in _STANCE_NOUNS:
        return True  # a stance on something ("expressed concern about the silt", "confidence it was ...")
    return any(t.low == "that" or t.text in _QUOTE_MARKS for t in said)


def _said_sense(lemma: str, text: str, start: int, end: int) -> bool:
    """A verb with another common sense ("posted a loss", "asked the council for funds",
    "recalled 40,000 cars") reports its object only in its sense of saying: "ask" and "post"
    when the object holds a thing said ("asked him a question", "posted a message on ...")
    or a question or quotation follows ("asked the crowd whether ...", "asked them: ...");
    "recall" when no count opens it (a product recall counts what it calls back: "40,000 cars",
    "nearly 1.9 million vehicles", "thousands of laptops"; a year is no count: "the 2008 race")."""
    if lemma == "recall":
        toks = list(islice(iter_tokens(text, start, end), _SAID_REACH))
        return bool(toks) and not any(_counts(t) for t in toks[:_COUNT_REACH]) and not _quoted_name(toks)
    if lemma in _NEEDS_PROPOSITION:
        return _holds_proposition(text, start, end)
    if lemma not in _NEEDS_SAID:
        return True
    for tok in islice(iter_tokens(text, start, end), _SAID_REACH):
        if tok.low in _SAID_NOUNS or tok.low in _ASKING_WORDS:
            return True
        if tok.text in {".", ";"}:
            return False
    return False


def _noun_phrase_at(text: str, start: int, end: int) -> bool:
    """A noun phrase of two words or more opens at `start`: no preposition, adverbial or time
    phrase first."""
    toks = list(islice(iter_tokens(text, start, end), 2))
    if len(toks) < 2 or not toks[0].text[:1].isalnum() or toks[0].low in _NOT_OBJECT:
        return False
    return not time_phrase_at(text, start, end)


def participle_object(ctx: Ctx) -> int | None:
    """Where the noun-phrase object of a participle of saying aloud starts (", citing rising
    costs", ", blaming the storm for the delay"), or None: not when a party that speaks is
    missing ("The storm, highlighting ..."), nor in an aside before the sentence's own cue
    ("Analysts, citing a survey, warn that ...")."""
    text, e, speaker = ctx.sent.text, ctx.sent.e, ctx.speaker
    if ctx.lemma not in VERBS or speaker is None or not agent_subject(speaker, 0, len(speaker)):
        return None
    start = tail(text, ctx.ve, e, ctx.lemma)[0]
    if (
        not _noun_phrase_at(text, start, e)
        or object_head(text, start, e) in PHYSICAL_OBJECTS
        or not _said_sense(ctx.lemma, text, start, e)
        or (ctx.lemma == "cite" and cites_people(text, start, e))  # ", citing unnamed officials": sources
    ):
        return None
    comma = text.find(",", start, e)
    return None if comma >= 0 and verb_matches(text[comma:e]) else start


def reports_object(ctx: Ctx) -> bool:
    """Whether the weak cue `ctx.lemma` reports the noun phrase at `ctx.start` (read from the
    words after the verb and the claim before it, never from the verb's subject)."""
    if ctx.lemma not in VERBS or _inside_previous(ctx):
        return False
    text, start, e = ctx.sent.text, ctx.start, ctx.sent.e
    first = next(iter_tokens(text, start, e), None)
    if first is None or not first.text[:1].isalnum() or first.low in _NOT_OBJECT:
        return False
    if object_head(text, start, e) in PHYSICAL_OBJECTS:
        return False  # a thing struck or played, not words judged: "blasted music across the square"
    if time_phrase_at(text, start, e) or _participle_restates(ctx):
        return False
    return _said_sense(ctx.lemma, text, start, e)


_AGENTIVE_ENDS = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman")


def _agentive(low: str) -> bool:
    """A noun of a doer by its ending ("master", "inspector", "economist", "resident")."""
    return len(low) >= 5 and low.isalpha() and low.endswith(_AGENTIVE_ENDS)


def agent_subject(text: str, start: int, end: int) -> bool:
    """The subject `text[start:end]` names a party that can speak: a personal pronoun, a name
    (a capital not merely opening the sentence), or a noun of people or bodies ("officials",
    "the department", "critics", "the harbour master"); not a thing read by the writer ("the pattern", "This trend",
    "The breadth of the outages")."""
    for n, tok in enumerate(islice(iter_tokens(text, start, end), 12)):
        low = tok.low.removesuffix("'s").removesuffix("’s")
        if low in _PERSONAL or low in _PARTY_WORDS or is_agent(low) or _agentive(low):
            return True
        if tok.text[:1].isupper() and tok.text[1:2].isalpha() and (n > 0 or low not in _NOT_NAMES):
            return True
    return False
