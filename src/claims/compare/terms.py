"""Claim text -> comparable terms: stems of content words, names, numbers, quoted fragments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.compare.paraphrase import CONCEPT, NEGATED, Folder
from claims.text import normalise


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

STOPWORDS = _wordset(
    """
    a an the and or but nor so yet of to in on at by for from with about into onto over under
    as than that this these those there here it its it's itself is are was were be been being
    am has have had having do does did doing will would shall should can could may might must
    not no nor only also just very too more most less least much many some any all each every
    both either neither such own same other another which who whom whose what when where why how
    he him his she her hers they them their theirs we us our ours you your yours i me my mine
    if then else while because since until unless though although whether after before during
    up down out off again further once now still already even ever new said says say saying told
    tell added according one s t
    """
)

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_CAP = re.compile(r"\b(?:[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]|[A-Z])\b")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,}?)[\"“”«»]")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_MAY_QUOTE = re.compile("[\"«»\u201c\u201d\u201e\u201f\uff02]")
"""The characters `normalise` leaves as, or folds into, a quotation mark `_QUOTED` reads: a text without
any has no quoted fragment."""
_DIGIT = re.compile(r"\d")
STEM_LEN = 5


# A country and the adjective for it are one term ('American firms' ~ 'US chipmakers').
DEMONYMS = {
    "american": "usa", "americans": "usa", "america": "usa", "chinese": "china", "british": "uk",
    "britain": "uk", "russian": "russia", "japanese": "japan", "german": "germany", "french": "france",
    "indian": "india", "european": "eu", "korean": "korea", "canadian": "canada", "australian": "australia",
    "italian": "italy", "spanish": "spain", "mexican": "mexico", "brazilian": "brazil", "israeli": "israel",
    "iranian": "iran", "ukrainian": "ukraine", "turkish": "turkey", "danish": "denmark", "dutch": "netherlands",
    "swedish": "sweden", "swiss": "switzerland", "taiwanese": "taiwan",
}


_VOWELS = frozenset("aeiou")


def _measure(word: str) -> int:
    """Porter's m: the number of vowel-consonant sequences."""
    pattern = "".join("v" if ch in _VOWELS or (ch == "y" and i > 0 and word[i - 1] not in _VOWELS) else "c"
                      for i, ch in enumerate(word))
    return pattern.replace("vc", "|").count("|") if "vc" in pattern else 0


def _cvc(word: str) -> bool:
    """Ends consonant-vowel-consonant, the last not w, x or y ('hop', 'ris')."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def fold(word: str) -> str:
    """Light lemma folding before truncation, for the short words that truncation alone
    leaves apart: 'jobs'/'job', 'cuts'/'cutting'/'cut', 'rises'/'rising'/'rise',
    'taxes'/'tax', 'cities'/'city' (Porter's plural and -ed/-ing steps, simplified).
    Numbers are left alone."""
    if word[:1].isdigit():
        return word
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and any(ch in _VOWELS for ch in base):
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                return base[:-1]  # 'cutting' -> 'cut', 'planned' -> 'plan'
            if _measure(base) == 1 and _cvc(base):
                return base + "e"  # 'rising' -> 'rise', 'hoped' -> 'hope'
            return base
    return word


STEM_CACHE = 1 << 17
"""Distinct words whose stems are kept: a run re-stems the same vocabulary over and over."""


@lru_cache(maxsize=STEM_CACHE)
def stem(word: str) -> str:
    """A crude, language-agnostic stem: the folded word's first STEM_LEN characters.

    Enough to meet 'withheld'/'withholding', 'optimisation'/'optimization',
    'chipmakers'/'chipmaker', 'jobs'/'job' without a stemmer dependency.
    """
    return fold(word)[:STEM_LEN]


NORMALISED_CACHE = 1024
"""Texts whose `normalise`d form is kept: a claim's content is read for its words, its quoted fragments
and its story entities, one after another."""
_normalised = lru_cache(maxsize=NORMALISED_CACHE)(normalise)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(_normalised(text).replace("'", ""))


def content_words(text: str, tokens: list[str] | None = None) -> list[str]:
    """Normalised non-stopword tokens, in order (numbers kept whole, 'Chinese' read as 'china')."""
    words = _tokens(text) if tokens is None else tokens
    return [DEMONYMS.get(w, w) for w in words if w not in STOPWORDS]


@dataclass(frozen=True, slots=True)
class Terms:
    """What the comparer needs from one claim's content."""

    stems: tuple[str, ...]
    """Stems of the content words, in order (duplicates kept)."""
    keys: frozenset[str]
    """Key terms: capitalised names (not sentence-initial), numbers, quoted fragments."""


@lru_cache(maxsize=STEM_CACHE)
def _name_key(word: str) -> str | None:
    """A capitalised word's key term ('n:' and the stem of the word lowercased), None for a stopword."""
    low = word.lower()
    return None if low in STOPWORDS else "n:" + stem(low.rstrip("."))


def key_terms(text: str) -> frozenset[str]:
    """Capitalised names, numbers and quoted fragments, normalised for comparison (added in that order,
    each in text order: the set's order, which sums over it follow, is the same however it is read)."""
    words = _CAP.findall(text)
    if words and not words[0].isupper() and _CAP.match(text):
        del words[0]  # a sentence-initial capital (the first word found starts the text) says nothing
    keys = set(filter(None, map(_name_key, words)))
    keys.update(["d:" + number.replace(",", "") for number in _NUM.findall(text)])
    keys.update(quoted_keys(text))
    return frozenset(keys)


def quoted_keys(text: str) -> list[str]:
    """The quoted fragments of two content words or more, as key terms ('q:' and their stems)."""
    out: list[str] = []
    if not _MAY_QUOTE.search(text):
        return out
    for m in _QUOTED.finditer(_normalised(text).replace("'", "")):
        words = content_words(m.group(1))
        if len(words) >= 2:
            out.append("q:" + " ".join(stem(w) for w in words))
    return out


_US = re.compile(r"\b(?:U\.S\.A?\.?|USA|US|United States)(?![a-z])")
_UK = re.compile(r"\b(?:U\.K\.?|UK|United Kingdom)(?![a-z])")
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def acronyms(text: str) -> set[str]:
    """All-capital words ('AMD', 'AI'), lowercased: what a spelled-out name may abbreviate to."""
    return {m.group(0).lower() for m in _ACRONYM.finditer(text)}


@lru_cache(maxsize=NORMALISED_CACHE)
def acronym_order(text: str) -> tuple[str, ...]:
    """`acronyms(text)` in the order the set iterates, kept for the last texts read (a claim's content
    is read for its terms and for its story entities)."""
    return tuple(acronyms(text))


def _extra_terms(text: str, words: list[str]) -> list[str]:
    """Country abbreviations ('U.S.', 'UK') and the text's own acronyms."""
    out: list[str] = []
    if "U" in text:  # every spelling of either opens with a capital U
        if _US.search(text):
            out.append("usa")
        if _UK.search(text):
            out.append("uk")
    out.extend(["a:" + a for a in acronym_order(text)])
    return out


def _initials(words: list[str]) -> tuple[str, bytes]:
    """The words' initials, and per word how many words from it on (at most 4) are content words (not
    stopwords or digits): every run of 2-4 content words gives the acronym a spelled-out name may have
    ('Advanced Micro Devices' -> 'amd'), kept as a term when some claim of the run writes it."""
    runs = bytearray(len(words) + 1)
    after = 0  # runs[i + 1]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        after = 0 if w in STOPWORDS or w.isdigit() else after + 1 if after < 4 else 4
        runs[i] = after
    return "".join([w[0] for w in words]), bytes(runs[:-1])


def _known_initials(letters: str, runs: bytes, known_acronyms: frozenset[str]) -> list[str]:
    """The acronym terms of `_initials`' runs that are known acronyms, in order (by length, then place)."""
    out: list[str] = []
    for n in (2, 3, 4):
        for i in range(len(letters) - n + 1):
            if runs[i] >= n:
                gram = letters[i:i + n]
                if gram in known_acronyms:
                    out.append("a:" + gram)
    return out


# Scale words belong to their number: '$4.2 million' shares '4.2' and 'million'.
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "bn", "mn", "pct"})
NUMBER_STEMS = frozenset(stem(w) for w in SCALE_WORDS)

# A number after a definite determiner modifies a noun the reader already knows ('the $4.2
# million budget was "a drop in the bucket"'): the claim is about the budget, not the amount.
_GIVEN_NUMBER = re.compile(
    r"\b(?:the|its|their|this|these|those|his|her|our)\s+(?:[$€£¥]\s?)?\d[\d.,]*"
    r"(?:\s?(?:(?:thousand|million|billion|trillion|bn|mn|m|k|percent|per cent)\b|%))?",
    re.IGNORECASE,
)


def is_number_stem(term: str) -> bool:
    """A number or a scale word ('4.2', 'milli'): evidence that supports a match, never enough alone."""
    return term[:1].isdigit() or term in NUMBER_STEMS


def drop_given_numbers(text: str) -> str:
    """The text without numbers that only modify a known noun ('the 320 jobs', 'its $5m fund')."""
    if not _DIGIT.search(text):
        return text
    return _GIVEN_NUMBER.sub(lambda m: m.group(0).split()[0], text)


_PARAPHRASES = Folder(fold, STOPWORDS)


@lru_cache(maxsize=STEM_CACHE)
def _term(word: str) -> str:
    """A content word's term: concept keys whole, negated words keep their mark."""
    if word.startswith(CONCEPT):
        return word
    if word.startswith(NEGATED):
        return NEGATED + _term(word[1:])
    return stem(word)


TermParts = tuple[Terms, str, bytes]
"""A claim's terms read without the run's acronyms, and the initials of its words with the runs of
content words (`term_parts`); `terms_with` completes them once the run's acronyms are known."""


def term_parts(text: str) -> TermParts:
    """What `terms_of` reads from the text alone, whatever the run: the terms without acronyms of
    spelled-out names, and what finds those names (`_initials`)."""
    text = drop_given_numbers(text)
    tokens = _tokens(text)
    stems = [_term(w) for w in content_words(text, _PARAPHRASES(tokens))]
    return (Terms(stems=tuple(stems + _extra_terms(text, tokens)), keys=key_terms(text)),
            *_initials(tokens))


def terms_with(parts: TermParts, known_acronyms: frozenset[str]) -> Terms:
    """`terms_of(text, known_acronyms)` from `term_parts(text)`: a spelled-out name whose initials are
    a known acronym ('Advanced Micro Devices' when some claim says 'AMD') gets that acronym as a term."""
    terms, letters, runs = parts
    if not known_acronyms or len(letters) < 2:
        return terms
    extra = _known_initials(letters, runs, known_acronyms)
    return Terms(stems=terms.stems + tuple(extra), keys=terms.keys) if extra else terms


def terms_of(text: str, known_acronyms: frozenset[str] = frozenset()) -> Terms:
    return terms_with(term_parts(text), known_acronyms)
