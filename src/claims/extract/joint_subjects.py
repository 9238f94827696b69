"""A joint subject that the subject walk cut at its "and": "Her advisers and allies say",
"Friends, neighbours and former rivals say", "Current and former officials have said",
"They and their lawyers argue". The walk stops at an "and" between two lower-case words
(it may join two clauses: "Prices rose and critics said"), and a pronoun never opens a
longer speaker; `joint_speaker` reads the whole subject again, only when it opens the
clause and every part of it is a noun phrase of people."""

from __future__ import annotations

from claims.extract.phrases import (
    BOUNDARY_WORDS,
    DETERMINERS,
    PRONOUNS,
    PUNCT,
    VERBISH,
    Tok,
    drop_discourse,
    looks_like_speaker,
    tokens,
)

_JOINERS = frozenset({"and", "&"})
# One-word first parts that share the second part's noun: "current and former officials".
_SHARED_HEAD = frozenset({"current", "former", "past", "present", "future", "active", "retired"})
_PART_MOST = 4  # words of one part before the "and"
_PARTS_MOST = 4  # parts of a list before the "and" ("Friends, neighbours and ...")
_REACH = 120  # characters back from the subject


def joint_speaker(text: str, lo: int, start: int, end: int) -> tuple[int, int] | None:
    """The whole joint subject `text[a:end]` when `text[start:end]` is its last part and the
    parts before it open the clause at `lo`; else None."""
    toks = tokens(text, start, end)
    if len(toks) >= 3 and toks[0].low in PRONOUNS and toks[1].low in _JOINERS:
        # "They and their lawyers": the pronoun, then a noun phrase
        return (start, end) if looks_like_speaker(text, toks[2].start, end) else None
    clause = drop_discourse(text, lo, start)
    before = tokens(text, max(clause, start - _REACH), start)
    if len(before) < 2 or before[-1].low not in _JOINERS or before[0].start != clause:
        return None
    parts = _parts(before[:-1])
    if parts is None or not (looks_like_speaker(text, start, end) or _plural(toks[-1])):
        return None
    shared = len(parts) == 1 and len(parts[0]) == 1 and parts[0][0].low in _SHARED_HEAD
    return (clause, end) if shared or all(_people(text, part) for part in parts) else None


def _parts(toks: list[Tok]) -> list[list[Tok]] | None:
    """The comma-separated parts of a list, each a few words with no verb or clause word."""
    parts: list[list[Tok]] = [[]]
    for tok in toks:
        if tok.text == ",":
            parts.append([])
            continue
        if tok.text in PUNCT or tok.low in VERBISH or tok.low in BOUNDARY_WORDS or not tok.text[:1].isalpha():
            return None
        parts[-1].append(tok)
    if len(parts) > _PARTS_MOST or any(not part or len(part) > _PART_MOST for part in parts):
        return None
    return parts


def _plural(tok: Tok) -> bool:
    low = tok.low
    return tok.text.islower() and low.isalpha() and len(low) > 3 and low.endswith("s") and not low.endswith("ss")


def _people(text: str, part: list[Tok]) -> bool:
    """A part of the list names people: a noun phrase ending in a plural noun ("Her
    advisers", "Friends"), or one that looks like a speaker and ends in no plain word
    of another kind."""
    last = part[-1]
    if last.low in DETERMINERS or not (last.text.islower() or last is part[0]):
        return False
    plural = last.low.isalpha() and last.low.endswith("s") and not last.low.endswith("ss")
    return plural and (looks_like_speaker(text, part[0].start, last.end) or all(t.text.islower() for t in part))
