"""Extractor: Source -> attributed claims (who said what, to whom, where in the text).

Every claim's content is one contiguous span, `source.text[start:end] == content`. Two
patterns make that span hold the attribution too, because the claim lies on both sides of it:

- A quotation split by its cue, '"The plan," Mayor Ellen Tate said, "was never about cutting
  jobs."', is one direct claim from the first fragment's first character to the last
  fragment's last (quote marks and closing punctuation excluded at both ends):
  'The plan," Mayor Ellen Tate said, "was never about cutting jobs'. It is one sentence when
  the first fragment breaks off at a comma or dash and the second resumes in lower case with
  no clause-opening word; otherwise ('"We are ready," she said, "and the rest is up to
  them."', or a second quoted sentence) each fragment is its own claim (`quotes.split_quote`).
- An attribution set off by commas mid-sentence, "The bridge, officials said, is unsafe.",
  is one indirect (or mixed) claim whose content is the sentence without its final
  punctuation: "The bridge, officials said, is unsafe" (`asides`).

The speaker, cue and relay are still read exactly from the attribution, and the evidence
span is still verbatim.
"""

from __future__ import annotations

import hashlib
import time

from claims.errors import OverBudget
from claims.extract.patterns import Found, find_in_sentence
from claims.extract.quotes import inside_quote, is_whole_quote, shape, trim
from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, quote_spans, sentences
from claims.extract.speakers import resolve_in_source, resolve_speaker_ids
from claims.models import Claim, Kind, Source

__all__ = ["claim_id", "extract_claims", "resolve_speaker_ids"]

MIN_WORDS = 2


def claim_id(source_id: str, start: int, end: int) -> str:
    """Stable id: the source id and a hash of the span."""
    return f"{source_id}:{hashlib.sha1(f'{start}:{end}'.encode()).hexdigest()[:8]}"


def _continuation(text: str, s: int, e: int, last: Found | None) -> Found | None:
    """A sentence that is wholly a quotation, right after a quoted claim, continues it."""
    if last is None or last.kind not in (Kind.DIRECT, Kind.MIXED):
        return None
    a, b = trim(text, s, e)
    if b < len(text) and text[b : b + 1] in ".!?" and b + 1 == e:
        b = e
    if not is_whole_quote(text, a, b):
        return None
    qs, qe = inside_quote(text, a, b)
    return Found(last.speaker, last.cue, last.via, qs, qe, qs, qs, kind=Kind.DIRECT, via_from=last.via_from)


def _open_quote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The words of a quotation that opens a paragraph and runs on past its end, the
    convention for a quote continued in the next paragraph."""
    if text[s] not in OPEN_QUOTES or text[e - 1] in CLOSE_QUOTES:
        return None
    if quote_spans(text, s, e) != [(s, e)]:
        return None
    a, b = trim(text, s + 1, e)
    return (a, b) if len(text[a:b].split()) >= MIN_WORDS else None


def _quoted_by(span: tuple[int, int], claim: Found) -> Found:
    return Found(
        claim.speaker,
        claim.cue,
        claim.via,
        span[0],
        span[1],
        span[0],
        span[0],
        kind=Kind.DIRECT,
        via_from=claim.via_from,
    )


def _shaped(text: str, found: Found) -> Found | None:
    if found.kind is Kind.NO_COMMENT:
        start, end = trim(text, found.start, found.end)
        kind = Kind.NO_COMMENT
    else:
        start, end, kind = shape(text, found.start, found.end)
        if found.kind is Kind.DIRECT:
            kind = Kind.DIRECT
    if len(text[start:end].split()) < MIN_WORDS and kind is not Kind.NO_COMMENT:
        return None
    found.start, found.end, found.kind = start, end, kind
    return found


def extract_claims(source: Source, deadline: float | None = None) -> list[Claim]:
    """All attributed claims in a source's body, in text order.

    Every claim satisfies `source.text[claim.start:claim.end] == claim.content`.
    `speaker_id` is resolved within the source (pronouns and short forms name the party
    introduced earlier); `resolve_speaker_ids` makes ids consistent across a run.
    `deadline` (a `time.process_time()` value): past it, between two sentences, `OverBudget`
    is raised.
    """
    text = source.text
    budget = 0.0 if deadline is None else deadline - time.process_time()
    found: list[Found] = []
    last_sentence: tuple[int, Found | None] = (-1, None)
    pending: list[tuple[int, int]] = []  # run-on quotations waiting for the claim that attributes them
    for index, sent in enumerate(sentences(text, source.body_start, source.body_end)):
        if deadline is not None and time.process_time() > deadline:
            raise OverBudget(source.id, budget)
        here = [f for f in (_shaped(text, f) for f in find_in_sentence(text, sent.start, sent.end)) if f is not None]
        follows = last_sentence[0] == index - 1
        if not here and follows:
            cont = _continuation(text, sent.start, sent.end, last_sentence[1])
            here = [cont] if cont is not None else []
        if not here:
            opened = _open_quote(text, sent.start, sent.end)
            last = last_sentence[1]
            if opened is not None and follows and last is not None and last.kind in (Kind.DIRECT, Kind.MIXED):
                here = [_quoted_by(opened, last)]
            elif opened is not None:
                pending.append(opened)
                continue
        if here and pending and here[0].kind in (Kind.DIRECT, Kind.MIXED):
            found.extend(_quoted_by(span, here[0]) for span in pending)
        pending.clear()
        if here:
            last_sentence = (index, here[-1])
        found.extend(here)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for f in found:
        if (f.start, f.end) in seen or f.kind is None:
            continue
        seen.add((f.start, f.end))
        claims.append(
            Claim(
                id=claim_id(source.id, f.start, f.end),
                source=source.id,
                outlet=source.outlet,
                speaker=f.speaker,
                speaker_id="",
                via=f.via,
                cue=f.cue,
                kind=f.kind,
                content=text[f.start : f.end],
                start=f.start,
                end=f.end,
            )
        )
    vias = {claim_id(source.id, f.start, f.end): f.via_from for f in found if f.via_from}
    in_person = {claim_id(source.id, f.start, f.end) for f in found if f.in_person}
    return resolve_in_source(claims, vias, text, in_person)
