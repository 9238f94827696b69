"""A speaker's name and a colon opening a paragraph: transcript turns and headline-style lines.

    MAYOR TATE: We will reopen the bridge in May.
    Ellen Tate: The bridge reopens in May, ‘no matter what.’
    Sen. Ann Lee (D-Ore.): "We have the votes."
    Q: When does the bridge reopen?

The whole rest of the paragraph is one claim whose speaker is the name and whose cue is the
colon. A name in capitals ("MAYOR TATE:") counts only in a transcript, where at least two
paragraphs open that way: a single one is a dateline ("NEW DELHI: ..."). Labels that are not
speakers ("Note:", "Update:", "Photo:", "Monday:", "Campaign Update:") and the teasers of a
headline ("Wow:", "Revealed:", "Just Leaked:") are never read as names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from claims.extract.checks import PASS, SKIP, Ctx, Verdict, check, holds
from claims.extract.found import Found
from claims.extract.lexicon import tagged
from claims.extract.phrases import VERBISH
from claims.extract.quotes import inside_quote, trim_start
from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_CHARS, quote_spans
from claims.extract.times import is_time_word
from claims.models import Kind

if TYPE_CHECKING:
    from claims.extract.frames import FrameRow

# "Sen.", "Rep.", "Dr.": a title with its dot; "Ann", "McCain", "O’Neil", "Seitz-Wald".
_WORD = r"[A-Z][A-Za-z’'-]*\.?"
_SMALL = r"(?:of|and|de|da|del|la|le|van|von|bin|al)"
_PARTY = r"\([RDI]-[A-Z][A-Za-z.]*\)"
_LABEL = re.compile(rf"({_WORD}(?:[ ](?:{_WORD}|{_SMALL})){{0,5}})(?:[ ]?{_PARTY})?[ ]?:[ ]*(?=\S)")
_CAPS_LABEL = re.compile(r"[ \t]*[A-Z][A-Z.’' -]{1,40}:[ ]", re.MULTILINE)
_CAPS_LINE = re.compile(r"^" + _CAPS_LABEL.pattern, re.MULTILINE)
_CAPS_WORD = re.compile(r"[A-Z][A-Z.’'-]+")

# First words of a label that names a part of the page, not a speaker.
_NOT_NAMES = tagged("colons.not_names")
# Last words of a label that names a kind of item, not a speaker ("Campaign Update:", "Just Leaked:").
_LABEL_ENDS = tagged("colons.label_ends")
MIN_WORDS = 3


def caps_transcript(text: str, start: int, end: int) -> bool:
    """Whether at least two paragraphs of `text[start:end]` open with a name in capitals and
    a colon: the article holds a transcript."""
    # A label never spans a line, so only those at a line start count: each line start
    # after a newline is tried (what `_CAPS_LINE` finds, without trying every position in
    # between), and `start` on its own.
    count = 1 if _CAPS_LABEL.match(text, start, end) is not None else 0
    newline = text.find("\n", start, end)
    while newline >= 0:
        if _CAPS_LABEL.match(text, newline + 1, end) is not None:
            count += 1
            if count >= 2:
                return True
        newline = text.find("\n", newline + 1, end)
    return False


def _is_caps(label: str) -> bool:
    return all(_CAPS_WORD.fullmatch(w.rstrip(".")) or w in {"Q", "A"} for w in label.split())


def _is_name_list(content: str) -> bool:
    """A roster of names ('Ann Lee, Tom Ray and Joe Roe'): commas, and nearly every word
    capitalised."""
    words = [w for w in content.split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[0].isupper() or w == "and")
    return content.count(",") >= 2 and caps >= 0.8 * len(words)


def _label(text: str, line_start: int, para_end: int, transcript: bool) -> re.Match[str] | None:
    """'NAME:' at `line_start` when the label is a speaker's name, else None."""
    m = _LABEL.match(text, line_start, min(para_end, line_start + 80))
    if m is None:
        return None
    label = m.group(1)
    words = label.split()
    first = words[0].rstrip(".").lower()
    if first in _NOT_NAMES or words[-1].lower() in _LABEL_ENDS:
        return None
    if any(is_time_word(w.rstrip(".,")) or w.endswith(("’s", "'s")) for w in words):
        return None
    if len(words) == 1 and len(label) == 1 and label not in {"Q", "A"}:
        return None
    if len(label) > 1 and _is_caps(label) and not transcript:
        return None  # 'WASHINGTON: ...': a dateline unless the article is a transcript
    return m


def _is_statement(content: str, transcript: bool) -> bool:
    """Whether the words after the label read as a statement, not a table row or a roster."""
    if len(content.split()) < MIN_WORDS or content[:1].isdigit():
        return False  # 'Trump: 35 percent': a table row, not a statement
    if "according to" in content.lower() or _ATTRIBUTED.search(content) is not None:
        # 'Turnout: it rose 5 percent, according to the board', 'Tokyo: Five died, local media said.':
        # a heading or a dateline, then a fact with its own attribution
        return False
    if _is_name_list(content):
        return False  # 'Iowa: Ann Lee, Tom Ray, Joe Roe, ...': a roster
    # outside a transcript, not a title or a fixture ('Our Standards: The Trust Principles.',
    # 'Heat: Host Atlanta on Tuesday.', 'Timeline: How the crisis unfolded')
    return transcript or not _titled(content)


# A content-first attribution inside the words after a label: ", local media reports said."
_ATTRIBUTED = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,5}(?:said|says|reported|reports|announced|confirmed|stated)"
    r"(?:\s+(?:on\s+)?[\w’'-]+){0,2}\s*[.!?]"
)
_STATING = VERBISH | tagged("pronoun") | {"i’m", "i'm", "says", "said", "is", "are", "has", "have", "will", "must"}
_WH_TITLES = frozenset({"how", "what", "why", "where", "when", "who", "which", "inside"})


def _titled(content: str) -> bool:
    """Words in title case (most capitalised), or a heading's wh-phrase with no question mark."""
    words = [w for w in content.split() if w[:1].isalpha()]
    if not words:
        return False
    if words[0].lower() in _WH_TITLES and not content.rstrip().endswith("?"):
        return True
    if len(words) < 2 or sum(1 for w in words if w[0].isupper()) < 0.7 * len(words):
        return False
    # a headline that quotes or states ("Ann Lee: ‘No Idea’ If ...", "Lee: I’m Optimistic ...",
    # "Lee: Trump Must Decide ...") is a claim in title case
    low = [w.lower().strip(".,!?") for w in words]
    return not (any(ch in content for ch in QUOTE_CHARS) or any(w in _STATING for w in low))


def _turn(text: str, m: re.Match[str], para_end: int) -> Found:
    colon = text.index(":", m.start(1) + len(m.group(1)), m.end())
    return Found(m.group(1), ":", None, m.end(), para_end, colon, m.end())


def speaker_turn(text: str, line_start: int, para_end: int, transcript: bool) -> Found | None:
    """'NAME: words ...' at `line_start`, the start of a paragraph: the claim runs to the
    paragraph's end (`para_end`). None when the label is not a speaker's name."""
    m = _label(text, line_start, para_end, transcript)
    if m is None or not _is_statement(text[m.end() : para_end], transcript):
        return None
    return _turn(text, m, para_end)


@check("speaker_label")
def _speaker_label(ctx: Ctx, row: FrameRow) -> Verdict:
    """The paragraph opens with a speaker's name and a colon (not 'Note:', 'Monday:', nor a
    dateline in capitals outside a transcript)."""
    sent = ctx.sent
    ctx.label = _label(sent.text, sent.s, sent.e, sent.transcript)
    return holds(ctx.label is not None)


@check("turn_content")
def _turn_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """The rest of the paragraph is a statement (not a table row or a roster of names): the
    claim runs from after the colon to the paragraph's end."""
    sent, m = ctx.sent, ctx.label
    if m is None or not _is_statement(sent.text[m.end() : sent.e], sent.transcript):
        return SKIP
    ctx.found = _turn(sent.text, m, sent.e)
    return PASS


# What may stand before a label inside a sentence: its start, or a dash ("... - Ann Lee: "..."").
_LABEL_AFTER = (" - ", " — ", " – ", " -- ")


def _label_start(text: str, s: int, colon: int) -> int:
    """Where the label ending at `colon` starts: the sentence's start, or just after a dash."""
    a = trim_start(text, s, colon)
    for dash in _LABEL_AFTER:
        k = text.rfind(dash, a, colon)
        if k >= 0:
            return k + len(dash)
    return a


def colons_before_quotes(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """(colon, quotation mark) for each colon of `text[s:e]` right before a quotation."""
    colon = text.find(":", s, e)
    while colon >= 0:
        after = trim_start(text, colon + 1, e)
        if after < e and text[after] in OPEN_QUOTES:
            yield colon, after
        colon = text.find(":", colon + 1, e)


@check("quote_label")
def _quote_label(ctx: Ctx, row: FrameRow) -> Verdict:
    """A speaker's name and a colon right before a quotation, opening the sentence or after a
    dash ('Ann Lee: "We have the votes."', '... - Tom Ray: "..."'); `c_start` is the quotation mark."""
    text, s, e = ctx.sent.text, ctx.sent.s, ctx.sent.e
    for colon, mark in colons_before_quotes(text, s, e):
        m = _label(text, _label_start(text, s, colon), e, False)
        if m is not None and text.find(":", m.start(1), m.end()) == colon:
            ctx.label, ctx.c_start = m, mark
            return PASS
    return SKIP


@check("label_quote_content")
def _label_quote_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """The quotation after the label, inside its marks (to the sentence's end when it runs on), a
    statement of a few words."""
    text, e, m = ctx.sent.text, ctx.sent.e, ctx.label
    assert m is not None
    spans = [sp for sp in quote_spans(text, ctx.c_start, e) if sp[0] == ctx.c_start]
    if not spans:
        return SKIP
    a, b = spans[0]
    if text[b - 1] in CLOSE_QUOTES and b - 1 > a:
        qs, qe = inside_quote(text, a, b)
    else:  # it runs on past the sentence
        qs, qe = trim_start(text, a + 1, b), b
        while qe > qs and text[qe - 1] in " \n,.;:":
            qe -= 1
    if not _is_statement(text[qs:qe], transcript=True):  # quoted: speech, clause or not
        return SKIP
    ctx.found = Found(m.group(1), ":", None, qs, qe, text.index(":", m.start(1), m.end()), qs, kind=Kind.DIRECT)
    return PASS
