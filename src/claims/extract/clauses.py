"""Checks that build a finite verb's claim: the quotation after an intro, the content-first
claim, a complement frame, a quoted object, the guards a reported clause needs, and the
speaker (the subject, the previous speaker, a relative pronoun's antecedent)."""

from __future__ import annotations

import re
from itertools import islice

from claims.extract import cues
from claims.extract.channels import relay_name
from claims.extract.checks import DROP, PASS, SKIP, Ctx, Verdict, check, holds, keeps
from claims.extract.complements import FRAME_LEMMAS, OBJECT_SHAPES, frame_start, object_end
from claims.extract.coordinated import joined_subject
from claims.extract.evidence import EVIDENTIAL, cited_document
from claims.extract.finite import ADJUNCT_OPENERS, QUOTE_OPENERS, cue_text, speaker_span, subj_of
from claims.extract.found import Found
from claims.extract.frames import FrameRow
from claims.extract.lexicon import tagged
from claims.extract.object_reports import agent_subject, reports_object
from claims.extract.phrases import (
    DETERMINERS,
    PRONOUNS,
    PUNCT,
    VERBISH,
    Tok,
    antecedent,
    drop_discourse,
    fewer_words,
    first_low,
    first_token,
    is_agent,
    is_capitalised,
    iter_tokens,
    looks_like_speaker,
    split_via,
    strip_span,
    tokens,
    word_after,
)
from claims.extract.quotes import has_quoted_speech, inside_quote, is_whole_quote, trim
from claims.extract.segment import iter_quote_spans
from claims.extract.tails import (
    addressed_in_person,
    addressed_with_aside,
    adjunct_fragment,
    apposition_then_verb,
    cited_after,
    clause_after_adjunct,
    comma_quote,
    continued_clause,
    finite_clause,
    intro_via,
    looks_like_clause,
    modal_clause,
    object_infinitive,
    object_quote,
    opens_clause,
    quoted_object_end,
    tells_audience,
    tells_plural_people,
    titled_addressee,
)
from claims.extract.times import past_time_head
from claims.models import Kind

# Cues whose bare complement is nearly always a reported clause ("who said she would ..."),
# unlike "reported any injuries" or "noted the date".
_BARE_CLAUSE = tagged("bare_clause_cue")


@check("quotation_after_cue")
def quotation_after_cue(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "Asked about the plan, she said, "...."": the quotation after the cue is the content."""
    text, resumed, boundary = ctx.sent.text, ctx.resumed, subj_of(ctx).boundary
    assert boundary is not None
    closing = boundary.text in _CLOSING_MARKS and text[boundary.start - 1 : boundary.start] == ","
    comma = boundary.text == "," or closing  # 'Praising his "steady hand," she said, "..."'
    if not comma or resumed is None or _opens_with_speech(text, ctx.c_start, ctx.c_end):
        return SKIP
    if cues.verb_matches(text[ctx.ve : resumed[0]]):
        return SKIP  # "..., she said, adding, "..."": two claims
    via = ctx.via or (intro_via(text, ctx.lo, boundary.start) if boundary.text == "," else None)
    ctx.found = Found(text[ctx.ss : ctx.se], cue_text(ctx), via, *resumed, ctx.cs, ctx.ss, kind=Kind.DIRECT)
    return PASS  # ("Speaking to Reuters, the minister said, "..."": the opening phrase names the channel)


_CLOSING_MARKS = frozenset('"”’')
_PHRASE_QUOTE_MOST = 4  # words of a quoted fragment inside an opening phrase ('Praising his "steady hand,"')


def _opens_with_speech(text: str, start: int, end: int) -> bool:
    """The words before the attribution are quoted speech: a quotation opens them, or they
    hold a quoted fragment longer than a phrase's label ('Praising his "steady hand," she
    said, "..."' opens with a participle's phrase, not with speech)."""
    if text[start : start + 1] in QUOTE_OPENERS:
        return True  # '"Honestly," he said, "..."': one quotation around its attribution
    if not has_quoted_speech(text, start, end):
        return False
    return any(len(text[a:b].split()) > _PHRASE_QUOTE_MOST for a, b in iter_quote_spans(text, start, end))


def _run_on(text: str, c_start: int, c_end: int, resumed: tuple[int, int]) -> tuple[int, int] | None:
    """'"A," she said, "B."': one quotation interrupted by its attribution is one claim,
    from A's first word to B's last (the attribution lies inside the span)."""
    if not is_whole_quote(text, c_start, c_end):
        return None
    start = inside_quote(text, c_start, c_end)[0]
    end = inside_quote(text, *resumed)[1]
    return (start, end) if end > start else None


@check("build_content_first")
def build_content_first(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content before the attribution, joined with a quotation that resumes after it; not
    an adjunct with no clause (`adjunct_fragment`): then the row does not apply."""
    text, via = ctx.sent.text, ctx.via
    if adjunct_fragment(text, ctx.c_start, ctx.c_end):
        return SKIP
    speaker = text[ctx.ss : ctx.se]
    cited = cited_after(text, ctx.ve, ctx.sent.e) if via is None else None
    if cited is not None:  # "A, ABC News reported, quoting officials": the officials speak through it
        speaker, via = cited, relay_name(text, ctx.ss, ctx.se)
    found = Found(speaker, cue_text(ctx), via, ctx.c_start, ctx.c_end, ctx.cs, ctx.c_start)
    found.content_first = True
    found.in_person = via is None and addressed_in_person(text, ctx.lemma, ctx.ve, ctx.sent.e)
    merged = ctx.merged
    if merged is None and ctx.resumed is not None and not cues.verb_matches(text[ctx.ve : ctx.resumed[0]]):
        merged = _run_on(text, ctx.c_start, ctx.c_end, ctx.resumed)  # not '"A," X said, adding: "B"'
    if merged is not None:
        found.start, found.end, found.kind = merged[0], merged[1], Kind.DIRECT
    elif ctx.se <= ctx.vs and (after := clause_after_adjunct(text, ctx.c_start, ctx.c_end, ctx.ve, ctx.sent.e)):
        found.start, found.end = after  # "Despite the delays, the mayor said, the bridge will open."
    elif ctx.se <= ctx.vs and not has_quoted_speech(text, ctx.c_start, ctx.c_end):
        found.end = continued_clause(text, ctx.ve, ctx.sent.e) or found.end  # "A, she said, B."
    ctx.found = found
    return PASS


@check("colon_quotation")
def colon_quotation(ctx: Ctx, row: FrameRow) -> Verdict:
    """ 'The mayor was blunt: “We will not pay,” she said.': the writer's lead-in before a
    colon is not content; the quotation after the colon, which runs to the attribution, is."""
    text, a, b = ctx.sent.text, ctx.c_start, ctx.c_end
    if ctx.merged is not None or ":" not in text[a:b]:
        return SKIP
    first = next(iter_quote_spans(text, a, b), None)
    if first is None or first[0] <= a or text[first[1] : b].strip() or not text[a : first[0]].rstrip().endswith(":"):
        return SKIP
    colon = text.rfind(":", a, first[0])
    prev = ctx.prev
    if prev is not None and prev.end > first[0]:
        if prev.start >= colon:
            return SKIP  # 'X said: “A,” the paper reported': the quotation is X's, reported within
        prev.end = colon  # 'X stressed the need for calm: “A,” she said': X's claim ends at the colon
    ctx.c_start = first[0]
    return PASS


@check("comma_quotation")
def comma_quotation(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X asked, “...?”": a comma, then a quotation that opens right after the cue; the
    quotation is the content (as after `that`)."""
    quoted = None if ctx.had_that else comma_quote(ctx.sent.text, ctx.start, ctx.sent.e)
    if quoted is not None:
        ctx.start, ctx.had_that, ctx.comma_quoted = quoted, True, True
    return PASS


@check("quotation_after_comma")
def quotation_after_comma(ctx: Ctx, row: FrameRow) -> Verdict:
    """The content is a quotation opened right after "cue," (`comma_quotation`)."""
    return holds(ctx.comma_quoted)


@check("complement_frame")
def complement_frame(ctx: Ctx, row: FrameRow) -> Verdict:
    """A complement frame of the verb ("urged voters to ...", "accused X of ..."): the content
    starts right after the verb (`complements`)."""
    if not ctx.had_that and ctx.lemma in FRAME_LEMMAS:
        ctx.framed = frame_start(ctx.sent.text, ctx.lemma, ctx.start, ctx.sent.e)
    if ctx.framed is not None and ctx.framed[1] == "tell.to" and ctx.via is None:
        # "told voters to back her party": the people told belong to the directive, as after
        # "urged" ("urged voters to ..."); an outlet told is the relay, not content
        gap = ctx.sent.text[ctx.ve : ctx.framed[0]]
        ctx.framed = (ctx.ve + len(gap) - len(gap.lstrip()), ctx.framed[1])
    if ctx.framed is not None:
        ctx.start, ctx.had_that = ctx.framed[0], True
    return PASS


_Party = tuple[str, str | None, int]  # (speaker, relay, clause start)
_JOINERS = frozenset({"and", "but"})  # what joins a verb with no subject of its own to the clause before
# Complement frames that carry a proposition of their own ("asked workers to stay", "vowed to fight",
# "asked whether ..."): after "and" they are the clause subject's claim. Not a bare object ("toured the
# site and discussed the plan": no proposition).
_JOINED_SHAPES = frozenset({"obj_to", "obj_to_verb", "to", "wh", "clause"})


@check("quoted_object")
def quoted_object(ctx: Ctx, row: FrameRow) -> Verdict:
    """ 'X called the plan "a disaster"': the quoted label is X's claim (not a nickname)."""
    if ctx.lemma not in cues.OBJECT_COMPLEMENT or ctx.framed is not None:
        return SKIP
    text, e, ve = ctx.sent.text, ctx.sent.e, ctx.ve
    quoted = object_quote(text, ve, e)
    party = None if quoted is None else _labelling_party(ctx)
    written = None
    if party is None and quoted is not None and _after_relative_pronoun(ctx):
        party, written = _relative_party(ctx), "who"  # "Ann Ruiz, who called the plan "a mess""
    if quoted is None or party is None or not has_quoted_speech(text, ve, quoted):
        return DROP  # no label, no party, or a nickname or title ("called the striker "The Wall"")
    speaker, via, clause = party
    start = ve
    gap = _AS_GAP.match(text, ve, quoted)
    if gap is not None:  # "the sale, which she described as an “outrageous” move": the label's phrase
        start, quoted = gap.end(), _head_noun_end(text, quoted, e)
    ctx.found = Found(speaker, cue_text(ctx), via, start, quoted, ctx.cs, clause)
    if written is not None:
        ctx.found.written = written  # the speaker as written; the antecedent names the party
    return PASS


# An object gap before "as" ("which she described as ...", "what he called ..."): the label
# follows "as"; its noun may follow the quotation ('an “outrageous” move').
_AS_GAP = re.compile(r"\s+as\s+(?=(?:an?|the)\s)")
_HEAD_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?=\s*(?:[.,;:!?]|$))")


def _head_noun_end(text: str, end: int, e: int) -> int:
    """Past one lowercase word after the closing mark when the sentence or clause ends there
    ('an “outrageous” move.'); else `end`."""
    m = _HEAD_NOUN_AFTER.match(text, end, e)
    return m.end(1) if m is not None and m.group(1) not in _NOT_HEAD_NOUNS else end


_NOT_HEAD_NOUNS = frozenset(
    {"too", "again", "now", "then", "instead", "indeed", "though", "also", "today", "yesterday"}
)


def _after_relative_pronoun(ctx: Ctx) -> bool:
    subj = subj_of(ctx)
    return subj.empty and subj.boundary is not None and subj.boundary.low == "who"


def _relative_party(ctx: Ctx) -> _Party | None:
    boundary = subj_of(ctx).boundary
    assert boundary is not None
    sp = _relative_antecedent(ctx, boundary)
    return None if sp is None else (ctx.sent.text[sp[0] : sp[1]], ctx.via, boundary.start)


def _labelling_party(ctx: Ctx) -> _Party | None:
    """(speaker, relay, clause start) of a characterising verb: its subject, or for a verb
    joined with no subject of its own, the party of the verb it is joined to."""
    subj, text = subj_of(ctx), ctx.sent.text
    if subj.empty:
        return _joined_speaker(ctx)  # "criticized the bill and called it "a giveaway""
    if not looks_like_speaker(text, subj.start, subj.end):
        return None
    return text[subj.start : subj.end], None, subj.boundary.start if subj.boundary is not None else subj.start


def _joined_speaker(ctx: Ctx) -> _Party | None:
    """The party of a verb joined by "and" or "but" with no subject of its own: the previous
    claim's speaker in the sentence, else the joined clause's subject ("The senator criticized
    the bill and called it ...")."""
    boundary = subj_of(ctx).boundary
    if boundary is None or boundary.low not in _JOINERS:
        return None
    return _previous_party(ctx, boundary) or _clause_party(ctx, boundary)


@check("commitment_clause")
def commitment_clause(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "promised fares would not rise": a modal clause after a commitment is its content."""
    if ctx.lemma in cues.COMMITMENT and not ctx.had_that:
        clause = modal_clause(ctx.sent.text, ctx.start, ctx.sent.e)
        if clause is not None:
            ctx.start, ctx.had_that = clause, True
    subj = subj_of(ctx)
    if ctx.lemma in cues.COGNITION and (
        subj.empty or ctx.sent.text[subj.start : subj.end].lower() in cues.FIRST_PERSON
    ):
        return DROP  # the writer's "I think", "we believe", or no agent at all
    return PASS


def _speaking_subject(ctx: Ctx) -> bool:
    """A party that speaks, not a document or a trend read by the writer ("The data suggests
    a shift", "This pattern suggests a plan")."""
    subj, text = subj_of(ctx), ctx.sent.text
    if subj.empty or not agent_subject(text, subj.start, subj.end):
        return False
    return not (ctx.lemma in EVIDENTIAL and cited_document(text, subj.start, subj.end, after_content=True))


@check("weak_needs_that")
def weak_needs_that(ctx: Ctx, row: FrameRow) -> Verdict:
    """A weak cue ("suggest", "believe") reports only `that`, an object and infinitive, a
    belief's clause, or (a verb of saying aloud) a noun phrase (`object_reports`)."""
    text, start, e, lemma = ctx.sent.text, ctx.start, ctx.sent.e, ctx.lemma
    if lemma not in cues.WEAK or ctx.had_that:
        return PASS
    if lemma in cues.QUOTED_OBJECT and text[start:e].lstrip().startswith(QUOTE_OPENERS):
        return PASS  # "the crowd chanted “Four more years”"
    if lemma in cues.OBJECT_INFINITIVE and object_infinitive(text, start, e):
        return PASS
    if reports_object(ctx) and _speaking_subject(ctx):
        return PASS  # (a document's finding needs `that`: `finite.record_finding`)
    if lemma in cues.BARE_WEAK and _speaking_subject(ctx) and finite_clause(text, start, e):
        return PASS
    return keeps(lemma in cues.COGNITION and opens_clause(text, start, e) and looks_like_clause(text, start, e))



@check("clause_follows")
def clause_follows(ctx: Ctx, row: FrameRow) -> Verdict:
    """Two words or more that open a clause (or a frame's complement) follow the verb."""
    text, start, e = ctx.sent.text, ctx.start, ctx.sent.e
    # "said that with the votes counted, ...": after `that`, an opening adverbial is content
    adverbial_after_that = (
        ctx.had_that and ctx.framed is None and word_after(text, start, e) in ADJUNCT_OPENERS and "," in text[start:e]
    )
    if fewer_words(text, start, e, 2):
        return keeps(_quoted_answer(text, start, e))  # 'she said, "No."': an answer, however short
    if ctx.framed is not None or adverbial_after_that or opens_clause(text, start, e):
        return PASS
    return keeps(ctx.had_that and _clause_after_phrase(text, start, e))


def _quoted_answer(text: str, start: int, end: int) -> bool:
    """The rest of the sentence is one quoted word or two ('said, "No."', "said, ''Never.''")."""
    a, b = trim(text, start, end)
    if b > a and text[b - 1] in ".!?" and b < end:
        b = end
    return a < b and text[a] in QUOTE_OPENERS and is_whole_quote(text, a, b)


_VERB_MARKS = tagged("tails.verb_marks") | tagged("tails.past_forms")
_PHRASE_REACH = 15  # tokens read after `that` for the clause's verb
_PHRASE_LEAST = 3  # a preposition, a word and a subject before it ("for years they had")


def _clause_after_phrase(text: str, start: int, end: int) -> bool:
    """ "said that for decades critics had ...", "say that by imposing rules, the city is
    ...": after `that`, a phrase with no comma of its own before the clause's subject; an
    auxiliary or a past form follows a few words on (not "said that to reporters", "the rules
    that he said that about were dropped")."""
    if fewer_words(text, start, end, 3):
        return False
    toks = islice(iter_tokens(text, start, end), _PHRASE_REACH)
    return any(n >= _PHRASE_LEAST and tok.low in _VERB_MARKS for n, tok in enumerate(toks))


# Where a clause of its own starts after the object: a comma, or a subordinator
# ("declared a state of emergency as rescue teams continued searching").
_SUBORDINATE_START = re.compile(r",|\s(?:as|while|when|after|before|because|since|until|if|amid)\s")


def _main_part_end(text: str, start: int, e: int) -> int:
    while start < e and text[start] in " ,\t\n":
        start += 1  # ("As the mayor noted, the bridge is old": the content follows the comma)
    m = _SUBORDINATE_START.search(text, start, e)
    return m.start() if m is not None else e


@check("object_is_clause")
def object_is_clause(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "acknowledged the crowd", "told the story of ...": such verbs report only a clause, a
    quotation or (for `tell`) an audience."""
    if ctx.had_that or ctx.rest.startswith(QUOTE_OPENERS):
        return PASS
    text, start, e = ctx.sent.text, ctx.start, ctx.sent.e
    if ctx.lemma in cues.CLAUSAL and not looks_like_clause(text, start, _main_part_end(text, start, e)) and not (
            ctx.lemma in _OWNING and _gerund_at(text, start, e)):
        return DROP  # "declared a state of emergency as crews searched": the verb is the as-clause's
    if ctx.lemma == "tell" and ctx.via is None and not (
            tells_audience(text, ctx.ve, e) or addressed_with_aside(text, ctx.ve, e)
            or tells_plural_people(text, ctx.ve, e)):
        return DROP
    if ctx.lemma == "tell" and titled_addressee(text, ctx.ve, e) and not looks_like_clause(text, start, e):
        return DROP  # "told host Ann Cole a story"
    return PASS


# Verbs of owning up that report a gerund's act too: "admitted using drugs", "acknowledged
# making mistakes", "conceded losing the vote".
_OWNING = frozenset({"admit", "acknowledge", "concede"})
_NOT_GERUNDS = frozenset({"nothing", "something", "anything", "everything", "morning", "evening", "funding",
                          "spending", "housing", "training", "building", "meeting", "hearing", "ruling", "finding"})


def _gerund_at(text: str, start: int, end: int) -> bool:
    first = first_token(text, start, end)
    if first is None:
        return False
    word = first.group(0)
    return word.isalpha() and word.islower() and word.endswith("ing") and len(word) > 4 and word not in _NOT_GERUNDS


@check("progressive_content")
def progressive_content(ctx: Ctx, row: FrameRow) -> Verdict:
    """A progressive cue ("is saying") reports a clause, a quotation, `that`, a colon or a
    complement frame; a plain object is no report ("the tide is adding a challenge")."""
    if not ctx.progressive or ctx.had_that or ctx.framed is not None or ctx.lemma in cues.OBJECT_COMPLEMENT:
        return PASS
    text, start = ctx.sent.text, ctx.start
    return keeps(text.startswith(QUOTE_OPENERS, start) or looks_like_clause(text, start, ctx.sent.e))


_DENIED_THINGS = tagged("denied_thing")
_DENIED_WITHIN = 8


@check("not_denied_thing")
def not_denied_thing(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "denied the reporters access", "denied him bail": withholding a thing, not a denial
    of a claim ("denied the allegations", "denied that ...")."""
    if ctx.lemma != "deny" or ctx.had_that:
        return PASS
    for tok in islice(iter_tokens(ctx.sent.text, ctx.start, ctx.sent.e), _DENIED_WITHIN):
        if tok.text in ",;:" or tok.low in _DENIED_THINGS:
            return keeps(tok.low not in _DENIED_THINGS)
    return PASS


_ANONYMITY_REQUEST = re.compile(
    r"(?:(?:his|her|their|its|my|our)\s+)?(?:full\s+|last\s+|real\s+)?names?\s+(?:not\s+)?be\s+"
    r"(?:not\s+)?(?:used|published|printed|given|withheld|disclosed|revealed|identified|released|shared|reported)\b",
    re.IGNORECASE,
)


@check("not_anonymity_request")
def not_anonymity_request(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "who asked that her name not be used", "requested that his name be withheld": a request
    for anonymity, the terms of the interview, not a claim."""
    if ctx.lemma not in {"ask", "request"} or not ctx.had_that:
        return PASS
    return keeps(_ANONYMITY_REQUEST.match(ctx.sent.text, ctx.start, ctx.sent.e) is None)


# What a verb names as an act done, not a statement made: "said goodbye to", "said a prayer
# for" (a greeting or a rite); "the flood claimed 30 lives", "claimed the lives of" (deaths).
# ("said no to the war" and "claimed victory" stay: a stance and an assertion are claims.)
_ACTS_NAMED = {
    "say": re.compile(
        r"\s*(?:(?:(?:his|her|their|our|my)\s+|a\s+(?:final|last|tearful|fond)\s+)?good-?byes?|farewells?|"
        r"hello|goodnight|thank\s+you|a\s+(?:(?:short|quick|silent|brief)\s+)?prayer|a\s+few\s+words|"
        r"(?:his|her|their|our|my)\s+(?:prayers|lines|vows))\b"
        r"(?!\s+(?:was|were|is|are|had|have|has|would|will)\b)"
    ),
    "claim": re.compile(
        r"\s*(?:the\s+lives?\s+of\b|(?:(?:at\s+least|more\s+than|nearly|almost|about|over|some|another|"
        r"his|her|their|its)\s+)?(?:[\d,]+|[a-z]+(?:-[a-z]+)?)?\s*(?:more\s+)?(?:lives|life|victims?)\b)"
        # not the subject of a clause ("claimed lives were at risk")
        r"(?!\s+(?:were|was|are|is|had|have|has|would|will|could|may|might|must|should|can)\b)"
    ),
}


# Participles that qualify a noun as often as they report ("524 deaths reported so far this year",
# "the number of cases confirmed in the region rose"); what follows them then is an adjunct.
_REDUCED_RELATIVE_FORMS = frozenset({"reported", "confirmed", "recorded", "registered", "announced"})
_ADJUNCT_LEADS = frozenset({
    "in", "on", "so", "since", "across", "by", "over", "during", "this", "last", "among", "from",
    "within", "throughout", "worldwide", "nationwide", "globally", "earlier", "overnight",
})


@check("not_reduced_relative")
def not_reduced_relative(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "524 deaths reported so far this year", "cases confirmed in the region rose": a participle
    followed by an adjunct (and no `that`, quotation or frame) qualifies the noun before it."""
    if ctx.form not in _REDUCED_RELATIVE_FORMS or ctx.had_that or ctx.framed is not None:
        return PASS
    text, start, e = ctx.sent.text, ctx.start, ctx.sent.e
    if text.startswith(QUOTE_OPENERS, start) or " that " in text[start:e] or _names_a_party(ctx):
        return PASS  # ("CNN reported on its website ...", "she announced on Facebook, “...”")
    return keeps(word_after(text, start, e) not in _ADJUNCT_LEADS)


def _names_a_party(ctx: Ctx) -> bool:
    """The verb's subject ends on a name, a pronoun or a party noun ("CNN", "she", "the ministry"),
    not on a counted thing ("524 deaths", "the number of cases")."""
    subj = subj_of(ctx)
    if subj.empty:
        return False
    last = ctx.sent.text[subj.start : subj.end].split()[-1]
    low = last.lower()
    return is_capitalised(last) or low in PRONOUNS or is_agent(low)


@check("not_said_as_act")
def not_said_as_act(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "said goodbye to the crowd", "said a prayer", "the storm claimed 30 lives": what the
    verb names is an act or an event, with no proposition to report."""
    act = _ACTS_NAMED.get(ctx.lemma)
    if act is None or ctx.had_that:
        return PASS
    return keeps(act.match(ctx.sent.text, ctx.start, ctx.sent.e) is None)


@check("no_subject")
def no_subject(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb has no subject of its own ("... and has argued that ...", "who said ...")."""
    subj, prev = subj_of(ctx), ctx.prev
    if not subj.empty:
        return SKIP
    boundary = subj.boundary
    if ctx.framed is not None and prev is None and (
            ctx.form == ctx.lemma or boundary is None or boundary.low not in _JOINERS
            or ctx.framed[1].rpartition(".")[2] not in _JOINED_SHAPES):
        return DROP  # only "X toured the site and asked workers to ...": the clause's subject asks
    clause = ctx.had_that or ctx.framed is not None or (
        ctx.lemma in _BARE_CLAUSE and looks_like_clause(ctx.sent.text, ctx.start, ctx.sent.e))
    joined = prev is not None and boundary is not None and boundary.low == "and"
    bare = ctx.form == ctx.lemma and not _DO_SUPPORT.match(ctx.sent.text, ctx.cs, ctx.vs)
    if not joined and (bare or not clause):
        return DROP  # "may seek to ... and publicly assert that": a plan, not an act ("but did note": an act)
    return keeps(boundary is not None)


_DO_SUPPORT = re.compile(r"(?:did|does|do)\s+(?:also\s+|still\s+)?", re.IGNORECASE)


def _boundary(ctx: Ctx) -> Tok:
    boundary = subj_of(ctx).boundary
    assert boundary is not None
    return boundary


def _claim_of(ctx: Ctx, speaker: str, via: str | None, clause: int) -> Found:
    return Found(speaker, cue_text(ctx), via, ctx.start, ctx.sent.e, ctx.cs, clause)


def _previous_party(ctx: Ctx, boundary: Tok) -> _Party | None:
    """The previous claim's party, for a verb joined after it ("X claimed A and has argued B")."""
    prev = ctx.prev
    return None if prev is None else (prev.speaker, ctx.via or prev.via, boundary.start)


def _clause_party(ctx: Ctx, boundary: Tok) -> _Party | None:
    """The subject of the clause a verb is joined to ("The firm lost money but said B"; "...,
    and when the mayor thanked them and said ...": the nearest clause's subject)."""
    text = ctx.sent.text
    sp = joined_subject(text, ctx.lo, boundary.start)
    if sp is None:
        return None
    return text[sp[0] : sp[1]], ctx.via, boundary.start


# What opens a verb phrase with no tense: "to", a modal ("would", "'d").
_NONFINITE_OPENERS = tagged("tails.modals") | {"to", "should", "must", "might", "may"}
_CHAIN_REACH = 10  # tokens read back from `and` for the opener of the first verb


def _infinitive_chain(ctx: Ctx, boundary: Tok) -> bool:
    """A bare form joined to a verb with no tense ("asked her to raise her voice and say the
    word", "vowed to stand up for them and defend ...", "he'd sit him down and tell him
    ..."): the verb goes on an infinitive or a modal's verb, a wish or a plan, not a report."""
    if ctx.form != ctx.lemma:
        return False
    toks = tokens(ctx.sent.text, max(ctx.sent.s, boundary.start - 120), boundary.start)
    for tok in reversed(toks[-_CHAIN_REACH:]):
        if tok.text in PUNCT:
            return False
        if tok.low in _NONFINITE_OPENERS or tok.low.endswith(("’d", "'d")):
            return True
    return False


@check("previous_speaker")
def previous_speaker(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "X claimed A and has argued B": the previous claim's speaker; not a bare form that
    goes on an infinitive (`_infinitive_chain`)."""
    boundary = _boundary(ctx)
    if boundary.low in _JOINERS and _infinitive_chain(ctx, boundary):
        return DROP
    party = _previous_party(ctx, boundary) if boundary.low in _JOINERS else None
    if party is None:
        return SKIP
    ctx.found = _claim_of(ctx, *party)
    return PASS


@check("conjoined_clause_subject")
def conjoined_clause_subject(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "The firm lost money but said B": the clause subject."""
    boundary = _boundary(ctx)
    if boundary.low not in _JOINERS:
        return SKIP
    party = _clause_party(ctx, boundary)
    if party is None:
        return DROP
    ctx.found = _claim_of(ctx, *party)
    return PASS


@check("relative_pronoun")
def relative_pronoun(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "..., Ann Ruiz, who said B": the relative pronoun speaks as written ("who"), for the
    party its antecedent names (the speaker id is read from it)."""
    boundary, text = _boundary(ctx), ctx.sent.text
    sp = _relative_antecedent(ctx, boundary)
    if sp is None:
        return DROP
    ctx.found = _claim_of(ctx, text[sp[0] : sp[1]], ctx.via, boundary.start)
    ctx.found.written = boundary.text  # the speaker as written; the antecedent names the party
    if not text[ctx.sent.s : sp[0]].strip(" \t\n\"“‘'"):  # the antecedent is the sentence's subject
        return _in_subject(ctx, ctx.found)
    if not text[sp[1] : boundary.start].strip():  # restrictive: "voters who say A were split"
        ctx.found.end = _restrictive_end(text, ctx.start, ctx.sent.e)
        return PASS
    # set off by commas inside a longer subject ("The coach, who said A, was fired", "Scientists
    # at the institute, which said A, now warn ..."): the content ends where the predicate resumes
    resumes = predicate_resumes(text, ctx.start, ctx.sent.e)
    if resumes is not None and _clause_before(ctx, resumes):
        ctx.found.end = resumes
    return PASS


_COPULAS = tagged("clauses.predicate_starts") - {"also", "now", "then"}  # finite auxiliaries and copulas
# Words before an auxiliary that make it the verb of a clause inside the content, not the
# main predicate resuming: "the plan is dead and was ...", "the rule that was ...", "it was".
_NOT_BEFORE_RESUMED = frozenset(
    {"and", "or", "but", "that", "which", "who", "what", "it", "there", "he", "she", "they", "we", "i", "you"}
)


def _restrictive_end(text: str, start: int, end: int) -> int:
    """The end of a restrictive relative clause's content inside a longer noun phrase
    ("voters who say the economy matters most were split"): before a second auxiliary or a
    cue of saying that follows the content's own finite verb with no joining word before it;
    `end` when none."""
    toks = tokens(text, start, end)
    seen_verb = False
    for k, tok in enumerate(toks):
        if tok.low in _PREDICATE_STARTS or tok.low.endswith(("'ll", "’ll", "'d", "’d")):
            if seen_verb and tok.low in _COPULAS and k > 0 and toks[k - 1].low not in _NOT_BEFORE_RESUMED:
                return toks[k - 1].end
            seen_verb = True
        elif seen_verb and tok.low in _MAIN_CUES and toks[k - 1].low not in _NOT_BEFORE_RESUMED:
            return toks[k - 1].end  # "the judges who ruled that A could not B said C": the main cue
        elif tok.text in ",;:" or tok.text in '"“”':
            return end  # a comma or a quotation: no plain run-on subject
    return end


# Finite cue forms that resume the main clause after a restrictive relative clause's content.
_MAIN_CUES = frozenset({"said", "says", "told", "tells", "added", "argued", "warned", "insisted", "claimed"})


_SET_OFF_MARKS = frozenset(",-–—")


def _relative_antecedent(ctx: Ctx, boundary: Tok) -> tuple[int, int] | None:
    """The span of the party a relative pronoun at `boundary` stands for ("Ann Ruiz, who"),
    or None (no such pronoun, or no antecedent)."""
    text, lo = ctx.sent.text, ctx.lo
    if not (boundary.low == "who" or (boundary.low == "which" and text[lo : boundary.start].rstrip().endswith(","))):
        return None
    head_end = boundary.start
    mark = text[lo:head_end].rstrip()[-1:]
    if mark in _SET_OFF_MARKS:  # "Ann Ruiz, who", "Ann Ruiz - who"
        head_end = text.rindex(mark, lo, head_end)
    sp = antecedent(text, lo, head_end)
    if head_end < boundary.start:
        sp = _named_before_apposition(text, lo, head_end) or sp
    return sp


def _in_subject(ctx: Ctx, found: Found) -> Verdict:
    """A relative clause inside the sentence's subject: a claim that ends where the main
    predicate resumes ("Ann Ruiz, who says A, tweeted that B": two claims), or an aside
    with no claim ("Ann Ruiz, who wrote the rule, said ...")."""
    text, e = ctx.sent.text, ctx.sent.e
    resumes = predicate_resumes(text, ctx.start, e)
    if resumes is not None and _clause_before(ctx, resumes):
        found.end = resumes
    elif _aside_end(text, ctx.start, e) < e:
        return DROP
    else:
        found.end = _restrictive_end(text, ctx.start, e)  # "Voters who say A were split"
    return PASS


def _clause_before(ctx: Ctx, end: int) -> bool:
    """Whether the relative clause's content up to `end` is a clause (after `that`, with a
    verb, or opening with a pronoun), not an object ("who wrote the ordinance, said ...")."""
    text, start = ctx.sent.text, ctx.start
    return ctx.had_that or first_low(text, start, end) in PRONOUNS or looks_like_clause(text, start, end)


_PREDICATE_STARTS = tagged("clauses.predicate_starts")
_CLOSING_QUOTES = frozenset("\"”’")


def predicate_resumes(text: str, start: int, end: int) -> int | None:
    """Where the main clause's predicate resumes after a relative clause in its subject ("Ann
    Ruiz, who says A, tweeted that B"): the relative clause's first comma, when a finite verb
    follows it (a cue form, a past form not of a passive, an auxiliary). A comma that opens
    an aside inside the clause ("who said the plan, backed by ..., would fail") cuts nothing."""
    comma = _first_comma(text, start, end)
    if comma < 0:
        return None
    after = comma + 1
    while after < end and text[after] in _CLOSING_QUOTES:
        after += 1  # 'who said the team was "in a good place," was fired': the quotation closes
    if not _resumes_at(text, after, end):
        return None
    return after if after > comma + 1 else comma


def _resumes_at(text: str, pos: int, end: int) -> bool:
    """A finite verb opens the words at `pos`: a cue form, a predicate start, a past form not of
    a passive."""
    word = _word_at(text, pos, end)
    if not word.islower():
        return False
    if word in cues.FORM_TO_LEMMA or word in _PREDICATE_STARTS:
        return True
    following = _word_at(text, text.index(word, pos) + len(word), end)
    if word in _IRREGULAR_PAST:  # "who said she would run, won the seat" (not "found in a drawer")
        return following not in _PARTICIPLE_LINKS
    past = word.endswith("ed") and len(word) > 4
    return past and following != "by"


_IRREGULAR_PAST = tagged("phrases.irregular_past")
_PARTICIPLE_LINKS = frozenset({"by", "in", "on", "at", "for", "from", "to", "with", "during", "after", "under"})


def _first_comma(text: str, start: int, end: int) -> int:
    """The first comma in `text[start:end]` that is no digit group's ("3,000"), or -1."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def _word_at(text: str, pos: int, end: int) -> str:
    """The run of letters after the spaces at `pos` (case kept)."""
    while pos < end and text[pos] == " ":
        pos += 1
    stop = pos
    while stop < end and text[stop].isalpha():
        stop += 1
    return text[pos:stop]


def _aside_end(text: str, start: int, end: int) -> int:
    """The end of a relative clause set off inside the subject ("Ann Ruiz, who wrote the
    rule, said ..."): the comma before the main clause's verb of saying; `end` when none."""
    toks = tokens(text, start, end)
    for k in range(len(toks) - 1):
        if toks[k].text == "," and toks[k + 1].text.islower() and toks[k + 1].low in cues.FORM_TO_LEMMA:
            return toks[k].start
    return end


# Words that open a description in apposition after a name ("Ann Ruiz, the port director,
# who said"; "Tom Ng, 34, from Leeds, who said").
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "from", "of", "at", "in", "now"})


def _is_name(phrase: str) -> bool:
    """ "Ann Ruiz", "Dana Cole of Kent": capitalised words, with "of"/"the" between them."""
    return phrase[:1].isupper() and all(w[:1].isupper() or w in {"of", "the"} for w in phrase.split())


def _named_before_apposition(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The name before the comma-enclosed descriptions that end at `end` (the comma before
    "who"): "Ann Ruiz, a senior analyst at Kestrel, who said" -> "Ann Ruiz", not "Kestrel"."""
    for _ in range(3):
        comma = text.rfind(",", lo, end)
        if comma <= lo:
            return None
        words = text[comma + 1 : end].split()
        if not words or len(words) > 12:
            return None
        first = words[0].lower()
        if first not in _APPOSITION_OPENERS and not first.isdigit():
            return None
        end = comma
        sp = antecedent(text, lo, end)
        if sp is not None and _is_name(text[sp[0] : sp[1]]):
            return sp
    return None


@check("has_subject")
def has_subject(ctx: Ctx, row: FrameRow) -> Verdict:
    """The verb has a subject of its own, and it is not itself a cue ("Analysts say the data
    show ...": a cue nested in another's content)."""
    subj = ctx.subj  # (`subj_of`, `Subject.empty` and `keeps` written out: read for most reporting verbs)
    assert subj is not None
    if subj.end <= subj.start:
        return SKIP
    m = first_token(ctx.sent.text, subj.start, subj.end)
    first = m.group() if m is not None else ""
    return PASS if first not in cues.FORM_TO_LEMMA or first in cues.NOUN_LIKE else DROP


def _citing(text: str, lo: int, end: int) -> str | None:
    """ "Citing people familiar with the matter, the report said" -> the cited party."""
    if first_low(text, lo, end) != "citing":
        return None  # most subjects: read no further
    toks = list(islice(iter_tokens(text, lo, end), 2))
    if len(toks) < 2 or toks[0].low != "citing":
        return None
    sp = strip_span(text, toks[1].start, end)
    return text[sp[0] : sp[1]] if looks_like_speaker(text, *sp) else None


_FOCUS = frozenset({"even", "only"})
_FOCUS_STARTS = ("even ", "Even ", "only ", "Only ")


def _drop_focus(text: str, start: int, end: int) -> int:
    """Past a focus adverb before a determiner or a name: "even a top strategist said",
    "only Ann Lee said"."""
    if not text.startswith(_FOCUS_STARTS, start):
        return start  # most subjects
    toks = list(islice(iter_tokens(text, start, end), 2))
    if len(toks) == 2 and toks[0].low in _FOCUS and (toks[1].low in DETERMINERS or is_capitalised(toks[1].text)):
        return toks[1].start
    return start


@check("subject_speaker")
def subject_speaker(ctx: Ctx, row: FrameRow) -> Verdict:
    """The subject is the speaker (less a relay, "X told Reuters"), or the party a subject
    cites ("Citing officials, the report said")."""
    text, e, subj = ctx.sent.text, ctx.sent.e, subj_of(ctx)
    boundary = subj.boundary
    ss, subj_end = _drop_focus(text, drop_discourse(text, subj.start, subj.end), subj.end), subj.end
    ss = past_time_head(text, ss, subj_end)  # "On Monday the mayor said"
    if subj_end < e and text[subj_end] in '”"’' and sum(text[ss:subj_end].count(q) for q in '“"‘') % 2 == 1:
        subj_end += 1
    (ctx.ss, ctx.se), relay = split_via(text, ss, subj_end)
    ctx.speaker = text[ctx.ss : ctx.se]
    citing = _citing(text, ctx.lo, boundary.start if boundary is not None else ctx.ss)
    if citing is not None and boundary is not None and boundary.text == ",":
        ctx.via_from, ctx.speaker = ctx.speaker, citing
    elif speaker_span(ctx):
        ctx.speaker = text[ctx.ss : ctx.se]
    else:
        return DROP
    if boundary is not None and boundary.text == "," and not (ctx.via or relay):
        ctx.via = intro_via(text, ctx.lo, boundary.start)
    ctx.via = ctx.via or relay or subj.aside_via
    return PASS


@check("frame_of_row", per_row=True)
def frame_of_row(ctx: Ctx, row: FrameRow) -> Verdict:
    """The complement frame found after the verb is this row's."""
    return holds(ctx.framed is not None and ctx.framed[1] == row.id)


@check("cites_party")
def cites_party(ctx: Ctx, row: FrameRow) -> Verdict:
    """The subject cites a party ("Citing officials, the report said")."""
    return holds(ctx.via_from is not None)


@check("build_speaker_before")
def build_speaker_before(ctx: Ctx, row: FrameRow) -> Verdict:
    """The claim of "X said (that) ...": from the complement's start to the sentence end."""
    boundary, via = subj_of(ctx).boundary, ctx.via
    assert ctx.speaker is not None
    if (boundary is not None and boundary.low == "as" and ctx.framed is None
            and _adjunct_only(ctx.sent.text, ctx.start, ctx.sent.e)):
        return DROP  # "..., as she said on Monday in Dover.": the as-clause reports nothing after its verb
    found = _claim_of(ctx, ctx.speaker, via, boundary.start if boundary is not None else ctx.ss)
    if boundary is not None and boundary.low in _SUBORDINATORS:
        found.end = main_clause_comma(ctx.sent.text, found.start, found.end, ctx.sent.quotes) or found.end
    if ctx.lemma in cues.QUOTED_OBJECT:
        found.end = quoted_object_end(ctx.sent.text, found.start, found.end, ctx.sent.quotes)
    found.via_from = ctx.via_from
    found.in_person = via is None and addressed_in_person(ctx.sent.text, ctx.lemma, ctx.ve, ctx.start)
    ctx.found = found
    return PASS


def _adjunct_only(text: str, start: int, e: int) -> bool:
    """Only an adjunct after the verb ("on Monday in Dover, N.H."), no clause."""
    return word_after(text, start, e) in ADJUNCT_OPENERS and not looks_like_clause(text, start, e)


# Words that open an adverbial clause: "While critics say A, B": the claim is A (not "as":
# "As X reported on Friday, A" puts the claim after the comma).
_SUBORDINATORS = frozenset({"while", "when", "although", "though", "if", "because", "whereas", "since", "once"})
# After a comma, words that go on with the reported clause rather than open the main one.
_NOT_MAIN_OPENERS = frozenset(
    {"and", "or", "but", "nor", "which", "who", "whose", "whom", "where", "when", "while", "because", "though"}
    | {"although", "if", "so", "as", "including", "such", "like", "than", "according", "unless", "until"}
    | {"with", "without", "in", "on", "at", "for", "from", "by", "of", "to", "after", "before", "despite"}
)


def main_clause_comma(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int | None:
    """In "While X said A, B", the comma that ends A and opens the main clause B: the first
    comma outside a quotation after two words of A that a clause with a subject of its own
    follows ("it is", "the council voted"), or None."""
    comma = text.find(",", start, end)
    while comma >= 0:
        inside = any(a < comma < b for a, b in quotes)
        toks = [] if inside else list(islice(iter_tokens(text, comma + 1, end), 1))
        first = toks[0] if toks else None
        if (
            first is not None
            and first.text[:1].isalpha()
            and first.low not in _NOT_MAIN_OPENERS
            and not first.low.endswith(("ing", "ed"))
            and first.low not in VERBISH
            and not fewer_words(text, start, comma, 2)
            and looks_like_clause(text, first.start, end)
            and not apposition_then_verb(text, comma + 1, end)
        ):
            return comma
        comma = text.find(",", comma + 1, end)
    return None


@check("object_end", per_row=True)
def object_ends(ctx: Ctx, row: FrameRow) -> Verdict:
    """A noun-phrase complement ends with its phrase ("defended her record [in an interview on
    Monday]"), not at the sentence end."""
    if ctx.found is not None and row.shape in OBJECT_SHAPES:
        ctx.found.end = object_end(ctx.sent.text, ctx.found.start, ctx.found.end)
    return PASS


_EVIDENCE = tagged("document_noun") | tagged("complements.evidence_nouns")


@check("agent_speaker")
def agent_speaker(ctx: Ctx, row: FrameRow) -> Verdict:
    """The speaker of a clause framed without `that` is a person or a body, not figures or a
    trend: "The figures suggest demand is cooling" is the writer's reading of them (no claim)."""
    words = (ctx.speaker or "").lower().split()
    return keeps(not any(w.removesuffix("'s").removesuffix("’s") in _EVIDENCE for w in words))



_GAP_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_GAP_VERBS = tagged("tails.verb_marks") | tagged("tails.past_forms")
# After a restrictive "that", a verb that also takes a noun object leaves its object out ("the debris
# that they found was ..."); verbs of saying and believing take none, so their reported clause does.
_OBJECT_GAP_PRONOUNS = frozenset({"that"})
_CLAUSE_ONLY = tagged("clauses.no_noun_object")


@check("relative_gap")
def relative_gap(ctx: Ctx, row: FrameRow) -> Verdict:
    """ "the rules, which officials said would cost jobs", "his aides, who he said were
    tired": a relative pronoun before the subject stands for the reported clause's own
    subject, so the clause opens with its verb (the content runs from that verb)."""
    boundary = subj_of(ctx).boundary
    if boundary is None or boundary.low not in _GAP_PRONOUNS or ctx.had_that:
        return SKIP
    if boundary.low in _OBJECT_GAP_PRONOUNS and ctx.lemma not in _CLAUSE_ONLY:
        return SKIP  # "the debris that they found was ...": the relative is the verb's object
    return holds(word_after(ctx.sent.text, ctx.start, ctx.sent.e) in _GAP_VERBS)


_GAP_CLAUSE_GOES_ON = frozenset({"and", "but", "or"})


@check("gap_clause")
def gap_clause(ctx: Ctx, row: FrameRow) -> Verdict:
    """The claim of a relative gap lies inside the clause around it: it leaves the claim of
    an earlier cue whole ('X said A "that it said was B", and that C'), and ends where the
    sentence goes back to that clause: at a comma before "and/but that" or before a verb
    ("which she said was a mistake, was ...")."""
    found, text, boundary = ctx.found, ctx.sent.text, subj_of(ctx).boundary
    assert found is not None and boundary is not None
    found.clause = ctx.sent.e
    comma = text.find(",", found.start, found.end)
    if comma >= 0 and text[ctx.lo : boundary.start].rstrip().endswith(","):
        found.end = comma  # ", which X said was A, B": the clause set off by commas ends at its own
        return PASS
    while comma >= 0:
        toks = list(islice(iter_tokens(text, comma + 1, found.end), 2))
        lows = [t.low for t in toks]
        goes_on = len(lows) == 2 and lows[0] in _GAP_CLAUSE_GOES_ON and lows[1] == "that"
        if goes_on or (lows[:1] and lows[0] in _GAP_VERBS):
            found.end = comma
            break
        comma = text.find(",", comma + 1, found.end)
    return PASS
