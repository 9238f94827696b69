"""Documents and studies as speakers: "City records show ...", "A survey by X found ...",
"Data from the agency indicate ...". A record's finding is an attributed claim even without
`that`; a depiction ("the video shows a man ...") or a person's discovery ("police found a
knife") is not."""

from __future__ import annotations

from claims.extract.lexicon import word_set
from claims.extract.phrases import tokens

# Verbs by which a document states what it holds.
EVIDENTIAL = frozenset({"show", "reveal", "find", "indicate", "suggest"})

# Records, studies and counts: what they show is a claim credited to them. Pictures and
# footage depict rather than claim, and "results" is as often the writer's own analysis,
# so neither is listed.
DOCUMENT_NOUNS = word_set(
    """
    record records document documents filing filings data figure figures statistic statistics
    study studies survey surveys poll polls polling report reports analysis analyses audit
    audits review reviews census inquiry investigation probe assessment evaluation estimate
    estimates research minutes transcript transcripts memo memos email emails papers paperwork
    autopsy ledger ledgers logs receipts invoices
    """
)
# Words that end the head of a document noun phrase ("A survey [by the institute]",
# "Data [from the agency]", "Figures [released on Tuesday]").
_POSTMODIFIERS = word_set(
    """
    by from of on in at for with into released published obtained filed reviewed seen compiled
    issued commissioned conducted prepared shared made cited
    """
)


_DEFINITE = word_set("the this these that those its their his her our")
_ORIGIN = word_set("by from released published obtained filed compiled issued commissioned conducted prepared")


def cited_document(text: str, start: int, end: int, *, after_content: bool = False) -> bool:
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
    return origin or after_content or not definite
