"""Relay channels: the outlet or medium a statement was made to or through ("told the
Herald", "in an interview with the paper", "speaking to state television").

A channel is a capitalised name that is not a time expression ("Reuters", "the Financial
Times", never "Friday" or "March"), or a common noun that by itself names a news medium
("the paper", "this newspaper", "the broadcaster", "state television"). People addressed in
person ("reporters", "a news conference") are an audience, not a relay: the cue keeps them
and `via` stays empty, as with "told reporters".
"""

from __future__ import annotations

import re

from claims.extract.lexicon import tagged
from claims.extract.phrases import Tok, first_low, folds_oddly, is_agent, is_capitalised, outlet_phrase, tokens

MEDIA_NOUNS = tagged("channel")
_MEDIA_OWNERS = tagged("channels.media_owners")
# Media named without a determiner ("told state television", "speaking to local radio").
_BARE_MEDIA = re.compile(
    r"(?:state|public|national|local|regional|foreign|domestic)\s+(?:television|TV|radio|media|broadcaster|news\s+agency)\b"
)

# Where a relay follows the speaker of an inverted or content-first attribution:
# '"...," said X, a scientist at Y, in an interview with the paper.'
_RELAY_LEAD = re.compile(
    r"(?:^|[\s,])(?:"
    r"(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:(?!(?:with|to|on|for|by)\s)[\w-]+\s+){0,3}"
    r"(?:interview|statement|e-?mail|message|call|conversation|letter|post|comments?|remarks|note|briefing)s?"
    r"\s+(?:with|to)\s+"
    r"|(?:speaking|talking|writing)\s+(?:to|with)\s+|writing\s+in\s+"  # "speaking in Ohio": a place
    r"|told\s+"
    r")"
)

_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|when|after|before|where|because|since|while|as)\b")


def media_noun_phrase(text: str, start: int, end: int) -> tuple[str, int] | None:
    """ "the paper", "this newspaper", "the state broadcaster", "state television" at
    `start` -> (the phrase as written, its end)."""
    while start < end and text[start] == " ":
        start += 1
    m = _BARE_MEDIA.match(text, start, end)
    if m is not None:
        return _named_after(text, m.end(), end) or (m.group(), m.end())
    toks = tokens(text, start, min(end, start + 60))
    if toks and toks[0].low not in _MEDIA_OWNERS and is_capitalised(toks[0].text):
        # "Swedish newspaper Aftonbladet", "Japanese state broadcaster NHK": the outlet is the name
        noun = _media_noun(toks[1:4])
        return None if noun is None else _named_after(text, noun.end, end)
    noun = _media_noun(toks[1:4]) if len(toks) >= 2 and toks[0].low in _MEDIA_OWNERS else None
    if noun is None:
        return None
    stop = noun.end - (1 if noun.text.endswith(".") else 0)
    if text.startswith(("'s", "’s"), stop):
        return None  # "told the paper's editor": the medium owns the addressee
    return _named_after(text, stop, end) or (text[toks[0].start : stop], stop)


def _named_after(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The outlet's name right after its description ("public broadcaster NHK", "the French
    daily Le Monde") -> (the name, its end), or None."""
    at = pos + 1
    if not text.startswith(" ", pos) or at >= end or not text[at].isupper():
        return None
    name = outlet_phrase(text, at, end)
    if name is None or not text.startswith(name, at):
        return None
    return name, at + len(name)


def _media_noun(toks: list[Tok]) -> Tok | None:
    """A lowercase media noun after words only ("paper", "state broadcaster", "French daily");
    None for a name ("the Daily Courier", "the Weekly Standard") or anything else."""
    for tok in toks:
        if tok.low.rstrip(".") in MEDIA_NOUNS:
            return tok if tok.text.islower() else None
        if not tok.text.isalpha():
            return None  # a capitalised adjective may come before: "the French daily"
    return None


def relay_name(text: str, start: int, end: int) -> str:
    """An outlet as a relay, from its speaker phrase: its name when a description comes before it
    ("Japanese state broadcaster NHK" -> NHK), else the phrase as written ("ABC News")."""
    found = channel_phrase(text, start, end)
    return found[0] if found is not None and found[1] >= end - 1 else text[start:end]


def channel_phrase(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The relay channel at `start` -> (via as the article writes it, without a leading
    "the" before a name, and the offset where the channel phrase ends), or None."""
    media = media_noun_phrase(text, start, end)
    return media if media is not None else named_channel(text, start, end)


def named_channel(text: str, start: int, end: int) -> tuple[str, int] | None:
    """`channel_phrase` where no media noun phrase opens at `start`: an outlet's name."""
    name = outlet_phrase(text, start, end) or _possessive_name(text, start, end)
    if name is None:
        return None
    pos = text.find(name, start, end)
    if pos < 0:
        return None
    stop = pos + len(name)
    if text.startswith(("’s ", "'s "), stop):
        stop = _programme_end(text, stop + 3, end, stop)
    elif is_agent(first_low(text, stop, min(end, stop + 30))):
        return None  # "a letter to Boeing employees": the people addressed, not an outlet
    return name, stop


def _possessive_name(text: str, start: int, end: int) -> str | None:
    """ "CNN's State of the Union" -> "CNN": a capitalised word with a possessive."""
    toks = tokens(text, start, min(end, start + 60))
    toks = toks[1:] if toks and toks[0].low == "the" else toks
    if not toks or not toks[0].text[:1].isupper() or toks[0].text[-2:] not in ("’s", "'s"):
        return None
    return toks[0].text[:-2]


def _programme_end(text: str, pos: int, end: int, stop: int) -> int:
    """Where the outlet's programme named at `pos` ends ("told CNN's State of the Union",
    "told the Herald's podcast"); `stop` (the outlet's end) when none is named."""
    show = outlet_phrase(text, pos, end)
    if show is not None and text.startswith(show, pos):
        return pos + len(show)
    after = tokens(text, pos, min(end, pos + 37))
    return after[0].end if after and after[0].low in MEDIA_NOUNS else stop


def trailing_relay(text: str, start: int, end: int) -> str | None:
    """A relay named after the speaker of a content-first attribution: "..., said X, a
    scientist at Y, in an interview with the paper", "..., X said, speaking to Reuters"."""
    for m in _RELAY_LEAD.finditer(text, start, end):
        if _RELATIVE.search(text, start, m.start() + 1) is not None:
            return None  # "..., said X, who told the paper last year ...": another statement
        found = channel_phrase(text, m.end(), end)
        if found is not None:
            return found[0]
    return None


# The occasion a relay was heard on, named again ("said in the interview", "in that same
# call"): a later statement made on it comes through the same relay.
_OCCASIONS = ("interview", "conversation", "call", "broadcast", "podcast", "appearance", "segment", "exchange")
_OCCASION_RECALLED = re.compile(
    r"\b(?:in|during|on)\s+(?:the|that|this)\s+(?:same\s+)?(?:" + "|".join(_OCCASIONS) + r")\b",
    re.IGNORECASE,
)
_RECALL_REACH = 90  # characters either side of the cue word
RECALL_WINDOW = 2 * _RECALL_REACH
"""Characters of text `recalls_occasion` reads at most, around one cue."""


def recalls_occasion(text: str, cue_start: int) -> bool:
    """Whether the sentence around the cue at `cue_start` names the relayed occasion again
    ("Kurtz said in the interview that ...", "In that interview, she said ..."): the window
    stops at a sentence end on either side."""
    lo = max(0, cue_start - _RECALL_REACH)
    hi = min(len(text), cue_start + _RECALL_REACH)
    stop = max(text.rfind(". ", lo, cue_start), text.rfind("\n", lo, cue_start))
    lo = stop + 1 if stop >= 0 else lo
    ends = [i for i in (text.find(". ", cue_start, hi), text.find("\n", cue_start, hi)) if i >= 0]
    hi = min(ends) if ends else hi
    return _may_name_occasion(text[lo:hi]) and _OCCASION_RECALLED.search(text, lo, hi) is not None


def may_recall_occasion(text: str) -> bool:
    """False when no window of `text` can name an occasion (`recalls_occasion` is False
    at every cue): the text holds none of the occasions in lower case."""
    return _may_name_occasion(text)


def _may_name_occasion(window: str) -> bool:
    """False when `_OCCASION_RECALLED` cannot match in `window`: text holding none of its
    occasions in lower case (a few substring tests, where the case-blind regex tries every
    position). Text that `folds_oddly` is always searched."""
    if not window.isascii() and folds_oddly(window):
        return True
    low = window.lower()
    return (  # `_OCCASIONS`, tested one by one: no generator step per word
        "interview" in low
        or "conversation" in low
        or "call" in low
        or "broadcast" in low
        or "podcast" in low
        or "appearance" in low
        or "segment" in low
        or "exchange" in low
    )


_OUTLET_WORDS = tagged("channels.outlet_word") | MEDIA_NOUNS


def is_outlet(speaker: str) -> bool:
    """A news outlet by its name's last word ("the Herald", "The Associated Press", "the
    paper", "CNN"): what it reports of another party's words it relays."""
    words = speaker.split()
    return bool(words) and words[-1].lower().strip(".,’'") in _OUTLET_WORDS


def outlet_name(speaker: str) -> str:
    """The outlet as a relay is written: without a leading article before a name."""
    found = channel_phrase(speaker, 0, len(speaker))
    return found[0] if found is not None else speaker

