"""Documents and studies as speakers: "City records show ...", "A survey by X found ...",
"Data from the agency indicate ...". A record's finding is an attributed claim even without
`that`; a depiction ("the video shows a man ...") or a person's discovery ("police found a
knife") is not."""

from __future__ import annotations

from claims.extract.lexicon import tagged
from claims.extract.phrases import tokens

# Verbs by which a document states what it holds.
EVIDENTIAL = tagged("evidential_verb")

# Records, studies and counts: what they show is a claim credited to them. Pictures and
# footage depict rather than claim, and "results" is as often the writer's own analysis,
# so neither is listed.
DOCUMENT_NOUNS = tagged("document_noun")
# Words that end the head of a document noun phrase ("A survey [by the institute]",
# "Data [from the agency]", "Figures [released on Tuesday]").
_POSTMODIFIERS = tagged("evidence.postmodifiers")


_DEFINITE = tagged("evidence.definite")
# Counts of opinion ("the poll", "the latest survey"): taken by the writer from those asked,
# never the writer's own reading, so a definite one is a source too ("The poll shows ...").
_COUNTED = tagged("evidence.counted")
# Verbs by which the writer reads a document rather than reports its count ("suggests").
_HEDGED = tagged("evidence.hedged")
_ORIGIN = tagged("evidence.origin")


def cited_document(text: str, start: int, end: int, *, after_content: bool = False, lemma: str = "") -> bool:
    """The subject `text[start:end]` cites a document, record, study or poll as a source:
    its head noun (the word before any post-modifier) is a document noun, and it is brought
    in as evidence ("City records", "Court documents", "Polls", "A survey by X", "Data
    from the agency", "The audit released on Friday"), not re-read by the writer as a
    document already in hand ("The data suggests", "The company's annual report shows"):
    a definite or possessive subject counts only with its origin named after it, or when it
    follows the content as its attribution ("Rents rose 8%, the figures show")."""
    toks = [t for t in tokens(text, start, end) if t.text.replace("-", "").replace("'", "").replace("’", "").isalnum()]
    if not toks or len(toks) > 12:
        return False
    head, origin = len(toks) - 1, False
    for i, tok in enumerate(toks):
        if tok.low in _POSTMODIFIERS and i > 0:
            head, origin = i - 1, tok.low in _ORIGIN
            break
    if toks[head].low not in DOCUMENT_NOUNS:
        return False
    definite = toks[0].low in _DEFINITE or any(t.low.endswith(("'s", "’s")) for t in toks[:head])
    counted = toks[head].low in _COUNTED and lemma not in _HEDGED  # "The poll shows", not "The survey suggests"
    return origin or after_content or not definite or counted
