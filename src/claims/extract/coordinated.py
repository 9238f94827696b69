"""The subject of the nearest of two clauses joined in one sentence: a participle or a
conjoined verb belongs to the clause right before it, not to the sentence's first one.

"Tenants complain about the noise, and the residents' union has sued the city, saying ..."
-> "the residents' union"; "Some in the hall cheered, and when the mayor thanked them and
said ..." -> "the mayor"; "It was a sharp rebuke, as the mayor repeated the charge, saying
..." -> "the mayor" (an expletive "It" names no one)."""

from __future__ import annotations

import re

from claims.extract.lexicon import tagged
from claims.extract.phrases import iter_tokens, looks_like_speaker, main_subject, tokens
from claims.extract.tails import looks_like_clause

# What joins two clauses: the second clause's subject follows it.
_COORDINATORS = (", and ", ", but ", "; ", ", while ", ", whereas ", ", yet ")
# After an expletive first clause ("It was ...", "There were ..."), a subordinate clause
# names the party too.
_AFTER_EXPLETIVE = (", as ", ", when ", ", after ")
_EXPLETIVES = frozenset({"it", "there"})
# A subordinator that may open the second clause: ", and when X said ...".
_SUBORDINATORS = frozenset({"when", "as", "after", "while", "because", "since", "once", "before", "though", "although"})
_REACH = 400  # characters back from the participle or verb that a joiner is looked for in
_PRONOUN_SUBJECTS = tagged("coordinated.pronoun_subject")  # he, she, they, we, I
_CLAUSE_OPENERS = tagged("coordinated.clause_opener")  # when, though, because, which ...
_OPENER_REACH = 8  # words between a clause opener and its pronoun subject, at most
_PRONOUN_REACH = 200  # characters back from the participle or verb
_QUOTES = frozenset('"“”')


def nearest_clause_subject(
    text: str, lo: int, end: int, expletive: bool = False, bare: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause that a joiner opens between `lo` and `end`, when the words
    before the joiner are a clause of their own (not "Ann, Tom, and Lee signed ...") and
    the joined clause has a subject and a verb; else None. `bare`: "and" or "but" without a
    comma joins clauses too ("The ruling can be appealed and the firm issued a statement")."""
    low = max(lo, end - _REACH)
    joiners = _COORDINATORS + _AFTER_EXPLETIVE if expletive else _COORDINATORS
    at, width = -1, 0
    for joiner in joiners:
        k = text.rfind(joiner, low, end)
        if k > at:
            at, width = k, len(joiner)
    if bare and (joined := _bare_joined(text, max(lo, at + width), end)) is not None:
        at, width = joined
    if at <= lo or not _outside_quotes(text, lo, at) or not _is_clause(text, lo, at):
        return None
    start = at + width
    first = next(iter_tokens(text, start, end), None)
    if first is not None and first.low in _SUBORDINATORS:
        start = first.end
    sp = main_subject(text, start, end)
    if sp is None or not text[sp[1] : end].strip() or not looks_like_speaker(text, *sp):
        return None
    return sp


_BARE_JOINER = re.compile(r" (?:and|but) ")


def _bare_joined(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The "and" or "but" without a comma that joins two clauses between `lo` and `end`: the
    last one whose words back to the joiner before it (or `lo`) are a clause with a verb of
    its own ("... are subject to appeal and both A and B issued": the first "and")."""
    at = [m.start() for m in _BARE_JOINER.finditer(text, max(lo, end - _REACH), end)]
    for i in range(len(at) - 1, -1, -1):
        seg = at[i - 1] + 5 if i else lo
        sp = main_subject(text, seg, at[i])
        if sp is not None and text[sp[1] : at[i]].strip() and looks_like_clause(text, seg, at[i]):
            return at[i], 5  # (both joiners are five characters long)
    return None


def _is_clause(text: str, lo: int, at: int) -> bool:
    """The words before the joiner are a clause: a subject, then a verb among them or a
    lowercase word right after it ("Tenants complain ..."; not "Ann, Tom, and Lee ...")."""
    sp = main_subject(text, lo, at)
    if sp is None or not looks_like_speaker(text, *sp):
        return False  # "In a September debate, while ...": an adverbial, no clause
    return looks_like_clause(text, lo, at) or text[sp[1] : sp[1] + 2].strip()[:1].islower()


def _outside_quotes(text: str, lo: int, at: int) -> bool:
    """No quotation is open at `at` (a joiner inside a quotation joins the quoted words)."""
    return text.count("“", lo, at) == text.count("”", lo, at) and text.count('"', lo, at) % 2 == 0


def is_expletive(text: str, sp: tuple[int, int]) -> bool:
    """The subject is an expletive pronoun ("It was a rebuke", "There were protests")."""
    return text[sp[0] : sp[1]].lower() in _EXPLETIVES


def nearest_pronoun_subject(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The personal pronoun that opens the last clause before `end`, when that clause has a
    subject of its own: "..., though last week he used stronger language, saying ..." -> "he";
    "When the tenants asked ..., it declined, citing ..." -> "it" (after a comma only).

    The pronoun follows a comma or a clause opener a few words back ("though", "as", "when",
    not "after" or "because": "X apologized after they came out, saying" is X's), and a
    lower-case word follows it; a quotation or a comma between it and `end` rules it out (a
    clause set before the subject: "When she ran, Ann Lee won by saying"). None otherwise (the
    last pronoun subject opens no clause: "denied that he lied")."""
    toks = tokens(text, max(lo, end - _PRONOUN_REACH), end)
    for k in range(len(toks) - 2, 0, -1):
        tok, nxt = toks[k], toks[k + 1]
        if tok.text in _QUOTES or tok.text == ",":
            return None  # a quotation, or a clause closed before `end` ("When she ran, Ann Lee won by ...")
        after_comma = toks[k - 1].text == ","
        if not (tok.low in _PRONOUN_SUBJECTS or (tok.low == "it" and after_comma)):
            continue
        if not (nxt.text.isalpha() and nxt.text.islower()):
            continue
        if after_comma or any(t.low in _CLAUSE_OPENERS for t in toks[max(0, k - _OPENER_REACH) : k]):
            return tok.start, tok.end
        return None
    return None


def joined_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The subject of a verb joined at `at` ("... and", "... but") to the clause before it, within
    `text[lo:at]`: "The firm lost money but said B", "Lee confirmed the meeting but declined to
    elaborate" -> that clause's subject (the nearest clause's, or a pronoun's that opens the last
    clause); None when it does not look like a speaker."""
    sp = nearest_clause_subject(text, lo, at) or main_subject(text, lo, at)
    pron = nearest_pronoun_subject(text, lo, at)  # "... when he raised it and said"
    sp = pron if pron is not None and (sp is None or pron[0] > sp[0]) else sp
    return sp if sp is not None and looks_like_speaker(text, *sp) else None
