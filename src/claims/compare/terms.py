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


def stem(word: str) -> str:
    """A crude, language-agnostic stem: the word's first STEM_LEN characters.

    Enough to meet 'withheld'/'withholding', 'optimisation'/'optimization',
    'chipmakers'/'chipmaker' without a stemmer dependency.
    """
    if word.endswith("'s"):
        word = word[:-2]
    return word[:STEM_LEN]


def content_words(text: str) -> list[str]:
    """Normalised non-stopword tokens, in order (numbers kept whole)."""
    return [w for w in _WORD.findall(normalise(text).replace("'", "")) if w not in STOPWORDS]


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


def terms_of(text: str) -> Terms:
    return Terms(stems=tuple(stem(w) for w in content_words(text)), keys=key_terms(text))
