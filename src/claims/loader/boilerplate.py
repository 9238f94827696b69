"""Page furniture inside article text: lines that are never part of the story.

Scraped and pasted articles carry lines such as "Also read: …", "Register for …",
"Share Tweet Email", "Advertisement" or "Content scraped from …". They are left in
`Source.text` (offsets must stay true to the file) and reported as spans here, so the
extractor can refuse to yield a claim that overlaps one.

Usage (extractor):

    spans = boilerplate_spans(source.text, source.body_start, source.body_end)
    ... drop a candidate claim (or sentence) when overlaps(spans, start, end) ...

Both functions are pure: same input, same output, no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["boilerplate_spans", "is_boilerplate_line", "overlaps"]

# A line longer than this is prose, whatever it starts with.
_MAX_LINE = 300
_MAX_WORDS = 30

_BULLET = r"[\s>*•·\-–—|#]*"

# A link to another story: furniture even when its headline reports speech
# ("Also read: Minister says the budget is safe").
_LINK = re.compile(
    _BULLET
    + r"""(?:
        (?:also|must|recommended|further|more)\s+read(?:ing)?\s*(?:[:\-–—|»>]|$)
      | read\s+(?:more|next|also)\s*(?:[:\-–—|»>]|$)
      | related(?:\s+(?:articles?|stories|news|coverage|content|reading|posts?|topics?|links?))?\s*(?:[:\-–—|»>]|$)
    )""",
    re.I | re.X,
)

# Lines that are furniture unless they report speech.
_STRONG = re.compile(
    _BULLET
    + r"""(?:
        (?:also|must|recommended|further|more)\s+read(?:ing)?\s*(?:[:\-–—|»>]|$)
      | read\s+(?:more|next|also|this|the\s+full\s+(?:story|article))\b
      | related(?:\s+(?:articles?|stories|news|coverage|content|reading|posts?|topics?|links?))?\s*(?:[:\-–—|»>]|$)
      | (?:most\s+(?:popular|read|viewed|shared|emailed|commented)|top\s+stories|trending(?:\s+now)?
         |editor'?s?\s+picks?|you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?
         |more\s+(?:stories|news|articles)(?:\s+from\b.*)?|latest\s+(?:news|stories)|in\s+other\s+news
         |popular\s+(?:now|stories))\s*[:\-–—|]?\s*$
      | (?:advertisement|advertising|sponsored(?:\s+content)?|paid\s+content|promoted(?:\s+content)?
         |story\s+continues(?:\s+below)?(?:\s+(?:this\s+)?advertisement)?|continue\s+reading(?:\s+below)?
         |scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|skip\s+(?:to\s+main\s+content|advertisement))
        \s*[:.\-–—]?\s*$
      | sign\s+up\b | subscribe\b | register\s+(?:for|now|here|today|to|at)\b
      | (?:get|receive)\s+(?:our|the\s+latest|the\s+best|daily|weekly|breaking)\b
        .*\b(?:newsletter|inbox|alerts?|updates)\b
      | (?:join|follow)\s+(?:us|our)\b
      | follow\s+\S+(?:\s+\S+)?\s+on\s+
        (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|telegram|whatsapp|google\s+news)\b
      | (?:click|tap)\s+here\b
      | (?:this|the)\s+(?:article|story|post|content|piece)\s+(?:was\s+|has\s+been\s+|is\s+)?
        (?:originally\s+|first\s+)?(?:auto(?:matically)?[-\s]?generated|scraped|published|appeared|syndicated)\b
        .*\b(?:on|in|at|by|from)\b
      | (?:content\s+)?scraped\s+(?:from|on|by|at)\b
      | scraped\s*\(
      | auto(?:matically)?[-\s]?generated\b
      | generated\s+automatically\b
      | © | \(c\)\s*\d{4} | copyright\s+(?:©|\(c\)|\d{4})
      | all\s+rights\s+reserved\b
      | (?:photo|image|picture|video|graphic|illustration)s?(?:\s+credits?)?\s*:\s
      | (?:reporting|writing|editing|additional\s+reporting|compiled)\s+by\b
      | (?:share|tweet|email|print)\s+this\s+(?:article|story|page|post)\b
      | (?:comments?|leave\s+a\s+(?:comment|reply)|view\s+comments|\d+\s+comments?)\s*$
      | (?:tags?|topics?|filed\s+under|categories?)\s*:\s
    )""",
    re.I | re.X,
)

# Calls to action: furniture only beside another furniture line ("Join … and co-invest …"
# under a "Register for …" line), since a story line may start with these verbs too.
_WEAK = re.compile(
    _BULLET
    + r"""(?:join|download|get|try|watch|listen|buy|explore|discover|learn|apply|enrol+|book|grab
        |claim|shop|save|start|visit|check\s+out|don'?t\s+miss|find\s+out)\b""",
    re.I | re.X,
)

# Words that make up a row of share buttons ("Share Tweet Email", "Facebook X LinkedIn").
_SHARE_WORDS = frozenset({
    "share", "shares", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x", "linkedin",
    "whatsapp", "reddit", "pinterest", "print", "copy", "link", "url", "telegram", "messenger",
    "flipboard", "pocket", "save", "bookmark", "comment", "comments", "sms", "threads", "bluesky",
    "mastodon", "tumblr", "this", "article", "story", "on", "via", "gift",
})
_SHARE_CORE = frozenset({
    "share", "tweet", "email", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest",
    "print", "telegram", "flipboard",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*|\d+|\S")

# Attribution cues or quotation marks: a line with these is reported speech, never furniture.
_SPEECH = re.compile(r"""["“”]|\b(?:said|says|told|according\s+to|stated|added|announced)\b""", re.I)


def _is_share_row(line: str) -> bool:
    """Up to 12 words (letters, digits or hyphens), each a share-button word or a number, two of them
    buttons (or one, of at most 3 words). The words are read until one says no: the first, in a story's
    lines."""
    words: list[str] = []
    for m in _WORD.finditer(line):
        w = m.group()
        if not (w.isalnum() or "-" in w):
            continue
        w = w.lower()
        if len(words) == 12 or not (w in _SHARE_WORDS or w.isdigit()):
            return False
        words.append(w)
    if not words:
        return False
    core = sum(1 for w in words if w in _SHARE_CORE)
    return core >= 2 or (core == 1 and len(words) <= 3)


def _classify(line: str) -> int:
    """2: furniture; 1: furniture if next to furniture (a call to action); 0: story text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE or len(stripped.split()) > _MAX_WORDS:
        return 0
    if _is_share_row(stripped) or _LINK.match(stripped):
        return 2
    if _SPEECH.search(stripped):
        return 0
    if _STRONG.match(stripped):
        return 2
    return 1 if _WEAK.match(stripped) else 0


def is_boilerplate_line(line: str) -> bool:
    """True when one line of text (no newline), on its own, is page furniture, not story text."""
    return _classify(line) == 2


def boilerplate_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of furniture lines in text[start:end], in order, not overlapping.

    Each span covers one line without its surrounding whitespace, so
    `text[s:e].strip() == text[s:e]`. Lines are split at "\\n" (a "\\r" before it is
    whitespace). A span is never outside [start, end).
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    lines: list[tuple[int, int, int]] = []  # (start, end, class) of each non-blank line
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        s, e = pos, line_end
        if e - s <= _MAX_LINE * 4:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                lines.append((s, e, _classify(text[s:e])))
        else:
            lines.append((s, e, 0))
        pos = line_end + 1
    marks = [c == 2 for _, _, c in lines]
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if not marks[i] and lines[i][2] == 1:
                marks[i] = (i > 0 and marks[i - 1]) or (i + 1 < len(lines) and marks[i + 1])
    return [(s, e) for (s, e, _), mark in zip(lines, marks, strict=True) if mark]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) shares at least one character with one of the sorted `spans`."""
    if not spans:
        return False  # (most texts: no page furniture)
    i = bisect_right(spans, (start, float("inf"))) - 1
    if i >= 0 and spans[i][0] < end and start < spans[i][1]:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end and start < spans[i + 1][1]
