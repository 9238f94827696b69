"""Names and labels that look like attribution but are not: "so-called", "self-described",
'a post called "lead czar"'; and the one label form that does report what a party says:
or unquoted, 'what the agency is calling a catastrophic implosion'.

Decision on "what X called "Y"": when X is a plausible speaker and Y is speech (not a title
or a name in capitals), the writer reports X's own characterisation, so it is a claim by X
whose content is the quoted words ("the cheapest fare in the region"). When Y is a title
('what organisers called "Harbour Day"') it is a name, and there is no claim.
"""

from __future__ import annotations

import re

from claims.extract.found import Found
from claims.extract.phrases import DETERMINERS, looks_like_speaker, tokens
from claims.extract.quotes import has_quoted_speech
from claims.extract.segment import OPEN_QUOTES, quote_spans

# Verbs that make a characterisation claim in "what X <verb> "Y"" (lemma -> words allowed
# between the verb and the quotation).
_CHARACTERISING = {"call": (), "describe": ("as",)}
_MAX_SPEAKER_WORDS = 5
_WHAT_WINDOW = 120  # characters read back from the verb for "what X <verb>": X is at most 5 words
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "now", "also"})
_LABEL_END = re.compile(r"[,;:.!?—–()]|\s(?:and|but|as|after|before|when|while|because|which|that|who)\s")
_LABEL_WORDS = (2, 8)
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might",
                     "should", "must", "did", "does"})


def _plain_label(text: str, pos: int, e: int) -> tuple[int, int] | None:
    """An unquoted characterisation ("what the agency is calling a catastrophic implosion"): a
    noun phrase of two to eight words opening with a determiner (a name in capitals is a
    title, a pronoun an object: "what you called me"), up to a punctuation mark or a
    conjunction, that is no clause."""
    m = _LABEL_END.search(text, pos, e)
    end = m.start() if m is not None else e
    while end > pos and text[end - 1] in " ”\"’":
        end -= 1
    words = text[pos:end].split()
    if not (_LABEL_WORDS[0] <= len(words) <= _LABEL_WORDS[1]) or words[0] not in DETERMINERS:
        return None
    if any(w.lower() in _FINITE for w in words):
        return None  # "what they called a plan that was ...": a clause, not a label
    return pos, end


HYPHENS = "-‐‑"
"""What glues a verb to the word before it in a compound adjective (`glued_to_hyphen`)."""


def glued_to_hyphen(text: str, verb_start: int) -> bool:
    """ "so-called", "self-described", "much-touted": the verb is the end of a compound
    adjective, never a cue."""
    return verb_start > 0 and text[verb_start - 1] in HYPHENS


def label_right_after(text: str, verb_end: int, end: int) -> bool:
    """ 'a new post called "lead czar"': a quotation right after `called` is the name of
    something, not the words of a speaker (who would call SOMETHING "...")."""
    pos = verb_end
    while pos < end and text[pos] == " ":
        pos += 1
    return pos < end and text[pos] in OPEN_QUOTES


def what_speaker(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The span of X in "what X <verb>", when the words before the verb are exactly that."""
    window = max(lo, verb_start - _WHAT_WINDOW)
    if "what" not in text[window:verb_start].lower():
        return None  # the common case, without tokenizing the window
    toks = tokens(text, window, verb_start)[1 if window > lo else 0 :]
    for n in range(len(toks) - 1, max(-1, len(toks) - 2 - _MAX_SPEAKER_WORDS), -1):
        if toks[n].low == "what":
            last = len(toks) - 1
            while last > n and toks[last].low in _AUXILIARIES:
                last -= 1  # "what the agency is calling": the auxiliary is the verb's
            if last == n:
                return None
            return toks[n + 1].start, toks[last].end
    return None


def what_called(text: str, s: int, e: int, verb_start: int, verb_end: int, lemma: str) -> Found | None:
    """ 'what critics called "a cover-up"' -> a claim by "critics": "a cover-up"."""
    if lemma not in _CHARACTERISING:
        return None
    span = what_speaker(text, s, verb_start)
    if span is None or not looks_like_speaker(text, *span):
        return None
    label = _label_after(text, verb_end, e, _CHARACTERISING[lemma])
    # `clause` at the sentence end: the enclosing claim ("the mayor said the council approved
    # what critics called ...") keeps its whole content.
    return None if label is None else Found(text[span[0] : span[1]], "", None, *label, verb_start, e)


def _label_after(text: str, verb_end: int, e: int, allowed: tuple[str, ...]) -> tuple[int, int] | None:
    """The label after the verb (and the word it allows, "described as"): a quotation of speech,
    or a plain noun phrase (`_plain_label`)."""
    pos = verb_end
    toks = tokens(text, verb_end, min(e, verb_end + 40))
    if toks and toks[0].low in allowed:
        pos = toks[0].end
    while pos < e and text[pos] == " ":
        pos += 1
    if pos >= e:
        return None
    if text[pos] not in OPEN_QUOTES:
        return _plain_label(text, pos, e)
    quoted = next((q for q in quote_spans(text, pos, e) if q[0] == pos), None)
    return quoted if quoted is not None and has_quoted_speech(text, *quoted) else None
