"""Paraphrase folding: common news-English words for one idea read as one concept key.

Outlets reword one proposition with different everyday verbs, nouns and adjectives: "has agreed
to buy X" / "will acquire X", "the impact may be limited" / "the impact is minimal", "fares would
not rise" / "ticket prices would not go up". The term-overlap stage compares word stems, so such
rewordings share almost nothing. This module folds them before stemming: each listed word (or
two-word phrasal verb, 'take over', 'go up') becomes one concept key ('c:buy', 'c:rise').

The lexicon is GENERAL English of news reporting (deals, prices, rules, courts, jobs, notices,
findings), hand-curated, a few hundred forms. It names no story, entity or outlet, and it avoids
words whose other common sense would join unrelated claims ('fire' the hazard, 'drop' a plan,
'decline' to comment, 'share' of stock, 'known as').

Negation: 'not'/'never'/contracted negators mark the next content word (up to two tokens on,
skipping adverbs) as negated ('!cut'), so "did not cut jobs" and "cut jobs" no longer share the
verb. A negated giving verb IS a withholding ("did not provide access" ~ "withheld access"), a
negated permission a ban, a negated approval a rejection: those fold to the positive concept.

Everything here is one dictionary lookup per token, done once per claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

CONCEPT = "c:"
"""Prefix of a concept key; concept keys are compared whole, never stemmed."""
NEGATED = "!"
"""Prefix of a negated term."""

# concept -> the single words that express it (inflections listed where irregular; regular
# -s/-ed/-ing forms are met by folding each token as terms.fold does).
WORDS: dict[str, tuple[str, ...]] = {
    "buy": ("buy", "bought", "acquire", "acquisition", "purchase", "takeover"),
    "sell": ("sell", "sold", "sale", "divest", "divestment", "offload"),
    "merge": ("merge", "merger"),
    "withhold": ("withhold", "withheld", "withholding", "exclude", "exclusion"),
    "give": ("give", "gave", "given", "provide", "supply", "grant", "offer"),
    "small": ("limited", "minimal", "small", "modest", "slight", "marginal", "negligible", "minor", "little"),
    "large": ("large", "big", "huge", "major", "significant", "substantial", "massive", "sizeable", "sizable"),
    "rise": ("rise", "rose", "risen", "increase", "climb", "grow", "grew", "grown", "growth", "jump",
             "surge", "soar", "hike", "raise"),
    "fall": ("fall", "fell", "fallen", "decrease", "slide", "slid", "slump", "plunge", "tumble", "sink",
             "sank", "sunk", "dip"),
    "ban": ("ban", "bar", "prohibit", "prohibition", "outlaw", "forbid", "forbade", "forbidden"),
    "allow": ("allow", "permit", "permission", "let"),
    "cut": ("cut", "reduce", "reduction", "slash", "trim", "lower", "axe", "ax"),
    "approve": ("approve", "approval", "authorise", "authorize", "authorisation", "authorization",
                "greenlight", "clear", "clearance", "ratify"),
    "reject": ("reject", "rejection", "refuse", "refusal", "rebuff", "spurn"),
    "know": ("know", "knew", "aware", "awareness", "learn", "learnt", "learned"),
    "delay": ("delay", "postpone", "postponement", "defer", "deferral"),
    "warn": ("warn", "warning", "caution"),
    "sue": ("sue", "lawsuit", "litigation"),
    "layoff": ("layoff", "sack", "redundancy", "redundancies"),
    "resign": ("resign", "resignation", "quit"),
    "investigate": ("investigate", "investigation", "probe", "inquiry", "enquiry", "examine"),
    "start": ("start", "begin", "began", "begun", "commence"),
    "stop": ("stop", "halt", "cease", "suspend", "suspension"),
    "close": ("close", "closure", "shut"),
    "problem": ("problem", "issue", "fault", "flaw", "defect", "glitch"),
    "upcoming": ("upcoming", "forthcoming", "next", "impending"),
    "early": ("early", "advance", "prerelease"),
    "company": ("company", "firm", "corporation"),
    "staff": ("staff", "employee", "worker", "workforce", "personnel"),
    "profit": ("profit", "earnings"),
    "revenue": ("revenue", "turnover"),
    "find": ("find", "found", "discover", "discovery", "spot", "detect"),
    "impressive": ("spectacular", "impressive", "stunning", "dazzling", "striking"),
    "dangerous": ("dangerous", "hazardous", "unsafe", "risky"),
    "death": ("death", "die", "died", "dead", "kill", "fatality", "fatal"),
    "injury": ("injury", "injure", "hurt", "wound"),
    "arrest": ("arrest", "detain", "detention"),
    "forecast": ("forecast", "predict", "prediction"),
    "law": ("law", "legislation", "statute"),
    "strike": ("strike", "walkout", "stoppage"),
    "child": ("child", "children", "kid", "pupil"),
    "notify": ("notify", "notification", "inform", "alert"),
    "receive": ("receive", "obtain"),
    "result": ("result", "reading", "finding"),
    "high": ("high", "elevated", "excessive"),
    "old": ("old", "older", "oldest", "aging", "ageing"),
    "fast": ("fast", "quick", "rapid", "swift"),
    "repair": ("repair", "fix", "mend"),
    "need": ("need", "require", "requirement"),
    "accuse": ("accuse", "accusation", "allege", "allegation"),
    "overlap": ("overlap", "overlapping"),
    "norm": ("norm", "convention", "practice", "custom", "tradition"),
    "lose": ("lose", "lost", "loss"),
    "break": ("break", "broke", "broken", "breach"),
    "effect": ("effect", "impact"),
    "customer": ("customer", "consumer", "shopper", "client"),
    "show": ("show", "showed", "shown", "reveal", "disclose", "disclosure"),
    "say": ("claim", "state", "assert", "insist"),
    "safe": ("safe", "unharmed", "uninjured", "unhurt", "survive", "survivor"),
    "rescue": ("rescue", "save", "saved"),
    "crash": ("crash", "collide", "collision", "struck", "ram"),
    "aircraft": ("aircraft", "plane", "airplane", "aeroplane", "jet", "jetliner", "airliner"),
    "serious": ("serious", "severe", "severely", "seriously", "critical", "critically", "grave"),
    "unclear": ("unclear", "unknown", "uncertain"),
}

# (first word, second word) -> concept: phrasal verbs whose particle is a stopword.
PHRASES: dict[str, tuple[str, ...]] = {
    "buy": ("take over", "took over", "taken over", "snap up", "snapped up"),
    "reject": ("turn down", "turned down"),
    "rise": ("go up", "went up", "gone up", "goes up", "shot up", "shoot up"),
    "fall": ("go down", "went down", "gone down", "goes down"),
    "delay": ("hold off", "held off", "put off", "push back", "pushed back"),
    "approve": ("sign off", "signed off"),
    "resign": ("step down", "stepped down", "stand down", "stood down"),
    "layoff": ("lay off", "laid off"),
    "investigate": ("look into", "looked into"),
    "start": ("kick off", "kicked off"),
    "close": ("shut down",),
    "sue": ("file suit", "filed suit"),
    "early": ("pre release",),
    "withhold": ("keep from", "kept from"),
    "safe": ("accounted for",),
}

# A negated concept that is itself another concept.
NEGATION_OF: dict[str, str] = {
    "give": "withhold", "allow": "ban", "approve": "reject",
}

NEGATORS = frozenset({
    "not", "never", "didnt", "doesnt", "dont", "wont", "wouldnt", "hasnt", "havent", "hadnt", "isnt",
    "wasnt", "arent", "werent", "cannot", "cant", "couldnt", "shouldnt",
})
_NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "least", "even"})
"""'not only X but Y', 'not least' do not deny what follows."""
CACHE_LIMIT = 200_000
"""Distinct words remembered; the cache is emptied when full, so memory stays bounded."""
NEGATION_REACH = 3
"""Tokens after a negator searched for the word it denies."""

SCALE_ABBREVIATIONS: dict[str, str] = {"bn": "billion", "mn": "million", "tn": "trillion", "pct": "percent"}
"""'$1.9bn' ~ '$1.9 billion'. Number words ('six') are NOT folded to digits: digits count as
supporting evidence only (similarity.number_weight), so 'six routes' read as '6 routes' lost the
word and let short claims of one speaker match on their one remaining shared noun."""


def _inflections(form: str) -> tuple[str, ...]:
    """Regular forms, so the index meets what folding makes of them ('postponed' -> 'postpon')."""
    base = form[:-1] if form.endswith("e") else form
    return (form, form + "s", form + "es", base + "ed", base + "ing")


def _index(fold: Callable[[str], str]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    words: dict[str, str] = {}
    for concept, forms in WORDS.items():
        for form in forms:
            words[form] = CONCEPT + concept
            for inflected in _inflections(form):
                words.setdefault(fold(inflected), CONCEPT + concept)
    phrases: dict[tuple[str, str], str] = {}
    for concept, forms in PHRASES.items():
        for form in forms:
            first, second = form.split()
            phrases[(first, second)] = CONCEPT + concept
            phrases.setdefault((fold(first), second), CONCEPT + concept)
    return words, phrases


class Folder:
    """Token list -> the same tokens with paraphrases folded to concept keys and negated words marked."""

    def __init__(self, fold: Callable[[str], str], stopwords: frozenset[str]) -> None:
        self.fold = fold
        self.stopwords = stopwords
        self.words, self.phrases = _index(fold)
        self.first_words = frozenset(first for first, _ in self.phrases)
        self._seen: dict[str, tuple[str, str | None]] = {}

    def _read(self, token: str) -> tuple[str, str | None]:
        """(what the token reads as, its folded form when it may start a phrase), cached:
        a corpus repeats its words, so each distinct word is folded once."""
        hit = self._seen.get(token)
        if hit is None:
            folded = self.fold(token) if token.isalpha() else token
            out = SCALE_ABBREVIATIONS.get(token) or self.words.get(token) or self.words.get(folded) or token
            first = folded if token in self.first_words or folded in self.first_words else None
            if len(self._seen) >= CACHE_LIMIT:
                self._seen.clear()
            hit = self._seen[token] = (out, first)
        return hit

    def __call__(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        n = len(tokens)
        seen = self._seen
        while i < n:
            known = seen.get(tokens[i])  # (`_read`'s cache, read here: most words were read before)
            read, first = self._read(tokens[i]) if known is None else known
            if first is not None and i + 1 < n:
                hit = self.phrases.get((tokens[i], tokens[i + 1])) or self.phrases.get((first, tokens[i + 1]))
                if hit is not None:
                    out.append(hit)
                    i += 2
                    continue
            out.append(read)
            i += 1
        return self._negate(out)

    def _negate(self, tokens: list[str]) -> list[str]:
        if not NEGATORS.intersection(tokens):
            return tokens
        out = list(tokens)
        for i, token in enumerate(tokens):
            if token not in NEGATORS or _contrastive(tokens, i):
                continue
            for j in range(i + 1, min(len(tokens), i + 1 + NEGATION_REACH)):
                word = out[j]
                if word in _NOT_NEGATING_NEXT:
                    break
                if word in NEGATORS or word in self.stopwords or word.endswith("ly"):
                    continue
                if word.startswith(CONCEPT) and word[len(CONCEPT):] in NEGATION_OF:
                    out[j] = CONCEPT + NEGATION_OF[word[len(CONCEPT):]]
                elif not word.startswith(NEGATED) and not word[:1].isdigit():
                    out[j] = NEGATED + word
                break
        return out


_CONTRAST_JOINERS = frozenset({"and", "but", "rather"})
_NOUN_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})


def _contrastive(tokens: list[str], i: int) -> bool:
    """ "was about his choices and not his addiction": `not` before a noun phrase, after "and" or
    "but", sets an alternative aside; it denies no predicate of the claim."""
    return (i > 0 and tokens[i - 1] in _CONTRAST_JOINERS and i + 1 < len(tokens)
            and tokens[i + 1] in _NOUN_OPENERS)


def negated_terms(terms: Iterable[str]) -> frozenset[str]:
    """The terms a claim denies ('!c:cut' -> 'c:cut')."""
    return frozenset(t[len(NEGATED):] for t in terms if t.startswith(NEGATED))


def polarity_clash(a: Iterable[str], a_denied: frozenset[str], b: Iterable[str], b_denied: frozenset[str]) -> bool:
    """One claim asserts what the other denies ('prices would go up' / 'prices would not go up'):
    not one proposition, however many other words they share."""
    return bool((a_denied and not a_denied.isdisjoint(b)) or (b_denied and not b_denied.isdisjoint(a)))
