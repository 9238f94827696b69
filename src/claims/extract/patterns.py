"""Attribution patterns over one sentence: refusals, "according to", and reporting verbs
with the speaker before the cue ("X said that ..."), after the content ("..., X said"),
inverted ("..., said X") or elided ("X claimed ... and has long argued ...")."""

from __future__ import annotations

from itertools import islice

from claims.extract import cues
from claims.extract.asides import mid_sentence
from claims.extract.channels import trailing_relay
from claims.extract.complements import FRAME_LEMMAS, frame_start
from claims.extract.evidence import EVIDENTIAL, cited_document
from claims.extract.found import Found
from claims.extract.labels import glued_to_hyphen, label_right_after, what_called, what_speaker
from claims.extract.lexicon import word_set
from claims.extract.multiword import according, refusals
from claims.extract.phrases import (
    DISCOURSE,
    PUNCT,
    VERBISH,
    Tok,
    antecedent,
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
    word_after,
    word_before,
)
from claims.extract.quotes import has_quoted_speech, inside_quote, is_whole_quote, split_quote
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
from claims.extract.times import is_time_word
from claims.models import Kind

__all__ = ["Found", "find_in_sentence"]

# Words that open a trailing adjunct after "...," X said: '"...," she said during a talk on
# Thursday with ...', '"...," he said of his rival, before ...'.
_ADJUNCT_OPENERS = word_set(
    """
    of during in at on before after while as to from with about when amid following since
    outside inside through over under ahead last this earlier later afterward afterwards
    """
)
# Cues whose bare complement is nearly always a reported clause ("who said she would ..."),
# unlike "reported any injuries" or "noted the date".
_BARE_CLAUSE = word_set("say tell claim argue insist warn add write")
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
                what.rule = "what_called"
                characterised.append(what)
            continue
        if lemma == "call" and label_right_after(text, ve, e):
            continue
        prev = out[-1] if out else None
        if prev is not None and vs < prev.cue_start + len(prev.cue):
            continue
        before = word_before(text, s, vs)
        quoted_as = before == "as" and word_before(text, s, vs - 4).endswith("quoted")
        if before == "to" and form == lemma and prev is None:
            act = _to_say(text, s, e, vs, ve, lemma)
            if act is not None:
                act.cue = text[vs:ve]
                out.append(act)
            continue
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


# Verbs before "to say" that make it a plan, a wish or a refusal, not an act of saying:
# "wants to say", "declined to say", "is expected to say", "has yet to say".
_NOT_AN_ACT = word_set(
    """
    want wants wanted plan plans planned expect expects expected going hope hopes hoped decline
    declines declined refuse refuses refused able unable yet likely unlikely about ready need needs
    needed have has had try tries tried seem seems seemed appear appears appeared wish wishes
    wished intend intends intended like used begin began start started afraid reluctant
    willing unwilling prepared set due expected supposed allowed permitted forced asked told urged
    continue continues continued would will could should might must may can
    needless suffice fair safe hard early soon easy difficult strange impossible enough is was
    """
)
_TO_SAY = frozenset({"say", "tell", "add", "write", "argue", "insist", "declare", "note", "claim", "warn"})


def _to_say(text: str, s: int, e: int, vs: int, ve: int, lemma: str) -> Found | None:
    """ "X went on to say that ...", "X took to Twitter to say ...": an act of saying by the
    clause subject, unless the verb before `to` makes it a plan or a refusal."""
    if lemma not in _TO_SAY:
        return None
    to_start = text.rfind("to", s, vs)
    if word_before(text, s, to_start) in _NOT_AN_ACT:
        return None
    if text[ve:e].lstrip().startswith((",", ".")):
        return None  # "Needless to say, ...": an idiom
    start, via, had_that = tail(text, ve, e, lemma)
    quoted = text[start:e].lstrip().startswith(("“", '"', "‘"))
    if not (had_that or quoted or looks_like_clause(text, start, e)) or count_words(text, start, e) < 2:
        return None
    sp = main_subject(text, s, to_start)
    if sp is None or not looks_like_speaker(text, *sp):
        return None
    return Found(text[sp[0] : sp[1]], "", via, start, e, vs, vs, rule="to_say.act")


def _participle(text: str, s: int, e: int, lo: int, cs: int, ve: int, lemma: str, prev: Found | None) -> Found | None:
    """ ", arguing they could ..." (speaker = the clause subject), "..., adding that ..."
    after another cue (the same speaker), "with X saying ..." and "X was quoted as saying"."""
    subj = subject_before(text, lo, cs)
    boundary = subj.boundary
    via: str | None = None
    head = text[lo:cs].rstrip()
    toks = tokens(text, subj.start, subj.end) if not subj.empty else []
    rule = "participle.clause"
    if toks and toks[0].low == "with" and len(toks) >= 2:
        speaker, rule = _speaker_text(text, toks[1].start, subj.end), "participle.with"
    elif prev is not None and head.endswith(","):
        speaker, via, rule = prev.speaker, prev.via, "participle.adding"
    elif head.endswith(",") or (head.endswith(" by") and word_before(text, s, cs) == "by"):
        # "X attacked the plan, saying ...", "X won votes by saying ...": the clause subject
        cut = len(head) - (1 if head.endswith(",") else 3)
        speaker = _speaker_text(text, *(main_subject(text, s, lo + cut) or (s, s)))
    elif not subj.empty:
        return None
    elif boundary is not None and (
        boundary.text == "," or (boundary.low == "as" and word_before(text, s, boundary.start) == "quoted")
    ):
        speaker = _speaker_text(text, *(main_subject(text, s, boundary.start) or (s, s)))
        rule = "participle.quoted_as" if boundary.low == "as" else "participle.clause"
    else:
        return None
    if speaker is None:
        return None
    start = content_start(text, ve, e, lemma)
    if start is None:
        return None
    return Found(speaker, "", via, start, e, cs, boundary.start if boundary is not None else cs, rule=rule)


# An opening phrase that is an adverbial, not a claim: a discourse marker, a preposition
# or a time word first ("Still,", "In 2008,", "Last year,", "On Monday,").
_INTRO_OPENERS = DISCOURSE | _ADJUNCT_OPENERS | word_set("a few one two several many")
_INTRO_MOST_WORDS = 6


_ADJUNCT_MOST_WORDS = 8


def _adjunct_then_comma(text: str, start: int, e: int) -> bool:
    """After "..., X said": a short adjunct that ends the sentence ("in Ohio on Monday.") or
    is closed by a comma before a participle ("in Ohio, noting ..."): no content."""
    if word_after(text, start, e) not in _ADJUNCT_OPENERS:
        return False
    comma = text.find(",", start, e)
    if comma < 0:
        comma = e
    elif not word_after(text, comma + 1, e).endswith("ing"):
        return False  # "..., X said at the meeting, the pier will close": a clause resumes
    return (
        count_words(text, start, comma) <= _ADJUNCT_MOST_WORDS
        and not looks_like_clause(text, start, comma)
        and not any(q in text[start:comma] for q in '“"')
    )


def _intro_adverbial(text: str, a: int, b: int) -> bool:
    toks = tokens(text, a, b)
    if not toks or len(toks) > _INTRO_MOST_WORDS or any(t.text in PUNCT or t.low in VERBISH for t in toks):
        return False
    first = toks[0]
    return first.low in _INTRO_OPENERS or is_time_word(first.text) or first.text.isdigit()


def _after_intro(
    text: str, e: int, ve: int, cs: int, ss: int, se: int, via: str | None, resumed: tuple[int, int] | None
) -> Found | None:
    """The claim after "<adverbial>, X said, ...": a quotation, or a clause."""
    speaker = text[ss:se]
    if resumed is not None:
        return Found(speaker, "", via, resumed[0], resumed[1], cs, ss, kind=Kind.DIRECT, rule="content_first.intro")
    comma = text.find(",", ve, e)
    if comma < 0 or text[ve:comma].strip():
        return None
    start = comma + 1
    while start < e and text[start].isspace():
        start += 1
    if count_words(text, start, e) < 3 or not opens_clause(text, start, e) or not looks_like_clause(text, start, e):
        return None
    return Found(speaker, "", via, start, e, cs, ss, rule="content_first.intro")


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
        and (
            count_words(text, start, e) <= 10
            or word_after(text, start, e) in _ADJUNCT_OPENERS
            or (lemma == "tell" and is_whole_quote(text, drop_discourse(text, lo, boundary.start), boundary.end))
        )
    ):
        trailing = True  # '"...," Mayor X told a news conference outside City Hall.'
    elif not trailing and not had_that and boundary is not None and boundary.text == ",":
        trailing = _adjunct_then_comma(text, start, e)  # "..., X said in Ohio, adding ..."

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
        if not looks_like_speaker(text, ss, se):
            return None
        if boundary.text == "," and _intro_adverbial(text, c_start, boundary.start):
            # "In 2008, she said, the pier was shut" / "Still, he said, "...."": the opening
            # phrase is an adverbial, not content; the claim is what follows the cue.
            return _after_intro(text, e, ve, cs, ss, se, via or relay or subj.aside_via, resumed)
        if count_words(text, c_start, boundary.end) < 3 and merged is None:
            return None
        if lemma in cues.COGNITION and text[ss:se].lower() in cues.FIRST_PERSON:
            return None  # "..., I think." is the writer's own hedge
        c_end = boundary.end if boundary.text in '”"»’' else boundary.start
        # The relay may follow the speaker and its apposition: "..., said X, a scientist at
        # Y, in an interview with the paper" / "..., X said, speaking to Reuters".
        via = via or relay or subj.aside_via or trailing_relay(text, ve, e)
        if (
            boundary.text == ","
            and resumed is not None
            and not has_quoted_speech(text, c_start, c_end)
            and not cues.verb_matches(text[ve : resumed[0]])  # "..., she said, adding, "..."": two claims
        ):
            # "Asked about the plan, she said, "...."": the quotation is the content.
            return Found(
                text[ss:se], "", via, resumed[0], resumed[1], cs, ss, kind=Kind.DIRECT, rule="content_first.quote_after"
            )
        rule = "content_first.inverted" if subj.empty else "content_first"
        found = Found(text[ss:se], "", via, c_start, c_end, cs, c_start, content_first=True, rule=rule)
        found.in_person = via is None and addressed_in_person(text, lemma, ve, e)
        if merged is None and resumed is not None:
            merged = _run_on(text, c_start, c_end, resumed)
        if merged is not None:
            found.start, found.end, found.kind = merged[0], merged[1], Kind.DIRECT
        return found
    framed = frame_start(text, lemma, start, e) if not had_that and lemma in FRAME_LEMMAS else None
    if framed is not None:
        start, had_that = framed[0], True
    if lemma in cues.OBJECT_COMPLEMENT and framed is None:
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
            rule="object_quote",
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
    # "said that with the votes counted, ...": after `that`, an opening adverbial is content
    adverbial_after_that = (
        had_that and framed is None and word_after(text, start, e) in _ADJUNCT_OPENERS and "," in text[start:e]
    )
    if count_words(text, start, e) < 2 or (
        framed is None and not adverbial_after_that and not opens_clause(text, start, e)
    ):
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
        if framed is not None and prev is None:
            return None
        if (prev is None or boundary is None or boundary.low != "and") and (
            form == lemma or not (had_that or (lemma in _BARE_CLAUSE and looks_like_clause(text, start, e)))
        ):
            return None  # "may seek to ... and publicly assert that": a plan, not an act
        return _elided_or_relative(text, lo, start, e, cs, boundary, via, prev)
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
        rule=framed[1] if framed is not None else ("speaker_before.citing" if via_from is not None else "speaker_before"),
    )


def _elided_or_relative(
    text: str, lo: int, start: int, e: int, cs: int, boundary: Tok | None, via: str | None, prev: Found | None
) -> Found | None:
    """A cue with no subject of its own: "X claimed A and has argued B" (the previous
    speaker), "The firm lost money but said B" (the clause subject), "..., Ann Ruiz, who
    said B" (the relative pronoun's antecedent)."""
    if boundary is None:
        return None
    if boundary.low in {"and", "but"}:
        if prev is not None:
            return Found(prev.speaker, "", via or prev.via, start, e, cs, boundary.start, rule="elided.previous")
        sp = main_subject(text, lo, boundary.start)
        if sp is None or not looks_like_speaker(text, *sp):
            return None
        return Found(text[sp[0] : sp[1]], "", via, start, e, cs, boundary.start, rule="elided.clause_subject")
    if boundary.low == "who" or (boundary.low == "which" and text[lo : boundary.start].rstrip().endswith(",")):
        head_end = boundary.start
        if text[lo:head_end].rstrip().endswith(","):
            head_end = text.rindex(",", lo, head_end)
        sp = antecedent(text, lo, head_end)
        if sp is None:
            return None
        return Found(text[sp[0] : sp[1]], "", via, start, e, cs, boundary.start, rule="relative")
    return None


def _run_on(text: str, c_start: int, c_end: int, resumed: tuple[int, int]) -> tuple[int, int] | None:
    """'"A," she said, "B."': one quotation interrupted by its attribution is one claim,
    from A's first word to B's last (the attribution lies inside the span)."""
    if not is_whole_quote(text, c_start, c_end):
        return None
    start = inside_quote(text, c_start, c_end)[0]
    end = inside_quote(text, *resumed)[1]
    return (start, end) if end > start else None


def _citing(text: str, lo: int, end: int) -> str | None:
    """ "Citing people familiar with the matter, the report said" -> the cited party."""
    toks = list(islice(iter_tokens(text, lo, end), 2))
    if len(toks) < 2 or toks[0].low != "citing":
        return None
    sp = strip_span(text, toks[1].start, end)
    return text[sp[0] : sp[1]] if looks_like_speaker(text, *sp) else None


def _fold_relayed(found: list[Found]) -> None:
    """ "According to Reuters, the agency said X" / "X, the agency said, according to
    Reuters": one claim, the agency's, passed on by Reuters. The outer "according to"
    claim whose content holds another attribution becomes that claim's relay."""
    for outer in [f for f in found if f.cue.lower().startswith("according")]:
        inner = [g for g in found if g is not outer and outer.start <= g.cue_start < outer.end]
        if not inner:
            continue
        for g in inner:
            g.via = g.via or outer.speaker
            if g.start < outer.cue_start < g.end:
                g.end = outer.cue_start  # "..., according to Reuters" closes the content
        found.remove(outer)


def find_in_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every attribution act in the sentence `text[s:e]`, in order of their cues."""
    quotes = quote_spans(text, s, e)
    found = refusals(text, s, e, quotes)
    for f in found:
        f.rule = "refusal"
    taken = [(f.start, f.end) for f in found]
    aside = mid_sentence(text, s, e, quotes)
    if aside is not None:
        aside[0].rule = "mid_sentence.according_to" if aside[0].cue.lower().startswith("according") else "mid_sentence"
        found.append(aside[0])
        taken.append(aside[1])
    for f in according(text, s, e, quotes, taken):
        f.rule = "according_to.first" if f.cue_start < f.start else "according_to.after"
        found.append(f)
    found += _verbs(text, s, e, quotes, taken)
    found.sort(key=lambda f: f.cue_start)
    _fold_relayed(found)
    for i, f in enumerate(found):
        for later in found[i + 1 :]:
            if f.start < later.clause < f.end and not later.content_first:
                f.end = later.clause
        if f.kind is not Kind.NO_COMMENT:
            cut_editorial(text, f)
    return found
