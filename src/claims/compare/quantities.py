"""Numbers in a claim, by kind, so two versions of one proposition can be checked for a conflict.

Kinds: `amount` (money or a bare 'N million'), `percent`, `year`, `date` (month + day) and
`count:<noun>` ('two sources', '14 ships'). Number words ('two', 'a dozen') count as numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from claims.text import normalise

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "a dozen": 12, "one": 1, "single": 1, "half a dozen": 6,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12}
MONTHS = ("january february march april may june july august september october november december")
_MONTHS = MONTHS.split()


def _factored(words: list[str]) -> str:
    """The alternation of `words` factored by their first letters ('e(?:ight(?:een|y)?|leven)'): at a
    place where no word starts, one test fails it, not one a word. It matches what the words longest
    first match, and prefers the same word: two words can both match at one place only when one begins
    the other, and the longer is tried first (a continuation before the empty one)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    out = []
    for first in sorted(by_first):
        rests = by_first[first]
        if len(rests) == 1:
            out.append(re.escape(first + rests[0]))
        else:
            inner = "(?:" + _factored([r for r in rests if r]) + ")"
            out.append(re.escape(first) + inner + ("?" if "" in rests else ""))
    return "|".join(out)


_NUMWORD = _factored(list(NUMBER_WORDS))
"""Any number word (`_factored`)."""
_NUMBER = rf"(?:\d+(?:[.,]\d+)*|{_NUMWORD})"
_HAS_NUMBER_WORD = re.compile(rf"\b(?:{_NUMWORD})\b")
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?P<cur>[$€£¥])?\s?(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE})\b(?:\s(?:dollars|euros|pounds|yuan))?"
    rf"|(?P<cur2>[$€£¥])\s?(?P<num2>\d+(?:[.,]\d+)*)"
)
_SCALE_END = re.compile(rf"(?:{_SCALE})\b")
"""A scale word where a word ends: what an `_AMOUNT` without a currency sign holds (its search skips to
the scale words' first letters)."""
_CURRENCY = frozenset("$€£¥")
_PERCENT = re.compile(rf"(?P<num>{_NUMBER})\s?(?:%|percent\b|per cent\b)")
_DATE = re.compile(rf"\b(?P<month>{'|'.join(_MONTHS)})\s(?P<day>\d{{1,2}})\b")
_MONTH = re.compile("|".join(_MONTHS))
"""A month's name anywhere: what a `_DATE` holds (its search skips to the months' first letters)."""
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_COUNT = re.compile(rf"\b(?P<num>{_NUMBER})\s(?P<noun>[a-z][a-z\-]+)")
_NOT_COUNT_NOUNS = frozenset({"of", "to", "and", "or", "in", "on", "at", "by", "for", "the", "a", "an",
                              "percent", "per", "times", "more", "less", "than", "day", "way", "another",
                              "who", "that", "which", *_MONTHS, *SCALES})


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Some character of the text is a digit (`str.isdigit`: a decimal digit as `\\d` reads it, or
    another digit such as '²', which only a text that is not ASCII holds)."""
    return _DIGIT.search(text) is not None or (not text.isascii() and any(c.isdigit() for c in text))


def _value(num: str) -> float | None:
    if num in NUMBER_WORDS:
        return float(NUMBER_WORDS[num])
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return None


def quantities(text: str) -> dict[str, set[float]]:
    """kind -> values mentioned. Spans used by one kind are not read again by a later one."""
    low = normalise(text)
    if not _has_digit(low) and not _HAS_NUMBER_WORD.search(low):
        return {}
    found: dict[str, set[float]] = defaultdict(set)
    used: list[tuple[int, int]] = []

    def take(kind: str, value: float | None, span: tuple[int, int]) -> None:
        if value is not None:
            found[kind].add(round(value, 6))
            used.append(span)

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in used)

    # An amount holds a currency sign or a scale word: a text with neither is not searched for one.
    for m in _AMOUNT.finditer(low) if _SCALE_END.search(low) or not _CURRENCY.isdisjoint(low) else ():
        if m.group("num2") is not None:
            take("amount", _value(m.group("num2")), m.span())
            continue
        v = _value(m.group("num"))
        take("amount", None if v is None else v * SCALES[m.group("scale")], m.span())
    if "%" in low or "percent" in low or "per cent" in low:  # what a percentage ends with
        for m in _PERCENT.finditer(low):
            if free(m.span()):
                take("percent", _value(m.group("num")), m.span())
    for m in _DATE.finditer(low) if _MONTH.search(low) else ():
        if free(m.span()):
            take("date", _MONTHS.index(m.group("month")) * 100 + float(m.group("day")), m.span())
    for m in _YEAR.finditer(low) if "19" in low or "20" in low else ():  # what a year starts with
        if free(m.span()):
            take("year", float(m.group("year")), m.span())
    for m in _COUNT.finditer(low):
        noun = m.group("noun")
        if not free(m.span()) or noun in _NOT_COUNT_NOUNS:
            continue
        if m.group("num") == "one" and low[m.end():m.end() + 3] == " of":
            continue
        take("count:" + noun.rstrip("s")[:6], _value(m.group("num")), m.span())
    return dict(found)


def conflicting(a: Mapping[str, AbstractSet[float]], b: Mapping[str, AbstractSet[float]]) -> list[str]:
    """Kinds both sides mention with no value in common."""
    return sorted(k for k in a.keys() & b.keys() if not a[k] & b[k])


Figures = Mapping[str, frozenset[float]]
"""A claim's numbers by kind, as `quantities` reads them, held for comparing pairs."""


def figures(text: str) -> Figures | None:
    """`quantities(text)` as frozen sets, or None when the text states no number."""
    found = quantities(text)
    return {kind: frozenset(values) for kind, values in found.items()} or None


def figures_clash(a: Figures | None, b: Figures | None) -> bool:
    """Both claims state a figure of one kind, with no value in common ('171 passengers' /
    '174 passengers'): two versions that disagree, so two propositions, never one group."""
    if a is None or b is None:
        return False
    for kind, values in a.items():  # (a kind of both with no value in common; no set of the kinds made)
        others = b.get(kind)
        if others is not None and values.isdisjoint(others):
            return True
    return False
