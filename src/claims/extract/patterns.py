"""Attribution patterns over one sentence: refusals, "according to", and reporting verbs
with the speaker before the cue ("X said that ..."), after the content ("..., X said"),
inverted ("..., said X") or elided ("X claimed ... and has long argued ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract import cues
from claims.extract.phrases import (
    AGENT_NOUNS,
    BOUNDARY_WORDS,
    DETERMINERS,
    TITLE_WORDS,
    Tok,
    drop_discourse,
    head_of_apposition,
    is_capitalised,
    looks_like_speaker,
    main_subject,
    outlet_phrase,
    split_via,
    strip_span,
    tokens,
)
from claims.extract.segment import quote_spans
from claims.models import Kind


@dataclass(slots=True)
class Found:
    """One attribution act in a sentence, before the content is trimmed and classified."""

    speaker: str
    cue: str
    via: str | None
    start: int
    end: int
    cue_start: int
    clause: int
    kind: Kind | None = None
    content_first: bool = False
    via_from: str | None = None  # "the report" whose outlet is the relay, resolved per source
    tail_quote: tuple[int, int] | None = None  # '"A," she said, "B."': the span of "B."


_WORD_STOP = frozenset(" \t\n,;:—–()“”\"«»‘’")
_PUNCT = frozenset(",;:—–()“”\"«»‘’")
_QUOTE_TOKS = frozenset("“”\"«»‘’")
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "their", "his", "her", "our",
                               "my", "your", "no", "any", "every"})
_TELL_OBJECTS = frozenset({"reporters", "journalists", "investors", "analysts", "lawmakers",
                           "employees", "staff", "shareholders", "customers", "listeners",
                           "viewers", "readers", "attendees", "delegates", "parliament",
                           "congress", "senators", "us", "me", "him", "her", "them"})
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ADVERBIALS = [
    re.compile(r"\s*,?\s*(?:on|last|this|earlier|late|early|next)\s+(?:" + _DAYS
               + r"|week|month|year|night|morning|afternoon|evening|weekend|quarter)\b"
               + r"(?:\s+(?:morning|afternoon|evening|night))?"),
    re.compile(r"\s*,?\s*" + _DAYS + r"\b"),
    re.compile(r"\s*,?\s*(?:yesterday|today|tonight|recently|earlier|previously|publicly|"
               r"privately|separately|again|also|repeatedly|bluntly|flatly|simply|"
               r"in\s+(?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December))\b"),
    re.compile(r"\s*,?\s*(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|the|his|her|its|their)\s+"
               r"(?:[\w-]+\s+){0,3}?(?:statement|interview|post|note|report|filing|e-?mail|"
               r"letter|speech|briefing|call|podcast|video|release|conference|testimony|memo|"
               r"event|hearing|meeting|summit|appearance|broadcast|message|blog|op-ed|column|"
               r"ruling|decision|judgment|opinion|order|affidavit|complaint|lawsuit|book|"
               r"essay|article|newsletter|paper|submission|response|remarks|address|"
               r"presentation|update|notice|announcement)"
               r"s?\b(?:\s+(?:with|to|on)\s+(?P<via>(?:the\s+)?[A-Z][\w.&'-]*"
               r"(?:\s+[A-Z][\w.&'-]*){0,4}))?"),
    re.compile(r"\s*,?\s*(?:to|at)\s+(?:reporters|journalists|investors|analysts|lawmakers|"
               r"a\s+(?:conference|press\s+conference|news\s+conference|briefing|forum|"
               r"rally|hearing))\b"),
    re.compile(r"\s*,?\s*(?:via|on)\s+(?P<via>X|Twitter|Facebook|LinkedIn|Threads|Weibo|"
               r"WeChat|Instagram|YouTube|TikTok|social\s+media)\b"),
]
_COLON = re.compile(r"\s*(?:(?:was|is|were|are|as\s+follows)\s*)?:\s*")
_THAT = re.compile(r"\s*,?\s*that\b\s*")
_EDITORIAL_TAIL = re.compile(
    r"\s*(?:,|—|–|--)\s*(?:in\s+)?(?:a|an)\s+(?:claim|move|step|development|decision|"
    r"statement|assertion|allegation|charge|accusation|remark|comment)s?\s+(?:that|which)\b"
)
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:published|released|issued|dated|posted|aired|broadcast|filed|out)\b")
_ELIDED_PREDICATE = re.compile(
    r",?\s+(?:but|and|while)\s+(?:did\s+not|does\s+not|didn't|doesn't|would\s+not|"
    r"declined|refused|stopped\s+short|gave\s+no|offered\s+no|provided\s+no)\b")
# "having said that", "that said", "needless to say", "so to speak", "all told".
_IDIOM_BEFORE = frozenset({"having", "that", "to", "all", "than", "as"})
_NOT_CLAUSE_START = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "be", "been", "about", "of",
    "against", "for", "with", "to", "by", "into", "from",
})
_INTRO_SPEAKING = re.compile(r"(?:speaking|talking|writing)\s+(?:to|with|in|on)\s+",
                             re.IGNORECASE)
_OBJECT_PRONOUNS = frozenset({"it", "them", "this", "that", "him", "her", "these", "those"})
_ASIDE_START = frozenset({"who", "which", "whose", "a", "an", "the", "citing", "cited",
                          "speaking", "quoted", "according", "referring", "writing", "now",
                          "formerly", "then", "himself", "herself", "itself", "also"})


@dataclass(slots=True)
class _Subject:
    start: int
    end: int
    boundary: Tok | None  # the token just before the subject (None: clause start)
    aside_via: str | None

    @property
    def empty(self) -> bool:
        return self.end <= self.start


def _np_token(toks: list[Tok], j: int) -> bool:
    tok = toks[j]
    if tok.text in _PUNCT:
        return False
    if tok.low in {"and", "&"}:
        # "Nvidia and AMD", "Quill and her deputy": a joint subject, not two clauses.
        return (j > 0 and (is_capitalised(toks[j - 1].text) or toks[j - 1].low in AGENT_NOUNS)
                and j + 1 < len(toks) and (is_capitalised(toks[j + 1].text)
                                           or toks[j + 1].low in DETERMINERS))
    if tok.low in {"who", "that"} and j + 1 < len(toks) and toks[j + 1].low in {
            "spoke", "talked", "asked", "requested", "were", "was", "are", "is"}:
        return True
    return tok.low not in BOUNDARY_WORDS


def _merge_scare_quotes(toks: list[Tok]) -> list[Tok]:
    """Treat a short quoted fragment inside a noun phrase (An unnamed "senior official")
    as plain words, so the subject walk does not stop at its marks."""
    if len(toks) < 3 or toks[-1].text not in _QUOTE_TOKS:
        return toks
    k = len(toks) - 2
    while k >= 0 and toks[k].text not in _PUNCT and len(toks) - k <= 8:
        k -= 1
    if k < 1 or toks[k].text not in _QUOTE_TOKS or toks[-2].text in _PUNCT:
        return toks
    lead = toks[k - 1]
    if lead.text in _PUNCT or (is_capitalised(lead.text) and lead.low not in {"an", "a", "the"}):
        return toks
    return [*toks[:k], *toks[k + 1 : -1]]


def _is_name(toks: list[Tok]) -> bool:
    return 1 <= len(toks) <= 4 and all(is_capitalised(t.text) for t in toks)


def _starts_with_determiner(toks: list[Tok]) -> bool:
    """The segment before an appositive name opens a noun phrase ("The head of X")."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text not in _PUNCT:
        k -= 1
    seg = toks[k + 1 :]
    return 2 <= len(seg) <= 8 and seg[0].low in {"the", "a", "an", "its", "their", "his",
                                                 "her"}


def _is_aside(text: str, start: int, end: int) -> bool:
    toks = tokens(text, start, end)
    if not toks or len(toks) > 16:
        return False
    first = toks[0]
    return (first.low in _ASIDE_START or first.low in TITLE_WORDS
            or not is_capitalised(first.text) or first.text.isdigit())


def _subject_before(text: str, lo: int, cue_start: int) -> _Subject:
    """Walk back from the cue over the subject noun phrase, skipping comma-enclosed asides
    ("X, who replaced Y last year, said"; "Ben Bajarin, CEO of ..., said")."""
    window = max(lo, cue_start - 400)
    toks = tokens(text, window, cue_start)
    if window > lo:
        toks = toks[1:]
    toks = _merge_scare_quotes(toks)
    last = len(toks) - 1
    aside_via: str | None = None
    subj_end: int | None = None
    for _ in range(3):
        j = last
        while j >= 0 and _np_token(toks, j) and last - j < 16:
            j -= 1
        if j < last:
            boundary = toks[j] if j >= 0 else None
            end = subj_end if subj_end is not None else toks[last].end
            return _Subject(toks[j + 1].start, end, boundary, aside_via)
        if j < 0:
            break
        tok = toks[j]
        if tok.text != ",":
            return _Subject(cue_start, cue_start, tok, aside_via)
        k = j - 1
        while k >= 0 and toks[k].text not in _PUNCT and j - k <= 16:
            k -= 1
        if k < 0 or toks[k].text != "," or k == j - 1:
            return _Subject(cue_start, cue_start, tok, aside_via)
        a, b = toks[k + 1].start, toks[j - 1].end
        if k > 0 and _is_name(toks[k + 1 : j]) and (
                toks[k - 1].low in TITLE_WORDS or toks[k - 1].low in AGENT_NOUNS
                or _starts_with_determiner(toks[:k])):
            # "The authority's director, Samuel Okafor, denied": the name is the subject's.
            subj_end = subj_end if subj_end is not None else b
            toks = [*toks[:k], Tok(toks[k].start, toks[k].end, "_comma_")]
            last = k
            continue
        if not _is_aside(text, a, b):
            return _Subject(cue_start, cue_start, tok, aside_via)
        _, via = split_via(text, a, b)
        aside_via = aside_via or via
        last = k - 1
    return _Subject(cue_start, cue_start, None, aside_via)


def _cue_start(text: str, lo: int, verb_start: int) -> int:
    """Extend the cue back over auxiliaries and adverbs ("has long argued")."""
    window = max(lo, verb_start - 60)
    toks = tokens(text, window, verb_start)
    start = verb_start
    for tok in reversed(toks[1:] if window > lo else toks):
        if tok.low in cues.AUXILIARIES:
            start = tok.start
        else:
            break
    return start


def _word_before(text: str, lo: int, pos: int) -> str:
    end = pos
    while end > lo and text[end - 1] == " ":
        end -= 1
    start = end
    while start > lo and text[start - 1] not in _WORD_STOP:
        start -= 1
    return text[start:end].lower()


def _tail(text: str, pos: int, end: int, lemma: str) -> tuple[int, str | None, bool]:
    """Skip what follows a cue before the content: the addressee of `tell`, adverbials,
    a colon, `that`. Returns (content start, relay outlet, whether `that` followed)."""
    via: str | None = None
    if lemma == "tell":
        toks = tokens(text, pos, min(end, pos + 80))
        that = next((n for n, t in enumerate(toks[:7]) if t.low == "that"), None)
        if that is not None and toks[0].low in {"the", "a", "an"} and all(
                t.text not in _PUNCT for t in toks[:that]) and not is_capitalised(toks[1].text):
            pos = toks[that - 1].end  # "told the committee that ..."
        elif toks and toks[0].low in _TELL_OBJECTS:
            pos = toks[0].end
        elif toks:
            outlet = outlet_phrase(text, pos, end)
            if outlet is not None:
                via = outlet
                pos = text.find(outlet, pos, end) + len(outlet)
                if text.startswith(("’s", "'s"), pos):
                    pos += 2
    for _ in range(4):
        for rx in _ADVERBIALS:
            m = rx.match(text, pos, end)
            if m is not None:
                if m.groupdict().get("via"):
                    via = via or m.group("via").removeprefix("the ").rstrip(".")
                pos = m.end()
                break
        else:
            break
    m = _COLON.match(text, pos, end)
    if m is not None and m.end() > pos:
        return m.end(), via, True
    m = _THAT.match(text, pos, end)
    if m is not None:
        return m.end(), via, True
    return pos, via, False


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _refusals(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    sentence = text[s:e]
    for m in cues.refusal_matches(sentence):
        a, b = s + m.start(), s + m.end()
        if _inside(a, quotes):
            continue
        subj = _subject_before(text, s, a)
        if subj.empty:
            continue
        sp = strip_span(text, drop_discourse(text, subj.start, subj.end), subj.end)
        if not looks_like_speaker(text, *sp):
            continue
        stop = b
        while stop < e and text[stop] not in ",;—–.":
            stop += 1
        out.append(Found(text[sp[0]:sp[1]], text[a:b], None, sp[0], stop, a, sp[0],
                         kind=Kind.NO_COMMENT))
    return out


def _according(text: str, s: int, e: int, quotes: list[tuple[int, int]],
               taken: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for m in cues.according_matches(text[s:e]):
        a, b = s + m.start(), s + m.end()
        if _inside(a, quotes) or _inside(a, taken):
            continue
        lead = drop_discourse(text, s, e)
        if a <= lead:
            comma = text.find(",", b, e)
            if comma < 0:
                continue
            (ss, se), via = split_via(text, b, comma)
            content = (comma + 1, e)
        else:
            stop = b
            while stop < e and text[stop] not in ",;":
                stop += 1
            (ss, se), via = split_via(text, b, stop)
            content = (lead, a)
        cut = _PARTICIPLE_TAIL.search(text, ss, se)
        if cut is not None:
            ss, se = strip_span(text, ss, cut.start())
        if not looks_like_speaker(text, ss, se) or _words(text, *content) < 3:
            continue
        out.append(Found(text[ss:se].rstrip("."), text[a:b], via, content[0], content[1], a, a))
        taken.append((a, se))
    return out


def _verbs(text: str, s: int, e: int, quotes: list[tuple[int, int]],
           taken: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    for m_start, m_end, form in cues.verb_matches(text[s:e]):
        vs, ve = s + m_start, s + m_end
        lemma = cues.lemma(form)
        if _inside(vs, quotes) or any(a <= vs < b for a, b in taken):
            continue
        prev = out[-1] if out else None
        if prev is not None and vs < prev.cue_start + len(prev.cue):
            continue
        before = _word_before(text, s, vs)
        quoted_as = before == "as" and _word_before(text, s, vs - 4).endswith("quoted")
        if before in cues.PASSIVE or before in _NOUN_DETERMINERS or (
                before in _IDIOM_BEFORE and not quoted_as):
            continue
        if text.startswith(" by ", ve):
            continue
        cs = _cue_start(text, s, vs)
        if before not in cues.AUXILIARIES and _word_before(text, s, cs) in cues.PASSIVE:
            continue
        cue = text[cs:ve]
        lo = s
        if prev is not None:
            lo = max(lo, prev.end if prev.content_first else prev.cue_start)
        found = (_participle(text, s, e, lo, cs, ve, lemma, prev) if form.endswith("ing")
                 else _finite(text, s, e, lo, cs, ve, lemma, form, prev))
        if found is not None:
            found.cue = cue
            out.append(found)
    return out


def _participle(text: str, s: int, e: int, lo: int, cs: int, ve: int, lemma: str,
                prev: Found | None) -> Found | None:
    """", arguing they could ..." (speaker = the clause subject), "..., adding that ..."
    after another cue (the same speaker), "with X saying ..." and "X was quoted as saying"."""
    subj = _subject_before(text, lo, cs)
    boundary = subj.boundary
    via: str | None = None
    if not subj.empty:
        toks = tokens(text, subj.start, subj.end)
        if not toks or toks[0].low != "with" or len(toks) < 2:
            return None
        speaker = _speaker_text(text, toks[1].start, subj.end)
    elif prev is not None and text[lo:cs].rstrip().endswith(","):
        speaker, via = prev.speaker, prev.via
    elif boundary is not None and (boundary.text == "," or (
            boundary.low == "as" and _word_before(text, s, boundary.start) == "quoted")):
        speaker = _speaker_text(text, *(main_subject(text, s, boundary.start) or (s, s)))
    else:
        return None
    if speaker is None:
        return None
    start = _content_start(text, ve, e, lemma)
    if start is None:
        return None
    return Found(speaker, "", via, start, e, cs, boundary.start if boundary is not None else cs)


def _speaker_text(text: str, start: int, end: int) -> str | None:
    return text[start:end] if end > start and looks_like_speaker(text, start, end) else None


def _content_start(text: str, ve: int, e: int, lemma: str) -> int | None:
    start, _, had_that = _tail(text, ve, e, lemma)
    if lemma in cues.OBJECT_COMPLEMENT:
        toks = tokens(text, ve, e)
        if not toks or toks[0].low not in _OBJECT_PRONOUNS:
            return None
        start = toks[1].start if len(toks) > 1 and toks[1].low != "as" else (
            toks[2].start if len(toks) > 2 else e)
    elif lemma in cues.WEAK and not had_that:
        return None
    if _words(text, start, e) < 2 or not _opens_clause(text, start, e):
        return None
    return start


def _object_infinitive(text: str, start: int, end: int) -> bool:
    """"expect the recall to cost ...": an object, then `to` within a few words."""
    toks = tokens(text, start, min(end, start + 120))
    if not toks or toks[0].low == "to":
        return False
    return any(t.low == "to" for t in toks[1:8]) and all(t.text not in _PUNCT for t in toks[:3])


def _word_after(text: str, pos: int, end: int) -> str:
    toks = tokens(text, pos, min(end, pos + 40))
    return toks[0].low if toks else ""


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Reported content starts a clause or a quotation, not with a verb or a preposition
    ("critics say are too weak", "warned about the risks")."""
    return _word_after(text, start, end) not in _NOT_CLAUSE_START


def _finite(text: str, s: int, e: int, lo: int, cs: int, ve: int, lemma: str, form: str,
            prev: Found | None) -> Found | None:
    subj = _subject_before(text, lo, cs)
    start, via, had_that = _tail(text, ve, e, lemma)
    rest = text[start:e].strip()
    trailing = not rest.strip(".!?”\"’ ") or text[start:e].lstrip().startswith(",")
    if form in cues.NOUN_LIKE and not had_that and not rest.startswith(("“", '"', "‘")):
        return None
    boundary = subj.boundary
    after_break = boundary is not None and boundary.text in {",", "”", '"', "»", "’"}
    if (boundary is not None and boundary.text in {"”", '"', "»", "’"} and not had_that
            and text[boundary.start - 1 : boundary.start] in {",", "!", "?"}
            and _words(text, start, e) <= 10):
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
        if not looks_like_speaker(text, ss, se) or _words(text, c_start, boundary.end) < 3:
            return None
        c_end = boundary.end if boundary.text in "”\"»’" else boundary.start
        found = Found(text[ss:se], "", via or relay or subj.aside_via, c_start, c_end, cs,
                      c_start, content_first=True)
        found.tail_quote = _tail_quote(text, ve, e)
        return found
    if lemma in cues.OBJECT_COMPLEMENT:
        quoted = _object_quote(text, ve, e)
        if quoted is None or subj.empty or not looks_like_speaker(text, subj.start, subj.end):
            return None
        return Found(text[subj.start:subj.end], "", None, ve, quoted, cs,
                     boundary.start if boundary is not None else subj.start)
    if lemma in cues.WEAK and not had_that and not (
            lemma in cues.OBJECT_INFINITIVE and _object_infinitive(text, start, e)):
        return None
    if _words(text, start, e) < 2 or not _opens_clause(text, start, e):
        return None
    if lemma == "tell" and not had_that and via is None and not rest.startswith(("“", '"', "‘")) \
            and _word_after(text, ve, e) not in _TELL_OBJECTS:
        return None  # "told the story of ...", "tells users when ..."
    if subj.empty:
        if boundary is None or boundary.low != "and" or prev is None:
            return None
        return Found(prev.speaker, "", via or prev.via, start, e, cs, boundary.start)
    ss = drop_discourse(text, subj.start, subj.end)
    subj_end = subj.end
    if subj_end < e and text[subj_end] in "”\"’" and sum(
            text[ss:subj_end].count(q) for q in "“\"‘") % 2 == 1:
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
        via = _intro_via(text, lo, boundary.start)
    return Found(speaker, "", via or relay or subj.aside_via, start, e, cs,
                 boundary.start if boundary is not None else ss, via_from=via_from)


def _intro_via(text: str, lo: int, end: int) -> str | None:
    """The channel named by an introductory phrase: "In an interview with the BBC, ...",
    "In a post on X, ...", "Speaking to Reuters, ..."."""
    lead = drop_discourse(text, lo, end)
    m = _ADVERBIALS[3].match(text, lead, end)
    if m is not None and m.group("via"):
        return m.group("via").removeprefix("the ").rstrip(".")
    m = _INTRO_SPEAKING.match(text, lead, end)
    if m is not None:
        return outlet_phrase(text, m.end(), end)
    return None


def _object_quote(text: str, ve: int, e: int) -> int | None:
    """"called the response "slow and chaotic"": the end of a quotation that closes within a
    few words after the cue, or None."""
    toks = tokens(text, ve, e)
    opened = False
    for n, tok in enumerate(toks[:14]):
        if tok.text in "“\"‘" and not opened:
            opened = n <= 6
            if not opened:
                return None
        elif tok.text in "”\"’" and opened:
            return tok.end
    return None


def _tail_quote(text: str, ve: int, e: int) -> tuple[int, int] | None:
    """A quotation that resumes after the attribution and runs to the sentence end."""
    for a, b in quote_spans(text, ve, e):
        between = text[ve:a].rstrip()
        if between.endswith((",", ":")) and not text[b:e].strip(" .!?"):
            return a, b
        break
    return None


def _citing(text: str, lo: int, end: int) -> str | None:
    """"Citing people familiar with the matter, the report said" -> the cited party."""
    toks = tokens(text, lo, end)
    if len(toks) < 2 or toks[0].low != "citing":
        return None
    sp = strip_span(text, toks[1].start, end)
    return text[sp[0]:sp[1]] if looks_like_speaker(text, *sp) else None


def _cut_editorial(text: str, f: Found) -> None:
    """End the content before the writer's comment on it ("— a claim that ...") and before
    a second predicate of the speaker ("... but did not confirm the bid")."""
    for rx in (_EDITORIAL_TAIL, _ELIDED_PREDICATE):
        m = rx.search(text, f.start, f.end)
        if m is not None:
            f.end = m.start()


def find_in_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every attribution act in the sentence `text[s:e]`, in order of their cues."""
    quotes = quote_spans(text, s, e)
    found = _refusals(text, s, e, quotes)
    taken = [(f.start, f.end) for f in found]
    found += _according(text, s, e, quotes, taken)
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
            _cut_editorial(text, f)
    return found
