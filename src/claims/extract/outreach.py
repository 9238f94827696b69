"""Requests for comment that went unanswered, told from the asking side.

"CBS News reached out to the firm for comment but has not yet received a reply", "Messages left
with the mayor's office were not returned", "Attempts to reach the club for comment were
unsuccessful": the party that did not answer is the speaker of a no_comment claim, and, as for
every no_comment claim, the content is the whole clause. The asking side must be plain: a request
("attempts to reach", "messages left with"), an outlet or a reporter that reached out, or a
reaching out "for comment"; "Police contacted the owner but did not hear back" is not a request
for comment.
"""

from __future__ import annotations

import re

from claims.extract.channels import is_outlet
from claims.extract.found import Found
from claims.extract.phrases import inside, looks_like_speaker, strip_span
from claims.models import Kind

# What says the request went unanswered: the cue.
_UNANSWERED = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:immediately\s+)?"
    r"(?:received?|heard?|gotten|got|get)\s+(?:(?:a|any)\s+)?(?:back|reply|replies|response|responses|answer|answers)\b"
    r"|(?:received|got|had)\s+no\s+(?:immediate\s+)?(?:reply|replies|response|responses|answer|answers)\b"
    r"|(?:were|was|went|have\s+gone|has\s+gone|have\s+been|has\s+been|remained|remain)\s+"
    r"(?:not\s+(?:immediately\s+)?(?:returned|answered)|unanswered|unreturned|unsuccessful|fruitless)\b"
    r"|with\s+no\s+(?:immediate\s+)?(?:reply|replies|response|responses|answer|answers)\b)",
    re.IGNORECASE,
)

# Reaching out, as a verb after the asker ("CBS News reached out to") or as the request itself
# ("Attempts to reach", "Messages left with", "Emails to").
_REACH_VERB = re.compile(
    r"\b(?:reached\s+out\s+to|contacted|e-?mailed|approached|sought\s+comment\s+from|requested\s+comment\s+from"
    r"|(?:tried|attempted|sought)\s+to\s+(?:reach(?:\s+out\s+to)?|contact))\s+",
    re.IGNORECASE,
)
_REACH_NOUN = re.compile(
    r"\b(?:attempts?|efforts?|calls?|messages?|e-?mails?|requests?(?:\s+for\s+comment)?|inquiries|enquiries|queries)"
    r"(?:\s+(?:seeking|for)\s+comments?)?"
    r"\s+(?:left\s+(?:with|for)|sent\s+to|to\s+reach(?:\s+out\s+to)?|to\s+contact|to)\s+",
    re.IGNORECASE,
)
# Where the party reached ends.
_PARTY_END = re.compile(
    r"\s+(?:for|seeking|requesting|asking|about|regarding|on|by|via|through|over|after|late|early|last|this|"
    r"yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|,?\s+(?:but|with|and\s+(?:has|have|had|did|was|were))\b"
    r"|\s+(?:were|was|went|have|has|had|did|remained|remain)\b|[;:.]",
    re.IGNORECASE,
)
_REPORTERS = re.compile(r"(?i)^(?:we|reporters?|journalists?|this\s+(?:newspaper|paper|outlet|station|site))$")


def _party(text: str, a: int, stop: int) -> tuple[int, int] | None:
    """The party reached, from `a`: to the first word that ends it; a list of parties is kept
    whole ("the agent, the club, and the league"), else it ends at its first comma."""
    m = _PARTY_END.search(text, a, stop)
    sp = strip_span(text, a, m.start() if m is not None else stop)
    if sp[1] <= sp[0]:
        return None
    if looks_like_speaker(text, *sp):
        return sp
    comma = text.find(",", *sp)
    if comma > 0:
        listed = text[sp[0] : sp[1]].split(",")
        if all(looks_like_speaker(p.strip(), 0, len(p.strip())) or p.strip().startswith("and ") for p in listed):
            return sp
        first = strip_span(text, sp[0], comma)
        if looks_like_speaker(text, *first):
            return first
    return None


def _asker_plain(text: str, s: int, verb_start: int, stop: int) -> bool:
    """An outlet or a reporter reached out, or the sentence says it was for comment."""
    if "comment" in text[s:stop].lower():
        return True
    asker = text[s:verb_start].strip()
    for aux in (" has", " have", " had", " also"):
        if asker.endswith(aux):
            asker = asker[: -len(aux)].strip()
    return bool(asker) and (is_outlet(asker) or _REPORTERS.match(asker) is not None)


def unanswered(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> list[Found]:
    """At most one unanswered request in the sentence `text[s:e]`."""
    cue = _UNANSWERED.search(text, s, e)
    if cue is None or inside(cue.start(), quotes):
        return []
    reach = _REACH_NOUN.search(text, s, cue.start())
    if reach is None:
        reach = _REACH_VERB.search(text, s, cue.start())
        if reach is None or not _asker_plain(text, s, reach.start(), e):
            return []
    party = _party(text, reach.end(), cue.start())
    if party is None or inside(party[0], quotes):
        return []
    start, stop = strip_span(text, s, cue.end())
    tail = re.match(r"[^,;.—–]*", text[stop:e])
    stop = strip_span(text, start, stop + (tail.end() if tail is not None else 0))[1]
    return [Found(text[party[0] : party[1]], text[cue.start() : cue.end()], None, start, stop, cue.start(), party[0],
                  kind=Kind.NO_COMMENT)]
