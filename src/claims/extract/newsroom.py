"""What an outlet itself found out: "The BBC understands that the deal is close", "Sky News has
learned the club will appeal", "Naija News gathered that ...", "The Herald can reveal that ...".

The verbs are verbs of knowing, not of saying: with any other subject ("Students learned that
the test was cancelled", "He understands the risks") they report nothing. With an outlet as
the subject of the sentence's main clause they are the outlet's own claim, sourced to nobody
else, so the outlet speaks.
"""

from __future__ import annotations

import re

from claims.extract import cues
from claims.extract.channels import is_outlet
from claims.extract.found import Found
from claims.extract.phrases import inside, looks_like_speaker, strip_span
from claims.extract.subjects import subject_before
from claims.extract.tails import looks_like_clause

_LEARNED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:learned|learnt|gathered|understands|understood|can\s+(?:now\s+)?reveal"
    r"|(?:is|was)\s+able\s+to\s+reveal)\b(?P<that>\s+that\b)?",
)


def may_hold_finding(low: str) -> bool:
    return "learn" in low or "gathered" in low or "understand" in low or "reveal" in low


def _main_clause(text: str, s: int, subject: int) -> bool:
    """The outlet is the sentence's subject: nothing before it, or an opening adverbial and its
    comma with no cue in it ("On Monday, the Herald learned ..."); not "X reported that A after
    the newspaper learned that B", where the finding is told within another claim."""
    before = text[s:subject].strip()
    return not before or (before.endswith(",") and not cues.verb_matches(before))


def outlet_findings(text: str, s: int, e: int, quotes: list[tuple[int, int]], low: str | None = None) -> list[Found]:
    """The outlet's own findings in the sentence `text[s:e]`: at most one."""
    if not may_hold_finding(text[s:e].lower() if low is None else low):
        return []
    for m in _LEARNED.finditer(text, s, e):
        if inside(m.start(), quotes):
            continue
        subj = subject_before(text, s, m.start())
        if subj.empty or not looks_like_speaker(text, subj.start, subj.end):
            continue
        speaker = text[subj.start : subj.end]
        if not is_outlet(speaker) or not _main_clause(text, s, subj.start):
            continue
        start, end = strip_span(text, m.end(), e, chars=" \t\n,;:.")
        if end <= start or (m.group("that") is None and not looks_like_clause(text, start, end)):
            continue
        cue = text[m.start() : m.start("that") if m.group("that") else m.end()]
        return [Found(speaker, cue, None, start, end, m.start(), subj.start)]
    return []
