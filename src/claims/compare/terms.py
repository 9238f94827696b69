"""Claim text -> comparable terms: stems of content words, names, numbers, quoted fragments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.text import normalise


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

STOPWORDS = _wordset(
    """
    a an the and or but nor so yet of to in on at by for from with about into onto over under
    as than that this these those there here it its it's itself is are was were be been being
    am has have had having do does did doing will would shall should can could may might must
    not no nor only also just very too more most less least much many some any all each every
    both either neither such own same other another which who whom whose what when where why how
    he him his she her hers they them their theirs we us our ours you your yours i me my mine
    if then else while because since until unless though although whether after before during
    up down out off again further once now still already even ever new said says say saying told
    tell added according one s t
    """
)

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_CAP = re.compile(r"\b(?:[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]|[A-Z])\b")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,}?)[\"“”«»]")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
STEM_LEN = 5


# A country and the adjective for it are one term ('American firms' ~ 'US chipmakers').
DEMONYMS = {
    "american": "usa", "americans": "usa", "america": "usa", "chinese": "china", "british": "uk",
    "britain": "uk", "russian": "russia", "japanese": "japan", "german": "germany", "french": "france",
    "indian": "india", "european": "eu", "korean": "korea", "canadian": "canada", "australian": "australia",
    "italian": "italy", "spanish": "spain", "mexican": "mexico", "brazilian": "brazil", "israeli": "israel",
    "iranian": "iran", "ukrainian": "ukraine", "turkish": "turkey", "danish": "denmark", "dutch": "netherlands",
    "swedish": "sweden", "swiss": "switzerland", "taiwanese": "taiwan",
}


def stem(word: str) -> str:
    """A crude, language-agnostic stem: the word's first STEM_LEN characters.

    Enough to meet 'withheld'/'withholding', 'optimisation'/'optimization',
    'chipmakers'/'chipmaker' without a stemmer dependency.
    """
    if word.endswith("'s"):
        word = word[:-2]
    return word[:STEM_LEN]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(normalise(text).replace("'", ""))


def content_words(text: str, tokens: list[str] | None = None) -> list[str]:
    """Normalised non-stopword tokens, in order (numbers kept whole, 'Chinese' read as 'china')."""
    words = _tokens(text) if tokens is None else tokens
    return [DEMONYMS.get(w, w) for w in words if w not in STOPWORDS]


@dataclass(frozen=True, slots=True)
class Terms:
    """What the comparer needs from one claim's content."""

    stems: tuple[str, ...]
    """Stems of the content words, in order (duplicates kept)."""
    keys: frozenset[str]
    """Key terms: capitalised names (not sentence-initial), numbers, quoted fragments."""


def key_terms(text: str) -> frozenset[str]:
    """Capitalised names, numbers and quoted fragments, normalised for comparison."""
    keys: set[str] = set()
    for m in _CAP.finditer(text):
        word = m.group(0)
        if m.start() == 0 and not word.isupper():
            continue  # sentence-initial capital says nothing
        low = word.lower()
        if low in STOPWORDS:
            continue
        keys.add("n:" + stem(low.rstrip(".")))
    for m in _NUM.finditer(text):
        keys.add("d:" + m.group(0).replace(",", ""))
    for m in _QUOTED.finditer(normalise(text).replace("'", "")):
        words = content_words(m.group(1))
        if len(words) >= 2:
            keys.add("q:" + " ".join(stem(w) for w in words))
    return frozenset(keys)


_US = re.compile(r"\b(?:U\.S\.A?\.?|USA|US|United States)(?![a-z])")
_UK = re.compile(r"\b(?:U\.K\.?|UK|United Kingdom)(?![a-z])")
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def acronyms(text: str) -> set[str]:
    """All-capital words ('AMD', 'AI'), lowercased: what a spelled-out name may abbreviate to."""
    return {m.group(0).lower() for m in _ACRONYM.finditer(text)}


def _extra_terms(text: str, words: list[str], known_acronyms: frozenset[str]) -> list[str]:
    """Country abbreviations ('U.S.', 'UK') and acronyms of spelled-out names.

    A run of 2-4 content words whose initials form an acronym seen elsewhere in the run
    ('Advanced Micro Devices' when some claim says 'AMD') gets that acronym as a term.
    """
    out: list[str] = []
    if _US.search(text):
        out.append("usa")
    if _UK.search(text):
        out.append("uk")
    out.extend("a:" + a for a in acronyms(text))
    if known_acronyms:
        for n in (2, 3, 4):
            for i in range(len(words) - n + 1):
                gram = words[i:i + n]
                if any(g in STOPWORDS or g.isdigit() for g in gram):
                    continue
                initials = "".join(g[0] for g in gram)
                if initials in known_acronyms:
                    out.append("a:" + initials)
    return out


def terms_of(text: str, known_acronyms: frozenset[str] = frozenset()) -> Terms:
    tokens = _tokens(text)
    stems = [stem(w) for w in content_words(text, tokens)]
    return Terms(stems=tuple(stems + _extra_terms(text, tokens, known_acronyms)), keys=key_terms(text))
