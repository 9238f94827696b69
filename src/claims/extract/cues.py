"""The attribution lexicon: reporting verbs in every tense, and multiword cues."""

from __future__ import annotations

import re

from claims.extract.lexicon import tagged

# Reporting verbs with regular forms (note -> notes, noted, noting); the irregular ones'
# forms are listed below.
_REGULAR = tagged("speech_verb") - tagged("irregular_verb")
# Irregular verbs: lemma -> forms.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing"),
    "deny": ("deny", "denies", "denied", "denying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "find": ("find", "finds", "found", "finding"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "point to": ("point to", "points to", "pointed to", "pointing to"),
    "make clear": (
        "make clear", "makes clear", "made clear", "making clear",
        "make it clear", "makes it clear", "made it clear", "making it clear",
    ),
    "make the case": ("make the case", "makes the case", "made the case", "making the case"),
    "fire back": ("fire back", "fires back", "fired back", "firing back"),
    "shoot back": ("shoot back", "shoots back", "shot back", "shooting back"),
    "hit back": ("hit back", "hits back", "hitting back"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "show": ("show", "shows", "showed", "showing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "beg": ("beg", "begs", "begged", "begging"),
    # '"...," he began.': only the past and the -s form (a cue only with `that` or after a quotation)
    "begin": ("began", "begins"),
    "refer": ("refer", "refers", "referred", "referring"),
    "read": ("read", "reads", "reading"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "flag": ("flagged", "flagging"),
    "echo": ("echo", "echoes", "echoed", "echoing"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "portray": ("portray", "portrays", "portrayed", "portraying"),
    "rail against": ("rail against", "rails against", "railed against", "railing against"),
    # "As one engineer put it, "..."": a cue only before a quotation or a colon (`noun_form`)
    "put it": ("put it", "puts it", "putting it"),
}

# Cues that make a claim only with an explicit `that` complement ("the data suggest that
# ..."), since without it they are usually plain description ("the pattern suggests a
# shift").
WEAK = tagged("needs_that")

# Verbs of belief ("astronomers believe", "parents fear", "police suspect"): an opinion
# attributed to a named or plural agent is a claim even without `that`, when a clause with a
# verb follows ("believe the comet will ..."), never a thing or an infinitive ("hope for a
# win", "fear a repeat", "hope to reopen"), and never the writer's own "I think"/"we believe".
COGNITION = tagged("belief_verb")
# Weak cues that news writing also gives a that-less clause when a subject and its finite verb
# follow at once ("ruled the merger violated state law", "signaled they will appeal", "shared
# they were unhappy"): not "ruled the country until he died", "shared the prize with her"
# (`tails.finite_clause`).
BARE_WEAK = tagged("clauses.bare_clause_weak")
FIRST_PERSON = tagged("first_person")

# Verbs that also take a plain object in a non-reporting sense ("acknowledged the crowd",
# "admitted three new members", "reiterated the forecast"): without `that`, a colon or a
# quotation they report only a clause ("admitted the search had been botched").
CLAUSAL = tagged("clause_only")

# Commitments ("promised fares would not rise"): a clause with a modal right after the verb
# (or after its addressee and `that`) is reported content even without `that`.
COMMITMENT = tagged("commitment_verb")

# Base and -s forms that are also nouns ("the report", "a claim"): a cue only before `that`,
# a colon or a quotation.
NOUN_LIKE = tagged("noun_form")

# Verbs of saying aloud ("chanted", "shouted"): a quotation right after the verb is what was
# said, as after `that` ("protesters chanted “Close the mine”"); without one, `needs_that`.
QUOTED_OBJECT = tagged("quoted_object_verb")

# Weak cues that also report a claim as "X expect(s) <object> to <verb>".
OBJECT_INFINITIVE = tagged("object_infinitive_verb")

# "calling them unfair": the content follows an object.
OBJECT_COMPLEMENT = tagged("characterising_verb")


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y"):
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("ss", "sh", "ch", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def is_participle(form: str) -> bool:
    """The form is a present participle, of one word or more ("saying", "pointing out")."""
    return form.endswith("ing") if " " not in form else form.partition(" ")[0].endswith("ing")


FORM_TO_LEMMA: dict[str, str] = {form: lemma for lemma in _REGULAR for form in _forms(lemma)}
FORM_TO_LEMMA.update({form: lemma for lemma, forms in _IRREGULAR.items() for form in forms})
FORM_TO_LEMMA["signalled"] = "signal"
# "recall" and "recalls" are mostly the noun (a product recall): only the past and the
# participle are cues.
FORM_TO_LEMMA["recalled"] = "recall"
FORM_TO_LEMMA["recalling"] = "recall"

# A real sentence holds a handful of cues; a run-on blob of text holding hundreds is cut
# off here so that the work per sentence stays linear in its length (real sentences hold at
# most nine; 28,000 sentences of news checked).
MAX_PER_SENTENCE = 12

# Refusals: the whole clause is a `no_comment` claim.
REFUSALS: tuple[str, ...] = tuple(sorted(tagged("refusal_phrase")))

# Refusal families, as patterns: the common wire wordings with their optional adverb
# ("immediately"), object ("a request", "calls and emails") and purpose ("seeking comment").
_NOT = r"(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t)"
_IMMEDIATELY = r"(?:\s+immediately)?"
_ASKING = (
    r"(?:(?:a|an|the|his|her|their|its|our|multiple|several|repeated|two|three|further)\s+)?"
    r"(?:(?:[A-Z][\w.&’'-]*|written|emailed|e-mailed|phone|telephone|voicemail|voice)\s+)?"
    r"(?:requests?|calls?|messages?|e-?mails?|inquiries|enquiries|queries|questions|voicemails?|texts?)"
    r"(?:\s+(?:and|or)\s+(?:(?:written|emailed|e-mailed|phone|telephone|voicemail|voice|text)\s+)?"
    r"(?:requests?|calls?|messages?|e-?mails?|inquiries|queries|questions|voicemails?|texts?))?"
    r"(?:\s+(?:for|seeking)\s+(?:comment|an?\s+interview|a\s+response))?"
)
REFUSAL_PATTERNS = (
    _NOT + _IMMEDIATELY + r"\s+(?:return(?:ed)?|answer(?:ed)?)\s+" + _ASKING,
    _NOT + _IMMEDIATELY + r"\s+(?:respond(?:ed)?|repl(?:y|ied))(?:\s+to\s+" + _ASKING + r")?",
    r"(?:could\s+not|couldn['’]t|cannot|can['’]t)" + _IMMEDIATELY + r"\s+be\s+reached(?:\s+for\s+comment)?",
    r"(?:was|were|is|are)\s+not" + _IMMEDIATELY + r"\s+available\s+(?:for|to)\s+comment",
    r"(?:was|were|is|are)\s+unavailable\s+(?:for|to)\s+comment",
    # "was not able to provide answers", "were unable to give details": a refusal in effect
    r"(?:(?:was|were|is|are)\s+(?:not\s+able|unable)\s+to|could\s+not|couldn['’]t|" + _NOT + _IMMEDIATELY + r")"
    r"\s+(?:provide|give|offer|make)\s+(?:(?:the\s+press|the\s+media|reporters|journalists|us|them)\s+)?"
    r"(?:any\s+|further\s+|more\s+)?(?:answers|details|specifics|information|comments?)",
    r"(?:had|has|have|offered|gave|made)\s+no" + r"(?:\s+immediate)?\s+comment",
    # "has yet to comment", "have yet to respond to requests for comment"
    # (not "has yet to respond to the protests": inaction, not a refusal to comment)
    r"(?:has|have|had)\s+yet\s+to\s+(?:comment\b|(?:respond|reply)(?:\s+to\s+" + _ASKING + r"|(?=\s*[,.;])))",
    r"(?:would\s+not|wouldn['’]t|will\s+not|won['’]t)\s+(?:comment|elaborate|discuss|say|specify)",
    # "did not specify whom", "did not say whether", "would not disclose how much": a withheld answer
    r"(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t)\s+(?:say|specify|disclose|reveal|explain)"
    r"(?=\s+(?:whether|how|why|when|where|who|whom|what|which|if)\b)",
    # "has not yet commented", "hasn't publicly commented on whether"
    r"(?:has|have|had)(?:\s+not|n['’]t)(?:\s+(?:yet|publicly|immediately))*\s+commented\b",
    r"(?:declined|refused)(?:\s+to)?(?:\s+immediately)?\s+(?:comment|be\s+interviewed|elaborate|discuss|say|specify|"
    r"give\s+details|provide\s+details|answer\s+questions)",
    r"(?:declined|refused)\s+to\s+(?:respond|reply)(?:\s+to\s+" + _ASKING + r"|(?=\s*[,.;]))",
    # other refusals to speak: "declined to confirm the figure", "refused to answer", "declined to
    # speculate", "declined an interview request", "declined multiple requests for an interview"
    r"(?:declined|refused)\s+to\s+(?:confirm|answer|speculate)\b",
    r"declined\s+(?:(?:a|an|multiple|several|repeated)\s+)?(?:interview\s+requests?|requests?\s+for\s+(?:an?\s+)?interviews?)",
    # "opted not to comment", "declined to provide further comment", "chose not to provide additional comments"
    r"(?:(?:opted|chose|elected)\s+not\s+to|declined\s+to|refused\s+to)\s+(?:comment\b|provide\s+"
    r"(?:any\s+|further\s+|additional\s+|more\s+)?(?:comments?|details|information)\b)",
)

_REFUSAL_ALTERNATIVES = (
    *REFUSAL_PATTERNS,
    *(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(REFUSALS, key=len, reverse=True)),
)


def _group_end(pattern: str, i: int) -> int:
    """The index of the `)` closing the group opened at `pattern[i]` (-1 if none)."""
    depth = 0
    for k in range(i, len(pattern)):
        ch = pattern[k]
        if ch == "\\":
            continue
        if ch == "(" and pattern[k - 1 : k] != "\\":
            depth += 1
        elif ch == ")" and pattern[k - 1 : k] != "\\":
            depth -= 1
            if depth == 0:
                return k
    return -1


def top_level(body: str) -> list[str]:
    """`body` split at its top-level `|`s."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(body):
        escaped = body[k - 1 : k] == "\\"
        if ch == "(" and not escaped:
            depth += 1
        elif ch == ")" and not escaped:
            depth -= 1
        elif ch == "|" and depth == 0 and not escaped:
            parts.append(body[start:k])
            start = k + 1
    return [*parts, body[start:]]


def lead_letters(pattern: str) -> set[str] | None:
    """The letters a match of `pattern` must start with, read from its source when it opens
    with a letter or a `(?:...)` group of alternatives that each do; None when unsure (a
    class, an escape, an optional first part)."""
    return _leads(pattern, 1)


def lead_pairs(pattern: str) -> set[str] | None:
    """The two letters a match of `pattern` must start with (`lead_letters`, one letter
    further): read where it opens with two letters, or with a `(?:...)` group of alternatives
    that each do; None when unsure."""
    return _leads(pattern, 2)


def _leads(pattern: str, n: int) -> set[str] | None:
    """The first `n` letters, lower-cased, that a match of `pattern` must start with, or None."""
    if len(pattern) >= n and pattern[:n].isalpha():
        return None if pattern[n : n + 1] in ("?", "*", "{") else {pattern[:n].lower()}
    if not pattern.startswith("(?:"):
        return None
    end = _group_end(pattern, 0)
    if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "{"):
        return None
    leads: set[str] = set()
    for part in top_level(pattern[3:end]):
        found = _leads(part, n)
        if found is None:
            return None
        leads |= found
    return leads


def _refusal_re() -> re.Pattern[str]:
    """Every refusal alternative at a word start; when their first letters are known, a
    look-ahead lets the scan skip the other words at once (the same matches), and a second
    one on their first two letters skips most of the words that open with one of them."""
    body = "|".join(_REFUSAL_ALTERNATIVES)
    firsts = [lead_letters(a) for a in _REFUSAL_ALTERNATIVES]
    known = all(f is not None for f in firsts) and all(c.isascii() for f in firsts for c in f or ())
    ahead = "(?=[" + "".join(sorted(set().union(*(f or set() for f in firsts)))) + "])" if known else ""
    pairs = [lead_pairs(a) for a in _REFUSAL_ALTERNATIVES]
    if ahead and all(p is not None and all(x.isascii() for x in p) for p in pairs):
        ahead += "(?=" + "|".join(sorted(set().union(*(p or set() for p in pairs)))) + ")"
    return re.compile(r"\b" + ahead + "(?:" + body + r")\b", re.IGNORECASE)


_REFUSAL_RE = _refusal_re()


def _lower_case_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind pattern as a case-sensitive one over lower-cased ASCII text (the same
    spans there, scanned faster: each alternative is ruled out by its first letter); None
    when its source holds a capital letter other than the class `A-Z`."""
    source = rx.pattern.replace("A-Z", "a-z")
    return None if re.search("[A-Z]", source) else re.compile(source, rx.flags & ~re.IGNORECASE)


_REFUSAL_LOW = _lower_case_twin(_REFUSAL_RE)


def _after_non_word(rx: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """For a lower-case pattern that opens with `\\b` before a letter (`\\b(?=[...])`): the
    same, taking the character before the match, which must then be no word character (of
    lower-case ASCII text, scanned with a space before it). The engine is started only at such
    characters (skipped to in C) instead of at every one; None for any other pattern."""
    if rx is None or not rx.pattern.startswith(r"\b(?=["):
        return None
    return re.compile("[^a-z0-9_]" + rx.pattern[2:], rx.flags)


_REFUSAL_AFTER = _after_non_word(_REFUSAL_LOW)

# "according to X", and its shorter forms "as per X" and "per X" (at the sentence's start or
# after a comma or a dash, before a name or a determiner: not "per share", "per cent").
_ACCORDING_RE = re.compile(
    r"\baccording\s+to\b|\bas\s+per\b|(?:^|(?<=[,;—–(]\s)|(?<=[,;—–(])|(?<=,[”\"’]\s))per\b(?=\s+(?:[A-Z]|(?:the|a|an)\s))",
    re.IGNORECASE,
)


def is_according(cue: str) -> bool:
    """The cue is "according to" or one of its shorter forms ("as per", "per")."""
    low = cue.lower()
    return low.startswith("according") or low in ("as per", "per")


_PER_SOURCE = re.compile(r"(?:^|[,;—–(][”\"’]?\s?)(?:as\s+)?per\s+(?!cent\b|share\b|capita\b|annum\b)")


def may_hold_according(low: str) -> bool:
    """Whether a lower-cased sentence may hold "according to", "as per" or "per X" (cheap tests
    first: "per" is in "paper" and "per cent")."""
    return "according" in low or ("per " in low and _PER_SOURCE.search(low) is not None)

# Auxiliaries and adverbs that belong to the cue when they precede the verb.
AUXILIARIES = tagged("cue_auxiliary")
PASSIVE = tagged("passive_auxiliary")


_FIRST_WORDS = frozenset(f.split()[0] for f in FORM_TO_LEMMA)


def _rests() -> dict[str, re.Pattern[str]]:
    """For the first word of each multiword form ("made" of "made it clear"), a pattern
    matching what may follow it ("\\s+clear" or "\\s+it\\s+clear"), longest first."""
    rests: dict[str, list[str]] = {}
    for form in FORM_TO_LEMMA:
        first, _, rest = form.partition(" ")
        if rest:
            rests.setdefault(first, []).append(rest)
    return {
        first: re.compile("|".join(r"\s+" + r"\s+".join(map(re.escape, r.split())) + r"\b"
                                   for r in sorted(alts, key=len, reverse=True)))
        for first, alts in rests.items()
    }


_REST_RE = _rests()


# A negated subject makes a plain reply verb a refusal: "Neither the mayor nor her deputy
# responded to requests for comment", "None of the owners returned calls".
_NEGATED_SUBJECT = re.compile(r"\s*(?:neither|none\s+of)\b", re.IGNORECASE)
_POSITIVE_REPLY_RE = re.compile(
    r"\b(?:(?:immediately\s+)?(?:responded|replied)(?:\s+to\s+" + _ASKING + r"|(?=\s*[.;]))"
    r"|(?:immediately\s+)?(?:returned|answered)\s+" + _ASKING + r"|(?:would|could\s+be\s+reached\s+to)\s+comment"
    r"|commented|could\s+be\s+reached(?:\s+for\s+comment)?)\b",
    re.IGNORECASE,
)


def _hinted(low: str) -> bool:
    """Whether the lower-cased sentence holds a negation or a refusal word, without which no
    refusal pattern matches (tested one by one: faster than a loop or a regex)."""
    return (
        "not " in low
        or "n't " in low
        or "n’t " in low
        or "declin" in low
        or "refus" in low
        or "no comment" in low
        or "no immediate" in low
        or "unavailable" in low
        or "unable" in low
        or "yet to " in low
        or "unanswered" in low
        or "unreturned" in low
        or "unsuccessful" in low
        or "no re" in low
    )


def _negated_subject(sentence: str) -> bool:
    """Whether the sentence opens with "Neither" or "None of" (tested only where its first
    letter is an n)."""
    first = sentence[:1]
    if first.isspace():  # (most sentences open with a word: no stripped copy)
        first = sentence.lstrip()[:1]
    return (first == "n" or first == "N") and _NEGATED_SUBJECT.match(sentence) is not None


def may_hold_refusal(sentence: str, low: str | None = None) -> bool:
    """False when `refusal_matches` is sure to find nothing (no negation, no refusal word);
    `low` is `sentence.lower()` when the caller has it."""
    if _negated_subject(sentence):
        return True
    return _hinted(sentence.lower() if low is None else low)


def refusal_matches(sentence: str, low: str | None = None) -> list[re.Match[str]]:
    """The refusal phrases in the sentence; `low` is `sentence.lower()` when the caller has it."""
    if _negated_subject(sentence):
        first = _POSITIVE_REPLY_RE.search(sentence)
        if first is not None:
            return [first]
    low = sentence.lower() if low is None else low
    if not _hinted(low):
        return []
    if _REFUSAL_AFTER is not None and sentence.isascii():  # found in lower case, matched again as written
        # a match at `f.start() + 1` of the spaced text starts at `f.start()` of the sentence
        again = (_REFUSAL_RE.match(sentence, f.start()) for f in _REFUSAL_AFTER.finditer(" " + low))
        return [m for m in again if m is not None]
    return list(_REFUSAL_RE.finditer(sentence))


_Trie = dict[str, "_Trie"]


def _trie(words: frozenset[str] | set[str]) -> str:
    """A regular expression matching exactly `words`, as a trie of alternations (scanned in C
    at each position without trying every word in turn)."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return pattern(tree)


# A lower-case run of letters that is a verb form, or the first word of one ("point out"):
# what `verb_matches` finds without it (the tests hold the two to the same matches).
_FORM_RE = re.compile(r"(?<![A-Za-z])(?:" + _trie(_FIRST_WORDS) + r")(?![A-Za-z])")


# ASCII letters kept, every other byte made a space: the words `_FORM_RE` can match are the
# runs of letters between spaces (`verb_matches`, without a regex).
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_FIRST_BYTES = {w.encode(): w for w in _FIRST_WORDS}
_FIRST_BYTES_SET = frozenset(_FIRST_BYTES)


# A capitalised participle opening the sentence, after any quotation mark or parenthesis.
_OPENING = re.compile(r"[ \t\n\"“‘'(]*([A-Z][a-z]{2,}ing|Asked(?= by ))\b")


def opening_participle(sentence: str) -> tuple[int, int, str] | None:
    """A capitalised participle of a reporting verb opening the sentence ("Noting that ...,
    Ann Lee said ...", "Asked by Ann Lee whether ..."), as `verb_matches` gives a match (its
    form lower-cased); else None. `verb_matches` is case-sensitive, so it never finds it."""
    m = _OPENING.match(sentence)
    if m is None:
        return None
    low = m.group(1).lower()
    return (m.start(1), m.end(1), low) if low == "asked" or low in FORM_TO_LEMMA else None


def verb_matches(sentence: str) -> list[tuple[int, int, str]]:
    """Reporting-verb occurrences as (start, end, form) (case-sensitive: a capitalised
    'Say' is rarely a cue): what `_FORM_RE` finds, read from the sentence's runs of ASCII
    letters (split in C), found again as whole runs (' said ' in the text with every other
    character a space); most sentences hold none and cost one translation and one split.
    A character beyond ASCII is encoded as one `?` (offsets kept): never a letter, as for
    the regex."""
    letters = sentence.encode("ascii", "replace").translate(_LETTERS_ONLY)
    hits = _FIRST_BYTES_SET.intersection(letters.split())
    if not hits:
        return []
    padded = b" " + letters + b" "  # a run found at `a` of `padded` starts at `a + 1` of it, `a` of the sentence
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        _add_runs(sentence, padded, hit, out)
    if len(out) > 1:
        out.sort()  # in text order: the runs are at distinct starts
    return out


def _add_runs(sentence: str, padded: bytes, hit: bytes, out: list[tuple[int, int, str]]) -> None:
    """Each run of letters `hit` in the sentence, as `verb_matches` gives it."""
    word, needle, n = _FIRST_BYTES[hit], b" " + hit + b" ", len(hit)
    a = padded.find(needle)
    while a >= 0:
        if word in FORM_TO_LEMMA:
            out.append((a, a + n, word))
        else:
            _add_multiword(sentence, word, a, a + n, out)
        a = padded.find(needle, a + n)  # the space after this run may open the next


def _add_multiword(sentence: str, word: str, start: int, end: int, out: list[tuple[int, int, str]]) -> None:
    """The multiword form ("pointed out", "made it clear") that `word`, found at start..end, opens, if
    the words after it complete one."""
    follow = _REST_RE.get(word)
    rest = None if follow is None else follow.match(sentence, end)
    if rest is not None:
        out.append((start, rest.end(), " ".join(sentence[start : rest.end()].split())))


def according_matches(sentence: str) -> list[re.Match[str]]:
    return list(_ACCORDING_RE.finditer(sentence))


def lemma(form: str) -> str:
    return FORM_TO_LEMMA.get(" ".join(form.split()), form)
