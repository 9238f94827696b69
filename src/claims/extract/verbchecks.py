"""Checks on a reporting verb before its frame is known: is it free to make a claim, is it a
"to say" act, a characterisation ('what critics called "..."') or a participle (", saying ...")."""

from __future__ import annotations

import re
from itertools import islice

from claims.extract import cues
from claims.extract.channels import is_outlet, outlet_name
from claims.extract.checks import DROP, PASS, SKIP, Ctx, Verdict, check, holds, keeps
from claims.extract.complements import FRAME_LEMMAS, OBJECT_SHAPES, frame_start, object_end
from claims.extract.coordinated import is_expletive, nearest_clause_subject, nearest_pronoun_subject
from claims.extract.evidence import EVIDENTIAL, cited_document
from claims.extract.found import Found
from claims.extract.frames import FrameRow
from claims.extract.labels import HYPHENS, label_right_after, what_called, what_speaker
from claims.extract.lexicon import tagged
from claims.extract.object_reports import participle_object
from claims.extract.phrases import (
    PUNCT,
    Tok,
    drop_discourse,
    fewer_words,
    first_low,
    inside,
    is_agent,
    iter_tokens,
    looks_like_speaker,
    main_subject,
    strip_span,
    tokens,
    word_before,
)
from claims.extract.quotes import has_quoted_speech
from claims.extract.subjects import cue_start, subject_before
from claims.extract.tails import comma_quote, content_start, looks_like_clause, object_quote, quoted_object_end, tail

_OPENING_MARKS = frozenset('“"‘')
# "calling on X", "calling for X", "calling up X": a particle, not the labelled object
_NOT_LABELLED = tagged("verbchecks.not_a_labelled_object")

_NOUN_DETERMINERS = tagged("determiner_before_noun")
_IDIOM_BEFORE = tagged("idiom_before_cue")
# Verbs before "to say" that make it a plan, a wish or a refusal, not an act of saying:
# "wants to say", "declined to say", "is expected to say", "has yet to say".
_NOT_AN_ACT = tagged("not_an_act_before_to")
_TO_SAY = tagged("to_say_verb")
# "is saying", "were telling", "has been warning": the auxiliary that makes a progressive cue.
_PROGRESSIVE_AUX = tagged("progressive_auxiliary")


@check("cue_free")
def cue_free(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb is outside quotations, outside spans already claimed, not glued to a hyphen."""
    sent, vs = ctx.sent, ctx.vs
    # (`inside`, `glued_to_hyphen` and `keeps` written out: read for every reporting verb)
    if sent.quotes and any(a < vs < b for a, b in sent.quotes):
        return DROP
    if sent.taken and any(a <= vs < b for a, b in sent.taken):
        return DROP
    return DROP if vs > 0 and sent.text[vs - 1] in HYPHENS else PASS


@check("what_called")
def check_what_called(ctx: Ctx, row: FrameRow) -> Verdict:
    """'what critics called "a disaster"': the quoted label is the critics' claim."""
    sent = ctx.sent
    if ctx.lemma not in cues.OBJECT_COMPLEMENT or what_speaker(sent.text, sent.s, ctx.vs) is None:
        return SKIP
    ctx.found = what_called(sent.text, sent.s, sent.e, ctx.vs, ctx.ve, ctx.lemma)
    if ctx.found is None:
        return DROP
    ctx.found.cue = sent.text[ctx.vs : ctx.ve]
    return PASS


@check("not_a_label")
def not_a_label(ctx: Ctx, row: FrameRow) -> Verdict:
    """Not "called" naming a label ("a firm called Acme"), not inside the previous cue."""
    sent, prev = ctx.sent, ctx.prev
    if ctx.lemma == "call" and label_right_after(sent.text, ctx.ve, sent.e):
        return DROP
    if prev is not None and ctx.vs < prev.cue_start + len(prev.cue):
        return DROP
    ctx.before = word_before(sent.text, sent.s, ctx.vs)
    return PASS


_NESTED_SUBJECT_WORDS = 6
_COORDINATORS = tagged("verbchecks.coordinators")
_CONTRACTED = tagged("pronoun", "wh_word") | {"that", "there", "here", "it", "what", "who"}


def _possessive_before(text: str, lo: int, pos: int) -> bool:
    """ "Editor's note", "the mayor's remarks": a name with `'s` right before `pos` (not a
    contraction, "he's said", "that's noted")."""
    end = pos
    while end > lo and text[end - 1] == " ":
        end -= 1
    if end - lo < 3 or text[end - 1] != "s" or text[end - 2] not in "'’":
        return False
    return word_before(text, lo, end - 2) not in _CONTRACTED


@check("not_possessed")
def not_possessed(ctx: Ctx, row: FrameRow) -> Verdict:
    """A form that is also a noun, or a participle, right after a possessive is a noun phrase
    ("Editor's note: ...", "the mayor's remarks", "the firm's reported losses"), not a cue."""
    noun = ctx.form in cues.NOUN_LIKE or ctx.form.endswith("ed")
    return DROP if noun and _possessive_before(ctx.sent.text, ctx.sent.s, ctx.vs) else PASS


def _own_clause(text: str, start: int, vs: int) -> bool:
    """The verb at `vs` has a clause of its own after a comma and a coordinator:
    "..., but residents fear ...", "...; and critics believe ..."."""
    cut = max(text.rfind(",", start, vs), text.rfind(";", start, vs))
    if cut < 0:
        return False
    words = text[cut + 1 : vs].split()
    return bool(words) and words[0].lower() in _COORDINATORS and len(words) <= _NESTED_SUBJECT_WORDS


@check("belief_not_nested")
def belief_not_nested(ctx: Ctx, row: FrameRow) -> Verdict:
    """A verb of belief inside the content of the sentence's previous claim is part of that
    claim ("told reporters that he believes ...", "adding that he hoped ...", "said A and
    that he thinks B"), not a claim; one with a clause of its own ("..., but residents fear
    ...") is."""
    prev = ctx.prev
    if ctx.lemma not in cues.COGNITION or prev is None or prev.content_first:
        return PASS
    nested = prev.start <= ctx.vs < prev.end
    return keeps(not nested or _own_clause(ctx.sent.text, prev.start, ctx.vs))


@check("to_say")
def to_say(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X went on to say that ...", "X took to Twitter to say ...": an act of saying by the
    clause subject, unless the verb before `to` makes it a plan or a refusal."""
    if not (ctx.before == "to" and ctx.form == ctx.lemma and ctx.prev is None):
        return SKIP
    ctx.found = _to_say(ctx)
    if ctx.found is None:
        return DROP
    ctx.found.cue = ctx.sent.text[ctx.vs : ctx.ve]
    return PASS


def _to_say(ctx: Ctx) -> Found | None:
    text, s, e, vs, ve = ctx.sent.text, ctx.sent.s, ctx.sent.e, ctx.vs, ctx.ve
    if ctx.lemma not in _TO_SAY:
        return None
    to_start = text.rfind("to", s, vs)
    if word_before(text, s, to_start) in _NOT_AN_ACT:
        return None  # a plan or a refusal
    # '"went on to say, "...""': a comma, then a quotation (never "Needless to say, ...")
    opened = comma_quote(text, ve, e)
    if opened is None and text[ve:e].lstrip().startswith((",", ".")):
        return None  # "Needless to say, ...": an idiom
    start, via, had_that = (opened, None, False) if opened is not None else tail(text, ve, e, ctx.lemma)
    quoted = opened is not None or text[start:e].lstrip().startswith(("“", '"', "‘"))
    if not (had_that or quoted or looks_like_clause(text, start, e)) or fewer_words(text, start, e, 2):
        return None
    controlled = _controlled_by(text, s, to_start)
    if controlled is False:
        return None  # "allowing users to tell ...", "asked her to say ...": a permission or a request
    sp = main_subject(text, s, to_start) if controlled is True else controlled
    if sp is None or not (looks_like_speaker(text, *sp) or text[sp[0] : sp[1]].lower() in _OBJECT_PRONOUNS):
        return None
    return Found(text[sp[0] : sp[1]], "", via or _took_to(text, s, to_start), start, e, vs, vs)


# "took to Instagram to say", "took to his X account to write": the platform is the channel.
_TOOK_TO = re.compile(
    r"\btook\s+to\s+(?:(?:his|her|their|its|the)\s+)?((?:[A-Z][\w.-]*\s*){1,3}?)"
    r"(?:\s*(?:page|account|feed|handle|profile|channel))?\s*\Z"
)


def _took_to(text: str, s: int, to_start: int) -> str | None:
    m = _TOOK_TO.search(text, max(s, to_start - 80), to_start)
    return m.group(1).strip() if m is not None else None


_CAUSES_ACT = tagged("verbchecks.causes_act")  # "led her to declare": she declared
_WANTS_ACT = tagged("verbchecks.wants_act")  # "asked her to say": a request, said or not
_OBJECT_MOST = 4  # words of the object between the verb and `to`
_OBJECT_PRONOUNS = tagged("pronoun_object")


def _controlled_by(text: str, s: int, to_start: int) -> tuple[int, int] | bool:
    """Who the infinitive at `to_start` is said by when a verb and its object come before it:
    the object after a verb that causes the act ("a win that led her to declare ..."); nobody
    after one of permission or request (False); else the clause subject (True)."""
    toks = tokens(text, max(s, to_start - 80), to_start)[-(_OBJECT_MOST + 1) :]
    for i in range(len(toks) - 2, -1, -1):
        low = toks[i].low
        if low in _CAUSES_ACT or low in _WANTS_ACT:
            obj = toks[i + 1 :]
            if any(t.text in PUNCT for t in obj):
                return True
            return (obj[0].start, obj[-1].end) if low in _CAUSES_ACT else False
    return True


# What a question asked by a named asker opens with: "asked by X whether ...", "... to respond".
_ASKED_OPENERS = frozenset({"whether", "if", "why", "what", "how", "when", "who", "where", "which", "about", "to"})
_ASKER_MOST_TOKENS = 8
# Words that end the asker before its question: "asked by Ann Lee on Thursday about ...".
_ASKER_ENDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier"})


@check("asked_by")
def asked_by(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "Asked by Ann Lee whether the ferry would run, ...", "was asked by a reporter if ...":
    the question is the asker's claim, from its opening word to the clause's end."""
    text, e = ctx.sent.text, ctx.sent.e
    if ctx.form != "asked" or not text.startswith(" by ", ctx.ve):
        return SKIP
    toks = list(islice(iter_tokens(text, ctx.ve + 4, e), _ASKER_MOST_TOKENS + 1))
    k = next((n for n, t in enumerate(toks) if t.low in _ASKED_OPENERS and n > 0), None)
    if k is None or any(t.text in {",", ";", ":", "(", ")"} for t in toks[:k]):
        return DROP
    last = next((n for n, t in enumerate(toks[:k]) if t.low in _ASKER_ENDS and n > 0), k)
    a, b = toks[0].start, toks[last - 1].end
    if not looks_like_speaker(text, a, b):
        return DROP
    start = toks[k].start
    stop = _clause_end(text, start, e, ctx.sent.quotes)
    if fewer_words(text, start, stop, 3):
        return DROP
    ctx.found = Found(text[a:b], text[ctx.vs : ctx.ve], None, start, stop, ctx.vs, ctx.vs)
    return PASS


def _clause_end(text: str, start: int, e: int, quotes: list[tuple[int, int]]) -> int:
    """The first comma or semicolon outside a quotation after `start`, else the sentence end."""
    i = start
    while i < e:
        ch = text[i]
        if ch in ",;" and not inside(i, quotes):
            return i
        i += 1
    return e


_ADJECTIVES_BEFORE_TO = frozenset({"determined"})


def _adjective_before_to(ctx: Ctx) -> bool:
    """ "..., determined to help rebuild the country": an adjective, not a cue."""
    return ctx.form in _ADJECTIVES_BEFORE_TO and ctx.sent.text.startswith(" to ", ctx.ve)


@check("active_cue")
def active_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """Not passive ("was said"), not a noun ("the report"), not an idiom ("that said"), not
    "said by"; sets the cue's start (with its auxiliaries) and the lower bound of its subject."""
    text, s, before = ctx.sent.text, ctx.sent.s, ctx.before
    if before in _PROGRESSIVE_AUX and cues.is_participle(ctx.form):
        return _progressive_cue(ctx)
    if cues.is_participle(ctx.form) and before not in _NOT_PROGRESSIVE:
        aux = _hidden_auxiliary(ctx)
        if aux is not None:
            return _progressive_cue(ctx, aux)
    quoted_as = before == "as" and (
        word_before(text, s, ctx.vs - 4).endswith("quoted") or _QUOTED_BY.search(text, s, ctx.vs - 4) is not None
        or _QUOTED_ACTIVE.search(text, s, ctx.vs - 4) is not None)
    if (
        before in cues.PASSIVE or before in _NOUN_DETERMINERS or (before in _IDIOM_BEFORE and not quoted_as)
        or _adjective_before_to(ctx)
    ):
        return DROP
    by_agent = text.startswith(" by ", ctx.ve) and _word_after(text, ctx.ve + 4, ctx.sent.e) not in _BY_MEDIUM
    if by_agent and not quoted_as:
        return DROP  # "was said by", "said by the court" (not "said by telephone", "quoted as saying by AFP")
    cs = ctx.cs = cue_start(text, s, ctx.vs)
    # the word before the cue's start: `before` again when no auxiliary opens the cue
    if before not in cues.AUXILIARIES and (before if cs == ctx.vs else word_before(text, s, cs)) in cues.PASSIVE:
        return DROP
    ctx.lo = walk_from(text, s, ctx.prev, cs)
    return PASS


# Media a statement is made by: "said by telephone", "wrote by email".
_BY_MEDIUM = tagged("verbchecks.by_medium")


def _word_after(text: str, start: int, end: int) -> str:
    tok = next(iter_tokens(text, start, min(end, start + 40)), None)
    return "" if tok is None else tok.low.rstrip(".,;:")


# What stands between a relative clause's claim and the main verb ("Ann Ruiz, who called it
# "a mess," said ..."): its comma, or nothing after a quotation that closed it.
_AFTER_RELATIVE = frozenset({",", ""})


def walk_from(text: str, s: int, prev: Found | None, cs: int) -> int:
    """How far back a cue's subject may be read: past the claim before it in the sentence (to
    its cue; past its content when it comes first), or over a relative clause of the subject
    that the cue's predicate resumes after ("Ann Ruiz, who said A, tweeted that B")."""
    if prev is None:
        return s
    relative = prev.rule == "relative" or prev.written == "who"
    if relative and prev.end < cs and text[prev.end : cs].strip() in _AFTER_RELATIVE:
        return s
    return max(s, prev.end if prev.content_first else prev.cue_start)


# Words before a participle that leave it no progressive cue: "is not saying", "is never
# asking" report no act of saying.
_NOT_PROGRESSIVE = frozenset({"not", "never", "no", "hardly"})
_CLITICS = ("'s", "’s", "'re", "’re")


def _hidden_auxiliary(ctx: Ctx) -> int | None:
    """Where the auxiliary of a progressive cue starts when an adverb or a contraction
    stands between it and the participle: "is already claiming", "are increasingly
    admitting", "He's predicting", "she's also praising"; None otherwise."""
    text, s, vs = ctx.sent.text, ctx.sent.s, ctx.vs
    cs = cue_start(text, s, vs)
    if cs == vs:  # an adverb the cue does not take ("are increasingly admitting")
        adverb = ctx.before
        if not (adverb.endswith("ly") and adverb.isalpha() and len(adverb) > 4):
            return None
        cs = text.rfind(adverb, s, vs)
        if cs < 0 or text[cs : cs + len(adverb)].lower() != adverb:
            return None
    if text.startswith(_CLITICS, cs):
        return cs  # "He's predicting": the pronoun before the clitic speaks
    if any(w in _NOT_PROGRESSIVE for w in text[cs:vs].lower().split()):
        return None
    aux = word_before(text, s, cs)
    return text.rfind(aux, s, cs) if aux in _PROGRESSIVE_AUX else None


def _progressive_cue(ctx: Ctx, aux: int | None = None) -> Verdict:
    """ "is saying", "has been warning": a finite cue that its auxiliaries open (`aux`: where
    its auxiliary starts, when not right before the verb)."""
    text, s, prev = ctx.sent.text, ctx.sent.s, ctx.prev
    ctx.progressive = True
    ctx.cs = cue_start(text, s, text.rfind(ctx.before, s, ctx.vs) if aux is None else aux)
    ctx.lo = walk_from(text, s, prev, ctx.cs)
    return PASS


@check("participle")
def participle(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb is a participle ("saying"), not a progressive cue; finds its subject."""
    if not cues.is_participle(ctx.form) or ctx.progressive:
        return SKIP
    ctx.subj = subject_before(ctx.sent.text, ctx.lo, ctx.cs)
    return PASS


@check("finite")
def finite(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb is finite ("said", "says", "has argued", "is saying")."""
    return PASS if not cues.is_participle(ctx.form) or ctx.progressive else SKIP


def _speaker_text(text: str, start: int, end: int) -> str | None:
    return text[start:end] if end > start and looks_like_speaker(text, start, end) else None


def _head(ctx: Ctx) -> str:
    return ctx.sent.text[ctx.lo : ctx.cs].rstrip()


@check("with_subject")
def with_subject(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "with X saying ...": X."""
    subj, text = ctx.subj, ctx.sent.text
    assert subj is not None
    if subj.empty or first_low(text, subj.start, subj.end) != "with":
        return SKIP  # most subjects: read no further
    toks = list(islice(iter_tokens(text, subj.start, subj.end), 2))
    if not (toks and toks[0].low == "with" and len(toks) >= 2):
        return SKIP
    ctx.speaker = _speaker_text(text, toks[1].start, subj.end)
    return keeps(ctx.speaker is not None)


def _relative_on_object(ctx: Ctx, prev: Found) -> bool:
    """The claim before is a relative clause's on an object ("X rebuked critics who say A,
    saying B"): a participle after it (but "adding") belongs to the sentence's own clause."""
    if prev.written != "who" or ctx.lemma == "add":
        return False  # "..., Ann Ruiz, who said A, adding B": adding goes on with her words
    text, s = ctx.sent.text, ctx.sent.s
    at = text.find(prev.speaker, s, prev.clause)
    return at > s and bool(text[s:at].strip(" \t\n\"“‘'"))


_OPENING_SKIP = " \t\n\"“‘'("


@check("opening_participle")
def opening_participle(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "Noting that the pier had reopened, the mayor said ...": a participle opening the
    sentence says what the main clause's subject said; its clause (a clause, not a noun
    phrase: "Citing rising costs, ...") runs to the comma before that subject."""
    text, s, e = ctx.sent.text, ctx.sent.s, ctx.sent.e
    if text[s : ctx.vs].strip(_OPENING_SKIP):
        return SKIP
    start = content_start(text, ctx.ve, e, ctx.lemma)
    main = None if start is None else _main_clause_after(ctx, start)
    if start is None or main is None:
        return DROP
    comma, (ss, se) = main
    if not (tail(text, ctx.ve, e, ctx.lemma)[2] or looks_like_clause(text, start, comma)):
        return DROP
    ctx.found = Found(text[ss:se], text[ctx.cs : ctx.ve], None, start, comma, ctx.cs, ctx.cs)
    return PASS


def _main_clause_after(ctx: Ctx, start: int) -> tuple[int, tuple[int, int]] | None:
    """The comma that closes an opening participle's clause and the main clause's subject:
    the subject of the next reporting verb ("Noting A, Ann Lee, the chair, said B"), right
    after a comma; None when no reporting verb follows."""
    text, s = ctx.sent.text, ctx.sent.s
    later = next((s + a for a, _, _ in ctx.sent.verbs if s + a > ctx.ve), None)
    if later is None:
        return None
    subj = subject_before(text, start, cue_start(text, start, later))
    if subj.empty or not looks_like_speaker(text, subj.start, subj.end):
        return None
    comma = text.rfind(",", start, subj.start)
    if comma < 0 or text[comma + 1 : subj.start].strip():
        return None
    return comma, (subj.start, subj.end)


@check("after_previous_cue")
def after_previous_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "..., adding that ...", "... — adding that ...", after another cue: the same speaker and
    relay; also "... admitting A but saying B": a participle joined to the participle before."""
    head = _head(ctx)
    if not head.endswith((",", "—", "–")) and not _joined_participle(ctx, head):
        return SKIP
    inverted = _inverted_attribution(ctx)
    if inverted is not None and (ctx.prev is None or inverted != ctx.prev.speaker):
        # "A, the aide recalled, adding that B": the party of the attribution right before
        ctx.speaker, ctx.via = inverted, None
        return PASS
    if ctx.prev is None or _relative_on_object(ctx, ctx.prev):
        return SKIP
    text, s = ctx.sent.text, ctx.sent.s
    joined = nearest_clause_subject(text, s, ctx.lo + len(_head(ctx)) - 1)
    if joined is not None and joined[0] > ctx.prev.cue_start:
        return SKIP  # "X say A, and the union has sued, saying B": the joined clause's subject (`participle.clause`)
    pron = nearest_pronoun_subject(text, s, ctx.lo + len(_head(ctx)) - 1)
    if pron is not None and pron[0] > max(ctx.prev.end, ctx.prev.cue_start):
        return SKIP  # "When X asked A, he refused, citing B": the pronoun's clause (`participle.clause`)
    ctx.speaker, ctx.via = ctx.prev.speaker, ctx.prev.via
    return PASS


_SET_OFF = frozenset({",", '"', "”"})


def _joined_participle(ctx: Ctx, head: str) -> bool:
    """ "admitting fault but saying ...", "denying it and insisting ...": "and" or "but" before
    a participle, right after the content of a participle of saying."""
    prev = ctx.prev
    return (
        prev is not None
        and prev.cue.endswith("ing")
        and ctx.form.endswith("ing")
        and head.endswith((" and", " but"))
        and prev.cue_start < ctx.cs
    )


def _inverted_attribution(ctx: Ctx) -> str | None:
    """The speaker of an attribution set off right before the participle's comma: "A, the
    aide recalled, adding ..." -> "the aide" (a subject after a comma or a closing quotation
    mark, then a reporting verb)."""
    text, lo = ctx.sent.text, ctx.lo
    comma = text.rfind(",", lo, ctx.cs)
    verb = word_before(text, lo, comma) if comma > lo else ""
    if not verb.islower() or verb not in cues.FORM_TO_LEMMA or verb.endswith("ing"):
        return None
    vs = text.rfind(verb, lo, comma)
    subj = subject_before(text, lo, cue_start(text, lo, vs))
    if subj.empty or subj.boundary is None or subj.boundary.text not in _SET_OFF:
        return None
    return _speaker_text(text, subj.start, subj.end)


@check("clause_subject_before_comma")
def clause_subject_before_comma(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X attacked the plan, saying ...", "X won votes by saying ...": the clause subject."""
    text, s, head = ctx.sent.text, ctx.sent.s, _head(ctx)
    if not (head.endswith(",") or (head.endswith(" by") and word_before(text, s, ctx.cs) == "by")):
        return SKIP
    cut = ctx.lo + len(head) - (1 if head.endswith(",") else 3)
    sp = main_subject(text, s, cut)
    # "..., and the union has sued the city, saying ...": the nearest clause's subject
    sp = nearest_clause_subject(text, s, cut, expletive=sp is not None and is_expletive(text, sp)) or sp
    # "..., though last week he used stronger language, saying ...": the pronoun's clause
    pron = nearest_pronoun_subject(text, s, cut)
    sp = pron if pron is not None and (sp is None or pron[0] > sp[0]) else sp
    ctx.speaker = _speaker_text(text, *(sp or (s, s)))
    return keeps(ctx.speaker is not None)


# Words that link a participle to the clause before it ("... before adding that ...",
# "... after telling reporters ...", "... while saying ..."), and adverbs that may stand
# between that link and the participle ("..., falsely suggesting that ...").
_PARTICIPLE_LINKS = tagged("verbchecks.participle_links")
_LINK_ADVERBS = tagged("verbchecks.participle_adverbs")
_LINK_REACH = 80  # characters read back from the participle for its link
_PRONOUNS = tagged("pronoun")


def _link_adverb(low: str) -> bool:
    return low in _LINK_ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha())


def _participle_link(ctx: Ctx) -> Tok | None:
    """The word that links the participle to the clause before it, adverbs skipped: `and`,
    a subordinator ("before adding"), or a comma with an adverb after it ("..., falsely
    suggesting"); None when there is none."""
    toks = tokens(ctx.sent.text, max(ctx.lo, ctx.cs - _LINK_REACH), ctx.cs)
    k = len(toks)
    while k > 0 and _link_adverb(toks[k - 1].low):
        k -= 1
    if k < 2:
        return None
    link = toks[k - 1]
    if link.low == "and" or link.low in _PARTICIPLE_LINKS or (link.text == "," and k < len(toks)):
        return link
    return None


@check("linked_participle")
def linked_participle(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X said A before adding that B", "X was booed after telling the crowd that B",
    "X raised doubts, falsely suggesting that B", "X ducked, pointing to A and saying that
    B": a participle linked to the clause before it says what that clause's subject said
    (the speaker of the claim just before, when there is one)."""
    link = _participle_link(ctx)
    if link is None:
        return SKIP
    prev = ctx.prev
    after_participle = prev is not None and (prev.cue.lower().endswith("ing") or cues.is_participle(prev.cue.lower()))
    if link.low == "and" and (prev is None or not after_participle or prev.cue_start < ctx.lo):
        return SKIP  # "A and saying B": only after another participle's claim
    if prev is not None:  # '"A," he said, while arguing that B': the same speaker
        ctx.speaker, ctx.via = prev.speaker, prev.via
        return PASS
    text, s, cut = ctx.sent.text, ctx.sent.s, link.start
    sp = main_subject(text, s, cut)
    sp = nearest_clause_subject(text, s, cut, expletive=sp is not None and is_expletive(text, sp)) or sp
    if sp is None or not text[sp[1] : cut].strip(" ,"):
        return SKIP  # no clause before the link ("One month after announcing", "The mayor, after noting")
    ctx.speaker = _speaker_text(text, *sp)
    return keeps(ctx.speaker is not None)


@check("linked_content")
def linked_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """The linked participle's content is what was said: after `that`, a colon or a
    quotation mark, a clause, or the object its frame opens ("after adding new fences" is
    no claim)."""
    f, text = ctx.found, ctx.sent.text
    assert f is not None
    if "that" in text[ctx.ve : f.start].split() or any(ch in text[ctx.ve : f.end] for ch in ':"“‘'):
        return PASS
    first = first_low(text, f.start, f.end).split("’")[0].split("'")[0]
    if first in _PRONOUNS or looks_like_clause(text, f.start, f.end):
        return PASS
    framed = None if ctx.lemma not in FRAME_LEMMAS else frame_start(text, ctx.lemma, ctx.ve, ctx.sent.e)
    return keeps(framed is not None and framed[0] <= f.start)


@check("quoted_as")
def quoted_as(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X was quoted as saying ...", or a participle right after a comma: the clause subject."""
    subj, text, s = ctx.subj, ctx.sent.text, ctx.sent.s
    assert subj is not None
    boundary = subj.boundary
    if not subj.empty or boundary is None:
        return DROP
    comma = boundary.text == "," or _comma_in_quote(text, s, boundary)
    quoted = boundary.low == "as" and word_before(text, s, boundary.start) == "quoted"
    by = _QUOTED_BY.search(text, s, boundary.start) if boundary.low == "as" and not (comma or quoted) else None
    active = None if comma or quoted or by or boundary.low != "as" else _QUOTED_ACTIVE.search(text, s, boundary.start)
    if active is not None:  # "AFP quoted a source as saying ...": the source, through AFP
        return _quoted_active(ctx, active)
    if not (comma or quoted or by):
        return DROP
    if not comma and _quoted_before(ctx, boundary):
        return PASS  # '"...," the governor was quoted as saying': the quotation before
    if by is not None:  # "X was quoted by state news agency TASS as saying ...": through the agency
        ctx.via = ctx.via or _agency(by.group("by"))
    ctx.speaker = _speaker_text(text, *(main_subject(text, s, by.start() if by else boundary.start) or (s, s)))
    return keeps(ctx.speaker is not None)


# "was heard", "can be heard on a 911 call", right before the participle.
_HEARD = re.compile(
    r"\b(?:(?:can|could|may|might|will|would)\s+)?(?:was|were|is|are|be|been|being)\s+"
    r"(?:(?:clearly|also|later|then)\s+)?heard(?:\s+(?:on|in)\s+[^,;:“”\"()]{1,60}?)?\s*$"
)


@check("heard_saying")
def heard_saying(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "The manager was heard saying ...", "She can be heard on the tape telling ...": the
    subject of the one heard."""
    text, s = ctx.sent.text, ctx.sent.s
    m = _HEARD.search(text, s, ctx.cs)
    if m is None:
        return SKIP
    sp = main_subject(text, s, m.start())
    ctx.speaker = None if sp is None else _speaker_text(text, *sp)
    return keeps(ctx.speaker is not None)


# "<outlet> quoted <speaker> as": an outlet's report of what the speaker said.
_QUOTED_ACTIVE = re.compile(r"(?P<outlet>\b[^,;:“”\"()]{2,60}?)\s+quoted\s+(?P<who>[^,;:“”\"()]{2,80}?)\s*$")


def _quoted_active(ctx: Ctx, m: re.Match[str]) -> Verdict:
    """ "AFP quoted a source as saying the leader had left" / "The leader had left, AFP quoted a source
    as saying.": the one quoted speaks, through the outlet when the quoting party is one."""
    text, s, e = ctx.sent.text, ctx.sent.s, ctx.sent.e
    outlet = strip_span(text, m.start("outlet"), m.end("outlet"))
    who = strip_span(text, m.start("who"), m.end("who"))
    if not looks_like_speaker(text, *who):
        return DROP
    agency = _agency(text[outlet[0] : outlet[1]])
    ctx.speaker = text[who[0] : who[1]]
    ctx.via = ctx.via or (agency.removeprefix("The ").removeprefix("the ") if agency else None)
    if not text[ctx.ve : e].strip(" .!?”\"’"):  # nothing after "as saying": the clause before its comma
        comma = text.rfind(",", s, outlet[0])
        if comma <= s or text[comma + 1 : outlet[0]].strip():
            return DROP
        start = drop_discourse(text, s, comma)
        ctx.found = Found(ctx.speaker, text[m.start("outlet") : ctx.ve].strip(), ctx.via, start, comma, ctx.cs,
                          outlet[0], content_first=True)
    return PASS


# "quoted by <the agency> as": the agency that quoted the speaker (no comma or quotation inside).
_QUOTED_BY = re.compile(r"\bquoted\s+by\s+(?P<by>[^,;:“”\"()]{2,80}?)\s*$")


def _agency(phrase: str) -> str | None:
    """The name of the agency in "state news agency TASS", "the Associated Press": its closing
    capitalised words; an outlet's name; else None ("quoted by colleagues": no relay)."""
    words = phrase.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k < len(words):
        return " ".join(words[k:])
    return outlet_name(phrase) if is_outlet(phrase) else None


def _quoted_before(ctx: Ctx, boundary: Tok) -> bool:
    """ '"A," the governor was quoted as saying (by AFP)': a quotation closed by a comma opens
    the sentence and the subject of "was quoted" follows it; the claim is the quotation
    (`ctx.found`, through the agency named after "by")."""
    text, s, e = ctx.sent.text, ctx.sent.s, ctx.sent.e
    verb = text.rfind(" was ", s, boundary.start)
    verb = text.rfind(" were ", s, boundary.start) if verb < 0 else verb
    if verb < 0 or text[s : s + 1] not in _OPENING_MARKS:
        return False
    subj = subject_before(text, s, verb + 1)
    if subj.empty or subj.boundary is None or not _comma_in_quote(text, s, subj.boundary):
        return False
    if not looks_like_speaker(text, subj.start, subj.end):
        return False
    via = None
    if text.startswith(" by ", ctx.ve):
        sp = main_subject(text, ctx.ve + 4, e)
        via = _without_stop(text[sp[0] : sp[1]]) if sp is not None else None
    found = Found(text[subj.start : subj.end], text[ctx.cs : ctx.ve], via, s, subj.boundary.end, ctx.cs, s)
    found.content_first = True
    ctx.found = found
    return True


_CLOSING_QUOTES = frozenset('”"')


def _without_stop(name: str) -> str:
    """The name without the sentence's full stop ("AFP." -> "AFP"; "A.F.P." stays)."""
    last = name.rsplit(maxsplit=1)[-1] if name.strip() else name
    return name[:-1] if name.endswith(".") and "." not in last[:-1] else name


def _comma_in_quote(text: str, s: int, boundary: Tok) -> bool:
    """ 'X called it "a farce," adding ...': the comma before the participle stands inside
    the closing quotation mark."""
    return boundary.text in _CLOSING_QUOTES and boundary.start > s and text[boundary.start - 1] == ","


@check("participle_content")
def participle_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content after the participle ("saying (that) ..."); builds the claim."""
    if ctx.found is not None:
        return PASS  # built by the check before ('"...," X was quoted as saying')
    text, e, subj = ctx.sent.text, ctx.sent.e, ctx.subj
    assert subj is not None and ctx.speaker is not None
    clause = subj.boundary.start if subj.boundary is not None else ctx.cs
    labelled = _quoted_label(ctx)
    if labelled is not None:
        ctx.found = Found(ctx.speaker, text[ctx.cs : ctx.ve], ctx.via, labelled[0], labelled[1], ctx.cs, clause)
        return PASS
    if ctx.lemma in cues.QUOTED_OBJECT and text[ctx.ve : e].lstrip().startswith(tuple(_OPENING_MARKS)):
        # ", chanting “No contract, no peace”": the quotation alone
        said_aloud = quoted_object_end(text, ctx.ve, e, ctx.sent.quotes)
        ctx.found = Found(ctx.speaker, text[ctx.cs : ctx.ve], ctx.via, ctx.ve, said_aloud, ctx.cs, clause)
        return PASS
    if ctx.lemma in _INFERRING and not _a_party(ctx.speaker):
        return DROP  # "The debris is consistent with X, indicating that ...": the writer's inference
    start = _after_participle(ctx, ctx.speaker)
    if start is None:
        return DROP
    end = _object_end(text, ctx.lemma, ctx.ve, start, e)
    ctx.found = Found(ctx.speaker, text[ctx.cs : ctx.ve], ctx.via, start, end, ctx.cs, clause)
    return PASS


def _after_participle(ctx: Ctx, speaker: str) -> int | None:
    """Where the participle's content starts: a clause, a record's finding ("with polls showing her
    well behind": no `that` needed), or an object (", citing rising costs"); None for none."""
    text, e = ctx.sent.text, ctx.sent.e
    start = content_start(text, ctx.ve, e, ctx.lemma)
    if start is None and ctx.lemma in EVIDENTIAL and cited_document(speaker, 0, len(speaker), lemma=ctx.lemma):
        return ctx.ve
    if start is None and ctx.lemma in _COMMITMENTS:
        to = _TO_VERB.match(text, ctx.ve, e)  # ", vowing to rebuild the town": the commitment
        if to is not None:
            return to.start(1)
    return start if start is not None else participle_object(ctx)


_COMMITMENTS = tagged("commitment_verb")
_TO_VERB = re.compile(r"\s+(to)\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]")


# Participles of inference: a party's claim only when a party is their subject.
_INFERRING = tagged("verbchecks.inferring")
_PERSONS = frozenset({"he", "she", "they", "we", "i", "you"})
_THINGS = frozenset({"it", "this", "that", "these", "those"})
_ROLES = tagged("title_word", "role_word", "speakers.singular_anon")


def _a_party(speaker: str) -> bool:
    """A person, an organisation or a record ("The Coast Guard", "officials", "she", "a poll"), not
    a thing ("The debris", "The storm"): a name, a personal pronoun, an agent or a document."""
    words = speaker.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,")
    if last in _PERSONS or last in _ROLES or is_agent(last) or any(w[:1].isupper() for w in words[1:]):
        return True
    if len(words) == 1 and words[0][:1].isupper() and last not in _THINGS:
        return True  # "Smith", "Reuters"
    return cited_document(speaker, 0, len(speaker), after_content=True)


def _quoted_label(ctx: Ctx) -> tuple[int, int] | None:
    """ ", calling the plan "a giveaway"": the object and its quoted label (a characterising
    participle), not a nickname or a title; None otherwise."""
    if ctx.lemma not in cues.OBJECT_COMPLEMENT:
        return None
    text, e = ctx.sent.text, ctx.sent.e
    quoted = object_quote(text, ctx.ve, e)
    if quoted is None or not has_quoted_speech(text, ctx.ve, quoted):
        return None
    first = next(iter_tokens(text, ctx.ve, quoted), None)
    if first is None or first.text in _OPENING_MARKS or first.low in _NOT_LABELLED:
        return None  # ", calling "..."", ", calling on X to ...": read by the content rules
    return first.start, quoted


def _object_end(text: str, lemma: str, ve: int, start: int, e: int) -> int:
    """ "..., referring to the new bridge, ...": a noun-phrase object that the participle's
    frame opens ends with its phrase, not at the sentence end."""
    if lemma not in FRAME_LEMMAS:
        return e
    framed = frame_start(text, lemma, tail(text, ve, e, lemma)[0], e)
    if framed is None or framed[0] != start or framed[1].rsplit(".", 1)[-1] not in OBJECT_SHAPES:
        return e
    return object_end(text, start, e)


@check("found")
def found_here(ctx: Ctx, row: FrameRow) -> Verdict:
    """The finder built the claim (refusal phrases)."""
    return holds(ctx.found is not None)


def _found(ctx: Ctx) -> Found:
    assert ctx.found is not None
    return ctx.found


@check("content_after_cue")
def content_after_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content follows the cue ("According to X, ...")."""
    return holds(_found(ctx).cue_start < _found(ctx).start)


@check("content_before_cue")
def content_before_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content comes before the cue ("..., according to X.")."""
    return holds(_found(ctx).cue_start >= _found(ctx).start)


@check("according_cue")
def according_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """The cue is "according to" ("as per", "per")."""
    return holds(cues.is_according(_found(ctx).cue))


@check("verb_cue")
def verb_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """The cue is a reporting verb."""
    return holds(not cues.is_according(_found(ctx).cue))
