"""Claim texts that are not one proposition: fragments (none) and compounds (two).

A compound claim joins two statements ("fares will rise, and the depot will close"); the
clusterer lets it join a group but not bridge two (clustering.average_link). A compound here
is a text whose two sides of ", and" / ", but" / ";" each have at least COMPOUND_SIDE words.

A fragment never counts as a single-outlet finding.

An extractor can leave a bare circumstance as a claim ("In a press conference on Thursday",
"on Friday", "after the meeting"): it asserts nothing, so "only one outlet says this" would be a
false lead. A fragment here is a text with no word at all, or one of at most 12 words that opens
with a preposition of time, place or occasion and has no verb-like word (a word ending in -ed, or
one of a few common finite verbs) and no clause break. Short quoted descriptions ('"a catastrophe"',
'"unprecedented"') are claims and stay claims; refusals are never fragments.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9'’]+")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPENERS = _words("in on at during after before since until by from for with amid following over within")
_VERBS = _words(
    """
    is are was were be been being has have had do does did will would can could may might must
    shall should says said say told tells make makes made take takes took get gets got go goes went
    come comes came know knows knew see sees saw find finds found give gives gave need needs want
    wants think thinks thought seem seems
    """
)


def is_fragment(content: str) -> bool:
    """True for a text that asserts nothing on its own ('In a press conference on Thursday')."""
    first = _WORD.search(content)
    if first is None:  # no word at all
        return True
    if first.group(0).lower() not in _OPENERS:  # most texts: the first word decides, the rest is not read
        return False
    found = _WORD.findall(content)
    if "," in content.strip(" ,") or len(found) > 12:
        return False
    words = [w.lower() for w in found]
    return not any(w in _VERBS or (len(w) > 4 and w.endswith("ed")) for w in words)


COMPOUND_SIDE = 5
_JOINS = re.compile(r",\s+(?:and|but|while)\s+|;\s+")


def is_compound(content: str) -> bool:
    """True for 'X, and Y' with a statement on each side (both at least COMPOUND_SIDE words)."""
    for m in _JOINS.finditer(content):
        left, right = content[: m.start()], content[m.end():]
        if len(_WORD.findall(left)) >= COMPOUND_SIDE and len(_WORD.findall(right)) >= COMPOUND_SIDE:
            return True
    return False
