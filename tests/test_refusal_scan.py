"""The refusal scan: a look-ahead on the first letters of its alternatives lets it skip
most words at once, with the same matches."""

from __future__ import annotations

import random
import re

from claims.extract import cues


def test_the_refusal_scan_matches_without_its_look_ahead() -> None:
    """The refusal pattern skips words that cannot start a refusal (a look-ahead on the first
    letters read from the alternatives' sources): it finds exactly what the plain one does."""
    assert cues._REFUSAL_RE.pattern.startswith(r"\b(?=[")
    plain = re.compile(r"\b(?:" + "|".join(cues._REFUSAL_ALTERNATIVES) + r")\b", re.IGNORECASE)
    words = re.findall(
        r"\S+",
        "did not didn't has hasn't respond responded to requests for comment could not be reached was "
        "unavailable DECLINED Refused to comment had no immediate comment would not say İs ıs not "
        "available The company no comment won't Neither none of cannot CAN’T immediately",
    )
    rng = random.Random(5)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 12)))
        assert [m.span() for m in cues._REFUSAL_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert cues.lead_letters("(?:a|b)?c") is None
    assert cues.lead_letters("a?b") is None
    assert cues.lead_letters(r"\s+x") is None
    assert cues.lead_letters("(?:ab|(?:cd|ef))x") == {"a", "c", "e"}
    assert cues.lead_pairs("(?:did|has)\\s+not") == {"di", "ha"}
    assert cues.lead_pairs("(?:a|an)\\s+x") is None
    assert cues.lead_pairs("ab?c") is None
    assert "(?=ar|" in cues._REFUSAL_RE.pattern  # the two-letter look-ahead is in place
