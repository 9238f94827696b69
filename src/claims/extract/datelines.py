"""Wire datelines at the start of a paragraph: where the story was filed, when, by which agency.

A dateline is never part of a claim and never its speaker. The forms recognised:

    MILLBROOK, Ohio (AP) —          SAN JOSE, Calif., March 3 (Reuters) -
    GENEVA (Reuters) -              NEW DELHI:
    LONDON —                        WASHINGTON, Jan. 5 —
    Geneva (Agency) —               Washington, March 3 —
    (ABC News) —                    (USA Today)-
    Washington —

A place in capitals may stand alone before the dash; so may a place written in ordinary case
("Washington — Special counsel ...") when a capital follows the dash and no other dash the
sentence (so that "Smith — who ... —" and "Smith — Jones's rival — said" are never read as
datelines); with a comma or a hyphen it needs an agency in parentheses or a date.
"""

from __future__ import annotations

import re

_CAPS = r"[A-Z][A-Z.'’-]+"
_NAME = r"[A-Z][A-Za-z.'’-]*"
_TITLE = r"[A-Z][a-z][A-Za-z.'’-]*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_REGION = rf"(?:,[ ]{_NAME}(?:[ ]{_NAME}){{0,2}}){{0,2}}"
_DATE = rf",?[ ]{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?"
_AGENCY = r"[ ]?\([A-Z][\w .&’'/-]{0,40}\)"
_DASH = r"(?:[ ]?[—–][ ]?|[ ]--?[ ])"

_DATELINE = re.compile(
    rf"(?:{_CAPS}(?:[ ]{_CAPS}){{0,3}}{_REGION}(?:{_DATE})?(?:{_AGENCY})?(?:{_DASH}|:[ ])"
    rf"|{_TITLE}(?:[ ]{_TITLE}){{0,2}}{_REGION}(?:(?:{_DATE})?{_AGENCY}|{_DATE}){_DASH}"
    r"|\([A-Z][\w .&’'/-]{0,40}\)[ ]?(?:[—–]|--?)[ ]?"
    rf"|{_TITLE}(?:[ ]{_TITLE}){{0,2}}[ ]?[—–][ ]?)"
    r"\s*"
)


def _has_dash_or_colon(text: str, start: int, stop: int) -> bool:
    """Whether `text[start:stop]` holds a dash or a colon, one of which ends every dateline."""
    return (
        text.find("—", start, stop) >= 0
        or text.find("–", start, stop) >= 0
        or text.find("-", start, stop) >= 0
        or text.find(":", start, stop) >= 0
    )


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the text after a dateline at `start` begins; `start` when there is none."""
    if not ("A" <= text[start : start + 1] <= "Z" or text.startswith("(", start)):
        return start  # every dateline opens with a capital letter or an agency credit
    stop = min(end, start + 120)
    if (text.find("—", start, stop) < 0 and text.find("–", start, stop) < 0 and text.find("-", start, stop) < 0
            and text.find(":", start, stop) < 0):
        return start  # (`_has_dash_or_colon`) every dateline ends with one: most paragraphs stop here
    m = _DATELINE.match(text, start, stop)
    if m is None or m.end() >= end:
        return start
    if "(" in m.group():
        return m.end()  # an agency credit: "GENEVA (Reuters) - shares of ..."
    if text[m.end()].islower():
        return start  # "NASA — the space agency — said": an aside, not a dateline
    bare = "," not in m.group()
    if bare and any(d in text[m.end() : end] for d in "—–"):
        return start  # "ACME — Acme Corp's new unit — said": a name and an aside
    return m.end()
