"""Checks on a finite reporting verb ("said", "has argued"): its subject and complement, the
content-first frames ("..., X said" / "..., said X") and the guards a reported clause needs."""

from __future__ import annotations

import re
from itertools import islice

from claims.extract import cues
from claims.extract.channels import trailing_relay
from claims.extract.checks import DROP, PASS, SKIP, Ctx, Verdict, check, keeps
from claims.extract.complements import FRAME_LEMMAS, frame_start, time_phrase_at
from claims.extract.evidence import EVIDENTIAL, cited_document
from claims.extract.found import Found
from claims.extract.frames import FrameRow
from claims.extract.joint_subjects import joint_speaker
from claims.extract.lexicon import tagged
from claims.extract.object_reports import reports_object
from claims.extract.phrases import (
    DETERMINERS,
    PUNCT,
    VERBISH,
    Tok,
    drop_discourse,
    fewer_words,
    first_low,
    head_of_apposition,
    is_agent,
    iter_tokens,
    looks_like_speaker,
    split_via,
    strip_span,
    tokens,
    word_after,
)
from claims.extract.quotes import is_whole_quote, split_quote
from claims.extract.speaker_repair import repaired_speaker
from claims.extract.subjects import Subject, subject_before
from claims.extract.tails import (
    comma_quote,
    finite_clause,
    intro_via,
    looks_like_clause,
    object_infinitive,
    opens_clause,
    tail,
    tail_quote,
)
from claims.extract.times import is_time_word
from claims.models import Kind

# Words that open a trailing adjunct after "...," X said: '"...," she said during a talk on
# Thursday with ...', '"...," he said of his rival, before ...'.
ADJUNCT_OPENERS = tagged("adjunct_opener")
# An opening phrase that is an adverbial, not a claim: a discourse marker, a preposition
# or a time word first ("Still,", "In 2008,", "Last year,", "On Monday,").
_INTRO_OPENERS = tagged("discourse") | ADJUNCT_OPENERS | tagged("intro_quantifier")
_INTRO_MOST_WORDS = 6
_ADJUNCT_MOST_WORDS = 8
QUOTE_OPENERS = ("“", '"', "‘")
_CLOSERS = '”"»’'
_CLOSER_SET = frozenset(_CLOSERS)


def subj_of(ctx: Ctx) -> Subject:
    subj = ctx.subj
    assert subj is not None
    return subj


def cue_text(ctx: Ctx) -> str:
    return ctx.sent.text[ctx.cs : ctx.ve]


_SOURCE_PARTICIPLES = ("quoting ", "citing ")
# The writer's note on the whole report after a dash, with at most a time before it: "..., the
# office reported on Tuesday -- a development that ...", "..., she said — a sign of ...".
_DASH_NOTE = re.compile(r"(?:(?:on|late|early|last|this)\s+[A-Za-z]+\s*)?(?:—|–|--)\s*(?:a|an)\s+[a-z]")


@check("subject_walk")
def subject_walk(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb's subject (walking back from the cue) and its complement (after `that`, a
    channel, an addressee); whether nothing but an adjunct follows the verb."""
    text, e = ctx.sent.text, ctx.sent.e
    ctx.start, ctx.via, ctx.had_that = tail(text, ctx.ve, e, ctx.lemma)
    ctx.rest = text[ctx.start : e].strip()
    # nothing after the verb but an adjunct: a comma, or a participle naming its source ("...,
    # the paper reported quoting officials")
    rest = ctx.rest
    ctx.trailing = (not rest.strip('.!?”"’ ') or rest.startswith(",") or rest.startswith(_SOURCE_PARTICIPLES)
                    or _DASH_NOTE.match(rest) is not None)
    if not ctx.had_that and (ctx.form in cues.NOUN_LIKE or ctx.lemma in cues.WEAK) and no_claim_whatever_subject(ctx):
        return DROP  # the later checks would drop it, whatever its subject: no walk back
    ctx.subj = subject_before(text, ctx.lo, ctx.cs)
    if (ctx.lemma in _INVERTING and not ctx.subj.empty and text[ctx.ve : ctx.ve + 8].lstrip()[:1].isalpha()
            and text[ctx.subj.end : ctx.cs].rstrip().endswith(",")):
        ctx.subj = _inverted_after_asides(text, ctx.lo, ctx.subj, ctx.cs, ctx.ve, e)
    return PASS


def no_claim_whatever_subject(ctx: Ctx) -> bool:
    """Whether a check after `subject_walk` is sure to drop the verb whatever its subject, read
    from the words around the verb alone (`subject_walk` then drops it before walking back):
    `noun_form` (`_noun_whatever_subject`) or `weak_needs_that` (`_weak_whatever_subject`).
    Never for an evidential verb, whose subject can supply its `that` (`record_finding`).

    (Rows that walk to the subject run `record_finding` and `noun_form` right after it, and
    reach `weak_needs_that` past checks that set no `that` here: tests/test_extract_walk_drop.py
    holds the table to it, and the shortcut to the checks' answers.)"""
    if ctx.lemma in EVIDENTIAL:
        return False
    return _noun_whatever_subject(ctx) or _weak_whatever_subject(ctx)


def _noun_whatever_subject(ctx: Ctx) -> bool:
    """A noun-like form ("published its annual report.") with no `that`, no quotation and no
    clause after it: not an -s form that a closed quotation or a complement frame can make a
    verb (`noun_form`'s other ways out need the subject)."""
    form, lemma, rest = ctx.form, ctx.lemma, ctx.rest
    if form not in cues.NOUN_LIKE or rest.startswith(QUOTE_OPENERS):
        return False
    bare = not rest.strip(".!?”\"’ ")  # no word after it: no clause either (read without its tokens)
    if (lemma in FRAME_LEMMAS and form != lemma) or (bare and form.endswith("s")):
        return False
    if _inverted_noun_form(ctx):
        return False
    return bare or not looks_like_clause(ctx.sent.text, ctx.start, ctx.sent.e)


def _weak_whatever_subject(ctx: Ctx) -> bool:
    """A weak cue ("Analysts had expected a smaller decline.") with no `that`, quotation, object
    and infinitive, belief's clause or reported noun phrase (`object_reports`) after it, no
    complement frame or commitment of its own, and nothing before it that lets an earlier row
    take it: a comma or closing quotation mark (`content_first`), a relative pronoun
    (`relative_gap`); not a characterising verb (`quoted_object`)."""
    lemma = ctx.lemma
    if lemma not in cues.WEAK or lemma in FRAME_LEMMAS or lemma in cues.COMMITMENT or lemma in cues.OBJECT_COMPLEMENT:
        return False
    text, start, e = ctx.sent.text, ctx.start, ctx.sent.e
    if lemma in cues.QUOTED_OBJECT and ctx.rest.startswith(QUOTE_OPENERS):
        return False  # a quotation right after a verb of saying aloud (`weak_needs_that`)
    before = text[ctx.lo : ctx.cs]
    if "," in before or "”" in before or '"' in before or "»" in before or "’" in before:
        return False  # the marks a subject's boundary must be for `content_first` (`adjunct_after_cue`)
    before = before.lower()
    if "who" in before or "which" in before or "that" in before or comma_quote(text, start, e) is not None:
        return False
    if lemma in cues.OBJECT_INFINITIVE and "to" in text[start:e].lower() and object_infinitive(text, start, e):
        return False  # (no "to" after it: no infinitive, read without its tokens)
    if reports_object(ctx) or (lemma in cues.BARE_WEAK and finite_clause(text, start, e)):
        return False  # a verb of saying aloud and its noun-phrase object (`object_reports`), a that-less clause
    return not (lemma in cues.COGNITION and opens_clause(text, start, e) and looks_like_clause(text, start, e))


# Verbs that go before their speaker after the content ("..., said X"); "told X" names the
# one told.
_INVERTING = frozenset({"say", "add"})


def _named_after(toks: list[Tok]) -> bool:
    """A name of one to six capitalised words ("said Zaman", "said Ann Lee"), not a time ("said Monday")."""
    return 1 <= len(toks) <= 6 and all(t.text[:1].isupper() for t in toks) and not (
        len(toks) == 1 and is_time_word(toks[0].text))


def _party_after(text: str, toks: list[Tok], head: tuple[int, int]) -> bool:
    """An unnamed party of a few words with no verb ("said police in the capital", "said the ministry")."""
    return (1 <= len(toks) <= 6 and toks[0].text.islower() and (toks[0].low in DETERMINERS or is_agent(toks[0].low))
            and not looks_like_clause(text, head[0], head[1]))


def _inverted_after_asides(text: str, lo: int, subj: Subject, cs: int, ve: int, e: int) -> Subject:
    """ "The levy will fail, whatever the council says, said Ann Lee, a pollster.": the walk
    back skipped a clause set off by commas and took the content's subject for the speaker.
    A comma right before the verb and a named speaker after it that ends the sentence (with
    its apposition) make it "..., said X": the subject is empty, the comma its boundary. X is a name
    or an unnamed party with no verb ("..., said police in the capital")."""
    head = strip_span(text, *head_of_apposition(text, ve, e), chars=" \t\n,;:.")
    toks = list(islice(iter_tokens(text, head[0], head[1]), 7))
    if not (_named_after(toks) or _party_after(text, toks, head)) or not looks_like_speaker(text, *head):
        return subj
    if head[1] < e and looks_like_clause(text, head[1], e):
        return subj  # "..., said Ann Lee, the mayor, was wrong": Ann Lee is the content's subject
    if fewer_words(text, subj.start, subj.end, 5) and not looks_like_clause(text, subj.start, cs):
        return subj  # "Ann Lee, the mayor, said Tom Hale.": a short subject stays the speaker
    comma = text.rindex(",", subj.end, cs)
    return Subject(cs, cs, Tok(comma, comma + 1, ",", ","), None)


@check("record_finding")
def record_finding(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "City records show roughly 1,400 listings": a record's finding needs no `that`."""
    subj = subj_of(ctx)
    after_content = ctx.trailing and subj.boundary is not None and subj.boundary.text == ","
    ctx.evidential = (
        ctx.lemma in EVIDENTIAL
        and not subj.empty
        and cited_document(ctx.sent.text, subj.start, subj.end, after_content=after_content, lemma=ctx.lemma)
    )
    if ctx.evidential and not ctx.had_that and not ctx.trailing:
        ctx.had_that = True
    return PASS


_PERSONAL = tagged("speakers.pronoun_person") | tagged("speakers.pronoun_plural")


def _pronoun_then_clause(ctx: Ctx) -> bool:
    """ "he claims his boss agreed": after a personal pronoun the form is the verb, and a
    clause follows it."""
    subj, text = subj_of(ctx), ctx.sent.text
    return text[subj.start : subj.end].lower() in _PERSONAL and looks_like_clause(text, ctx.start, ctx.sent.e)


@check("noun_form")
def noun_form(ctx: Ctx, row: FrameRow) -> Verdict:
    """A form that is also a noun ("reports", "claims") is a cue only before `that` or a
    quotation, or after a personal pronoun before a clause ("she claims the vote was
    rigged")."""
    if ctx.form in cues.NOUN_LIKE and ctx.had_that and _relative_that(ctx):
        return DROP
    noun = (
        ctx.form in cues.NOUN_LIKE
        and not ctx.had_that
        and not ctx.rest.startswith(QUOTE_OPENERS)
        and comma_quote(ctx.sent.text, ctx.start, ctx.sent.e) is None  # "As one aide put it, “...”"
    )
    return keeps(
        not noun
        or ctx.evidential
        or _pronoun_then_clause(ctx)
        or _name_then_clause(ctx)
        or _after_closed_quote(ctx)
        or _framed_after(ctx)
        or _closes_sentence_after_comma(ctx)
        or _inverted_noun_form(ctx)
    )


_INVERTED_MOST = 6  # words of the speaker after the verb


def _inverted_noun_form(ctx: Ctx) -> bool:
    """ "..., reports the AP.", "..., claims the union.": the -s form right after the content's
    comma, then only its speaker, named or with a determiner, to the sentence's end."""
    text, e = ctx.sent.text, ctx.sent.e
    if not ctx.form.endswith("s") or not text[ctx.lo : ctx.cs].rstrip().endswith(","):
        return False
    a, b = strip_span(text, ctx.ve, e, chars=" \t\n.!?”\"’")
    words = text[a:b].split()
    if not words or len(words) > _INVERTED_MOST or not (words[0][:1].isupper() or words[0].lower() in DETERMINERS):
        return False
    return looks_like_speaker(text, a, b)


_CLOSING_SUBJECT_MOST = 5  # words
_SENTENCE_CLOSE = re.compile(r"\s*(?:(?:on|last|this|earlier)\s+\w+\s*)?[.!?]?[’”\"]?\s*\Z")


def _closes_sentence_after_comma(ctx: Ctx) -> bool:
    """ "..., the newspaper reports.", "..., The Harbor Times claims on Monday.": the form ends the
    sentence after its subject, which a comma sets off from the content: the verb."""
    subj, text = subj_of(ctx), ctx.sent.text
    if ctx.lemma in EVIDENTIAL or subj.empty or subj.boundary is None or subj.boundary.text != ",":
        return False  # ("..., the footage shows.": a record's finding is read by `record_finding`)
    words = text[subj.start : subj.end].split()
    if len(words) > _CLOSING_SUBJECT_MOST or words[0].endswith("ing"):
        return False  # "..., Republicans now control chambers in 30 states.": a noun after all
    if not looks_like_speaker(text, subj.start, subj.end):
        return False
    return _SENTENCE_CLOSE.match(text, ctx.ve, ctx.sent.e) is not None


_NAME_MOST = 4  # words of a name standing as the subject
_CLAUSE_SUBJECT_OPENERS = tagged("determiner") | tagged("pronoun")


def _name_then_clause(ctx: Ctx) -> bool:
    """ "Schweizer notes the foundation hid four gifts": after a name, an -s form with a
    clause that opens with its own subject is the verb (not "Lee tweets angered him")."""
    subj, text = subj_of(ctx), ctx.sent.text
    if subj.empty or not ctx.form.endswith("s"):
        return False
    words = text[subj.start : subj.end].split()
    if not (1 <= len(words) <= _NAME_MOST and all(w[:1].isupper() for w in words)):
        return False
    first = next(iter_tokens(text, ctx.start, ctx.sent.e), None)
    if first is None or not (first.low in _CLAUSE_SUBJECT_OPENERS or first.text[:1].isupper()):
        return False
    return looks_like_clause(text, ctx.start, ctx.sent.e)


# A verb right after `that`: the noun's relative clause, not a reported one.
_RELATIVE_VERBS = tagged("tails.verb_marks") | tagged("tails.past_forms")


def _relative_that(ctx: Ctx) -> bool:
    """ "a slide show that predicted ...", "a new report that found ...", "a talk show that
    claimed ...": the noun, then `that` and a verb (a relative clause about the noun)."""
    first = next(iter_tokens(ctx.sent.text, ctx.start, ctx.sent.e), None)
    if first is None or not first.text[:1].islower():
        return False  # "notes that United Technologies ...": a name opens the clause
    return first.low in _RELATIVE_VERBS or (first.low.endswith("ed") and len(first.low) > 4)


def _framed_after(ctx: Ctx) -> bool:
    """ "The union calls for a strike", "she calls it a sham": after a subject of its own,
    an -s form that a complement frame of its verb (not a wh-clause) follows is the verb."""
    subj = subj_of(ctx)
    if ctx.lemma not in FRAME_LEMMAS or ctx.form == ctx.lemma or subj.empty:
        return False
    last = ctx.sent.text[subj.start : subj.end].split()[-1]
    if last.endswith(("'", "’", "'s", "’s", "ed")):
        return False  # "Critics' calls for ...", "the renewed calls for ...": the noun
    framed = frame_start(ctx.sent.text, ctx.lemma, ctx.start, ctx.sent.e)
    # "faced questions about whether ...": a wh-complement follows the noun as often
    return framed is not None and not framed[1].endswith(".wh")


def _after_closed_quote(ctx: Ctx) -> bool:
    """ '"...," the organiser notes.': right after a quotation closed by a comma, with nothing
    but the sentence's stop after it, an -s form is the verb."""
    boundary = subj_of(ctx).boundary
    if boundary is None or boundary.text not in _CLOSER_SET or not ctx.form.endswith("s"):
        return False
    if ctx.rest.strip(".!?”\"’ "):
        return False
    return _closed_by_mark(ctx.sent.text, boundary.start, adjunct=False)


def _closed_quote_before(ctx: Ctx) -> bool:
    """ '"...," Mayor X told a news conference outside City Hall.': the quotation closed by
    `,`/`!`/`?` right before the subject, and only an adjunct after the verb."""
    text, e, boundary = ctx.sent.text, ctx.sent.e, subj_of(ctx).boundary
    if boundary is None or boundary.text not in _CLOSER_SET or ctx.had_that:
        return False
    adjunct = word_after(text, ctx.start, e) in ADJUNCT_OPENERS or time_phrase_at(text, ctx.start, e)
    if not _closed_by_mark(text, boundary.start, adjunct):
        return False
    return (
        fewer_words(text, ctx.start, e, 11)  # ten words or fewer
        or adjunct
        or (ctx.lemma == "tell" and is_whole_quote(text, drop_discourse(text, ctx.lo, boundary.start), boundary.end))
    )


_INNER_SPACE = frozenset(" \t\u00a0’'")


def _closed_by_mark(text: str, close: int, adjunct: bool) -> bool:
    """The quotation ends in `,`/`!`/`?`, also inside a nested quote ('...,’” X said',
    "...,' \" X said"); with only an adjunct after the verb, a quotation closed without a
    mark counts too ('"... too" X said at the rally.')."""
    i = close  # the last character before the closing mark's spaces and inner quotes, without copying the text
    while i > 0 and text[i - 1] in _INNER_SPACE:
        i -= 1
    last = text[i - 1] if i > 0 else ""
    return last in {",", "!", "?"} or (adjunct and (last.isalnum() or last == "."))


def _adjunct_then_comma(text: str, start: int, e: int) -> bool:
    """After "..., X said": a short adjunct that ends the sentence ("in Ohio on Monday.") or
    is closed by a comma before a participle ("in Ohio, noting ..."): no content."""
    if _BY_MODIFIER.match(text, start, e) is not None:
        return True  # "..., X said at a briefing attended by workers": the audience's modifier
    if word_after(text, start, e) not in ADJUNCT_OPENERS:
        return False
    comma = text.find(",", start, e)
    if comma < 0:
        comma = _participle_after(text, start, e)
    elif not _ends_adjunct(word_after(text, comma + 1, e)):
        return False  # "..., X said at the meeting, the pier will close": a clause resumes
    return (
        fewer_words(text, start, comma, _ADJUNCT_MOST_WORDS + 1)  # _ADJUNCT_MOST_WORDS or fewer
        and not looks_like_clause(text, start, comma)
        and not any(q in text[start:comma] for q in '“"')
    )


def _ends_adjunct(word: str) -> bool:
    """After the cue's adjunct and a comma, a participle or another adjunct goes on with no clause
    ("in Ohio, noting ...", "in a letter, amid ...")."""
    return word.endswith("ing") or word in ADJUNCT_OPENERS


_LABEL = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*:\s+(?=[A-Z\d\"“])")
_FIRST_WORD = re.compile(r"\s*\S+")
# Before an -ing noun or gerund, not a participle modifying the noun before it: "at a briefing",
# "boasted of his skills in whittling ...".
_NOT_BEFORE_PARTICIPLE = DETERMINERS | frozenset(
    {"in", "of", "by", "for", "with", "without", "on", "at", "from", "about", "after", "before", "while", "when",
     "since", "into", "and", "or", "is", "was", "be", "been", "are", "were"}
)
_BY_MODIFIER = re.compile(r"\s*[a-z]+ed\s+by\b")
_PARTICIPLE = re.compile(r"(?<=[a-z] )(?:[a-z]+ing\b|[a-z]+ed(?= by\b))")


def _participle_after(text: str, start: int, e: int) -> int:
    """Where a participle after a noun ends an adjunct without a comma ("in a surprise move
    suggesting he was fired", "at a briefing attended by workers"), else `e`; not the adjunct's
    own first word ("following a press conference that ..."), nor an -ing noun or a gerund after a
    determiner or a preposition ("at a briefing", "of his skills in whittling ...")."""
    opener = _FIRST_WORD.match(text, start, e)
    for m in _PARTICIPLE.finditer(text, start if opener is None else opener.end(), e):
        if first_low(text, text.rfind(" ", start, m.start() - 1) + 1, m.start()) not in _NOT_BEFORE_PARTICIPLE:
            return m.start() - 1
    return e


@check("adjunct_after_cue")
def adjunct_after_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """Whether only an adjunct follows the verb ("..., X said on Monday."), and whether the
    subject follows a break (a comma or a closing quotation mark)."""
    boundary = subj_of(ctx).boundary
    ctx.after_break = boundary is not None and boundary.text in {",", "”", '"', "»", "’"}
    if _closed_quote_before(ctx):
        ctx.trailing = True
    elif not ctx.trailing and not ctx.had_that and boundary is not None and boundary.text == ",":
        ctx.trailing = _adjunct_then_comma(ctx.sent.text, ctx.start, ctx.sent.e)
    return PASS


# Verbs of saying whose attribution after its content may hold another party's claim
# ("The crew told police that A, the chief said"); not a label ("..., crew members called"),
# a belief or a denial ("..., a charge residents reject").
_ENCLOSING = tagged("finite.encloses")
# Verbs that go on with a speech ('"...," he began', '"...," she continued') after a quotation,
# or after a clause when a person goes on ("..., she continued"); with any other subject after
# a plain clause they tell of events ("Output fell, the decline continued").
_AFTER_QUOTATION = tagged("finite.after_quotation_only")


def _person_named(text: str, subj: Subject) -> bool:
    """The subject is a personal pronoun or starts with a capital (a name, mid-sentence)."""
    if subj.empty:
        return False
    first = first_low(text, subj.start, subj.end)
    return first in _PERSONAL or text[subj.start : subj.start + 1].isupper()


@check("content_first")
def content_first(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content comes before the attribution: "..., X said." / "“...,” said X."."""
    subj = subj_of(ctx)
    boundary = subj.boundary
    if not (ctx.after_break and (ctx.trailing or subj.empty) and boundary is not None):
        return SKIP
    if ctx.lemma in _AFTER_QUOTATION and boundary.text not in _CLOSER_SET and not _person_named(ctx.sent.text, subj):
        return DROP
    prev, lo = ctx.prev, ctx.lo
    if prev is not None and not prev.content_first:
        opens = subj.start if not subj.empty else ctx.cs  # "..., the chief said" / "..., said the chief"
        if (
            prev.end < boundary.start
            or prev.clause < ctx.sent.s
            or ctx.lemma not in _ENCLOSING
            or (boundary.text != "," and boundary.text not in _CLOSERS)
            or ctx.sent.text[boundary.end : opens].strip()
            or not (subj.empty or looks_like_speaker(ctx.sent.text, subj.start, subj.end))  # "allegations he denied"
        ):
            return DROP  # "X said A, and B, Y said": Y's claim is B's alone, taken elsewhere
        # "The crew told police that A, the chief said": the chief's claim holds the crew's
        # (reported within it), which `matcher._keep` then drops
        lo = min(lo, prev.clause)
    ctx.c_start = drop_discourse(ctx.sent.text, lo, boundary.start)
    label = _LABEL.match(ctx.sent.text, ctx.c_start, boundary.start)
    if label is not None:  # "Tokyo: Five died, local media said": a dateline or a label, then the content
        ctx.c_start = label.end()
    return PASS


@check("content_first_speaker")
def content_first_speaker(ctx: Ctx, row: FrameRow) -> Verdict:
    """The speaker before the verb ("..., X said") or after it ("..., said X, a scientist")."""
    text, e, ve, subj = ctx.sent.text, ctx.sent.e, ctx.ve, subj_of(ctx)
    boundary = subj.boundary
    assert boundary is not None
    if subj.empty:
        if text[ctx.start : e].lstrip().startswith(","):
            return DROP
        sp = strip_span(text, *head_of_apposition(text, ve, e), chars=" \t\n,;:.")
        if not looks_like_speaker(text, *sp):
            sp = _before_postmodifier(text, *sp)
    else:
        sp = (subj.start, subj.end)
        named = _name_before_role(text, ctx.c_start, boundary.start, subj.start) if boundary.text == "," else None
        if named is not None:  # "..., Ann Lee, the bank's director said": the name speaks
            sp, subj.boundary = (named[0], named[1]), Tok(named[2], named[2] + 1, ",", ",")
    (ctx.ss, ctx.se), ctx.relay = split_via(text, *sp)
    ctx.resumed = tail_quote(text, ve, e)
    if ctx.resumed is not None and boundary.text in _CLOSERS and not cues.verb_matches(text[ve : ctx.resumed[0]]):
        ctx.merged = split_quote(text, (ctx.c_start, boundary.end), ctx.resumed)  # not '"A," X said, adding "b"'
    return keeps(speaker_span(ctx))


def _name_before_role(text: str, lo: int, comma: int, role: int) -> tuple[int, int, int] | None:
    """A name whose apposition is not closed by a comma before the verb ("Prices will rise, Ann
    Lee, the bank's chief economist said"): (the name's span, the comma before it), when the
    subject is a description (a determiner or a lowercase word first) and the name is no list's
    last item; else None."""
    first = first_low(text, role, role + 30)
    if not (first in DETERMINERS or text[role : role + 1].islower()):
        return None
    before = text.rfind(",", lo, comma)
    if before < 0 or fewer_words(text, lo, before, 3):
        return None
    toks = tokens(text, before + 1, comma)
    if not (2 <= len(toks) <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in toks)):
        return None
    prior = text.rfind(",", lo, before)
    if prior >= 0 and prior > before - 30:  # "A, B, Ann Lee, the judges said": a list
        return None
    return toks[0].start, toks[-1].end, before


def speaker_span(ctx: Ctx) -> bool:
    """Whether `ctx.ss:ctx.se` looks like a speaker, or holds one (`repaired_speaker`; never
    for a verb of belief), which it is then narrowed to."""
    text = ctx.sent.text
    if looks_like_speaker(text, ctx.ss, ctx.se):
        return True
    repaired = None if ctx.lemma in cues.COGNITION else repaired_speaker(text, ctx.ss, ctx.se)
    if repaired is None and ctx.lemma not in cues.COGNITION:
        repaired = joint_speaker(text, ctx.lo, ctx.ss, ctx.se)
    if repaired is None:
        return False
    ctx.ss, ctx.se = repaired
    return True


# Words that open a speaker's post-modifier: '"...," said one aide who asked not to be named'.
_POSTMODIFIER_OPENERS = frozenset({"who", "whose", "which", "familiar", "close"})


def _before_postmodifier(text: str, a: int, b: int) -> tuple[int, int]:
    """The speaker after the verb without its relative clause or "familiar with ..." phrase:
    "one aide who asked not to be named" -> "one aide"; the span itself when none opens."""
    prev = None
    for n, tok in enumerate(iter_tokens(text, a, b)):
        if n > 12:
            break
        if tok.low in _POSTMODIFIER_OPENERS and prev is not None:
            return a, prev.end
        prev = tok
    return a, b


def _intro_adverbial(text: str, a: int, b: int) -> bool:
    toks = list(islice(iter_tokens(text, a, b), _INTRO_MOST_WORDS + 1))
    if not toks or len(toks) > _INTRO_MOST_WORDS or any(t.text in PUNCT or t.low in VERBISH for t in toks):
        return False
    first = toks[0]
    if first.low in _QUANTIFIERS:
        # "A year later, ...", "Two weeks ago, ...", "A few days on, ...": a span of time; not
        # "A wildfire forced evacuations, officials said" (a clause)
        rest = [t.low for t in toks[1:] if t.low not in {"few", "couple", "of"}]
        return bool(rest) and (rest[0] in _SPANS or is_time_word(rest[0]))
    return first.low in _INTRO_OPENERS or is_time_word(first.text) or first.text.isdigit()


_QUANTIFIERS = tagged("intro_quantifier")
_SPANS = frozenset(
    {"year", "years", "decade", "decades", "week", "weeks", "day", "days", "month", "months", "time", "times",
     "hour", "hours", "minute", "minutes", "moment", "night", "nights", "season", "seasons", "morning",
     "evening", "century", "generation", "generations", "while"}
)


@check("intro_adverbial")
def intro_adverbial(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "In 2008, she said, the pier was shut" / "Still, he said, "...."": the opening
    phrase is an adverbial, not content; the claim is what follows the cue."""
    boundary = subj_of(ctx).boundary
    assert boundary is not None
    if not (boundary.text == "," and _intro_adverbial(ctx.sent.text, ctx.c_start, boundary.start)):
        return SKIP
    # ("In a post on Instagram, X said, "..."": the opening phrase names the channel)
    via = ctx.via or ctx.relay or subj_of(ctx).aside_via or intro_via(ctx.sent.text, ctx.lo, boundary.start)
    ctx.found = _after_intro(ctx, via)
    return keeps(ctx.found is not None)


def _after_intro(ctx: Ctx, via: str | None) -> Found | None:
    """The claim after "<adverbial>, X said, ...": a quotation, or a clause."""
    text, e, ve = ctx.sent.text, ctx.sent.e, ctx.ve
    speaker = text[ctx.ss : ctx.se]
    if ctx.resumed is not None:
        return Found(speaker, cue_text(ctx), via, *ctx.resumed, ctx.cs, ctx.ss, kind=Kind.DIRECT)
    comma = text.find(",", ve, e)
    if comma < 0 or text[ve:comma].strip():
        return None
    start = comma + 1
    while start < e and text[start].isspace():
        start += 1
    if fewer_words(text, start, e, 3) or not opens_clause(text, start, e) or not looks_like_clause(text, start, e):
        return None
    return Found(speaker, cue_text(ctx), via, start, e, ctx.cs, ctx.ss)


@check("enough_content")
def enough_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """Three words of content or a split quotation; not the writer's own "..., I think."."""
    text, subj = ctx.sent.text, subj_of(ctx)
    boundary = subj.boundary
    assert boundary is not None
    if fewer_words(text, ctx.c_start, boundary.end, 3) and ctx.merged is None and not _short_answer(ctx, boundary.end):
        return DROP
    if ctx.lemma in cues.COGNITION and text[ctx.ss : ctx.se].lower() in cues.FIRST_PERSON:
        return DROP
    ctx.c_end = boundary.end if boundary.text in _CLOSERS else boundary.start
    # The relay may follow the speaker and its apposition: "..., said X, a scientist at
    # Y, in an interview with the paper" / "..., X said, speaking to Reuters".
    ctx.via = ctx.via or ctx.relay or subj.aside_via or trailing_relay(text, ctx.ve, ctx.sent.e)
    return PASS


def _short_answer(ctx: Ctx, end: int) -> bool:
    """A quotation of a word or two, whole before its attribution ('"Absolutely," he said'): an
    answer, a claim however short; unquoted, two words are no content ("So far, she said")."""
    text, a = ctx.sent.text, ctx.c_start
    return text[a : a + 1] in QUOTE_OPENERS and is_whole_quote(text, a, end)


@check("speaker_after_cue")
def speaker_after_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """The speaker follows the verb: "..., said X". Never after a verb that an auxiliary
    opens ("..., had challenged the permit"), nor after a short unquoted noun phrase and
    its apposition, with no verb ("Two residents, Ann Cole and Tom Pike, challenged the permit"): there the words
    after the verb are its object, and the subject lies before it, set off by commas."""
    if not subj_of(ctx).empty:
        return SKIP
    if ctx.cs < ctx.vs:
        return DROP
    text, a, b = ctx.sent.text, ctx.c_start, ctx.c_end
    if ctx.merged is not None or "," not in text[a:b] or not fewer_words(text, a, b, _APPOSED_MOST_WORDS + 1):
        return PASS
    if any(q in text[a:b] for q in _QUOTE_MARKS):
        return PASS
    return keeps(looks_like_clause(text, a, b))


_QUOTE_MARKS = ("“", '"', "”", "‘", "''")
_APPOSED_MOST_WORDS = 10
