"""A statement set off as its own paragraph without quotation marks, after a cue that ends its
paragraph with a colon: "Koczkar apologised to customers, saying: ¶ Our teams are continuing to
work around the clock ..." (press releases and filings quoted as block quotations). The paragraph
after the colon is the cue's direct claim.

Only one paragraph, only when it reads as prose (a capital, five words or more, a sentence's
final mark) and opens with no quotation mark (a quoted one is read as a quotation already), and
only when the words before the colon end with a cue of saying or writing ("said:", "saying:",
"wrote in a statement:", "told reporters:").
"""

from __future__ import annotations

import re

from claims.extract import cues
from claims.extract.segment import OPEN_QUOTES, Sentence

_COLON_END = re.compile(r":\s*\Z")
_LEAST_WORDS = 5
_CUE_REACH = 60  # characters before the colon read for the cue
_LEMMAS = frozenset({"say", "write", "state", "add", "tell", "explain", "announce", "note", "declare", "post", "tweet"})


def block_quote_after(text: str, split: list[Sentence], index: int) -> int | None:
    """The index of the last sentence of the paragraph after sentence `index`, when that paragraph
    is a block quotation the sentence's closing cue introduces; else None."""
    sent = split[index]
    if _COLON_END.search(text, sent.start, sent.end) is None or index + 1 >= len(split):
        return None
    nxt = split[index + 1]
    if nxt.para == sent.para:
        return None
    head = text[max(sent.start, sent.end - _CUE_REACH) : sent.end]
    if not any(cues.FORM_TO_LEMMA.get(form) in _LEMMAS for _, _, form in cues.verb_matches(head)):
        return None
    last = index + 1
    while last + 1 < len(split) and split[last + 1].para == nxt.para:
        last += 1
    first = text[nxt.start : nxt.start + 1]
    body = text[nxt.start : split[last].end].rstrip()
    if first in OPEN_QUOTES or not first.isupper() or len(body.split()) < _LEAST_WORDS or body[-1:] not in ".!?":
        return None
    return last
