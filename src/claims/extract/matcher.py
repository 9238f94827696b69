"""The matcher: runs the frame table's rows over one sentence, sieve-style.

Finders offer candidates in a fixed order (refusal phrases, a mid-sentence attribution,
"according to", then each reporting verb in text order). For each candidate the rows of its
finder are tried in priority order; a row's checks run in order (`checks`), and the first row
whose checks all PASS claims the candidate and names it (`Found.rule`). A check may also DROP
the candidate (no claim from it). Claimed spans go to `taken`, where later candidates may not
start, so no span is claimed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from claims.extract import cues
from claims.extract.asides import mid_sentence
from claims.extract.checks import CHECKS, PASS, ROW_CHECKS, SKIP, Ctx, SentenceCtx, Verdict
from claims.extract.found import Found
from claims.extract.frames import FrameRow, table
from claims.extract.multiword import according, refusals
from claims.extract.segment import quote_spans


def _refusal_phrases(sent: SentenceCtx) -> Iterator[Ctx]:
    found = refusals(sent.text, sent.s, sent.e, sent.quotes)
    sent.taken += [(f.start, f.end) for f in found]
    for f in found:
        yield Ctx(sent, found=f)


def _mid_sentence(sent: SentenceCtx) -> Iterator[Ctx]:
    aside = mid_sentence(sent.text, sent.s, sent.e, sent.quotes)
    if aside is not None:
        sent.taken.append(aside[1])
        yield Ctx(sent, found=aside[0])


def _according_phrases(sent: SentenceCtx) -> Iterator[Ctx]:
    for f in according(sent.text, sent.s, sent.e, sent.quotes, sent.taken):
        yield Ctx(sent, found=f)


def _reporting_verbs(sent: SentenceCtx) -> Iterator[Ctx]:
    for m_start, m_end, form in cues.verb_matches(sent.text[sent.s : sent.e])[: cues.MAX_PER_SENTENCE]:
        prev = sent.chain[-1] if sent.chain else None
        yield Ctx(sent, sent.s + m_start, sent.s + m_end, form, cues.lemma(form), prev)


FINDERS = {
    "refusal_phrases": _refusal_phrases,
    "mid_sentence": _mid_sentence,
    "according_phrases": _according_phrases,
    "reporting_verbs": _reporting_verbs,
}


def run_row(ctx: Ctx, row: FrameRow) -> Verdict:
    """The row's checks in order: the first that does not PASS decides."""
    memo = ctx.memo
    for name in row.checks:
        verdict = memo.get(name)
        if verdict is None:
            verdict = CHECKS[name](ctx, row)
            if name not in ROW_CHECKS:
                memo[name] = verdict
        if verdict is not PASS:
            return verdict
    return PASS


def resolve(ctx: Ctx, rows: tuple[FrameRow, ...]) -> FrameRow | None:
    """The first row (in priority order) that claims the candidate, or None."""
    for row in rows:
        verdict = run_row(ctx, row)
        if verdict is PASS:
            return row if ctx.found is not None else None
        if verdict is not SKIP:
            return None
    return None


@cache
def _stages() -> tuple[tuple[str, tuple[FrameRow, ...], dict[str, tuple[FrameRow, ...]]], ...]:
    """Per finder (in order of its first row's priority): its general rows, and per verb the
    rows tried for it (the general rows and the verb's own complement frames, by priority)."""
    order: list[str] = []
    for row in table():
        if row.find not in order:
            order.append(row.find)
    stages = []
    for name in order:
        rows = [r for r in table() if r.find == name]
        general = tuple(r for r in rows if r.lemma is None)
        lemmas = {r.lemma for r in rows if r.lemma is not None}
        per_lemma = {
            lemma: tuple(r for r in rows if r.lemma is None or r.lemma == lemma) for lemma in lemmas if lemma
        }
        stages.append((name, general, per_lemma))
    return tuple(stages)


def match_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every claim the frame table finds in `text[s:e]`: the sentence-level finds, then the
    reporting verbs' claims in the order of their cues, then those kept out of the verbs' chain."""
    sent = SentenceCtx(text, s, e, quote_spans(text, s, e))
    found: list[Found] = []
    for name, general, per_lemma in _stages():
        for ctx in FINDERS[name](sent):
            row = resolve(ctx, per_lemma.get(ctx.lemma, general))
            if row is None or ctx.found is None:
                continue
            ctx.found.rule = row.id
            if name != "reporting_verbs":
                found.append(ctx.found)
            elif row.chains:
                sent.chain.append(ctx.found)
            else:
                sent.side.append(ctx.found)
    return found + sent.chain + sent.side
