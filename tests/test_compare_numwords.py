"""The factored number-word alternation (quantities._NUMWORD) matches what the plain one, longest
word first, matches: the same spans, the same word preferred."""

from __future__ import annotations

import random
import re

from claims.compare import quantities
from claims.compare.quantities import NUMBER_WORDS
from claims.compare.quantities import quantities as read_quantities

PLAIN = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))


def _texts() -> list[str]:
    rnd = random.Random(7)
    pieces = [*NUMBER_WORDS, "teen", "ty", "often", "twone", "eighteenine", "a", "half", " ", "-", "1.5",
              "million", "m", "$", "%", "per cent", "ships"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) for _ in range(5000)]


def test_factored_alternation_matches_as_the_plain_one() -> None:
    for wrap in ("(?:{})", r"\b(?:{})\b", r"(?P<num>{})\s?(?:%|percent\b|per cent\b)"):
        plain, factored = re.compile(wrap.format(PLAIN)), re.compile(wrap.format(quantities._NUMWORD))
        for text in _texts():
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in factored.finditer(text)], text


def test_figures_of_number_words_and_amounts() -> None:
    assert read_quantities("Eighteen ships and half a dozen ferries, $4.2 million") == {
        "amount": {4_200_000.0}, "count:ship": {18.0}, "count:ferrie": {6.0}}
    assert read_quantities("costs rose 12 per cent to 40 million") == {"percent": {12.0}, "amount": {40_000_000.0}}
    assert read_quantities("the paper reported it") == {}
