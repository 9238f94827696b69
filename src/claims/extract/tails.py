"""What follows a cue before the content (addressee, adverbials, `that`), how content
may start and where it ends."""

from __future__ import annotations

import re
from itertools import islice

from claims.extract import cues
from claims.extract.channels import channel_phrase, is_outlet, media_noun_phrase, named_channel, outlet_name
from claims.extract.complements import FRAME_LEMMAS, frame_start
from claims.extract.found import Found
from claims.extract.lexicon import tagged
from claims.extract.phrases import (
    FRAMING_NOUNS,
    PRONOUNS,
    PUNCT,
    QUOTE_TOKS,
    TITLE_WORDS,
    Tok,
    drop_discourse,
    fewer_words,
    first_low,
    first_token,
    is_agent,
    is_capitalised,
    iter_tokens,
    main_subject,
    tokens,
    word_after,
)
from claims.extract.segment import iter_quote_spans
from claims.extract.times import TIME_ADVERBIAL
from claims.models import Kind

TELL_OBJECTS = tagged("tell_object")
# People or bodies addressed in person after "told the ..." ("told the court", "told a
# committee"): an audience, never a relay outlet.
AUDIENCE_NOUNS = tagged("audience_noun")
_AUDIENCE_AFTER = re.compile(
    r"(?:^|\s)(?:to|at|before)\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(TELL_OBJECTS | AUDIENCE_NOUNS))
    + r")\b"
)


def tells_audience(text: str, pos: int, end: int) -> bool:
    """ "told reporters ...", "told police ...", "told the court ...": the addressee right
    after `tell` is people or a body spoken to in person."""
    toks = tokens(text, pos, min(end, pos + 60))
    if not toks:
        return False
    if _owned_audience(toks):
        return True
    if toks[0].low.rstrip(".") in TELL_OBJECTS:
        return True
    if len(toks) < 2:
        return False
    if toks[0].low not in {"the", "a", "an"}:
        return _titled_name_end(toks) is not None  # "told host Ann Cole ..."
    # "told the crowd ...", "told a news conference ...": the noun, or one modifier then it
    return any(t.low.rstrip(".") in AUDIENCE_NOUNS for t in toks[1:3])


_OWNERS = tagged("tails.owners")


def _owned_audience(toks: list[Tok]) -> bool:
    """ "told her supporters ...", "told his staff ...": a possessive, then people addressed."""
    if len(toks) < 2 or toks[0].low not in _OWNERS:
        return False
    noun = toks[1].low.rstrip(".")
    return noun in AUDIENCE_NOUNS or (noun in TELL_OBJECTS and noun not in {"me", "him", "her", "us", "them"})


def addressed_in_person(text: str, lemma: str, pos: int, start: int) -> bool:
    """The cue names who heard it in person ("told reporters", "said at a news conference",
    "said in a letter to shareholders"): such a claim keeps `via` empty, and does not take
    the relay its speaker was quoted through earlier."""
    if lemma == "tell" and tells_audience(text, pos, start):
        return True
    return _AUDIENCE_AFTER.search(text, pos, start) is not None


_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A statement, interview or document the cue was made in ("said in a statement", "wrote in
# her ruling"); a channel after it ("... with the paper", "... to Reuters", "... on X") is
# read by `_statement_channel`, never by the pattern, so a date is never taken for an outlet.
_STATEMENT = re.compile(
    r"\s*,?\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Oo]ver)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:(?!(?:with|to|on|for|by)\s)[\w-]+\s+){0,3}(?:statement|interview|post|note|report|filing|e-?mail|"
    r"letter|speech|briefing|call|podcast|video|release|conference|testimony|memo|"
    r"event|hearing|meeting|summit|appearance|broadcast|message|blog|op-ed|column|"
    r"ruling|decision|judgment|opinion|order|affidavit|complaint|lawsuit|book|"
    r"essay|article|newsletter|paper|submission|response|remarks|address|"
    r"presentation|update|notice|announcement)s?\b"
)
_CHANNEL_LINK = re.compile(r"\s+(?P<link>with|to|on|for)\s+")
# Pieces written for an outlet: "in an op-ed for the Times", "in a column for the Herald".
_WRITTEN = re.compile(r"(?:op-ed|column|article|essay|piece|blog|newsletter|commentary)s?$")
PLATFORMS = (
    "X",
    "Twitter",
    "Facebook",
    "LinkedIn",
    "Threads",
    "Weibo",
    "WeChat",
    "Instagram",
    "YouTube",
    "TikTok",
    "Bluesky",
    "Telegram",
)
# "in a Facebook post", "in a YouTube video": the platform named before the statement noun.
_PLATFORM_BEFORE = re.compile(r"\b(?P<via>" + "|".join(p for p in PLATFORMS if p != "X") + r")\b")
# How a statement was made, with no relay: "by phone", "in a phone interview".
_MANNER = re.compile(
    r"\s*,?\s*(?:(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:e-?mail|text(?:\s+message)?|video\s+link))\b"
)
_AUDIENCE = re.compile(
    r"\s+(?:to|with)\s+(?:(?:the|its|his|her|their|our)\s+)?(?:" + "|".join(sorted(TELL_OBJECTS)) + r")\b"
)
_ADVERBIALS = [
    # a year: "said in 2019", "said in March 2019", "said in early 2021"
    re.compile(
        r"\s*,?\s*in\s+(?:(?:early|late|mid-)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December)\s+)?(?:1[89]|20)\d\d\b(?![-–%,]\d)"
    ),
    TIME_ADVERBIAL,
    # "said of the council: ...", "said about her rival, "..."": the topic phrase, then a
    # colon or a quotation (not `that`: "reports of poaching suggest that ..." is a noun's object)
    re.compile(r"\s+(?:of|about)\s+[^,:;.!?\n“”\"]{1,60}?(?=\s*:|,\s*[“\"‘])"),
    # "declared in the spin room, "..."": where it was said, then the quotation
    re.compile(r"\s+(?:in|at|during|on)\s+(?:the|a|an|his|her|their|its)\s+[^,:;.!?\n“”\"]{1,50}?(?=,\s*[“\"‘])"),
    re.compile(
        r"\s*,?\s*(?:on|last|this|earlier|late|early|next)\s+(?:"
        + _DAYS
        + r"|week|month|year|night|morning|afternoon|evening|weekend|quarter)\b"
        + r"(?:\s+(?:morning|afternoon|evening|night))?"
    ),
    re.compile(r"\s*,?\s*" + _DAYS + r"\b(?!['’])(?:\s+(?:morning|afternoon|evening|night))?"),
    re.compile(
        r"\s*,?\s*(?:yesterday|today|tonight|recently|earlier|previously|publicly|"
        r"privately|separately|again|also|repeatedly|bluntly|flatly|simply|"
        r"in\s+(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December))\b"
    ),
    _STATEMENT,
    _MANNER,
    re.compile(
        r"\s*,?\s*(?:to|at)\s+(?:reporters|journalists|investors|analysts|lawmakers|"
        r"a\s+(?:conference|press\s+conference|news\s+conference|briefing|forum|"
        r"rally|hearing))\b"
    ),
    re.compile(
        r"\s*,?\s*(?:via|on)\s+(?P<via>X|Twitter|Facebook|LinkedIn|Threads|Weibo|"
        r"WeChat|Instagram|YouTube|TikTok|social\s+media)\b"
    ),
]

_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def union(patterns: list[re.Pattern[str]], lead: str = "") -> re.Pattern[str]:
    """One pattern that matches at a position exactly where one of `patterns` does (each
    keeps its flags; group names are dropped, so two may share one). Those (without flags
    and alternatives at their top) that open with `lead` share it: it is run once, then
    their rests are tried in turn. The lead is atomic (never given back to try the rests
    again from inside it: no match where nothing does), the same matches as long as no rest
    opens with white space or a comma (a test holds `_ADVERBIALS` to that)."""
    led, parts = [], []
    for rx in patterns:
        flags = "".join(letter for flag, letter in _FLAG_LETTERS if rx.flags & flag)
        body = _NAMED_GROUP.sub("(?:", rx.pattern)
        if lead and not flags and body.startswith(lead) and len(cues.top_level(body)) == 1:
            led.append(f"(?:{body[len(lead) :]})")
        else:
            parts.append(f"(?{flags}:{body})")
    if led:
        parts.insert(0, f"(?>{lead})(?:{'|'.join(led)})")
    return re.compile("|".join(parts))


_ANY_ADVERBIAL = union(_ADVERBIALS, lead=r"\s*,?\s*")


def _statement_channel(text: str, pos: int, end: int) -> tuple[int, str | None]:
    """After "in a statement"/"in an interview": the channel it was made to or on ("to the
    Herald", "with the paper", "on Facebook") or an audience ("to shareholders")."""
    m = _CHANNEL_LINK.match(text, pos, end)
    if m is not None and (m.group("link") != "for" or _WRITTEN.search(text, max(0, pos - 12), pos)):
        found = channel_phrase(text, m.end(), end)
        if found is not None and not (m.group("link") == "on" and found[0][:1].islower()):
            return found[1], found[0]
    m = _AUDIENCE.match(text, pos, end) or _ANY_AUDIENCE.match(text, pos, end)
    if m is not None and not (text.startswith(" that", m.end()) and relative_that(text, m.end() + 5, end)):
        return m.end(), None
    return pos, None


# Whoever the statement was addressed to, before its colon or `that` ("in a letter to families:",
# "in an email to staff that ...").
_AUDIENCE_COLON = re.compile(r"\s+to\s+((?:[^\s,;:“”\"()]+\s+){0,3}?[^\s,;:“”\"()]+)(?=\s*:)")
_ANY_AUDIENCE = re.compile(r"\s+to\s+(?:[^\s,;:“”\"()]+\s+){0,3}?[^\s,;:“”\"()]+(?=\s*:|\s+that\b)")


_COLON = re.compile(r"\s*(?:(?:was|is|were|are|as\s+follows|this|the\s+following)\s*)?:\s*")
_THAT = re.compile(r"\s*,?\s*that\b(?![’'])\s*")
# An aside set off by commas between the cue and `that` ("told Reuters, speaking on condition of
# anonymity, that ...", "claimed, without evidence, that ...", "said, however, that ..."): not content.
_ASIDE_THAT = re.compile(r"\s*,\s*(?:[^\s,;:“”\"()]+\s+){0,7}[^\s,;:“”\"()]+\s*,\s*that\b(?![’'])\s*")
# A participle of saying that only leads into the words said ("posted on X saying: “...”",
# "wrote on Facebook saying that ..."): the content starts after it.
_SAYING_LEAD = re.compile(r"\s*(?:saying|writing|stating)(?=\s*[:“\"]|\s+that\b)")
# "asked, “...?”", "recalled, “...”": a comma, then a quotation that opens right away.
_COMMA_QUOTE = re.compile(r"\s*,\s*(?=[“\"‘])")
_EDITORIAL_TAIL = re.compile(
    r"\s*(?:,|—|–|--)\s*(?:in\s+)?(?:a|an)\s+(?:claim|move|step|development|decision|"
    r"statement|assertion|allegation|charge|accusation|remark|comment)s?\s+(?:that|which)\b"
)
# The writer's note that someone contests the reported content, set off by a comma at its
# end: ", a claim the plaintiffs dispute", ", allegations he has denied", ", which the
# company rejects". It must run to the end of the content (no later comma), so a relative
# clause inside the content ("the claim, which the insurer rejected, went to court") stays.
_CONTESTED = (
    r"(?:(?:has|have|had)\s+)?(?:(?:long|also|repeatedly|strongly|flatly|vehemently|since|previously)\s+)?"
    r"(?:disputes?|disputed|den(?:y|ies|ied)|rejects?|rejected|contests?|contested|refutes?|refuted|"
    r"challenges?|challenged|rebuts?|rebutted|calls?\s+false|called\s+false)\b"
)
_DISPUTED_TAIL = re.compile(
    r"\s*(?:,|—|–|--)\s*(?:"
    r"(?:(?:a|an)\s+)?(?:claims?|assertions?|allegations?|charges?|accusations?|contentions?|"
    r"characteri[sz]ations?|figures?|accounts?|versions?|descriptions?|estimates?|arguments?|"
    r"findings?|conclusions?|views?|points?|ideas?|narratives?|interpretations?|something)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:[\w'’.-]+\s+){1,5}?" + _CONTESTED + r"|(?:disputed|denied|rejected|contested)\s+by\b)"
    r"|which\s+(?:(?:[\w'’.-]+\s+){1,5}?" + _CONTESTED
    + r"|(?:is|was|are|were|has\s+been|have\s+been)\s+(?:disputed|denied|rejected|contested)\s+by\b)"
    r")[^,;]*$"
)
_ELIDED_PREDICATE = re.compile(
    r",?\s+(?:but|and|while)\s+(?:did\s+not|does\s+not|didn't|doesn't|would\s+not|"
    r"declined|refused|stopped\s+short|gave\s+no|offered\s+no|provided\s+no)\b"
)
# The speaker's own next act, coordinated after the content: ", and he railed against ...",
# also after a quotation closed on the comma ('..."a disgrace," but she added ...'):
# ", but she added ...", ", and has championed ...", ", and reminded the audience ...".
_SPEAKER_NEXT_ACT = re.compile(
    r",[\"”’]?\s+(?:(?:and|but)\s+(?:(?:he|she|they)\s+(?:also\s+)?(?:[a-z]+ed|went|took|gave|made|told|said)\b"
    r"|(?:also\s+)?(?:has|have|had)\s+(?:long\s+|also\s+)?[a-z]+(?:ed|en)\b"
    r"|(?:also\s+)?(?:reminded|railed|urged|criticized|criticised|accused|attacked|blasted|"
    r"praised|pointed|noted|added|called|went\s+on|took|vowed|pledged|promised|warned|argued)\b)"
    r"|while\s+(?:also\s+)?[a-z]+ing\b)"  # ", while also pledging to ...": the speaker's next act
)
# The same without the comma, for verbs whose subject is the speaker, not the reported clause's
# subject: "said she admires his resolve and highlighted their shared goals", "said the plan was
# sound and called on lawmakers to back it". Only outside a quotation (a quoted "and thanked
# China" is the quoted speaker's own clause).
_SPEAKER_NEXT_ACT_BARE = re.compile(
    r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:urged|thanked|praised|highlighted|vowed|pledged|"
    r"criticized|criticised|blasted|called\s+(?:for|on)|appealed|stressed|emphasized|emphasised|"
    r"reiterated|welcomed|condemned|dismissed|defended|apologized|apologised|expressed|promised|"
    r"told(?!\s+to\b))\b"  # ("and told to leave": a passive)
    # not a passive participle joined to the clause's own ("are unanswered and dismissed",
    # "are praised by ...")
    r"(?!\s*(?:[.,;:!?)]|$|by\b|as\b))"
)
# "having said that", "that said", "needless to say", "so to speak", "all told".
_NOT_CLAUSE_START = tagged("tails.not_clause_start")
# "Speaking in Ohio, ...": a place, never a relay ("Writing in the Herald, ..." is one).
_INTRO_SPEAKING = re.compile(
    r"(?:(?:speaking|talking|writing)\s+(?:to|with|on)|writing\s+in"
    r"|as\s+(?:first\s+|previously\s+|earlier\s+)?(?:reported|quoted)\s+by)\s+",
    re.IGNORECASE,
)
_PHRASE_PREPOSITIONS = tagged("tails.phrase_prepositions")
_OBJECT_PRONOUNS = tagged("tails.object_pronouns")


_ADDRESSING = frozenset({"tell", "inform", "notify"})


def tail(text: str, pos: int, end: int, lemma: str) -> tuple[int, str | None, bool]:
    """Skip what follows a cue before the content: the addressee of `tell`, adverbials,
    a colon, `that`. Returns (content start, relay outlet, whether `that` followed)."""
    via: str | None = None
    if lemma in _OBJECT_THEN_THAT:
        bare = _people_then_clause(text, pos, end)
        if bare is not None:  # "reassured customers their data was safe": the clause, as after `that`
            return bare, via, True
    if lemma in _ADDRESSING:  # "told CNN that", "informed the BBC that": an outlet addressed relays
        pos, via = _after_addressee(text, pos, end)
    elif lemma in _OBJECT_THEN_THAT:  # "warned investors that ...", "assured residents that ..."
        pos = _past_object(text, pos, end)
    at_cue = pos
    pos, via, stated = _after_adverbials(text, pos, end, via)
    if via is None and text.startswith(" to ", pos):
        pos, via = _to_someone(text, pos, end)
    if stated:
        pos = _after_document_participle(text, pos, end)
    start, had_that = _content_opening(text, pos, end, pos > at_cue)
    return start, via, had_that


# "said in a statement carried by state media that ...", "in a report published on Thursday that":
# a participle phrase on the statement, before the `that` of the content.
_DOCUMENT_PARTICIPLE = re.compile(
    r"\s+(?:carried|posted|published|issued|released|sent|seen|obtained|shared|circulated|distributed|filed|"
    r"submitted|delivered|read|broadcast|aired|e-?mailed|reviewed|quoted|cited|made|given|written|signed|dated|"
    r"addressed|prepared|reported|uploaded|tweeted|streamed|televised|presented)\s+"
    r"(?:[^\s,;:“”\"()]+\s+){0,8}?that\b"
)


# "wrote in her ruling in a lawsuit against the plan that ...": a phrase on what the statement is
# in or about, before the `that` of the content.
_DOCUMENT_PHRASE = re.compile(
    r"\s+(?:in|on|against|over|about|for|to)\s+(?:[^\s,;:“”\"()]+\s+){1,7}?that\b"
)


def _after_document_participle(text: str, pos: int, end: int) -> int:
    """Past a participle phrase on the statement just named, up to its `that` ("in a statement
    posted on its website that ..."), or a phrase on what it is in ("in her ruling in a lawsuit
    against the plan that ..."), else `pos`: the `that` then opens the content."""
    m = _DOCUMENT_PARTICIPLE.match(text, pos, end) or _DOCUMENT_PHRASE.match(text, pos, end)
    return pos if m is None else m.end() - len("that")


def _to_someone(text: str, pos: int, end: int) -> tuple[int, str | None]:
    """After "to": an outlet before `that` (`_to_named_channel`), or those addressed before a
    colon ("says to voters: “...”"; an outlet among them relays). Returns (position, relay)."""
    after, via = _to_named_channel(text, pos, end)
    colon = _AUDIENCE_COLON.match(text, pos, end) if via is None else None
    if colon is None:
        return after, via
    return colon.end(), (outlet_name(colon.group(1)) if is_outlet(colon.group(1)) else None)


def _to_named_channel(text: str, pos: int, end: int) -> tuple[int, str | None]:
    """ "confirmed to CNN that ...", "said to the Herald's reporter that ...": the outlet
    spoken to is the relay, when `that` follows it. Returns (position, relay)."""
    if "that" not in text[pos : min(end, pos + 160)]:
        return pos, None  # most "to" phrases: no `that` clause near
    found = named_channel(text, pos + 4, end)
    if found is None or _THAT.match(text, found[1], end) is None:
        return pos, None
    return found[1], found[0]


def _after_addressee(text: str, pos: int, end: int) -> tuple[int, str | None]:
    """After "told": past the medium ("told the paper", a relay), the people addressed
    ("told the committee that", "told her supporters", "told reporters") or the channel
    ("told Reuters", "told CNN's State of the Union"). Returns (position, relay)."""
    media = media_noun_phrase(text, pos, end)
    if media is not None:
        return media[1], media[0]  # "told the paper", "told a local radio station"
    aside = _ADDRESSEE_DASH_ASIDE.match(text, pos, end)
    if aside is not None:  # "told President Ann Lee - who was visiting - the deal was done"
        name = aside.group(1).strip()
        return aside.end(), (outlet_name(name) if is_outlet(name) else None)
    toks = tokens(text, pos, min(end, pos + 80))
    addressed = _addressee_end(text, pos, end, toks)
    if addressed is not None:
        return addressed, _outlet_of_title(toks)
    found = named_channel(text, pos, end) if toks else None  # not a media noun phrase (above)
    if found is None:
        bare = _people_then_clause(text, pos, end)  # "told controllers the engine had failed"
        return (_before_that(toks, pos) if bare is None else bare), None
    via, stop = found
    if _plural_people(via):
        return stop, None  # "told Britons to ...", "told Democrats that ...": people, no relay
    return (stop + 2 if text.startswith(("’s", "'s"), stop) else stop), via


def _plural_people(name: str) -> bool:
    """One capitalised word in -s that names no outlet: people ("Britons", "Democrats")."""
    return " " not in name and name.endswith("s") and name[:-1].isalpha() and not is_outlet(name)


def tells_plural_people(text: str, pos: int, end: int) -> bool:
    """ "told Democrats the plan ...", "told controllers the engine had failed": the people told
    are named by a plural name, or are a plural noun before a that-less clause."""
    if media_noun_phrase(text, pos, end) is not None:
        return False
    found = named_channel(text, pos, end)
    if found is not None:
        return _plural_people(found[0])
    return _people_then_clause(text, pos, end) is not None


# The people told, then a relative clause set off by dashes before the content.
_ADDRESSEE_DASH_ASIDE = re.compile(
    r"\s*((?:[A-Za-z][\w.'’-]*\s+){1,6}?)[-–—]\s+(?:who|which|whose)\b[^-–—.;]{1,150}?\s[-–—]\s+"
)


def addressed_with_aside(text: str, pos: int, end: int) -> bool:
    """People told, then a relative clause set off by dashes ("told President Ann Lee - who was
    visiting - the deal was done")."""
    return _ADDRESSEE_DASH_ASIDE.match(text, pos, end) is not None


# Verbs whose object, the people addressed, may stand before the `that` of the content.
_OBJECT_THEN_THAT = frozenset(
    {"warn", "assure", "reassure", "remind", "inform", "advise", "notify", "caution", "convince", "persuade"}
)
_ADDRESSEE_MOST_WORDS = 12  # "told a crowded hall at a hotel in downtown Dayton that ..."
_NOT_IN_ADDRESSEE = frozenset({"who", "whom", "which", "whose", "if", "whether", "what", "how", "why", "when"})


def _past_object(text: str, pos: int, end: int) -> int:
    """Where `that` follows the people addressed ("warned investors that"), else `pos`: not
    after a preposition ("warned of a slowdown that could ...") nor before a relative `that`."""
    toks = tokens(text, pos, min(end, pos + 80))
    if not toks or toks[0].low in _PHRASE_PREPOSITIONS or toks[0].low in {"of", "about", "against"}:
        return pos
    that = _before_that(toks, pos)
    return pos if that == pos or relative_that(text, that + 4, end) else that


_PEOPLE_OBJECT_MOST = 3  # words of the people addressed before a that-less clause ("the bank's customers")


def _people_then_clause(text: str, pos: int, end: int) -> int | None:
    """Where a that-less clause starts after the people addressed ("warned residents the river would
    flood", "informing them a hacker had stolen data"): a pronoun, or a plural noun with up to two
    words before it, then a subject and its finite verb; else None ("warned residents would lose
    power": the residents are the clause's subject)."""
    toks = tokens(text, pos, min(end, pos + 60))[: _PEOPLE_OBJECT_MOST + 1]
    for n, tok in enumerate(toks[:_PEOPLE_OBJECT_MOST]):
        if tok.text in PUNCT or not tok.text.isalpha():
            return None
        low = tok.low
        people = (n == 0 and low in _ADDRESSED_PRONOUNS) or (low.endswith("s") and len(low) > 3 and tok.text.islower())
        if people and n + 1 < len(toks) and toks[n + 1].low != "that" and finite_clause(text, toks[n + 1].start, end):
            return toks[n + 1].start
        if n == 0 and low in _ADDRESSED_PRONOUNS:
            return None
    return None


_ADDRESSED_PRONOUNS = frozenset({"them", "us", "him", "her", "me", "you"})


def _before_that(toks: list[Tok], pos: int) -> int:
    """Any other people told, when `that` follows them within a few words and nothing but
    words comes between ("told others that", "told cheering supporters that", "told radio
    host Ann Reyes on Monday that"): the position of `that`; else `pos`."""
    for n, tok in enumerate(toks[: _ADDRESSEE_MOST_WORDS + 1]):
        if tok.low == "that":
            return tok.start if n else pos
        if tok.text in PUNCT or tok.low in _NOT_IN_ADDRESSEE:
            return pos
    return pos


def _addressee_end(text: str, pos: int, end: int, toks: list[Tok]) -> int | None:
    """The end of the people told, or None: "told the committee that ...", "told her
    supporters ...", "told reporters", "told the court he ..."."""
    that = next((n for n, t in enumerate(toks[:7]) if t.low == "that"), None)
    if that and toks[that - 1].low in AUDIENCE_NOUNS and all(t.text not in PUNCT for t in toks[:that]):
        return toks[that - 1].end  # "told the Senate Armed Services Committee that", "told Leeds Crown Court that"
    if (
        that is not None
        and (toks[0].low in {"the", "a", "an"} or toks[0].low in TELL_OBJECTS)  # "told members of the board that"
        and all(t.text not in PUNCT for t in toks[:that])
        and not is_capitalised(toks[1].text)
    ):
        return toks[that - 1].end
    if _owned_audience(toks):
        return toks[1].end
    if toks and toks[0].low.rstrip(".") in TELL_OBJECTS:
        return toks[0].end
    titled = _titled_name_end(toks)
    if titled is not None:
        return titled
    if tells_audience(text, pos, end):  # "the crowd", "a news conference": up to the noun
        # "a Senate panel": up to the last audience noun of the two words after the article
        nouns = [t.end for t in toks[1:3] if t.low.rstrip(".") in AUDIENCE_NOUNS]
        return nouns[-1] if nouns else toks[1].end
    return None


def _outlet_of_title(toks: list[Tok]) -> str | None:
    """The outlet named before the title of the person told ("told Fox News host Tom Reyes"):
    the relay; None when no outlet is named there."""
    n = next((k for k, t in enumerate(toks[:3]) if t.low in _ADDRESSEE_TITLES), 0)
    name = " ".join(t.text for t in toks[:n])
    return outlet_name(name) if n and all(is_capitalised(t.text) for t in toks[:n]) and is_outlet(name) else None


def titled_addressee(text: str, pos: int, end: int) -> bool:
    """ "told host Ann Cole ...": the person told is named after a title."""
    return _titled_name_end(tokens(text, pos, min(end, pos + 60))) is not None


_ADDRESSEE_TITLES = TITLE_WORDS | tagged("tails.addressee_titles")


def _titled_name_end(toks: list[Tok]) -> int | None:
    """ "told host Ann Cole ...", "told radio host Tom Reyes ...", "told Fox News host Tom Reyes":
    a title (after at most two modifiers, lower-case or a name), then a capitalised name of one
    to four words: its end, or None."""
    for n in range(min(3, len(toks))):
        if toks[n].low in _ADDRESSEE_TITLES:
            break
        if not toks[n].text.isalpha():
            return None
    else:
        return None
    name = 0
    for tok in toks[n + 1 : n + 5]:
        if not (is_capitalised(tok.text) and tok.text.replace(".", "").isalpha()):
            break
        name += 1
    return toks[n + name].end if name else None


def _after_adverbials(text: str, pos: int, end: int, via: str | None) -> tuple[int, str | None, bool]:
    """Past up to five adverbials ("on Monday", "in a statement to the Herald"), taking the
    relay one names. Returns (position, relay, whether one named a statement)."""
    stated = False
    for _ in range(5):
        m = _adverbial_at(text, pos, end)
        if m is None:
            break
        if m.groupdict().get("via"):
            via = via or m.group("via").removeprefix("the ").rstrip(".")
        pos = m.end()
        platform = _PLATFORM_BEFORE.search(text, m.start(), m.end()) if m.re is _STATEMENT else None
        stated = stated or m.re is _STATEMENT
        if stated:
            # "in a statement to the Herald", "in a statement on Friday to the Herald"
            pos, channel = _statement_channel(text, pos, end)
            via = via or channel or (platform.group("via") if platform else None)
    return pos, via, stated


def _adverbial_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first of `_ADVERBIALS` that matches something at `pos` (none, when their union
    matches nothing there: most cues, tested at once)."""
    if _ANY_ADVERBIAL.match(text, pos, end) is None:
        return None
    for rx in _ADVERBIALS:
        m = rx.match(text, pos, end)
        if m is not None and m.end() > pos:
            return m
    return None


# The content's `that` after an adverbial noun's relative clause: "said in an interview that aired
# Sunday that he would run" (no punctuation between).
_LATER_THAT = re.compile(r"(?<=[a-z0-9])\s+that\s+(?=[A-Za-z])(?![^,;:.]*$)")


def _content_opening(text: str, pos: int, end: int, after_adverbial: bool = False) -> tuple[int, bool]:
    """Past a colon or `that` (also after a short phrase: "warned for years that"):
    (content start, whether one was there). A participle of saying that only leads into
    the words said is passed first ("posted on X saying: ..."). After an adverbial
    (`after_adverbial`), a `that` with a verb right after it is the adverbial noun's relative
    clause ("said in a statement that was posted online"): the content opens at a later `that`
    ("... online that it would appeal"), else nowhere after the cue."""
    lead = _SAYING_LEAD.match(text, pos, end)
    if lead is not None:
        pos = lead.end()
    m = _COLON.match(text, pos, end)
    if m is not None and m.end() > pos:
        return m.end(), True
    m = _THAT.match(text, pos, end) or _ASIDE_THAT.match(text, pos, end)
    if m is not None:
        if after_adverbial and relative_that(text, text.rindex("that", m.start(), m.end()) + 4, end):
            resumed = _LATER_THAT.search(text, m.end(), min(end, m.end() + 80))
            return (resumed.end(), True) if resumed is not None else (end, False)
        return m.end(), True
    later = _that_after_phrase(text, pos, end)
    return (pos, False) if later is None else (later, True)


_QUANTITY_HEADS = frozenset({"least", "most"})
# Words after which a form of a cue is a noun: "in a section of the ruling that ...".
_NOUN_MARKS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "my", "your"})


def _that_after_phrase(text: str, pos: int, end: int) -> int | None:
    """ "warned for years that ...", "said through a spokesperson that", "claimed without
    evidence that": `that` after a short prepositional phrase."""
    if first_low(text, pos, min(end, pos + 60)) not in _PHRASE_PREPOSITIONS:
        return None  # most cues: read no further
    toks = list(islice(iter_tokens(text, pos, min(end, pos + 80)), 9))
    if not toks or toks[0].low not in _PHRASE_PREPOSITIONS or (len(toks) > 1 and toks[1].low in _QUANTITY_HEADS):
        return None  # "reported at least 20 victims at a center that ...": an object, no phrase
    for n, tok in enumerate(toks[1:9], start=1):
        if tok.text in PUNCT or (tok.low in cues.FORM_TO_LEMMA and toks[n - 1].low not in _NOUN_MARKS):
            return None  # "reports of poaching suggest that": the phrase holds the verb (not "of the ruling")
        if tok.low == "that" and n >= 2:
            return None if relative_that(text, tok.end, end) else tok.end
    return None


# After a relative `that`, a verb ("with the money that was left", "of a list that included"): a
# content clause opens with its subject instead.
_RELATIVE_THAT = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|[a-z]+ed"
    r"|took|made|came|went|led|drew|caught|left|sent|saw|gave|got|brought|won|ran|began|became|kept|held|"
    r"shook|struck|stunned|sparked|drew|set\s+off)\b"
)


def relative_that(text: str, pos: int, end: int) -> bool:
    """A verb right after the `that` ending at `pos`: the `that` opens a relative clause."""
    return _RELATIVE_THAT.match(text, pos, end) is not None


def comma_quote(text: str, pos: int, end: int) -> int | None:
    """ "asked, “...?”": where the quotation opens, after a comma right after the cue."""
    m = _COMMA_QUOTE.match(text, pos, end)
    return m.end() if m is not None and m.end() < end else None


_ASIDE_CLOSE = re.compile(r",\s+([a-z]+(?:\s+out)?)\b")


def _quote_or_frame(text: str, start: int, e: int, lemma: str) -> int | None:
    """After a participle: where a quotation after a comma (", asking, “...?”") or a
    complement frame (", urging fans to ...", ", citing the storm") opens the content; -1
    when a comma and a cue follow the frame's object ("Analysts, citing the report, warn
    that ..."): the participle was an aside of the main cue."""
    quoted = comma_quote(text, start, e)
    if quoted is not None:
        return quoted
    framed = frame_start(text, lemma, start, e) if lemma in FRAME_LEMMAS else None
    if framed is None:
        return None
    aside = any(m.group(1) in cues.FORM_TO_LEMMA for m in _ASIDE_CLOSE.finditer(text, framed[0], e))
    return -1 if aside else framed[0]


def quoted_object_end(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """ "The crowd chanted “Four more years” as she walked in": after a verb of saying aloud
    (`cues.QUOTED_OBJECT`), the quotation that opens the content at `start` is all of it; `end`
    when none opens there."""
    opens = start
    while opens < end and text[opens].isspace():
        opens += 1
    for a, b in quotes:
        if a == opens and b < end:
            return b
    return end


def content_start(text: str, ve: int, e: int, lemma: str) -> int | None:
    start, _, had_that = tail(text, ve, e, lemma)
    opened = None if had_that else _quote_or_frame(text, start, e, lemma)
    if opened is not None:
        if opened < 0:
            return None
        start = opened
    elif lemma in cues.OBJECT_COMPLEMENT:
        toks = list(islice(iter_tokens(text, ve, e), 3))
        if not toks or toks[0].low not in _OBJECT_PRONOUNS:
            return None
        start = toks[1].start if len(toks) > 1 and toks[1].low != "as" else (toks[2].start if len(toks) > 2 else e)
    elif lemma in cues.WEAK and not had_that and not (lemma in cues.BARE_WEAK and finite_clause(text, start, e)):
        return None  # (a weak cue takes a that-less clause only when it may: "after disclosing it had been sent")
    if fewer_words(text, start, e, 2) or not opens_clause(text, start, e):
        return None
    return start


_MODALS = tagged("tails.modals")


def modal_clause(text: str, start: int, end: int) -> int | None:
    """ "promised fares would not rise" -> where the clause starts; "promised voters that fares
    would ..." -> after `that`. None when no modal follows within a few words (a promise of a
    thing, "pledged support", or of an act, "vowed to appeal")."""
    toks = tokens(text, start, min(end, start + 120))
    begin = start
    for n, tok in enumerate(toks[:8]):
        if tok.text in PUNCT or tok.low == "to":
            return None
        if tok.low == "that" and n >= 1:
            begin = tok.end
        elif tok.low in _MODALS:
            return begin if n >= 1 and toks[n - 1].end > begin else None
    return None


_PAST_FORMS = tagged("tails.past_forms")
_VERB_MARKS = tagged("tails.verb_marks")
_VERB_MARKS_AND_PAST = _VERB_MARKS | _PAST_FORMS


_FINITE_WORDS = tagged("tails.verb_marks") | tagged("tails.past_forms")
_SUBJECT_BREAKS = frozenset({"in", "on", "at", "for", "with", "from", "to", "by", "into", "during", "after", "before"})
_SUBJECT_MOST = 8


# A pronoun with its verb contracted ("she's", "he’ll", "they'd"), or a negated auxiliary ("isn’t").
_CONTRACTED_VERB = re.compile(
    r"(?:(?:i|you|he|she|it|we|they|there|that|who|what|here)['’](?:s|re|ll|d|ve|m)|\w+n['’]t)"
)


def looks_like_clause(text: str, start: int, end: int) -> bool:
    """Reported content that holds a verb within its first words ("the search had been
    botched", "profits fell", "she's leaving"), not a bare noun phrase ("three new members")."""
    for tok in tokens(text, start, min(end, start + 120))[:12]:
        low = tok.low
        if low in _VERB_MARKS or low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4 and tok.start > start):
            return True
        if ("'" in low or "’" in low) and _CONTRACTED_VERB.fullmatch(low):
            return True
    return False


# Words that open an adjunct, not a clause: "In the text under the video", "Like her rival",
# "Soon after the vote", "Particularly in rural areas".
# (Not a subordinator, which opens a clause: "when", "while"; not "this", which opens a
# subject as often: "This leaves the town without a clinic, she said.")
_FRAGMENT_LEADS = tagged("adjunct_opener", "phrases.intro_words", "tails.fragment_lead") - {
    "this",
    "when",
    "while",
}
_FRAGMENT_MOST_TOKENS = 20
_OPEN_MARKS = frozenset("“\"‘")
_FRAGMENT_BREAKS = frozenset({",", ";", ":", '"', "“", "”"})


_FIRST_WORD = re.compile(r"[ \t\n]*([A-Za-z]+)")


def adjunct_fragment(text: str, start: int, end: int) -> bool:
    """An unquoted phrase with no comma and no verb that an adjunct word or a participle opens
    ("In a statement on its website", "Soon after the vote", "Walking into the hall"): it
    reports nothing, so it is no content before an attribution ("In a statement on its
    website, the firm wrote: ..." / "Like her rival, she has courted young voters")."""
    if start > 0 and text[start - 1] in _OPEN_MARKS:
        return False
    first = _FIRST_WORD.match(text, start, end)  # most contents: no lead word, read no further
    if first is None or (first.group(1).lower() not in _FRAGMENT_LEADS and not first.group(1).endswith("ing")):
        return False
    toks = list(islice(iter_tokens(text, start, end), _FRAGMENT_MOST_TOKENS + 1))
    if not toks or len(toks) > _FRAGMENT_MOST_TOKENS or toks[0].low != first.group(1).lower():
        return False
    for tok in toks:
        low = tok.low
        if tok.text in _FRAGMENT_BREAKS or low in _VERB_MARKS_AND_PAST or (low.endswith("ed") and len(low) > 4):
            return False
        if low == "that":
            return False  # "ahead of the vote that he would run": a clause follows
    return True


# Prepositions of time and place: what they open after a verb of saying is when or where it
# was said ("he said after the meeting", "she told reporters during a call"), never what.
_WHEN_WHERE = tagged("tails.adjunct_only")
_LEAST = frozenset({"least", "most"})  # "reported at least 20 victims": a quantity


def adjunct_only(text: str, start: int, end: int) -> bool:
    """Reported content that is only an adjunct of time or place with no verb ("after
    meeting Thursday with aides", "during a call with reporters", "in 1992"): the claim's
    content is elsewhere, or there is none (not "in favour of the plan", "at least 20")."""
    if not adjunct_fragment(text, start, end):
        return False
    if text[max(0, start - 6) : start].rstrip().lower().endswith("that"):
        return False  # "reported that during the visit, ...": the clause runs on past the adjunct
    toks = list(islice(iter_tokens(text, start, end), 3))
    first = toks[0].low
    if first not in _WHEN_WHERE or (len(toks) > 1 and toks[1].low in _LEAST):
        return False
    return not (first == "in" and len(toks) > 2 and toks[2].low == "of")  # "in favour of", "in support of"


def object_infinitive(text: str, start: int, end: int) -> bool:
    """ "expect the recall to cost ...": an object, then `to` within a few words."""
    toks = tokens(text, start, min(end, start + 120))
    if not toks or toks[0].low == "to":
        return False
    return any(t.low == "to" for t in toks[1:8]) and all(t.text not in PUNCT for t in toks[:3])


def finite_clause(text: str, start: int, end: int) -> bool:
    """A subject of a few words opens the text at `start`, and a finite verb follows it at once
    ("the merger violated ...", "they will ...", "he respects ...")."""
    if not opens_clause(text, start, end):
        return False
    sp = main_subject(text, start, end)
    if sp is None or text[start : sp[0]].strip():
        return False
    subject = tokens(text, sp[0], sp[1])
    verb = first_token(text, sp[1], end)
    if not subject or len(subject) > _SUBJECT_MOST or verb is None or any(
            t.low in PUNCT or t.low in _SUBJECT_BREAKS for t in subject):
        return False  # (not "the date in a rain-soaked speech": a phrase, then an adjective)
    word = verb.group(0)
    low = word.lower()
    if low in _FINITE_WORDS or (low.endswith("ed") and len(low) > 4 and word.isalpha() and word.islower()):
        return True
    return len(subject) == 1 and subject[0].low in PRONOUNS and low.endswith("s") and word.islower()


def opens_clause(text: str, start: int, end: int) -> bool:
    """Reported content starts a clause or a quotation, not with a verb or a preposition
    ("critics say are too weak", "warned about the risks")."""
    first = word_after(text, start, end)
    if first not in _NOT_CLAUSE_START:
        return True
    return first in _APPROXIMATORS and _approximate_subject(text, start, end)


# "said about half of the gap reflected ...": a quantity with its approximator opens the subject.
_APPROXIMATORS = frozenset({"about", "around"})
_APPROXIMATE_NUMBERS = tagged("tails.approximate_number")


def _approximate_subject(text: str, start: int, end: int) -> bool:
    """The words at `start` are "about" or "around" with a number ("about half of ...",
    "about 40 percent of ...") that opens a clause with a verb of its own."""
    toks = list(islice(iter_tokens(text, start, end), 3))
    if len(toks) < 2:
        return False
    number = toks[1].low
    if toks[1].low == "a" and len(toks) > 2:
        number = toks[2].low  # "about a third of ..."
    quantity = number[:1].isdigit() or number.lstrip("$")[:1].isdigit() or number in _APPROXIMATE_NUMBERS
    return quantity and looks_like_clause(text, toks[1].start, end)


def intro_via(text: str, lo: int, end: int) -> str | None:
    """The channel named by an introductory phrase: "In an interview with the BBC, ...",
    "In a post on X, ...", "Speaking to Reuters, ...", "As reported by Reuters, ..."."""
    lead = drop_discourse(text, lo, end)
    m = _STATEMENT.match(text, lead, end)
    if m is not None:
        return _statement_channel(text, m.end(), end)[1]
    m = _INTRO_SPEAKING.match(text, lead, end)
    if m is not None:
        found = channel_phrase(text, m.end(), end)
        return found[0] if found is not None else None
    return None


_LABEL_OPENS_WITHIN = 10  # tokens from the cue to the label's opening mark ("called the firm's plan to ... "...")
_LABEL_REACH = 40  # tokens from the cue to its closing mark


def object_quote(text: str, ve: int, e: int) -> int | None:
    """ "called the response "slow and chaotic"": the end of a quotation that closes within a
    few words after the cue, or None."""
    opened = False
    dummy = False  # "called it "..." that/to ...": `it` stands for the clause after the label
    for n, tok in enumerate(islice(iter_tokens(text, ve, e), _LABEL_REACH)):
        if n == 0:
            dummy = tok.low == "it"
        if tok.text in '“"‘' and not opened:
            opened = n <= _LABEL_OPENS_WITHIN
            if not opened:
                return None
        elif tok.text in '”"’' and opened:
            return _label_runs_on(text, tok.end, e, dummy)
    return None


# What goes on describing the labelled party or giving the label's reason after its closing
# mark: 'a "petulant child" who is acting ...', 'a ''liar'' for repeating ...'.
_LABEL_RUNS_ON = frozenset({"who", "who's", "who’s", "whose", "because"})


def _label_runs_on(text: str, end: int, e: int, dummy: bool = False) -> int:
    """The end of a quoted label: its closing mark, or the sentence end when a relative clause
    or a reason ("because ...", "for" and a verb in -ing) goes on from it, or when the object
    was a dummy `it` for the clause after the label ("called it "dangerous" that ...",
    "calling it a "no-brainer" to prosecute ...")."""
    after = list(islice(iter_tokens(text, end, e), 2))
    if not after:
        return end
    reason = after[0].low == "for" and len(after) > 1 and after[1].low.endswith("ing") and len(after[1].low) > 4
    extraposed = dummy and after[0].low not in _LABEL_RUNS_ON and not reason and _extraposed(after)
    if after[0].low not in _LABEL_RUNS_ON and not reason and not extraposed:
        return end
    stop = e
    if extraposed:  # the clause `it` stands for ends at a comma, a semicolon or a dash
        stop = next((m.start() for m in _CLAUSE_STOP.finditer(text, end, e)), e)
    while stop > end and text[stop - 1] in " .!?\n":
        stop -= 1
    return stop


_NOT_INFINITIVE = tagged("determiner_before_noun") | tagged("pronoun_object")
_CLAUSE_STOP = re.compile(r",|;|—|–|\s--?\s")


def _extraposed(after: list[Tok]) -> bool:
    """The clause a dummy `it` stands for, right after the label: `that` and a clause, or `to`
    and a verb (not `to` and a noun phrase: "called it "unfair" to the voters")."""
    if len(after) < 2 or not after[1].text[:1].isalpha():
        return False
    if after[0].low == "that":
        return True
    word = after[1].low.rstrip(".,;:!?")
    return after[0].low == "to" and after[1].text.islower() and word not in _NOT_INFINITIVE


def tail_quote(text: str, ve: int, e: int) -> tuple[int, int] | None:
    """A quotation that resumes after the attribution and runs to the sentence end."""
    for a, b in iter_quote_spans(text, ve, e):
        between = text[ve:a].rstrip()
        if between.endswith((",", ":")) and not text[b:e].strip(" .!?"):
            return a, b
        break
    return None


def _cut_at(rx: re.Pattern[str], text: str, f: Found) -> None:
    m = rx.search(text, f.start, f.end)
    if m is not None:
        f.end = m.start()


# "said Dora would weaken but warned of storm surge": a second speech act of the speaker's.
_BUT_SPEECH_ACT = re.compile(
    r"\s+but\s+(?:also\s+)?(?:warned|cautioned|insisted|noted|acknowledged|conceded|stressed|declined|refused)\b"
    r"(?!\s*[,:])"  # ("but noted, “...”": the quotation's own attribution takes it)
)
# A clause not in the past ("she admires", "the road will reopen"): a past verb joined after it
# is not the clause's own ("the suspect fled and called for help" keeps its second verb).
_NOT_PAST = re.compile(
    r"\b(?:is|are|am|has|have|will|would|can|could|should|must|may|might|does|do|isn't|aren't|"
    r"hasn't|haven't|won't|wouldn't|can't|doesn't|don't)\b|\b(?:he|she|it)\s+[a-z]+[^s\W]s\b",
    re.IGNORECASE,
)


def _quotation_open(before: str) -> bool:
    """A quotation is open at the end of `before` (a quoted "and thanked China" is the quoted
    speaker's own clause)."""
    return before.count("“") != before.count("”") or before.count('"') % 2 == 1


def _closed_quotation(before: str) -> bool:
    """The content so far is one quotation, closed ('“it is time for change”')."""
    before = before.strip()
    return (
        len(before) > 2 and before[0] in "“\"" and before[-1] in "”\""
        and before.count("“") + before.count("”") + before.count('"') == 2
    )


def _cut_before_next_act(text: str, f: Found) -> None:
    """End the content before "and <the speaker's next act>" with no comma, when no quotation is
    open there and the content is not in the past, or the content so far is one whole quotation
    ('declared “...” and told voters to'); before "but warned", "but cautioned" (a second speech
    act) in any tense when no quotation mark (`_QUOTE_MARKS`, below) comes before it."""
    m = _BUT_SPEECH_ACT.search(text, f.start, f.end)
    if m is not None and _QUOTE_MARKS.isdisjoint(text[f.start : m.start()]):
        f.end = m.start()
        return
    m = _SPEAKER_NEXT_ACT_BARE.search(text, f.start, f.end)
    if m is None:
        return
    before = text[f.start : m.start()]
    if _closed_quotation(before):
        f.end = m.start()  # 'declared “it is time” and told voters to ...': the quotation is whole
        return
    if _quotation_open(before) or _NOT_PAST.search(before) is None:
        return
    if text.startswith(" to ", m.end()) and not _PASSIVE_BE.isdisjoint(before.lower().split()[-3:]):
        return  # "the workers are underpaid and urged to work longer": passive, the clause's own
    f.end = m.start()


# The press addressed at the content's end: "confirmed the findings to reporters (on Monday)".
_PRESS_ADDRESSED = re.compile(
    r"\s+to\s+(?:the\s+)?(?:reporters|journalists|press|media)\b"
    r"(?=(?:\s+(?:on|in|at|late|early|earlier|later)\s+\w+)?\s*[.!?]?\s*$)"
)


def _cut_press(text: str, f: Found) -> None:
    """End a noun-phrase content before the press it was told to ("confirmed the findings to
    reporters"); a clause keeps it ("said the report was leaked to reporters")."""
    m = _PRESS_ADDRESSED.search(text, f.start, f.end)
    if m is not None and not looks_like_clause(text, f.start, m.start()):
        f.end = m.start()


# The writer's framing after the content: ", in a setback for officials who ...", ", in a blow to".
_FRAMING_TAIL = re.compile(
    r",\s+in\s+(?:a|an)\s+(?:(?:major|significant|rare|further|fresh|new|stinging)\s+)?"
    rf"(?:{'|'.join(sorted(FRAMING_NOUNS))})\s+(?:for|to|of)\b"
)


def _cut_framing(text: str, f: Found, content: str) -> None:
    """End the content before the writer's framing of it (", in a setback for ..."), before
    the sources it cites (", citing three people familiar with the matter") and before the press
    it was told to ("to reporters")."""
    if " in a" in content:
        _cut_at(_FRAMING_TAIL, text, f)
    if "citing" in content or "quoting" in content:
        _cut_cited_sources(text, f)
    if " to " in content:
        _cut_press(text, f)


_CITED = re.compile(r",\s+(?:citing|quoting)\s+")
_DOCUMENT_NOUNS = tagged("document_noun")


def _cut_cited_sources(text: str, f: Found) -> None:
    """End the content before ", citing three people familiar with the matter": the sources of
    the report, not part of what it says (", citing its cost" is a reason, a claim of its own)."""
    m = _CITED.search(text, f.start, f.end)
    if m is not None and cites_people(text, m.end(), f.end):
        f.end = m.start()


_CITING = re.compile(r",?\s+(?:quoting|citing)\s+")


def cited_after(text: str, pos: int, end: int) -> str | None:
    """The people a report cites right after its cue, to the sentence's end ("..., NHK reported,
    citing police."): the claim's speakers, the report its relay; None for anything else (a
    reason, "citing rising costs", or more of the sentence after them)."""
    m = _CITING.match(text, pos, end)
    if m is None or not cites_people(text, m.end(), end):
        return None
    people = text[m.end() : end].rstrip(" .!?\"”’")
    return people if people and len(people.split()) <= 8 and "," not in people else None


def cites_people(text: str, start: int, end: int) -> bool:
    """The words at `start` name people, the sources of a report ("three people familiar with
    the matter", "unnamed officials"), not a reason or a record ("its cost", "preliminary
    figures")."""
    words = [t.low.rstrip(".") for t in islice(iter_tokens(text, start, end), 4)]
    return any(is_agent(w) and w not in _DOCUMENT_NOUNS for w in words)


# Where the reported clause was said, at its end: "... would fail in a post on X", "..., in an
# interview with the Herald on Monday". It belongs to the cue, not to the content.
_TRAILING_STATEMENT = re.compile(
    r",?\s+(?:in|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|post|tweet|speech|briefing|conference|op-ed|letter|e-?mail|video|appearance|"
    r"remarks|message)s?(?:\s+(?:on|to|with|at|in|for)\s+[^,;:\"“”‘’]{1,60}?)?[\s.!?]*$"
)


_PASSIVE_BE = frozenset(("is", "was", "are", "were", "been", "be", "being"))


def _cut_statement(text: str, f: Found) -> None:
    """End a reported clause before a trailing "in a statement", "in posts on X" (a noun-phrase
    object keeps it: "referred to the closure in her speech")."""
    m = _TRAILING_STATEMENT.search(text, f.start, f.end)
    if m is None:
        return
    words = text[f.start : m.start()].split()
    if len(words) >= 3 and words[-2].lower() not in _PASSIVE_BE:  # "the plan was announced in a statement"
        f.end = m.start()


def cut_editorial(text: str, f: Found) -> None:
    """End the content before the writer's comment on it ("— a claim that ...") and before
    a second predicate of the speaker ("... but did not confirm the bid"). Each cut is
    searched for only where the content holds a word its every match holds (the searches
    are the costly part; most contents hold none)."""
    content = text[f.start : f.end]  # a cut only shortens it: what it lacks, the rest lacks
    joined = "and" in content or "but" in content
    if "that" in content or "which" in content:
        _cut_at(_EDITORIAL_TAIL, text, f)
    if joined or "while" in content:
        _cut_at(_ELIDED_PREDICATE, text, f)
        _cut_at(_SPEAKER_NEXT_ACT, text, f)
    if joined:
        _cut_before_next_act(text, f)
    _cut_framing(text, f, content)
    if not f.content_first and (" in " in content or " during " in content) and not f.rule.endswith(".obj"):
        _cut_statement(text, f)
    if not f.content_first and f.kind is not Kind.DIRECT and f.start > f.cue_start:
        _cut_after_reported(text, f, content)
    content = text[f.start : f.end].rstrip(" .!?”\"’")
    if "," in content or "—" in content or "–" in content or "--" in content:  # what sets off every note
        note = _writers_note(content)
        f.end = f.end if note is None else f.start + note


# What opens the writer's account of the moment at the end of a reported clause in the present
# or future: "he will form a government after the prime minister resigned", "it is a dream come
# true as his move was confirmed", "his company is sorry in the wake of an outage that hit ...".
# ("as" only after a comma or a closing quotation mark: not "serve as president", "such as")
_NARRATIVE_OPENER = re.compile(r"(?:,?\s+(?:after|when|amid|following|in\s+the\s+wake\s+of)|(?<=[,”\"])\s+as)\s+")
# (not "has": "the mill has closed after the owners lost money" is the speaker's own order of events)
_PRESENT_MARKS = frozenset({"is", "are", "am", "will", "does", "do", "can", "isn't", "aren't", "won't", "doesn't",
                            "don't", "can't"})
_NARRATIVE_WORDS = (" after ", " when ", " amid ", " following ", " wake of ", ", as ", "” as ", '" as ')
_PERFECT = frozenset({"has", "have", "hasn't", "haven't"})
_COMPARING = frozenset({"just", "as", "so", "such", "same", "twice", "much"})
_PAST_MARKS = frozenset({"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"})


def _cut_after_reported(text: str, f: Found, content: str) -> None:
    """End content reported after its cue before the writer's account of the moment, and a
    noun-phrase object before the outlet it was told to."""
    if any(word in content for word in _NARRATIVE_WORDS):  # (most contents: none, no search)
        _cut_narrative_tail(text, f)
    if f.via is None and " to " in content:
        _cut_outlet_told(text, f)


def _cut_narrative_tail(text: str, f: Found) -> None:
    """End a reported clause in the present or future before a trailing clause of the writer's
    in the past: the speaker's tense is kept in reported speech, the narrative's is past."""
    for m in _NARRATIVE_OPENER.finditer(text, f.start, f.end):
        head = tokens(text, f.start, m.start())
        if len(head) < 3 or any(t.low in _PAST_MARKS for t in head) or not any(t.low in _PRESENT_MARKS for t in head):
            return
        tail = tokens(text, m.end(), f.end)
        open_quote = text.count("“", f.start, m.start()) != text.count("”", f.start, m.start())
        if open_quote or any(t.text in QUOTE_TOKS for t in tail):
            return
        if head[-1].low in _COMPARING or any(t.low in _PRESENT_MARKS or t.low in _PERFECT for t in tail):
            return  # "he is just as ...", "after he has left": no past of the writer's
        if any(_finite_past(tail, n) for n in range(len(tail))):
            f.end = m.start()
            return


_NOT_FINITE_BEFORE = frozenset({"be", "been", "being", "to", "get", "got", "is", "are"})


def _finite_past(toks: list[Tok], n: int) -> bool:
    """`toks[n]` is a verb in the past tense: "was", "had", "fled" (not "to be replaced")."""
    low = toks[n].low
    if low in _PAST_MARKS:
        return True
    past = low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4)
    return past and n > 0 and toks[n - 1].low not in _NOT_FINITE_BEFORE


# "confirmed the arrests to AFP", "announced the deal to Reuters on Monday": the outlet told,
# at the end of a noun-phrase object (a time may follow it).
_TO_OUTLET_END = re.compile(
    r"\s+to\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s+(?:on|late|early|last|this)\s+[A-Za-z]+)?[\s.!?]*$"
)


_NEWS_AGENCIES = tagged("tails.news_agency")  # "AFP", "AP", "Agence France-Presse", "Xinhua"


def _told_outlet(name: str) -> bool:
    return is_outlet(name) or name.split()[-1].lower().rstrip(".") in _NEWS_AGENCIES


def _cut_outlet_told(text: str, f: Found) -> None:
    """End a noun-phrase object before the outlet it was told to, which relays it ("confirmed
    the arrests to AFP"); a clause keeps its own words ("the fee would go to the BBC")."""
    m = _TO_OUTLET_END.search(text, f.start, f.end)
    if m is None or m.start() == f.start or not _told_outlet(m.group("outlet")):
        return
    if looks_like_clause(text, f.start, m.start()):
        return
    f.end, f.via = m.start(), outlet_name(m.group("outlet").rstrip("."))


def _writers_note(content: str) -> int | None:
    """Where the writer's note at the content's end begins, if it has one: that someone
    disputes it ("..., a claim the union denies") or on the statement as an event ("...,
    which confirmed reports")."""
    m = _DISPUTED_TAIL.search(content)
    if m is None and "which" in content:
        m = _WRITER_WHICH.search(content)
    return m.start() if m is not None and m.start() > 0 else None


# The writer's note on the statement as an event, after the reported clause: "..., which
# confirmed earlier reports", "..., which sparked protests". Past-tense verbs of what a
# statement does; a relative clause describing a thing in the content ("the plug, which is a
# panel") stays.
_WRITER_WHICH = re.compile(
    r",\s+which\s+(?:(?:also|quickly|immediately|ultimately|later|soon|swiftly|effectively)\s+)?"
    r"(?:confirmed|contradicted|echoed|sparked|prompted|triggered|drew|fuel(?:l)?ed|stoked|caused|"
    r"resulted|marked|capped|ended|came|followed|went|raised|renewed|reversed|reignited|rattled)\b[^;:“”\"]*$"
)


_SUBORDINATORS = tagged("tails.subordinator")
_ASIDE_ADVERBS = tagged("tails.aside_adverb") | tagged("adjunct_opener")
_MAIN_SUBJECTS = tagged("pronoun") | tagged("determiner_before_noun") | tagged("tails.main_subject")
# What opens an adjunct clause or phrase of the content itself ("despite the delays, ...").
_CONTENT_ADJUNCTS = _SUBORDINATORS | (tagged("adjunct_opener") - {"to", "this"}) | tagged("tails.content_adjunct")
_COMMA_ON = re.compile(r",(?:[”\"’]|'')?\s+")


def cut_at_main_clause(text: str, f: Found) -> None:
    """ "While the mayor said the plan was sound, critics ...", "Years after the party vowed to
    court them, its leaders ...": an attribution in a subordinate clause before the main
    clause. The content ends at the comma that closes the subordinate clause, where a subject
    and a verb open the main clause (a name restating a noun, "the project, the Taj", goes
    on). Not "As the paper reported last week, ...": an aside whose content is the main clause."""
    if f.content_first or text.find(",", f.start, f.end) < 0:
        return
    sub = _subordinator(text, f.clause, f.cue_start)
    if sub is None or _comma_not_closing(text, f, sub):
        return
    marks = [0, 0, 0, 0]  # quotation marks before the comma: " “ ” '' (counted once over the content)
    seen = f.start
    for m in _COMMA_ON.finditer(text, f.start, f.end):
        stop = _comma_cut(text, m)
        _count_marks(text, seen, stop, marks)
        seen = stop
        if marks[0] % 2 or marks[1] != marks[2] or marks[3] % 2:
            continue  # the comma is inside a quotation
        if apposition_then_verb(text, m.end(), f.end):
            continue  # "that Ann Lee, the bank's economist, was leaving": an apposition, then the verb
        if _opens_main_clause(text, m.end(), f.end):
            f.end = stop
        return


# A short noun phrase closed by a comma, then a finite verb: the comma before it opened an apposition.
_APPOSITION_THEN_VERB = re.compile(
    r"\s*(?:the|a|an|his|her|its|their|[A-Z][\w’'.-]*)\b[^,.;:\"“”]{0,50},\s+"
    r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|[a-z]+ed)\b"
)


def apposition_then_verb(text: str, pos: int, end: int) -> bool:
    """Whether a short noun phrase closed by a comma, then a finite verb, follows `pos` (a comma's
    end): the comma opened an apposition ("Ann Lee, the bank's economist, was leaving")."""
    return _APPOSITION_THEN_VERB.match(text, pos, end) is not None


def _comma_not_closing(text: str, f: Found, sub: str) -> bool:
    """A comma in the content that does not close the subordinate clause: the cue is an
    aside ("As X noted, ...", "As X reported last week, ...": the main clause is the
    content), or the content opens with an adjunct of its own ("after he told them that
    despite the delays, he ...")."""
    if "," in text[f.cue_start : f.start] or text[f.start : f.end].lstrip()[:1] in ",:":
        return True
    first = first_low(text, f.start, min(f.end, f.start + 40))
    return (sub == "as" and first in _ASIDE_ADVERBS) or first in _CONTENT_ADJUNCTS


def _subordinator(text: str, clause: int, cue: int) -> str | None:
    """The subordinator the attribution's clause opens with, at or right before `clause`
    ("While X said ...", "years after X vowed ..."), or None; none within a reported clause
    ("said that, because X testified ..., it ...")."""
    before = text[max(0, clause - 30) : clause].split()[-2:]
    opening = text[clause:cue].split()[:1]
    if opening and opening[0].lower() in _SUBORDINATORS:
        sub, before = opening[0].lower(), before[-1:]
    elif before and before[-1].lower() in _SUBORDINATORS:
        sub, before = before[-1].lower(), before[:-1]
    else:
        return None
    return None if before and before[-1].lower().rstrip(",") == "that" else sub


def _comma_cut(text: str, m: re.Match[str]) -> int:
    """Where the content stops at the comma `m`: before it, or after a quotation mark it
    closes ('... the "best record," critics ...' keeps the mark)."""
    mark = text[m.start() + 1 : m.end()].rstrip()
    return m.start() + 1 + len(mark) if mark else m.start()


def _count_marks(text: str, a: int, b: int, marks: list[int]) -> None:
    """Add the quotation marks of `text[a:b]` to `marks` (" “ ” '')."""
    piece = text[a:b]
    marks[0] += piece.count('"')
    marks[1] += piece.count("“")
    marks[2] += piece.count("”")
    marks[3] += piece.count("''")


def _opens_main_clause(text: str, pos: int, end: int) -> bool:
    """A subject, then a verb: a pronoun or a determiner, or a capitalised name with a
    lower-case word after it, then a verb within the first words (`looks_like_clause`)."""
    toks = list(islice(iter_tokens(text, pos, min(end, pos + 120)), 2))
    if not toks:
        return False
    if toks[0].low not in _MAIN_SUBJECTS:
        name = is_capitalised(toks[0].text) and len(toks) > 1 and toks[1].text[:1].islower()
        if not name or toks[0].low in _SUBORDINATORS or toks[0].low in {"and", "but", "or"}:
            return False
    stop = text.find(",", pos, end)  # the verb before any other comma ("the plan, the cheapest one, was ...")
    return looks_like_clause(text, pos, end if stop < 0 else stop)


# "A, she said, B.": after a short attribution clause and its comma, the sentence goes on
# with the reported clause itself. Words that open something else instead: a participle
# or relative clause about the speaker, a second attribution, a comparison.
_CONTINUED_AFTER = re.compile(r"[^,.;:?!\"“”‘’'()\n]{0,40}?,\s+")
_NOT_CONTINUATION = frozenset(
    {"who", "which", "whose", "whom", "according", "as", "while", "when", "where"}
    | {"of", "in", "at", "on", "for", "from", "by", "with", "about", "like", "than"}
    | {"and", "or"}  # a main clause joined after the attribution: the writer's ("..., and the staff ...")
)
_PREDICATE_JOINERS = frozenset({"and", "but", "yet"})
_NARRATIVE_WORDS = (" after ", " when ", " amid ", " following ", " wake of ", ", as ", "” as ", '" as ')
_PERFECT = frozenset({"has", "have", "had"})
_CONTINUED_MOST_WORDS = 3  # words of the attribution clause after the cue ("said in 2014")
_QUOTE_MARKS = frozenset("\"“”‘’")


def _after_short_attribution(text: str, ve: int, e: int) -> tuple[int, int] | None:
    """What follows a short attribution and its comma ("..., they said, <here>."), to the
    sentence's stop: its (start, end); None when the attribution runs longer than three words."""
    m = _CONTINUED_AFTER.match(text, ve, e)
    if m is None or len(text[ve : m.end()].split()) > _CONTINUED_MOST_WORDS:
        return None
    a, b = m.end(), e
    while b > a and text[b - 1] in " \t\n.?!":
        b -= 1
    return a, b


def continued_clause(text: str, ve: int, e: int) -> int | None:
    """The end of the reported clause that goes on after a mid-sentence attribution ("Take
    action now, they said, and you risk a backlash.": the content runs on to "backlash"), or
    None. The attribution is the cue and at most three words, then a comma; what follows is
    at least three words of plain clause, quotation-free, with no cue of its own, up to the
    sentence's stop."""
    rest = _after_short_attribution(text, ve, e)
    if rest is None:
        return None
    a, b = rest
    piece = text[a:b]
    words = piece.split()
    if len(words) < 3 or any(ch in _QUOTE_MARKS for ch in piece):
        return None
    first = words[0].lower().strip(",")
    # "..., police said, and had no record": a predicate with the content's subject left out
    # goes on with the content (a cue in it, "and added that ...", is the speaker's next act)
    second = words[1].lower()
    if first in _PREDICATE_JOINERS and _predicate_word(second):
        if second in _PERFECT and _predicate_word(words[2].lower()):
            return None  # ", but had signed ...": the subject's next act, told by the writer
    elif first.endswith("ing") or first in _NOT_CONTINUATION or not first.isalpha():
        return None
    if any(ch in ";:()" for ch in piece) or cues.verb_matches(piece):
        return None
    return b


_FRONTED = (tagged("adjunct_opener") - {"to", "this", "last", "as", "of"}) | tagged("tails.content_adjunct")


def clause_after_adjunct(text: str, c_start: int, c_end: int, ve: int, e: int) -> tuple[int, int] | None:
    """ "Despite the delays, the mayor said, the bridge will open in May.": what comes before a
    short attribution is a fronted phrase with no verb of its own, so the claim is the clause
    (or quotation) after the attribution, to the sentence's stop: its (start, end), or None."""
    toks = tokens(text, c_start, c_end)
    if not toks or toks[0].low not in _FRONTED or any(_predicate_word(t.low) for t in toks):
        return None
    rest = _after_short_attribution(text, ve, e)
    return rest if rest is not None and len(text[rest[0] : rest[1]].split()) >= 3 else None


def _predicate_word(low: str) -> bool:
    """A word that opens a predicate with its subject left out ("had", "was", "passed")."""
    return low in _VERB_MARKS or low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4)
