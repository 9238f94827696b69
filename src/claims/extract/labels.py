"""Names and labels that look like attribution but are not: "so-called", "self-described",
'a post called "lead czar"'; and the one label form that does report what a party says:
'what critics called "a cover-up"'.

Decision on "what X called "Y"": when X is a plausible speaker and Y is speech (not a title
or a name in capitals), the writer reports X's own characterisation, so it is a claim by X
whose content is the quoted words ("the cheapest fare in the region"). When Y is a title
('what organisers called "Harbour Day"') it is a name, and there is no claim.
"""

from __future__ import annotations

from claims.extract.found import Found
from claims.extract.phrases import looks_like_speaker, tokens
from claims.extract.quotes import has_quoted_speech
from claims.extract.segment import OPEN_QUOTES, quote_spans

# Verbs that make a characterisation claim in "what X <verb> "Y"" (lemma -> words allowed
# between the verb and the quotation).
_CHARACTERISING = {"call": (), "describe": ("as",)}
_MAX_SPEAKER_WORDS = 5
_WHAT_WINDOW = 120  # characters read back from the verb for "what X <verb>": X is at most 5 words


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
            if n == len(toks) - 1:
                return None
            return toks[n + 1].start, toks[-1].end
    return None


def what_called(text: str, s: int, e: int, verb_start: int, verb_end: int, lemma: str) -> Found | None:
    """ 'what critics called "a cover-up"' -> a claim by "critics": "a cover-up"."""
    if lemma not in _CHARACTERISING:
        return None
    span = what_speaker(text, s, verb_start)
    if span is None or not looks_like_speaker(text, *span):
        return None
    pos = verb_end
    toks = tokens(text, verb_end, min(e, verb_end + 40))
    allowed = _CHARACTERISING[lemma]
    if toks and toks[0].low in allowed:
        pos = toks[0].end
    while pos < e and text[pos] == " ":
        pos += 1
    if pos >= e or text[pos] not in OPEN_QUOTES:
        return None
    quoted = next((q for q in quote_spans(text, pos, e) if q[0] == pos), None)
    if quoted is None or not has_quoted_speech(text, *quoted):
        return None
    # `clause` at the sentence end: the enclosing claim ("the mayor said the council approved
    # what critics called ...") keeps its whole content.
    return Found(text[span[0] : span[1]], "", None, quoted[0], quoted[1], verb_start, e)
