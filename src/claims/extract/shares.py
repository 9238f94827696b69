"""A share of the people asked is not a speaker of its own when the sentence names the poll.

"60 percent said they back the plan, according to a city poll" and "In a city poll released
Friday, 60 percent said they back the plan": the respondents speak only through the poll, and
the count ("60 percent", "nearly three in four", "the vast majority of residents") does not
name a party. The poll is the speaker. A count with no poll named in its sentence stays the
speaker ("Six in 10 said ..."), as does a plain number of people ("Two senators said ...,
according to Reuters": people who speak, relayed by an outlet).
"""

from __future__ import annotations

import re

from claims.extract.found import Found

# A proportion opening a subject, after an optional hedge: "about 60 percent", "a mere 9%",
# "nearly three in four", "six out of 10", "the vast majority of voters", "half of them".
_SHARE = re.compile(
    r"(?:(?:about|almost|nearly|roughly|around|some|just|only|fully|over|under|a|the|mere|full|slim|narrow"
    r"|strong|clear|vast|more|fewer|less|than|at|least)\s+)*"
    r"(?:[\w.,-]+\s*(?:%|percent\b|per\s+cent\b)"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|\w+)\b"
    r"|(?:majority|plurality|minority|half|third|quarter|two-thirds|three-quarters|three-fourths)(?:\s+of\b|$))",
    re.IGNORECASE,
)
# Head nouns of a poll named in an opening "In a ... poll, ...".
_POLL_NOUNS = frozenset({"poll", "polls", "polling", "survey", "surveys"})
_OPENING_MOST = 120  # characters of an opening "In a ... poll," read at most


def is_share(speaker: str) -> bool:
    """Whether the speaker phrase is a proportion of people ("61 percent of voters", "Nearly
    three in four", "the vast majority of Americans")."""
    return len(speaker) <= 120 and _SHARE.match(speaker) is not None


def _poll_opening(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The poll named by an opening "In a city poll released Friday," of `text[s:e]`: the span
    after "In " up to the comma, when a poll noun is in it."""
    if not text.startswith(("In ", "in "), s):
        return None
    comma = text.find(",", s, min(e, s + _OPENING_MOST))
    if comma < 0:
        return None
    words = {w.strip(".").lower() for w in text[s + 3 : comma].split()}
    return (s + 3, comma) if not words.isdisjoint(_POLL_NOUNS) else None


def credit_polls(text: str, s: int, e: int, found: list[Found]) -> None:
    """A share speaking after an opening "In <poll>," is credited to the poll."""
    poll: tuple[int, int] | None = None
    for f in found:
        if f.cue_start <= s or not is_share(f.speaker):
            continue
        if poll is None:
            poll = _poll_opening(text, s, e) or (0, 0)
        if poll[1] and poll[1] < f.cue_start:
            f.speaker = text[poll[0] : poll[1]].strip()
