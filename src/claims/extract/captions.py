"""A post's caption: "She shared a photo on Instagram, captioned: “A dream come true.”", "He posted
a video with the caption “We did it”". The one who posted it wrote the caption: a direct claim of
the subject of the verb of posting, the quotation its content.

Only after a verb of posting (shared, posted, uploaded, published, tweeted) and only a quotation:
"a photo captioned by the agency" or a caption described in other words reports nothing.
"""

from __future__ import annotations

import re

from claims.extract.cues import verb_matches
from claims.extract.found import Found
from claims.extract.phrases import inside, looks_like_speaker
from claims.extract.quotes import inside_quote, is_whole_quote
from claims.extract.segment import quote_spans
from claims.extract.subjects import subject_before
from claims.models import Kind

_CAPTIONED = re.compile(
    r"\b(?P<verb>shared|posted|uploaded|published|tweeted)\b[^.!?“”\"]{0,100}?"
    r"(?:,\s*|\s+)(?P<cue>captioned(?:\s+it)?|captioning\s+(?:it|the\s+\w+)|(?:with|alongside)\s+(?:the|a)\s+caption"
    r"|and\s+captioned\s+it|writing\s+in\s+the\s+caption)\s*:?\s*(?=[“\"])"
)


def may_hold_caption(low: str) -> bool:
    return "caption" in low


def captions(text: str, s: int, e: int, quotes: list[tuple[int, int]], low: str | None = None) -> list[Found]:
    """The captions quoted in the sentence `text[s:e]`: at most one."""
    if not may_hold_caption(text[s:e].lower() if low is None else low):
        return []
    for m in _CAPTIONED.finditer(text, s, e):
        if inside(m.start(), quotes):
            continue
        span = next((q for q in quote_spans(text, m.end(), e) if q[0] == m.end()), None)
        if span is None or not is_whole_quote(text, *span):
            continue
        subj = subject_before(text, s, m.start("verb"))
        speaker = text[subj.start : subj.end]
        if subj.empty or not looks_like_speaker(text, subj.start, subj.end) or verb_matches(speaker):
            continue  # (not "Ann Lee said the club posted ...": the caption is inside her claim)
        start, end = inside_quote(text, *span)
        if end <= start:
            continue
        return [Found(speaker, m.group("cue"), None, start, end, m.start("cue"), subj.start, kind=Kind.DIRECT)]
    return []
