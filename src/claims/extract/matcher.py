"""The matcher: runs the frame table's rows over one sentence, sieve-style.

Finders offer candidates in a fixed order (refusal phrases, a mid-sentence attribution,
"according to", then each reporting verb in text order). For each candidate the rows of its
finder are tried in priority order; a row's checks run in order (`checks`), and the first row
whose checks all PASS claims the candidate and names it (`Found.rule`); a check that SKIPs
sends the candidate to the next row, one that DROPs ends it (no claim). Claimed spans go to
`taken`, where later candidates may not start, so no span is claimed twice.

Rows of a paragraph-level finder (speaker turns, run-on quotations) are never run per
sentence: the sentence loop asks for them with `match_paragraph`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from claims.extract import cues, frames
from claims.extract.asides import mid_sentence
from claims.extract.captions import captions
from claims.extract.channels import is_outlet, outlet_name
from claims.extract.checks import CHECKS, DROP, ROW_CHECKS, Check, Ctx, SentenceCtx
from claims.extract.colons import colons_before_quotes
from claims.extract.found import Found
from claims.extract.frames import FrameRow, table
from claims.extract.multiword import according, refusals
from claims.extract.newsroom import may_hold_finding, outlet_findings
from claims.extract.nouncues import may_hold_noun_cue, noun_cues
from claims.extract.outreach import unanswered
from claims.extract.phrases import folds_oddly, inside
from claims.extract.quotes import trim_start
from claims.extract.segment import OPEN_QUOTES, quote_spans

# The sentence-level finders give their candidates as a list, worked out when the matcher
# reaches them (most give none: no generator to start); the reporting verbs as a generator,
# each candidate made when it is taken (`prev` is the claim of the verb before it).


def _refusal_phrases(sent: SentenceCtx) -> Iterable[Ctx]:
    if not sent.refusing:
        return ()
    found = refusals(sent.text, sent.s, sent.e, sent.quotes, sent.low)
    sent.taken += [(f.start, f.end) for f in found]
    return [Ctx(sent, found=f) for f in found]


def _unanswered_requests(sent: SentenceCtx) -> Iterable[Ctx]:
    if not sent.refusing or sent.taken:  # (its content is the whole clause: not over a refusal)
        return ()
    found = unanswered(sent.text, sent.s, sent.e, sent.quotes)
    sent.taken += [(f.start, f.end) for f in found]
    return [Ctx(sent, found=f) for f in found]


def _outlet_findings(sent: SentenceCtx) -> Iterable[Ctx]:
    found = outlet_findings(sent.text, sent.s, sent.e, sent.quotes, sent.low)
    found = [f for f in found if not inside(f.cue_start, sent.taken)]
    sent.taken += [(f.start, f.end) for f in found]
    return [Ctx(sent, found=f) for f in found]


def _captions(sent: SentenceCtx) -> Iterable[Ctx]:
    found = captions(sent.text, sent.s, sent.e, sent.quotes, sent.low)
    sent.taken += [(f.clause, f.end) for f in found]  # the verb of posting too: no claim of its own
    return [Ctx(sent, found=f) for f in found]


def _mid_sentence(sent: SentenceCtx) -> Iterable[Ctx]:
    aside = mid_sentence(sent.text, sent.s, sent.e, sent.quotes)
    if aside is None:
        return ()
    sent.taken.append(aside[1])
    return (Ctx(sent, found=aside[0]),)


def _according_phrases(sent: SentenceCtx) -> Iterable[Ctx]:
    if not sent.according:
        return ()
    return [Ctx(sent, found=f) for f in according(sent.text, sent.s, sent.e, sent.quotes, sent.taken)]


def _reporting_verbs(sent: SentenceCtx) -> Iterator[Ctx]:
    for m_start, m_end, form in sent.verbs[: cues.MAX_PER_SENTENCE]:
        prev = sent.chain[-1] if sent.chain else None
        # `cues.lemma(form)`, looked up at once: a form found in a sentence has single spaces
        yield Ctx(sent, sent.s + m_start, sent.s + m_end, form, cues.FORM_TO_LEMMA.get(form, form), prev)


def _noun_phrases(sent: SentenceCtx) -> Iterable[Ctx]:
    low = sent.low if sent.low is not None else sent.text[sent.s : sent.e].lower()
    if not may_hold_noun_cue(low):
        return ()
    claimed = [(f.start, f.end) for f in (*sent.found, *sent.chain, *sent.side)]
    first_verb = sent.s + sent.verbs[0][0] if sent.verbs else sent.e
    # (not one whose clause opens past the first verb: "critics asked about his claim that
    # ...": the outer verb reports it)
    found = noun_cues(sent.text, sent.s, sent.e, sent.quotes, claimed)
    return [Ctx(sent, found=f) for f in found if f.clause <= first_verb]


FINDERS = {
    "refusal_phrases": _refusal_phrases,
    "unanswered_requests": _unanswered_requests,
    "outlet_findings": _outlet_findings,
    "captions": _captions,
    "mid_sentence": _mid_sentence,
    "according_phrases": _according_phrases,
    "reporting_verbs": _reporting_verbs,
    "noun_phrases": _noun_phrases,
}


Plan = tuple[tuple[FrameRow, tuple[Check, ...], int, int], ...]
"""Rows in priority order, each with its check functions, how many leading checks it
shares with the row before it (up to the first check that depends on the row), and how
many checks it has."""


def plan(rows: list[FrameRow] | tuple[FrameRow, ...]) -> Plan:
    out = []
    before: tuple[str, ...] = ()
    for row in rows:
        common = 0
        while common < min(len(before), len(row.run)) and before[common] == row.run[common]:
            if before[common] in ROW_CHECKS:
                break
            common += 1
        out.append((row, tuple(CHECKS[name] for name in row.run), common, len(row.run)))
        before = row.run
    return tuple(out)


def resolve(ctx: Ctx, rows: Plan) -> FrameRow | None:
    """The first row (in priority order) whose checks all pass, or None when a check drops
    the candidate or no row applies. A check shared with the row before is not run again: a
    row whose shared checks ended in SKIP is skipped, and the next row starts where the two
    part (checks that build the claim end their row, so no check runs twice)."""
    passed, skipped = 0, False  # the previous row's first `passed` checks passed, then one skipped
    for row, checks, common, n in rows:
        if skipped and common > passed:
            continue
        i = common if common < passed else passed
        while i < n:
            verdict = checks[i](ctx, row)
            if verdict:  # not PASS
                break
            i += 1
        else:
            return row if ctx.found is not None else None
        if verdict is DROP:
            return None
        passed, skipped = i, True
    return None


Stage = tuple[str, Plan, dict[str, Plan]]


@cache
def _stages() -> tuple[Stage, ...]:
    """Per finder (in order of its first row's priority): the plan of its general rows, and per
    verb the plan tried for it (the general rows and the verb's own complement frames)."""
    order: list[str] = []
    for row in table():
        if row.find not in order and row.find not in frames.PARAGRAPH_FINDERS:
            order.append(row.find)
    stages = []
    for name in order:
        rows = [r for r in table() if r.find == name]
        lemmas = {r.lemma for r in rows if r.lemma}
        per_lemma = {lemma: plan([r for r in rows if r.lemma is None or r.lemma == lemma]) for lemma in lemmas if lemma}
        stages.append((name, plan([r for r in rows if r.lemma is None]), per_lemma))
    return tuple(stages)


def sentence_state(text: str, s: int, e: int) -> SentenceCtx | None:
    """The sentence's state for `match`, or None when no finder has a cue in it (most sentences). It
    notes which of the refusal and "according to" finders can find something, so that the
    others are not run ("according to" matches only where the lower-cased text holds
    "according", unless the text `folds_oddly`)."""
    sentence = text[s:e]
    verbs = cues.verb_matches(sentence)
    if sentence[:1].isupper() or sentence[:1] in "\"“(":  # cheap: the sentence may open with "Noting ..."
        opening = cues.opening_participle(sentence)
        if opening is not None:
            verbs = [opening, *verbs]
    low = sentence.lower()
    refusing = cues.may_hold_refusal(sentence, low)
    according = cues.may_hold_according(low)
    if not verbs and not according and not refusing and not may_hold_noun_cue(low) and not may_hold_finding(low):
        return None
    according = according or (not sentence.isascii() and folds_oddly(sentence))
    # every field given in order: no keyword matching, no default factories to call
    return SentenceCtx(text, s, e, quote_spans(text, s, e), verbs, [], [], [], [], False, low, refusing, according)


def _keep(sent: SentenceCtx, found: Found, finder: str, row: FrameRow) -> None:
    """A sentence-level find, a claim of the verbs' chain (the next verb's `prev`), or one
    kept beside it ('what critics called "..."')."""
    found.rule = row.id
    if finder != "reporting_verbs":
        sent.found.append(found)
    elif row.chains:
        if found.content_first and is_outlet(found.speaker) and _relays(sent, found):
            return
        if found.content_first and sent.chain and _reports(found, sent.chain[-1]):
            sent.chain.pop()  # "The crew told police that A, the chief said": the chief's claim
        sent.chain.append(found)
    else:
        sent.side.append(found)


def _relays(sent: SentenceCtx, outlet: Found) -> bool:
    """An outlet's attribution after claims it reports, which it relays instead of making one
    of its own: "A, according to people familiar with it, Bloomberg reported", '"A," said the
    firm in a statement, the Herald reports', "The board said A, the Herald reported"."""
    if _relays_according(sent, outlet):
        return True
    inner = sent.chain[-1] if sent.chain else None
    if inner is None or not (_quoted_within(outlet, inner) or _reports(outlet, inner)):
        return False
    inner.via = inner.via or outlet_name(outlet.speaker)
    if not inner.content_first:
        inner.end = outlet.end  # (the reported clause runs on to the outlet's attribution)
    return True


def _relays_according(sent: SentenceCtx, outlet: Found) -> bool:
    """An "according to" claim of the sentence lies in the content an outlet reports: the
    outlet becomes its relay (the sources keep the speaker)."""
    inner = next((f for f in sent.found if f.rule.startswith(("according_to", "mid_sentence.according"))
                  and outlet.start <= f.cue_start < outlet.end), None)
    if inner is None:
        return False
    inner.via = inner.via or outlet_name(outlet.speaker)
    inner.end = min(inner.end, outlet.end)  # (not past the outlet's own attribution)
    return True


def _quoted_within(outer: Found, inner: Found) -> bool:
    """`inner`, an attribution after its own content, has its cue in `outer`'s content: the
    outer attribution reports the inner one."""
    return inner.content_first and outer.start <= inner.cue_start < outer.end


def _reports(outer: Found, inner: Found) -> bool:
    """`outer`, an attribution after its content, reports `inner`: the inner claim's cue lies
    in the outer content, and the inner content runs on to the outer attribution."""
    return not inner.content_first and outer.start <= inner.cue_start < outer.end <= inner.end


def match_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every claim the frame table finds in `text[s:e]`: the sentence-level finds, then the
    reporting verbs' claims in the order of their cues, then those kept out of the verbs' chain."""
    sent = sentence_state(text, s, e)
    return [] if sent is None else match(sent)


def match(sent: SentenceCtx) -> list[Found]:
    """`match_sentence` on a sentence's state."""
    for name, general, per_lemma in _stages():
        for ctx in FINDERS[name](sent):
            row = resolve(ctx, per_lemma.get(ctx.lemma, general))
            if row is not None and ctx.found is not None:
                _keep(sent, ctx.found, name, row)
    return sent.found + sent.chain + sent.side


SPEAKER_LABEL_REACH = 80
"""Characters from a paragraph's start within which a speaker's label ends (at a colon)."""


def _speaker_turns(text: str, s: int, e: int) -> bool:
    """A paragraph with a colon in its first 80 characters, where a speaker's label ends."""
    return ":" in text[s : min(e, s + SPEAKER_LABEL_REACH)]


def _quote_runs(text: str, s: int, e: int) -> bool:
    """A sentence that opens with a quotation mark."""
    a = trim_start(text, s, e)
    return a < e and text[a] in OPEN_QUOTES


def _labelled_quotes(text: str, s: int, e: int) -> bool:
    """A sentence with a colon right before a quotation mark ('Ann Lee: "..."')."""
    return next(colons_before_quotes(text, s, e), None) is not None


PARAGRAPH_FINDERS = {"speaker_turns": _speaker_turns, "quote_runs": _quote_runs, "labelled_quotes": _labelled_quotes}


@cache
def _paragraph_plans() -> dict[str, Plan]:
    return {name: plan([r for r in table() if r.find == name]) for name in PARAGRAPH_FINDERS}


def match_paragraph(
    finder: str, text: str, s: int, e: int, prev: Found | None = None, transcript: bool = False
) -> Found | None:
    """The claim of the first row of a paragraph-level finder (`speaker_turns` on a paragraph
    `text[s:e]`, `quote_runs` and `labelled_quotes` on a sentence) whose checks pass, named by that row; `prev` is
    the claim just before, `transcript` whether names in capitals open speakers' turns."""
    if not PARAGRAPH_FINDERS[finder](text, s, e):
        return None
    ctx = Ctx(SentenceCtx(text, s, e, [], [], transcript=transcript), prev=prev)
    row = resolve(ctx, _paragraph_plans()[finder])
    if row is None or ctx.found is None:
        return None
    ctx.found.rule = row.id
    return ctx.found
