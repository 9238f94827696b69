"""Extractor: Source -> attributed claims (who said what, to whom, where in the text).

Every claim's content is one contiguous span, `source.text[start:end] == content`. Two
patterns make that span hold the attribution too, because the claim lies on both sides of it:

- A quotation that runs on under one cue is one direct claim from its first word to its last,
  with the attribution inside the span: '"The plan," Mayor Ellen Tate said, "was never about
  cutting jobs."' gives 'The plan," Mayor Ellen Tate said, "was never about cutting jobs'; so
  do '"A," she said. "B."', a quotation continued in the next sentence or paragraph, and
  paragraphs of an open quotation before the one that carries the attribution.
- An attribution set off by commas mid-sentence, "The bridge, officials said, is unsafe.",
  is one indirect (or mixed) claim whose content is the sentence without its final
  punctuation: "The bridge, officials said, is unsafe" (`asides`).

The speaker, cue and relay are still read exactly from the attribution, and the evidence
span is still verbatim.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import NamedTuple

from claims.errors import OverBudget
from claims.extract.blockquotes import block_quote_after
from claims.extract.channels import RECALL_WINDOW, may_recall_occasion, recalls_occasion
from claims.extract.colons import caps_transcript
from claims.extract.lexicon import tagged
from claims.extract.marks import widen_to_pairs, working_copy
from claims.extract.matcher import SPEAKER_LABEL_REACH, match_paragraph
from claims.extract.patterns import Found, find_in_sentence
from claims.extract.phrases import fewer_words
from claims.extract.quotes import is_whole_quote, shape, trim, trim_start
from claims.extract.segment import CLOSE_QUOTES, OPEN_QUOTES, Sentence, sentences
from claims.extract.speaker_edges import before_its_noun, speaker_edges
from claims.extract.speakers import resolve_speaker_ids, speaker_ids_in_source
from claims.extract.tails import adjunct_only
from claims.models import Claim, Kind, Source, prevalidated

__all__ = ["claim_id", "extract_claims", "resolve_speaker_ids"]

MIN_WORDS = 2


def claim_id(source_id: str, start: int, end: int) -> str:
    """Stable id: the source id and a hash of the span."""
    return f"{source_id}:{hashlib.sha1(f'{start}:{end}'.encode()).hexdigest()[:8]}"


DEADLINE_READ = 2000
"""Characters of sentences read between two looks at the clock for `extract_claims`'s
deadline (a sentence holds at most `segment.MAX_SENTENCE`): the overrun past the deadline
stays bounded, the clock is not read at every sentence."""

TAIL_MOST = 80  # characters of a bare attribution after a closed quotation ('Ann Lee said Friday.')


def _closed_then_said(text: str, sent: Sentence, nxt: Sentence | None) -> list[Found]:
    """A whole quotation closed with its own stop, then a bare attribution sentence:
    '"We will appeal." Ann Lee said.' is one direct claim (the segmenter splits at '."').
    The two are read as one sentence; the claim stands only when it is the quotation."""
    if nxt is None or nxt.para != sent.para or nxt.end - nxt.start > TAIL_MOST:
        return []
    a, b = trim(text, sent.start, sent.end)
    if b - a < 4 or text[a] not in OPEN_QUOTES or text[b - 1] not in CLOSE_QUOTES or text[b - 2] not in ".!?":
        return []
    if not is_whole_quote(text, a, b) or not text[nxt.start : nxt.start + 1].isupper():
        return []
    merged = [f for f in (_shaped(text, f) for f in find_in_sentence(text, sent.start, nxt.end)) if f is not None]
    if len(merged) != 1 or not merged[0].content_first or merged[0].end > b:
        return []
    merged[0].kind = Kind.DIRECT
    return merged


def _quoted_by(pending: Found, claim: Found) -> Found:
    """A pending quotation credited to the quoted claim after it; it keeps its row's id."""
    return Found(
        claim.speaker,
        claim.cue,
        claim.via,
        pending.start,
        pending.end,
        pending.start,
        pending.start,
        kind=Kind.DIRECT,
        via_from=claim.via_from,
        rule=pending.rule,
    )


def _shaped(text: str, found: Found) -> Found | None:
    if found.kind is Kind.NO_COMMENT:
        start, end = trim(text, found.start, found.end)
        kind = Kind.NO_COMMENT
    else:
        start, end, kind = shape(text, found.start, found.end)
        if found.kind is Kind.DIRECT:
            kind = Kind.DIRECT
    short = fewer_words(text, start, end, MIN_WORDS) and not _answer(text, start, end)
    if kind is not Kind.NO_COMMENT and short and not _quoted_word(text, start, end, kind):
        return None
    if kind is Kind.INDIRECT and adjunct_only(text, start, end):
        return None  # "he said after the meeting": when or where, not what
    found.start, found.end, found.kind = start, end, kind
    return found


def _quoted_word(text: str, start: int, end: int, kind: Kind) -> bool:
    """A quoted answer of one word ('she said, "Probably."'; '"Absolutely," he said'): a
    direct claim whose quotation marks stand right around it."""
    return (
        kind is Kind.DIRECT
        and start > 0
        and text[start - 1] in OPEN_QUOTES
        and text[end : end + 2].lstrip(",.!?")[:1] in CLOSE_QUOTES
        and text[start:end].strip().isalpha()
    )


_ANSWERS = tagged("answer_word")


def _answer(text: str, start: int, end: int) -> bool:
    """A bare "yes" or "no" as all the content ("75 percent said yes, but ..."; "the senator
    said no."): an answer; not "said no to the plan", whose content goes on."""
    return text[start:end].lower() in _ANSWERS and text[end : end + 1] in (",", ".", ";", "")


def _turn(text: str, split: list[Sentence], index: int, transcript: bool, floor: int) -> tuple[Found, int] | None:
    """A paragraph opened by a speaker's name and a colon ('Q: ...', 'ANN LEE: ...'): one
    claim to the paragraph's end, and the index of the paragraph's last sentence. The line is
    read from `floor` (the body's start) at the earliest."""
    sent = split[index]
    if index > 0 and split[index - 1].para == sent.para:
        return None
    line_start = max(text.rfind("\n", 0, sent.start) + 1, floor)
    while line_start < sent.start and text[line_start].isspace():
        line_start += 1
    if text.find(":", line_start, line_start + SPEAKER_LABEL_REACH) < 0:
        return None  # no label can end in reach (`speaker_turns`): most paragraphs, before their sentences are walked
    last = index
    while last + 1 < len(split) and split[last + 1].para == sent.para:
        last += 1
    turn = match_paragraph("speaker_turns", text, line_start, split[last].end, transcript=transcript)
    shaped = None if turn is None else _shaped(text, turn)
    return None if shaped is None else (shaped, last)


def extract_claims(source: Source, deadline: float | None = None) -> list[Claim]:
    """All attributed claims in a source's body, in text order.

    Every claim satisfies `source.text[claim.start:claim.end] == claim.content`.
    `speaker_id` is resolved within the source (pronouns and short forms name the party
    introduced earlier); `resolve_speaker_ids` makes ids consistent across a run.
    `deadline` (a `time.process_time()` value): past it, between two sentences, `OverBudget`
    is raised.
    """
    text = working_copy(source.text)
    budget = 0.0 if deadline is None else deadline - time.process_time()
    reading = _Reading(text, sentences(text, source.body_start, source.body_end))
    reading.transcript = caps_transcript(text, source.body_start, source.body_end)
    reading.body_start = source.body_start
    check_from = 0  # the clock is read at the first sentence, then about every DEADLINE_READ characters
    for index, sent in enumerate(reading.split):
        if deadline is not None and sent.start >= check_from:
            if time.process_time() > deadline:
                raise OverBudget(source.id, budget)
            check_from = sent.start + DEADLINE_READ
        reading.read(index, sent)
    return _claims(source, text, reading.found)


_QUOTED = (Kind.DIRECT, Kind.MIXED)


@dataclass(slots=True)
class _Reading:
    """What the sentence loop of `extract_claims` carries from one sentence to the next."""

    text: str
    split: list[Sentence]
    found: list[Found] = field(default_factory=list)
    last: Found | None = None  # the last claim of sentence `last_index`
    last_index: int = -1
    # Run-on quotations waiting for the claim that attributes them (row `quote_pending`).
    pending: list[Found] = field(default_factory=list)
    skip: int = -1  # a sentence already read with the one before it
    transcript: bool = False  # names in capitals open speakers' turns ('ANN LEE: ...')
    turn_until: int = -1  # the last sentence of a paragraph read as one speaker's turn
    body_start: int = 0  # no turn is read before the body (front matter, a title line)

    def read(self, index: int, sent: Sentence) -> None:
        """Take the sentence's claims; else let it continue the last quotation, open a
        run-on quotation (kept pending), or end the pending ones."""
        if index == self.skip or index <= self.turn_until:
            return
        if (index == 0 or self.split[index - 1].para != sent.para) and self._turn(index):  # turns open paragraphs
            return
        here = self._claims_in(index, sent)
        if not here and self.text.find(":", sent.start, sent.end) >= 0:  # 'Ann Lee: "..."' within a paragraph
            labelled = match_paragraph("labelled_quotes", self.text, sent.start, sent.end)
            here = [] if labelled is None else [labelled]
            if not here:
                here = self._block_quote(index, sent)
        if here:
            self._take(index, here)
        else:
            self._runs_on(index, sent)

    def _block_quote(self, index: int, sent: Sentence) -> list[Found]:
        """The next paragraph as the direct claim of a cue that ends this one with a colon
        ("..., saying: ¶ Our teams are ..."; `blockquotes`); its sentences are then read."""
        last = block_quote_after(self.text, self.split, index)
        if last is None:
            return []
        found = find_in_sentence(self.text, sent.start, self.split[last].end)
        nxt = self.split[index + 1].start
        here = [f for f in found if f.start >= nxt]
        if not here:
            return []
        claim = here[0]
        claim.start, claim.end = trim(self.text, nxt, self.split[last].end)
        claim.kind = Kind.DIRECT
        self.turn_until = last
        return [claim]

    def _turn(self, index: int) -> bool:
        """Whether the sentence opens a speaker's turn ('Q: ...', 'ANN LEE: ...'), taken as
        one claim to its paragraph's end."""
        turn = _turn(self.text, self.split, index, self.transcript, self.body_start)
        if turn is None:
            return False
        self.pending.clear()
        self.found.append(turn[0])
        self.turn_until = self.last_index = turn[1]
        self.last = turn[0]
        return True

    def _claims_in(self, index: int, sent: Sentence) -> list[Found]:
        """The sentence's claims; else the claim of a closed quotation and the bare
        attribution sentence after it (which is then skipped)."""
        text = self.text
        found = find_in_sentence(text, sent.start, sent.end)  # most sentences: none
        here = [shaped for f in found if (shaped := _shaped(text, f)) is not None] if found else []
        if not here:
            nxt = self.split[index + 1] if index + 1 < len(self.split) else None
            # (`_closed_then_said`'s first test, here: most sentences are not followed by a short one)
            if nxt is not None and nxt.para == sent.para and nxt.end - nxt.start <= TAIL_MOST:
                here = _closed_then_said(text, sent, nxt)
                self.skip = index + 1 if here else self.skip
        return here

    def _runs_on(self, index: int, sent: Sentence) -> None:
        """A sentence with no claim of its own, through the `quote_runs` rows: it continues the
        quotation of the claim just before it (`quote_runs_on`: that claim runs on to the
        sentence's last quoted word and names the row), or opens a run-on quotation kept
        pending (`quote_pending`), or ends the pending ones."""
        prev = self.last if self.last_index == index - 1 else None
        text, a = self.text, trim_start(self.text, sent.start, sent.end)
        # (`matcher._quote_runs` first, here: most sentences open with no quotation mark)
        found = match_paragraph("quote_runs", text, sent.start, sent.end, prev) if (
            a < sent.end and text[a] in OPEN_QUOTES) else None
        if found is None:
            self.pending.clear()
        elif not found.cue:  # no cue yet: a quotation waiting for the claim that credits it
            self.pending.append(found)
        elif prev is not None:  # the claim runs on under the same cue: one claim to the last quoted word
            prev.end, prev.rule = found.end, found.rule
            if prev.kind is Kind.INDIRECT:  # 'She said A. "B."': reported, then quoted
                prev.kind = Kind.MIXED
            self.last_index = index

    def _take(self, index: int, here: list[Found]) -> None:
        """Keep the sentence's claims; a quoted one attributes the run-on quotations before
        it, as the start of its own span ('"A\n\n"B," she said': one quotation) or as
        direct claims of their own."""
        first = here[0]
        if self.pending and first.kind in _QUOTED:
            if first.content_first:
                first.start, first.rule = self.pending[0].start, self.pending[0].rule
            else:
                self.found.extend(_quoted_by(pending, first) for pending in self.pending)
        self.pending.clear()
        self.last_index, self.last = index, _runs_from(here)
        self.found.extend(here)


def _runs_from(here: list[Found]) -> Found:
    """The claim of a sentence that a quotation in the next one may continue: the last, or a
    direct quotation before the attribution when only unquoted claims follow it ('"A," X said,
    referring to Y. "B."': A runs on to B, not the participle's claim)."""
    last = here[-1]
    if last.kind in _QUOTED:
        return last
    quoted = next((f for f in reversed(here) if f.kind in _QUOTED), None)
    return quoted if quoted is not None and quoted.content_first and quoted.kind is Kind.DIRECT else last


class _Said(NamedTuple):
    """A found claim as speaker resolution reads it, before its `Claim` is built."""

    id: str
    speaker: str
    via: str | None
    kind: Kind


def _noun_as_cue(f: Found) -> bool:
    """ "Editor's note: ...", "The only hope the town has ...": the "speaker" ends where a noun
    must follow, so the cue is that noun (a participle's subject is read elsewhere)."""
    return before_its_noun(f.speaker) and not f.cue.endswith("ing")


def _claims(source: Source, text: str, found: list[Found]) -> list[Claim]:
    """The found claims as `Claim`s of the source (each span once, on the original text),
    with speaker ids resolved within it (before the `Claim`s are built: each is built once)."""
    original = source.text
    kept: list[tuple[Found, _Said]] = []
    seen: set[tuple[int, int]] = set()
    for f in found:
        if (f.start, f.end) in seen or f.kind is None:
            continue
        f.speaker = speaker_edges(f.speaker)
        if not f.speaker or _noun_as_cue(f):
            continue  # no party named: a time word or an adverb is never a speaker
        seen.add((f.start, f.end))
        if text is not original:
            f.start, f.end = widen_to_pairs(original, f.start, f.end)
        kept.append((f, _Said(claim_id(source.id, f.start, f.end), f.speaker, f.via, f.kind)))
    vias = {claim_id(source.id, f.start, f.end): f.via_from for f in found if f.via_from}
    in_person = {claim_id(source.id, f.start, f.end) for f in found if f.in_person}
    # Only a party first quoted through a relay has one to pass on: without any, nothing is recalled.
    recalled: set[str] = set()
    if vias or any(said.via for _, said in kept):
        unrelayed = [(f, said) for f, said in kept if said.via is None]
        # (the whole text is ruled out first only where the cues' windows together are longer:
        # where it names no occasion, no window does)
        if len(unrelayed) * RECALL_WINDOW <= len(text) or may_recall_occasion(text):
            recalled = {said.id for f, said in unrelayed if recalls_occasion(text, f.cue_start)}
    windows = _windows(kept, source.body_start)
    ids = speaker_ids_in_source([said for _, said in kept], vias, original, in_person, recalled, windows)
    return [
        _claim({
            "id": said.id,
            "source": source.id,
            "outlet": source.outlet,
            "speaker": f.written or f.speaker,
            "speaker_id": speaker_id,
            "via": via,
            "cue": f.cue,
            "kind": said.kind,
            "content": original[f.start : f.end],
            "start": f.start,
            "end": f.end,
            "group": None,
            "rule": f.rule,
        })
        for (f, said), (speaker_id, via) in zip(kept, ids, strict=True)
    ]


def _windows(kept: list[tuple[Found, _Said]], body_start: int) -> list[tuple[int, int]]:
    """Per claim: where the claim before it ends (its content or its cue, whichever is later;
    the body's start for the first) and where its own words begin (content or cue)."""
    out, last = [], body_start
    for f, _ in kept:
        out.append((last, min(f.start, f.cue_start)))
        last = max(last, f.end, f.cue_start + len(f.cue))
    return out


_CLAIM_FIELDS_SET = set(Claim.model_fields) - {"group"}
"""The fields `Claim(...)` above was given (never changed in place: model_copy() copies it first)."""


def _claim(values: dict[str, object]) -> Claim:
    """`Claim(**values)` without re-validation: every value is of its field's type already, in the
    fields' order."""
    return prevalidated(Claim, values, _CLAIM_FIELDS_SET)
