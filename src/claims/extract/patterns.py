"""Attribution patterns over one sentence: refusals, "according to", and reporting verbs
with the speaker before the cue ("X said that ..."), after the content ("..., X said"),
inverted ("..., said X") or elided ("X claimed ... and has long argued ...")."""

from __future__ import annotations

from itertools import islice

from claims.extract import cues
from claims.extract.asides import mid_sentence
from claims.extract.channels import trailing_relay
from claims.extract.evidence import EVIDENTIAL, cited_document
from claims.extract.found import Found
from claims.extract.labels import glued_to_hyphen, label_right_after, what_called, what_speaker
from claims.extract.lexicon import word_set
from claims.extract.multiword import according, refusals
from claims.extract.phrases import (
    count_words,
    drop_discourse,
    head_of_apposition,
    inside,
    iter_tokens,
    looks_like_speaker,
    main_subject,
    split_via,
    strip_span,
    tokens,
    word_before,
)
from claims.extract.quotes import has_quoted_speech, split_quote
from claims.extract.segment import quote_spans
from claims.extract.subjects import cue_start, subject_before
from claims.extract.tails import (
    addressed_in_person,
    content_start,
    cut_editorial,
    intro_via,
    looks_like_clause,
    modal_clause,
    object_infinitive,
    object_quote,
    opens_clause,
    tail,
    tail_quote,
    tells_audience,
)
from claims.models import Kind

__all__ = ["Found", "find_in_sentence"]

_NOUN_DETERMINERS = word_set("the a an this its their his her our my your no any every")
_IDIOM_BEFORE = word_set("having that to all than as")


def _verbs(text: str, s: int, e: int, quotes: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    characterised: list[Found] = []  # 'what critics called "..."': outside the chain of cues
    for m_start, m_end, form in cues.verb_matches(text[s:e])[: cues.MAX_PER_SENTENCE]:
        vs, ve = s + m_start, s + m_end
        lemma = cues.lemma(form)
        if inside(vs, quotes) or any(a <= vs < b for a, b in taken) or glued_to_hyphen(text, vs):
            continue
        if lemma in cues.OBJECT_COMPLEMENT and what_speaker(text, s, vs) is not None:
            what = what_called(text, s, e, vs, ve, lemma)
            if what is not None:
                what.cue = text[vs:ve]
                characterised.append(what)
            continue
        if lemma == "call" and label_right_after(text, ve, e):
            continue
        prev = out[-1] if out else None
        if prev is not None and vs < prev.cue_start + len(prev.cue):
            continue
        before = word_before(text, s, vs)
        quoted_as = before == "as" and word_before(text, s, vs - 4).endswith("quoted")
        if before in cues.PASSIVE or before in _NOUN_DETERMINERS or (before in _IDIOM_BEFORE and not quoted_as):
            continue
        if text.startswith(" by ", ve):
            continue
        cs = cue_start(text, s, vs)
        if before not in cues.AUXILIARIES and word_before(text, s, cs) in cues.PASSIVE:
            continue
        cue = text[cs:ve]
        lo = s
        if prev is not None:
            lo = max(lo, prev.end if prev.content_first else prev.cue_start)
        found = (
            _participle(text, s, e, lo, cs, ve, lemma, prev)
            if form.endswith("ing")
            else _finite(text, s, e, lo, cs, ve, lemma, form, prev)
        )
        if found is not None:
            found.cue = cue
            out.append(found)
    return out + characterised


def _participle(text: str, s: int, e: int, lo: int, cs: int, ve: int, lemma: str, prev: Found | None) -> Found | None:
    """ ", arguing they could ..." (speaker = the clause subject), "..., adding that ..."
    after another cue (the same speaker), "with X saying ..." and "X was quoted as saying"."""
    subj = subject_before(text, lo, cs)
    boundary = subj.boundary
    via: str | None = None
    if not subj.empty:
        toks = tokens(text, subj.start, subj.end)
        if not toks or toks[0].low != "with" or len(toks) < 2:
            return None
        speaker = _speaker_text(text, toks[1].start, subj.end)
    elif prev is not None and text[lo:cs].rstrip().endswith(","):
        speaker, via = prev.speaker, prev.via
    elif boundary is not None and (
        boundary.text == "," or (boundary.low == "as" and word_before(text, s, boundary.start) == "quoted")
    ):
        speaker = _speaker_text(text, *(main_subject(text, s, boundary.start) or (s, s)))
    else:
        return None
    if speaker is None:
        return None
    start = content_start(text, ve, e, lemma)
    if start is None:
        return None
    return Found(speaker, "", via, start, e, cs, boundary.start if boundary is not None else cs)


def _speaker_text(text: str, start: int, end: int) -> str | None:
    return text[start:end] if end > start and looks_like_speaker(text, start, end) else None


def _finite(
    text: str, s: int, e: int, lo: int, cs: int, ve: int, lemma: str, form: str, prev: Found | None
) -> Found | None:
    subj = subject_before(text, lo, cs)
    start, via, had_that = tail(text, ve, e, lemma)
    rest = text[start:e].strip()
    trailing = not rest.strip('.!?”"’ ') or text[start:e].lstrip().startswith(",")
    # "City records show roughly 1,400 listings": a record's finding needs no `that`.
    after_content = trailing and subj.boundary is not None and subj.boundary.text == ","
    evidential = (
        lemma in EVIDENTIAL
        and not subj.empty
        and cited_document(text, subj.start, subj.end, after_content=after_content)
    )
    if evidential and not had_that and not trailing:
        had_that = True
    if form in cues.NOUN_LIKE and not had_that and not rest.startswith(("“", '"', "‘")) and not evidential:
        return None
    boundary = subj.boundary
    after_break = boundary is not None and boundary.text in {",", "”", '"', "»", "’"}
    if (
        boundary is not None
        and boundary.text in {"”", '"', "»", "’"}
        and not had_that
        and text[boundary.start - 1 : boundary.start] in {",", "!", "?"}
        and count_words(text, start, e) <= 10
    ):
        trailing = True  # '"...," Mayor X told a news conference outside City Hall.'

    # Content first: "..., X said." / "“...,” said X."
    if after_break and (trailing or subj.empty) and boundary is not None:
        if prev is not None and not prev.content_first:
            return None
        c_start = drop_discourse(text, lo, boundary.start)
        if subj.empty:
            sp_end = e
            if text[start:e].lstrip().startswith(","):
                return None
            sp = head_of_apposition(text, ve, sp_end)
            sp = strip_span(text, *sp, chars=" \t\n,;:.")
        else:
            sp = (subj.start, subj.end)
        (ss, se), relay = split_via(text, *sp)
        resumed = tail_quote(text, ve, e)
        merged = (
            split_quote(text, (c_start, boundary.end), resumed)
            if resumed is not None and boundary.text in '”"»’'
            else None
        )
        if not looks_like_speaker(text, ss, se) or (count_words(text, c_start, boundary.end) < 3 and merged is None):
            return None
        if lemma in cues.COGNITION and text[ss:se].lower() in cues.FIRST_PERSON:
            return None  # "..., I think." is the writer's own hedge
        c_end = boundary.end if boundary.text in '”"»’' else boundary.start
        # The relay may follow the speaker and its apposition: "..., said X, a scientist at
        # Y, in an interview with the paper" / "..., X said, speaking to Reuters".
        via = via or relay or subj.aside_via or trailing_relay(text, ve, e)
        found = Found(text[ss:se], "", via, c_start, c_end, cs, c_start, content_first=True)
        found.in_person = via is None and addressed_in_person(text, lemma, ve, e)
        if merged is not None:
            found.start, found.end, found.kind = merged[0], merged[1], Kind.DIRECT
        else:
            found.tail_quote = resumed
        return found
    if lemma in cues.OBJECT_COMPLEMENT:
        quoted = object_quote(text, ve, e)
        if quoted is None or subj.empty or not looks_like_speaker(text, subj.start, subj.end):
            return None
        if not has_quoted_speech(text, ve, quoted):
            return None  # a nickname or title ("called the striker "The Wall"")
        return Found(
            text[subj.start : subj.end],
            "",
            None,
            ve,
            quoted,
            cs,
            boundary.start if boundary is not None else subj.start,
        )
    if lemma in cues.COMMITMENT and not had_that:
        clause = modal_clause(text, start, e)
        if clause is not None:
            start, had_that = clause, True
    if lemma in cues.COGNITION and (subj.empty or text[subj.start : subj.end].lower() in cues.FIRST_PERSON):
        return None  # the writer's "I think", "we believe", or no agent at all
    if (
        lemma in cues.WEAK
        and not had_that
        and not (lemma in cues.OBJECT_INFINITIVE and object_infinitive(text, start, e))
        and not (lemma in cues.COGNITION and opens_clause(text, start, e) and looks_like_clause(text, start, e))
    ):
        return None
    if count_words(text, start, e) < 2 or not opens_clause(text, start, e):
        return None
    if (
        lemma in cues.CLAUSAL
        and not had_that
        and not rest.startswith(("“", '"', "‘"))
        and not looks_like_clause(text, start, e)
    ):
        return None  # "acknowledged the crowd", "admitted three new members"
    if (
        lemma == "tell"
        and not had_that
        and via is None
        and not rest.startswith(("“", '"', "‘"))
        and not tells_audience(text, ve, e)
    ):
        return None  # "told the story of ...", "tells users when ..."
    if subj.empty:
        if boundary is None or boundary.low != "and" or prev is None:
            return None
        return Found(prev.speaker, "", via or prev.via, start, e, cs, boundary.start)
    first = tokens(text, subj.start, subj.end)[0].text
    if first in cues.FORM_TO_LEMMA and first not in cues.NOUN_LIKE:
        return None  # "Analysts say the data show ...": a cue nested in another's content
    ss = drop_discourse(text, subj.start, subj.end)
    subj_end = subj.end
    if subj_end < e and text[subj_end] in '”"’' and sum(text[ss:subj_end].count(q) for q in '“"‘') % 2 == 1:
        subj_end += 1
    (ss, se), relay = split_via(text, ss, subj_end)
    via_from: str | None = None
    speaker = text[ss:se]
    citing = _citing(text, lo, boundary.start if boundary is not None else ss)
    if citing is not None and boundary is not None and boundary.text == ",":
        via_from = speaker
        speaker = citing
    elif not looks_like_speaker(text, ss, se):
        return None
    if boundary is not None and boundary.text == "," and not (via or relay):
        via = intro_via(text, lo, boundary.start)
    via = via or relay or subj.aside_via
    return Found(
        speaker,
        "",
        via,
        start,
        e,
        cs,
        boundary.start if boundary is not None else ss,
        via_from=via_from,
        in_person=via is None and addressed_in_person(text, lemma, ve, start),
    )


def _citing(text: str, lo: int, end: int) -> str | None:
    """ "Citing people familiar with the matter, the report said" -> the cited party."""
    toks = list(islice(iter_tokens(text, lo, end), 2))
    if len(toks) < 2 or toks[0].low != "citing":
        return None
    sp = strip_span(text, toks[1].start, end)
    return text[sp[0] : sp[1]] if looks_like_speaker(text, *sp) else None


def find_in_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every attribution act in the sentence `text[s:e]`, in order of their cues."""
    quotes = quote_spans(text, s, e)
    found = refusals(text, s, e, quotes)
    taken = [(f.start, f.end) for f in found]
    aside = mid_sentence(text, s, e, quotes)
    if aside is not None:
        found.append(aside[0])
        taken.append(aside[1])
    found += according(text, s, e, quotes, taken)
    found += _verbs(text, s, e, quotes, taken)
    found.sort(key=lambda f: f.cue_start)
    for f in list(found):
        if f.tail_quote is not None:
            a, b = f.tail_quote
            found.append(Found(f.speaker, f.cue, f.via, a, b, b, b, kind=Kind.DIRECT))
    for i, f in enumerate(found):
        for later in found[i + 1 :]:
            if f.start < later.clause < f.end and not later.content_first:
                f.end = later.clause
        if f.kind is not Kind.NO_COMMENT:
            cut_editorial(text, f)
    return found
