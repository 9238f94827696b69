"""Time expressions: words that date a statement and never name the outlet it was made to
("said in a statement on Friday", "told the Herald Monday night")."""

from __future__ import annotations

import re

from claims.extract.lexicon import tagged

WEEKDAYS = tagged("weekday")
MONTHS = tagged("month")
# Words that make up a relative time ("last month", "earlier this week", "late on Friday").
RELATIVE = tagged("times.relative")

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"

# One time adverbial right after a cue or a channel: "on Friday", "Monday night", "late on
# Friday", "earlier this week", "last month", "on March 4", "on 4 March", "in late March",
# "earlier in the day", "later that week".
# A bare month needs a day number after it ("March 4"), so that a name ("May") is not taken.
TIME_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:late|early|earlier|later)\s+)?(?:"
    + r"(?:on\s+)?" + _DAY + _PART
    + r"|(?:in|last|this|next|early|late|mid-?)\s*(?:(?:late|early|mid-?)\s*)?" + _MONTH + r"(?:\s+" + _ORDINAL + r")?"
    + r"|(?:on\s+)?" + _MONTH + r"\s+" + _ORDINAL
    + r"|(?:on\s+)?" + _ORDINAL + r"\s+" + _MONTH
    + r"|(?:this|last|next)\s+(?:week|month|year|weekend|morning|afternoon|evening|quarter|"
    + r"spring|summer|autumn|fall|winter)"
    # "earlier in the day", "later that week": only after "earlier" / "later"
    + r"|(?:(?<=earlier\s)|(?<=later\s))(?:in\s+the|that)\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    + r")(?![\w'’])"
)


def is_time_word(word: str) -> bool:
    """A weekday, a month or a relative-time word ("Friday", "Sept.", "yesterday")."""
    low = word.lower()
    return low in WEEKDAYS or low in MONTHS or low in RELATIVE


# A time phrase opening the sentence with no comma after it ("Last week the company said",
# "Earlier this summer the union vowed", "On Monday the mayor said"): the subject follows it.
_TIME_HEAD = re.compile(
    r"(?:(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that|[Ee]arlier\s+that)\s+"
    r"(?:week|month|year|summer|winter|spring|autumn|fall|weekend|morning|afternoon|evening)"
    r"|(?:[Ee]arlier|[Ll]ater|[Oo]n)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|[Yy]esterday|[Tt]oday)\s+(?=(?:the|a|an|its|his|her|their)\s|(?:it|he|she|they|we)\b|[A-Z])"
)


def past_time_head(text: str, start: int, end: int) -> int:
    """Past a time phrase that opens `text[start:end]` with no comma after it, before a subject
    ("Last week the company", "On Monday Ann Lee"); `start` when there is none."""
    m = _TIME_HEAD.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start
