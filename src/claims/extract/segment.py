"""Split an article body into paragraphs and sentences, keeping offsets into the source text.

Pure character scanning, no backtracking regexes: lines are paragraphs; a sentence ends
at `.`, `!` or `?` (plus any closing quote) before whitespace and a capital, or glued
straight onto a capitalised word ("controls.Citing"). Abbreviations ("U.S.", "Mr.",
"Inc.", "No. 2") and punctuation inside a short quotation do not end a sentence.
Headline-like lines and advertising lines are dropped: they never carry claims, and
neither does a wire dateline opening a paragraph ("GENEVA (Reuters) - ").
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from claims.extract.datelines import dateline_end
from claims.extract.lexicon import tagged

# Past and present forms of the commonest verbs of saying, for the segmenter's look-ahead.
SAYING_FORMS = tagged("saying_form")

OPEN_QUOTES = '“"«‘'
CLOSE_QUOTES = '”"»’'
QUOTE_CHARS = '“”"«»‘’'
_ENDERS = ".!?"
MAX_QUOTE_SPAN = 1200
MAX_SENTENCE = 1500
"""Longest sentence, in characters: a longer one (a flattened list, a page that lost its full
stops) is cut into pieces at the last clause boundary (`;`, `:`, `,`, a dash) before the
limit, else at the last space; only a run of 1,500 characters without a space is cut inside it."""
_MAX_ABBREVIATION = 16  # longest word read back from a dot to test for an abbreviation

ABBREVIATIONS = tagged("abbreviation")
MAY_END = tagged("segment.abbreviation_may_end")  # "in the U.S. He said ...": two sentences
OPENS_SENTENCE = tagged("segment.opens_sentence")  # closed-class words that open sentences

# Lines that are advertising, navigation or promotion, never article prose.
_AD_LINE = re.compile(
    r"\s*(?:register for|sign up|subscribe|join [A-Z]|also read|read more|read also|"
    r"related:|related stories|recommended:|click here|follow us|download the|"
    r"advertisement|sponsored|watch:|listen:|share this|see also)",
    re.IGNORECASE,
)


_QUOTE_RE = re.compile(f"[{QUOTE_CHARS}]")
# (`[.!?][.!?]*`, not `[.!?]+`: a pattern that opens with a plain character class lets
# `finditer` skip to the next stop in C instead of starting the matcher at every character)
_CLOSERS = '”"»’)'
_ENDER_RE = re.compile(f"[.!?][.!?]*[{_CLOSERS}]*")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_SPACE = re.compile(r"\s+")
_CLAUSE_BREAK = re.compile(r"[;:,](?=\s)|\s[—–-]{1,2}(?=\s)")


class Sentence(NamedTuple):
    """A sentence as `text[start:end]`, in paragraph `para` (a named tuple: built for every
    sentence, cheaper than a frozen dataclass)."""

    start: int
    end: int
    para: int


_new = tuple.__new__  # builds a Sentence without the Python-level NamedTuple constructor


def _is_headline(line: str) -> bool:
    """A short line without final punctuation: a headline, subheading or date line."""
    stripped = line.strip()
    if not stripped:
        return True
    if stripped[-1] in "'’":
        if stripped[-2:-1] in tuple(_ENDERS):
            return False  # "... 'never again.'": a closing single quote after a stop
        # "Tate: 'We will rebuild the pier'": a headline's quotation, without a stop
    elif stripped[-1] in _ENDERS + CLOSE_QUOTES + ":;)":
        return False
    return len(stripped.split()) <= 16


# A photo caption: "FILE - Recruits train at ...", "Photo: ...", or a line that ends with its
# credit, "(AP Photo/Sean Rayford, File)", "(Reuters/Jane Doe)", "(Photo: Jane Doe/Getty)".
_CAPTION_START = re.compile(r"\s*(?:FILE\s*[-—–]|(?:Photo|Caption|Pictured|Image)\s*:)")
_CAPTION_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|Getty|EPA|PA)(?:\s+Photo)?\s*/[^()]{1,80}\)\s*$|\((?:Photo|Image|Credit)\s*:[^()]{1,80}\)\s*$"
)


def is_ad_line(line: str) -> bool:
    """Page furniture: an advertising or navigation line, or a photo caption."""
    if _AD_LINE.match(line) is not None or _CAPTION_START.match(line) is not None:
        return True
    return line.endswith(")") and _CAPTION_CREDIT.search(line) is not None


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty, non-headline, non-ad lines of `text[start:end]`, trimmed, as spans."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        line = text[s:e]
        if s < e and not _is_headline(line) and not is_ad_line(line):
            spans.append((s, e))
        pos = line_end + 1
    return spans


def holds_quote_mark(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a quotation mark (`QUOTE_CHARS`). In ASCII only the
    straight double quote is one: one substring test, where the regex tests each character
    against the whole class."""
    span = text[start:end]
    if span.isascii():
        return '"' in span
    return any(map(span.__contains__, QUOTE_CHARS))  # (a substring test a mark, each in C)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (open, close+1) of quotations in one paragraph; an unclosed one runs to the end."""
    if not holds_quote_mark(text, start, end):
        return []  # no quotation mark: most sentences
    return list(iter_quote_spans(text, start, end))


def _marks(text: str, start: int, end: int) -> Iterator[int]:
    """Where the quotation marks of `text[start:end]` are, in order: in ASCII, its straight
    double quotes; else those of each mark of `QUOTE_CHARS`, merged (`_QUOTE_RE`'s matches, each
    mark found by `str.find` where the regex tests every character against its class)."""
    if not text[start:end].isascii():
        yield from sorted([i for mark in QUOTE_CHARS for i in _found(text, mark, start, end)])
        return
    i = text.find('"', start, end)
    while i >= 0:
        yield i
        i = text.find('"', i + 1, end)


def _found(text: str, char: str, start: int, end: int) -> list[int]:
    """Where `char` is in `text[start:end]`, in order."""
    out: list[int] = []
    i = text.find(char, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1, end)
    return out


def _ender_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`[m.span() for m in _ENDER_RE.finditer(text, start, end)]`: each run of stops with the closing
    marks after it, from the stops' places (found by `str.find`, where the regex tests every character
    of the paragraph against its class): a stop inside the run before it opens none."""
    end = min(end, len(text))
    stops = _found(text, ".", start, end)
    others = _found(text, "!", start, end) + _found(text, "?", start, end)
    if others:
        stops = sorted(stops + others)
    out: list[tuple[int, int]] = []
    j = start
    for i in stops:
        if i < j:
            continue  # (taken by the run before it)
        j = i + 1
        while j < end and text[j] in _ENDERS:
            j += 1
        while j < end and text[j] in _CLOSERS:
            j += 1
        out.append((i, j))
    return out


def iter_quote_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`quote_spans`, lazily: for a caller that needs only the first."""
    open_at = -1
    for i in _marks(text, start, end):
        ch = text[i]
        if open_at < 0:
            if ch in OPEN_QUOTES and _opens(text, i, start):
                open_at = i
        elif _closes(text, open_at, i, end):
            yield (open_at, i + 1)
            open_at = -1
    if open_at >= 0:
        yield (open_at, end)


def _opens(text: str, i: int, start: int) -> bool:
    """Straight and single quotes open at a word start; curly doubles and guillemets always."""
    if text[i] not in '"‘':
        return True
    return i == start or not text[i - 1].isalnum()


def _closes(text: str, open_at: int, i: int, end: int) -> bool:
    """A single quote (‘) is closed by a ’ that is not an apostrophe inside a word (don’t);
    a double quote by any closing double mark."""
    ch = text[i]
    if text[open_at] == "‘":
        return ch == "’" and (i + 1 >= end or not text[i + 1].isalnum())
    return ch in '”"»'


_ASCII_WORD = string.ascii_letters + "."


def _word_start(text: str, dot: int, stop: int) -> int:
    """Where the run of letters and dots that ends at `dot` starts (not before `stop`): in
    ASCII text (most), by stripping them, in one call; else letter by letter."""
    chunk = text[stop:dot]
    if chunk.isascii():
        return stop + len(chunk.rstrip(_ASCII_WORD))
    j = dot
    while j > stop and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return j


# US states as wire copy abbreviates them ("Ore.", "Calif."), written with a capital (lower
# case, "ill." and "mass." are words): a sentence ends after one only before a capital.
_STATES = tagged("segment.state_abbreviation")


def _is_abbreviation(text: str, dot: int, para_start: int, nxt: int) -> bool:
    """Whether the dot at `dot` ends an abbreviation that does not end the sentence (`nxt`:
    where the next word starts, -1 when glued): an abbreviation that may close a sentence
    ("the U.S.", "Acme Inc.", "5 p.m.") does so before a word that opens one ("He", "The")."""
    stop = max(para_start, dot - _MAX_ABBREVIATION)
    chunk = text[stop:dot]  # (`_word_start`, its ASCII case written out: read at every full stop)
    j = stop + len(chunk.rstrip(_ASCII_WORD)) if chunk.isascii() else _word_start(text, dot, stop)
    if j == stop > para_start and (text[j - 1].isalpha() or text[j - 1] == "."):
        return False  # longer than any abbreviation
    word = text[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return word not in MAY_END or not _opens_sentence(text, nxt)
    if word in _STATES and text[j].isupper():
        # "PARADISE SPRINGS, Ore. (AP) —": no sentence ends; "near Fresno, Calif. Growers said": one does
        return nxt < 0 or not (text[nxt].isupper() or text[nxt] in OPEN_QUOTES)
    # Single initials ("J. Smith") and dotted acronyms ("U.S.A").
    if len(word) == 1 and text[dot - 1].isupper():
        return True
    if "." in word and _DOTTED.fullmatch(word) is not None:  # an acronym has a dot inside
        return not _opens_sentence(text, nxt)
    return False


def _opens_sentence(text: str, k: int) -> bool:
    """Whether the capitalised word at `k` is one that opens sentences, not a name ("He", "The",
    "But"; not "Senate" after "the U.S."), or a quotation opening with a capital."""
    if k < 0:
        return False
    if text[k] in "“\"" and k + 1 < len(text) and text[k + 1].isupper():
        return True  # a quotation opens after it: 'said Ann Lee, D-N.Y. "People deserve answers."'
    e = k
    while e < len(text) and text[e].isalpha():
        e += 1
    return e < len(text) and not text[e].isalpha() and text[k:e].lower() in OPENS_SENTENCE and text[e] not in ".-"


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` is inside one of the (sorted, disjoint) quotation spans."""
    k = bisect_left(spans, (pos, pos)) - 1  # the last span opening before pos
    if k < 0:
        return False
    a, b = spans[k]
    return a < pos < b - 1 and b - a <= MAX_QUOTE_SPAN


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in [*_sentence_ends(text, start, end), end]:
        s, e = prev, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        prev = cut
    return spans


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of the paragraph `text[start:end]` end, before its last."""
    quotes = quote_spans(text, start, end)
    cuts: list[int] = []
    for i, j in _ender_spans(text, start, end):
        if j >= end:
            break
        # a mark that closes the quotation around the stop, not one closed inside it
        # ('"He asked, ‘Why now?’ We had no answer," she said.' is one sentence)
        closing = (text[i + 1] in CLOSE_QUOTES or text[j - 1] in CLOSE_QUOTES) and not _inside(j - 1, quotes)
        if closing and text[i:j].rstrip(_CLOSERS)[-1] in "?!" and attribution_follows(text, j, end):
            continue  # '"Why now?" Ms. Ruiz asked.', '"Ask, ‘Why now?’" she said.': question, then attribution
        if _boundary(text, i, j, end, start) and (closing or not quotes or not _inside(i, quotes)):
            cuts.append(j)
    return cuts


def _skip_space(text: str, pos: int, end: int) -> int:
    """The first non-space position in `text[pos:end]` (`end` if none)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _back_over_space(text: str, lo: int, pos: int) -> int:
    """`pos` moved back over the white space before it, not past `lo`."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


_SHORT_TAIL = re.compile(r"\s+(?:[\w’'.-]+\s+){1,5}?([a-z]+)\b")


def attribution_follows(text: str, pos: int, end: int) -> bool:
    """An attribution after a quoted question or exclamation, '?" Ms. Ruiz asked.', '!"
    the mayor said on Twitter.': a verb of saying within the next six words, with no
    punctuation before it."""
    m = _SHORT_TAIL.match(text, pos, min(end, pos + 90))
    return m is not None and m.group(1) in SAYING_FORMS


def _boundary(text: str, punct: int, after: int, end: int, para_start: int) -> bool:
    """Whether the punctuation at `punct` (ending at `after`) ends a sentence."""
    # (what follows is tested first: the abbreviation's test is the dearer one)
    nxt, k = text[after], -1
    if nxt.isspace():
        k = after + 1
        while k < end and text[k].isspace():
            k += 1
        if k >= end:
            return False
        c = text[k]
        if not (c.isupper() or c.isdigit() or c in OPEN_QUOTES or c in "‘'("):
            return False
    else:
        # Glued: "controls.Citing" — a lower-case word, a dot, then a capitalised word.
        prev = text[punct - 1] if punct > para_start else ""
        if not (
            (prev.isalnum() or prev in CLOSE_QUOTES or prev == ")")
            and nxt.isupper()
            and after + 1 < end
            and (text[after + 1].islower() or text[after + 1] == " ")
        ):
            return False
    return text[punct] != "." or not _is_abbreviation(text, punct, para_start, k)


_GLUED_OPENERS = (
    r"(?:For|The|In|A|An|As|When|After|But|It|This|At|On|With|While|Despite|According|Instead|However|"
    r"Meanwhile|Last|Since|Before|During|Under|Amid)"
)
_GLUED_HEADING = re.compile(
    r"(?:[A-Z][\w’'&.-]*,? ){1,6}(?:[a-z][\w’'-]* ){0,4}[a-z][\w’'-]* (?="
    + _GLUED_OPENERS
    + r" [a-z][\w’'-]*,? [\w’'-]+,? [\w’'-]+)"
)
# What `_GLUED_HEADING` needs somewhere in its window: a sentence opener after a word (every
# opener is capitalised: the look-ahead spares trying each one after every space).
_GLUED_OPENER = re.compile(" (?=[A-Z])" + _GLUED_OPENERS + " [a-z]")


def _drop_glued_heading(text: str, start: int, end: int) -> int:
    """Skip a subheading glued to the sentence after it ("Acme, Orin shut out For its
    forthcoming model, ..."): a short phrase, then a capitalised sentence opener."""
    stop = min(end, start + 120)
    if not "A" <= text[start : start + 1] <= "Z" or _GLUED_OPENER.search(text, start, stop) is None:
        return start  # most sentences: the pattern cannot match
    m = _GLUED_HEADING.match(text, start, stop)
    return m.end() if m is not None else start


def _cut(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """`text[s:e]` in pieces of at most MAX_SENTENCE characters, each ending at the last clause
    boundary before the limit (the punctuation stays with the piece before), else at the last
    space, never inside a word unless a word is longer than the limit."""
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE:
        cut = _cut_point(text, s)
        piece_end = _back_over_space(text, s, cut)
        if piece_end > s:
            out.append((s, piece_end))
        s = _skip_space(text, cut, e)
    if s < e:
        out.append((s, e))
    return out


def _cut_point(text: str, s: int) -> int:
    """Where to cut a long piece starting at `s`: after the last clause boundary in the
    second half of its first MAX_SENTENCE characters, else at the last space, else there."""
    limit = s + MAX_SENTENCE
    cut = -1
    for m in _CLAUSE_BREAK.finditer(text, limit - MAX_SENTENCE // 2, limit):
        cut = m.end()
    if cut >= 0:
        return cut
    space = -1
    for m in _SPACE.finditer(text, s + 1, limit):
        space = m.start()
    return space if space > s else limit


def sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of the body `text[start:end]`, skipping headlines and advertising lines."""
    out: list[Sentence] = []
    for para, (ps, pe) in enumerate(paragraphs(text, start, end)):
        split = _split_paragraph(text, ps, pe)
        if pe - ps > MAX_SENTENCE and any(e - s > MAX_SENTENCE for s, e in split):
            split = [piece for s, e in split for piece in _cut(text, s, e)]
        for n, (s, e) in enumerate(split):
            if n == 0 and out and text[out[-1].end - 1] == ":" and text[s] in OPEN_QUOTES:
                # "He added:" closing one paragraph, the quotation opening the next.
                out[-1] = Sentence(out[-1].start, e, out[-1].para)
                continue
            if n == 0:
                s = dateline_end(text, s, e)  # "MILLBROOK, Ohio (AP) — ": never content or speaker
            out.append(_new(Sentence, (_drop_glued_heading(text, s, e), e, para)))
    return out
