"""Noun phrases around a cue: who is speaking, through which outlet, with which asides.

All functions work on offsets into the source text and scan word tokens, never with
open-ended regexes.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from operator import itemgetter
from typing import NamedTuple

from claims.extract.cues import FORM_TO_LEMMA
from claims.extract.datelines import dateline_end
from claims.extract.lexicon import tagged
from claims.extract.times import MONTHS, WEEKDAYS

# A number with thousands separators ("2,000", "$1,400") is one word, not a clause break.
_WORD_OR_MARK = r"[^\s,;:—–()“”\"«»‘]+|[,;:—–()“”\"«»‘]"
# (`*+`: the letters before the number never give a character back to `\d`, so a word
# without a number fails at once instead of being retried at each of its letters.)
_TOKEN = re.compile(r"[^\s,;:—–()“”\"«»‘\d]*+\d{1,3}(?:,\d{3})+(?!\d)[^\s,;:—–()“”\"«»‘]*|" + _WORD_OR_MARK)
# Where no digit is followed by a comma and three digits, the number pattern cannot match:
# the other two alone scan the same tokens, faster.
_PLAIN_TOKEN = re.compile(_WORD_OR_MARK)
_THOUSANDS = re.compile(r"\d,\d{3}")


def _tokenizer(text: str, start: int, end: int) -> re.Pattern[str]:
    # (no comma, no thousands: one search in C, cheaper than the pattern's scan)
    if text.find(",", start, end) < 0 or _THOUSANDS.search(text, start, end) is None:
        return _PLAIN_TOKEN
    return _TOKEN


# The same scans as (white space before, token) pairs for `findall`: every character that is
# not white space opens a token, so the pairs tile the text and give each token's offsets
# without a match object per token.
_SPACED = {rx: re.compile(r"(\s*)(" + rx.pattern + ")") for rx in (_TOKEN, _PLAIN_TOKEN)}
_SPACE_AT = re.compile(r"\s")


# The characters that are a token of their own (`_WORD_OR_MARK`'s second part).
_MARKS = ",;:—–()“”\"«»‘"
_MARK_AT = re.compile("[" + _MARKS + "]")
_MARK_SPLIT = re.compile("([" + _MARKS + "])")


# Acronyms spelled like function words ("WHO", "IT"): their lower case is their own spelling, so
# that no word list reads them as the pronoun ("The WHO said", "IT workers said").
_CLASHING_ACRONYMS = frozenset({"WHO", "IT"})


def _clashing(text: str, start: int, end: int) -> bool:
    """`text[start:end]` may hold a clashing acronym (most spans do not: two searches in C)."""
    return text.find("WHO", start, end) >= 0 or text.find("IT", start, end) >= 0


def _own_case(toks: list[Tok]) -> list[Tok]:
    """The tokens, each clashing acronym with its spelling as its lower case."""
    return [_new(Tok, (t.start, t.end, t.text, t.text)) if t.text in _CLASHING_ACRONYMS else t for t in toks]


def _split_plain(text: str, start: int, end: int) -> list[Tok] | None:
    """`_PLAIN_TOKEN`'s tokens of `text[start:end]`: the pieces between single spaces, each one
    character past the last, split by `str.split` in C rather than matched one by one (a
    match costs more than its characters); where the span holds marks, the same between
    them, each mark a token of its own. None when the span holds white space other than the
    plain space, or any character `str.isprintable` refuses (every other white space
    character is one): there the regex reads it."""
    chunk = text[start:end]
    if not chunk.isprintable():
        return None
    if "WHO" in chunk or "IT" in chunk:
        return None  # the regex reads it (`_spaced`), and keeps the acronym's case
    q = start - 1  # the space before the next piece: each piece starts one past it
    if _MARK_AT.search(chunk) is None:
        return [_new(Tok, (a, q, w, w.lower())) for w in chunk.split(" ") if (q := (a := q + 1) + len(w)) > a]
    parts = _MARK_SPLIT.split(chunk)  # text, mark, text, ..., text
    out: list[Tok] = []
    for k in range(0, len(parts) - 1, 2):
        out += [_new(Tok, (a, q, w, w.lower())) for w in parts[k].split(" ") if (q := (a := q + 1) + len(w)) > a]
        mark = parts[k + 1]  # where the piece ends, standing where a space would (its lower case is itself)
        out.append(_new(Tok, (q, q + 1, mark, mark)))
    out += [_new(Tok, (a, q, w, w.lower())) for w in parts[-1].split(" ") if (q := (a := q + 1) + len(w)) > a]
    return out


def _spaced(rx: re.Pattern[str], text: str, start: int, end: int) -> list[Tok]:
    """The tokens of `text[start:end]` as `rx.finditer(text, start, end)` reads them."""
    if rx is _PLAIN_TOKEN:
        split = _split_plain(text, start, end)
        if split is not None:
            return split
    p = start  # each token starts past its white space and ends where the next one's begins
    pairs = _SPACED[rx].findall(text, start, end)
    toks = [_new(Tok, (a := p + len(space), p := a + len(g), g, g.lower())) for space, g in pairs]
    return _own_case(toks) if _clashing(text, start, end) else toks


DETERMINERS = tagged("determiner")
PRONOUNS = tagged("pronoun")
# Plural or role nouns that speak without a capitalised name: "analysts say".
AGENT_NOUNS = tagged("agent_noun")
BOUNDARY_WORDS = tagged("boundary_word")
VERBISH = tagged("verbish")
DISCOURSE = tagged("discourse")
TITLE_WORDS = tagged("title_word")
FRAMING_NOUNS = tagged("framing_noun")
"""What the writer calls an outcome for a party: "a setback for officials", "a blow to unions"."""
# Quantifiers that stand as a subject alone or before "of": "Most said", "half of the
# voters said", "Edwards and others said".
QUANTIFIER_SUBJECTS = tagged("quantifier_subject")

_VIA = re.compile(
    r"\b(?:who|which|that)?\s*(?:spoke|spoke exclusively|talked|speaking|talking|spoke on "
    r"condition of anonymity|speaking on condition of anonymity)\s+(?:to|with)\s+"
    r"|\b(?:cited|quoted|interviewed|contacted|approached|obtained|seen|reviewed|reached|polled|"
    r"surveyed)\s+by\s+",
    re.IGNORECASE,
)


def folds_oddly(text: str) -> bool:
    """Whether `text` holds one of the three characters that a case-blind regex matches to an
    ASCII letter although `str.lower` gives no ASCII letter for them (İ, ı, ſ; the fourth,
    the Kelvin sign, lowers to "k"). Elsewhere, such a regex made of ASCII words can match
    only where its words are in the lower-cased text: a few substring tests rule it out."""
    return "ı" in text or "İ" in text or "ſ" in text


def _may_name_relay(text: str, start: int, end: int) -> bool:
    """False when `_VIA` cannot match in `text[start:end]`: text holding none of its verbs
    (in lower case). The regex tries every position in turn; these few substring tests are
    much cheaper, and most speaker phrases name no relay. Text that `folds_oddly` is always
    searched."""
    span = text[start:end]
    if not span.isascii() and folds_oddly(span):
        return True
    low = span.lower()
    return (
        "spoke" in low
        or "speak" in low
        or "talk" in low
        or "cited" in low
        or "quoted" in low
        or "interviewed" in low
        or "contacted" in low
        or "approached" in low
        or "obtained" in low
        or "seen" in low
        or "reviewed" in low
        or "reached" in low
        or "polled" in low
        or "surveyed" in low
    )


class Tok(NamedTuple):
    """A word or punctuation token with its offsets, and its text in lower case."""

    start: int
    end: int
    text: str
    low: str


_new = tuple.__new__  # builds a Tok without the Python-level NamedTuple constructor: tokens() is the hot loop
_START = itemgetter(0)
_END = itemgetter(1)
_LOW = itemgetter(3)


def _scan(text: str, start: int, end: int) -> list[Tok]:
    return _spaced(_tokenizer(text, start, end), text, start, end)


def _scan_lazily(text: str, start: int, end: int) -> Iterator[Tok]:
    found = _tokenizer(text, start, end).finditer(text, start, end)
    if _clashing(text, start, end):
        return iter(_own_case([_new(Tok, (m.start(), m.end(), g := m.group(), g.lower())) for m in found]))
    return (_new(Tok, (m.start(), m.end(), g := m.group(), g.lower())) for m in found)


class _Sentence:
    """The tokens of the sentence being read (`reading_sentence`), scanned once, from its
    start and only as far as asked for: `tokens` and `iter_tokens` answer a span inside it
    with a slice of them."""

    __slots__ = ("e", "ends", "pos", "rx", "s", "text", "toks")

    def __init__(self, text: str, s: int, e: int) -> None:
        self.text, self.s, self.e = text, s, e
        self.toks: list[Tok] = []
        self.ends: list[int] = []  # each token's end, for bisection without a key function
        self.pos = s  # scanned up to here: the sentence's end, or white space
        self.rx: re.Pattern[str] | None = None  # the sentence's token pattern, once scanning starts

    def _read_past(self, end: int) -> list[Tok]:
        """The tokens, scanned on until one starts at or after `end` (or the sentence ends):
        the scan of the whole sentence, in pieces cut at white space, so the same tokens."""
        toks = self.toks
        while self.pos < self.e and (not toks or toks[-1].start < end):
            if self.rx is None:
                self.rx = _tokenizer(self.text, self.s, self.e)
            space = _SPACE_AT.search(self.text, max(end, self.pos + _CHUNK_CHARS), self.e)
            cut = self.e if space is None else space.start()
            chunk = _spaced(self.rx, self.text, self.pos, cut)
            self.pos = cut
            toks += chunk
            self.ends += map(_END, chunk)
        return toks

    def to_end(self, start: int) -> Iterator[Tok] | None:
        """The tokens from `start` to the sentence's end, scanned as they are taken (a scan
        to the sentence's end reads them as the sentence's scan does), or None when
        `start` cuts a token."""
        toks = self._read_past(start)
        i = bisect_right(self.ends, start)
        if i < len(toks) and toks[i].start < start:
            return None
        return self._from(i)

    def _from(self, i: int) -> Iterator[Tok]:
        toks = self.toks
        while i < len(toks) or (self.pos < self.e and len(self._read_past(toks[-1].start + 1 if toks else self.s)) > i):
            yield toks[i]
            i += 1

    def span(self, text: str, start: int, end: int) -> list[Tok] | None:
        """What scanning `text[start:end]` gives, from the sentence's tokens; None when the
        span is not inside the sentence or ends inside one of its tokens (a scan ending
        inside a token can read the tokens before it otherwise: "1,000,000|0")."""
        if text is not self.text or start < self.s or end > self.e:
            return None
        toks = self.toks
        if not toks or toks[-1].start < end:  # else scanned far enough already (most calls)
            toks = self._read_past(end)
        ends = self.ends
        k = bisect_right(ends, end)  # the first token ending after `end`
        if k < len(toks) and toks[k].start < end:
            return None
        i = bisect_right(ends, start, 0, k)  # the first token ending after `start`
        if i < k and toks[i].start < start:
            return _cut_at_start(text, start, end, toks, i, k)
        return toks[i:k]


def _cut_at_start(text: str, start: int, end: int, toks: list[Tok], i: int, k: int) -> list[Tok]:
    """`text[start:end]` scanned afresh from inside the sentence's token `i` (it may read
    otherwise: "345,678" from inside "12345,678") up to the first token that starts where
    one of the sentence's does: from there on the two scans agree."""
    out: list[Tok] = []
    for m in _tokenizer(text, start, end).finditer(text, start, end):
        p = m.start()
        j = bisect_left(toks, p, i, k, key=_START)
        if j < k and toks[j].start == p:
            return out + toks[j:k]
        g = m.group()
        out.append(_new(Tok, (p, m.end(), g, g.lower())))
    return out


_CHUNK_CHARS = 16  # characters scanned at least at a time (on to the next white space; at least 1)


SENTENCE_TOKENS_MOST = 4000
"""Longest sentence whose tokens are kept while it is read; a longer one (a run-on blob) is
scanned span by span, as every span asked for is bounded."""

class _Reading(threading.local):
    """The sentence each thread is reading: extraction may run in several threads of one
    process (a Dask worker's), and one thread's sentence must never outlive its reading
    in another's."""

    sentence: _Sentence | None = None


_state = _Reading()


class reading_sentence:
    """While the sentence `text[s:e]` is read, `tokens` and `iter_tokens` slice its tokens,
    scanned once, instead of scanning each span again (the results are the same)."""

    __slots__ = ("outer", "sentence")

    def __init__(self, text: str, s: int, e: int) -> None:
        self.sentence = _Sentence(text, s, e) if e - s <= SENTENCE_TOKENS_MOST else None
        self.outer: _Sentence | None = None

    def __enter__(self) -> None:
        self.outer, _state.sentence = _state.sentence, self.sentence

    def __exit__(self, *exc: object) -> None:
        _state.sentence = self.outer


def enter_sentence(text: str, s: int, e: int) -> _Sentence | None:
    """`reading_sentence` as a plain call, for the sentence loop: reading `text[s:e]` starts;
    returns the sentence read before, for `leave_sentence`."""
    state = _state
    outer = state.sentence
    state.sentence = _Sentence(text, s, e) if e - s <= SENTENCE_TOKENS_MOST else None
    return outer


def leave_sentence(outer: _Sentence | None) -> None:
    """Reading the sentence ends; `outer` (from `enter_sentence`) is read again."""
    _state.sentence = outer


def tokens(text: str, start: int, end: int) -> list[Tok]:
    reading = _state.sentence
    if reading is not None and end > start:
        hit = reading.span(text, start, end)
        if hit is not None:
            return hit
    return _scan(text, start, end)


def iter_tokens(text: str, start: int, end: int) -> Iterator[Tok]:
    """`tokens`, lazily: for a caller that needs only the first few."""
    reading = _state.sentence
    if reading is not None and end > start:
        if end == reading.e and text is reading.text and start >= reading.s:
            rest = reading.to_end(start)  # the caller takes the first few: scan no further
            if rest is not None:
                return rest
        hit = reading.span(text, start, end)
        if hit is not None:
            return iter(hit)
    return _scan_lazily(text, start, end)


def strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and len(word) > 1)


def split_via(text: str, start: int, end: int) -> tuple[tuple[int, int], str | None]:
    """Split a speaker phrase from a relay phrase: "sources speaking to Reuters" ->
    ("sources", "Reuters"); "people familiar with the matter, cited by Bloomberg" ->
    (..., "Bloomberg")."""
    m = _VIA.search(text, start, end) if _may_name_relay(text, start, end) else None
    if m is None:
        return strip_span(text, start, end), None
    outlet = outlet_phrase(text, m.end(), end)
    if outlet is None:
        return strip_span(text, start, end), None
    return strip_span(text, start, m.start()), outlet


def outlet_phrase(text: str, start: int, end: int) -> str | None:
    """A capitalised name at `start` ("Reuters", "the Financial Times"), or None."""
    toks = tokens(text, start, end)
    name = _name_run(toks, 1 if toks and toks[0].low == "the" else 0)
    while name and not is_capitalised(name[-1].text):
        name.pop()
    if not name:
        return None
    return text[name[0].start : name[-1].end].rstrip(".") or None


def _name_run(toks: list[Tok], i: int) -> list[Tok]:
    """The capitalised words from `toks[i]` and the joiners between them ("Bank of
    England", "Marks & Spencer"), up to a possessive or a date."""
    name: list[Tok] = []
    for n, tok in enumerate(toks[i:], start=i):
        if tok.low.endswith(("’s", "'s")) or _dates(toks, n):
            break
        joiner = tok.low in {"of", "&", "and"} or (tok.low == "the" and bool(name) and name[-1].low == "of")
        if not (is_capitalised(tok.text) or (name and joiner)):
            break
        name.append(tok)
    return name


def _dates(toks: list[Tok], n: int) -> bool:
    """A weekday or a month (with a day number, or leading the phrase) is a date, never part
    of an outlet's name: "told the Herald Monday", "said on Friday", "told Reuters March 3"."""
    low = toks[n].low.rstrip(".")
    if low in WEEKDAYS or toks[n].low in WEEKDAYS:
        return True
    if low not in MONTHS and toks[n].low not in MONTHS:
        return False
    nxt = toks[n + 1].text if n + 1 < len(toks) else ""
    return nxt[:1].isdigit() or n == 0 or toks[n - 1].low in {"the", "on", "in"}


MAX_SPEAKER_CHARS = 300
"""Longest speaker phrase: 14 tokens fit well within it; a longer span is never read as one."""


def looks_like_speaker(text: str, start: int, end: int) -> bool:
    """A plausible speaker noun phrase: short, starting with a name, determiner, pronoun or
    agent noun, and holding no finite verb."""
    if end - start > MAX_SPEAKER_CHARS:
        return False
    toks = [t for t in tokens(text, start, end) if t.text not in '“”"«»‘’']
    if not toks or len(toks) > 14 or _holds_verb(toks):
        return False
    if toks[0].low not in VERBISH and _never_opens_speaker(toks[0]):  # a name's "Will", "May": read already
        return False
    if toks[0].low in PRONOUNS:
        return len(toks) == 1  # "she", never "she herself"
    if _quantified(toks):
        return True
    if _stops_mid_phrase(toks):
        return False
    return _opens_speaker(toks)


_CONTRACTION = re.compile(r"(\w+)['’](?:d|s|ll|ve|re)")


def uncontracted(low: str) -> str:
    """The word without a contracted verb: "who’d" -> "who", "who's" -> "who"."""
    m = _CONTRACTION.fullmatch(low) if ("'" in low or "’" in low) else None
    return low if m is None else m.group(1)


_OPEN_ENDS = frozenset({"of", "to", "in", "on", "for", "with", "by", "at", "and", "or", "from"})
# A contracted verb after a pronoun that never speaks, or after "I", "we", "you", "they":
# "It's a big if", "That's why", "I'm old enough" open a clause, not a speaker.
_NO_END = re.compile(r"(?:(?:it|that|there|what|this|here)['’]s|.+['’](?:m|re))$", re.IGNORECASE)


def _holds_verb(toks: list[Tok]) -> bool:
    """A finite verb among the words, not counting a name's "May" or "Will" (`name_word`)."""
    if VERBISH.isdisjoint(map(_LOW, toks)):
        return False  # most phrases
    return any(t.low in VERBISH and not name_word(toks, n) for n, t in enumerate(toks))


def name_word(toks: list[Tok], n: int) -> bool:
    """The modal-looking word at `n` is part of a name ("Theresa May", "Will Doyle"): written
    with one capital, next to another capitalised word that is no such word."""
    word = toks[n].text
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    near = [toks[k] for k in (n - 1, n + 1) if 0 <= k < len(toks)]
    return any(is_capitalised(t.text) and t.low not in VERBISH and t.text[:1].isalpha() for t in near)


def _stops_mid_phrase(toks: list[Tok]) -> bool:
    last = toks[-1]
    return last.low in DETERMINERS or last.low in _OPEN_ENDS or _NO_END.match(last.text) is not None


def _quantified(toks: list[Tok]) -> bool:
    """A quantifier standing as the subject: "Most", "Several", "half of the voters",
    "majorities in all five states"."""
    if toks[0].low not in QUANTIFIER_SUBJECTS:
        return False
    return len(toks) == 1 or (toks[1].low in _QUANTIFIER_LINKS and len(toks) > 2)


_QUANTIFIER_LINKS = frozenset({"of", "in", "among"})


def _never_opens_speaker(first: Tok) -> bool:
    """A verb, a clause word, punctuation, a wh-word or an adverbial's first word ("During",
    "On Sunday", "in a statement", "Wednesday", "this past week")."""
    low = first.low
    return (
        low in VERBISH
        or low in BOUNDARY_WORDS
        or first.text in ",;:—–"
        or low in {"what", "how", "why", "whether", "whatever", "whoever", "there"}
        or low in _NOT_SPEAKER_START
        or _is_time_word(low)
    )


def _opens_speaker(toks: list[Tok]) -> bool:
    """A name; a short determiner phrase (or a long one naming an agent or title); an agent
    or title among the first words; a role, then a name."""
    first, low = toks[0].text, toks[0].low
    if is_capitalised(first) and low not in DISCOURSE:
        return True
    if low in DETERMINERS:
        return len(toks) >= 2 and (
            len(toks) <= 6 or any(is_agent(t.low) or t.low in TITLE_WORDS for t in toks) or _proper_name(toks[1:])
        )
    return any(is_agent(t.low) or t.low in TITLE_WORDS for t in toks[:4]) or _role_then_name(toks)


def _proper_name(toks: list[Tok]) -> bool:
    """A name of many words ("Centers for Disease Control and Prevention"): capitalised words
    and the small words that join them, opening and closing on a capital."""
    return (
        is_capitalised(toks[0].text) and is_capitalised(toks[-1].text)
        and all(is_capitalised(t.text) or t.low in _JOINERS for t in toks)
    )


# Words that open an adverbial, never a speaker noun phrase.
_NOT_SPEAKER_START = tagged("phrases.not_speaker_start")
_TIME_NOUNS = tagged("phrases.time_nouns")


def _is_time_word(low: str) -> bool:
    low = low.rstrip(".,")
    return low in WEEKDAYS or low in _TIME_NOUNS


def _role_then_name(toks: list[Tok]) -> bool:
    """ "retired teacher Graham Pike", "rail operator Sentra Group": a few lowercase words
    describing the party, then its capitalised name."""
    n = 0
    while n < len(toks) and _role_word(toks[n].text):
        n += 1
    rest = toks[n:]
    if 1 <= n <= 4 and 2 <= len(rest) <= 4 and all(is_capitalised(t.text) for t in rest):
        return True
    if n == 1 and len(rest) == 1 and toks[0].low in _PERSON_ROLES and is_capitalised(rest[0].text):
        return True  # "teammate Rodri", "witness Evans": a person's role, then one name
    return n >= 1 and _role_with_proper_words(toks)


_PERSON_ROLES = tagged("role_word")


_ROLE_MOST = 6  # words of a role that holds a capitalised word ("former FBI agent")


def _role_with_proper_words(toks: list[Tok]) -> bool:
    """ "former FBI agent Tom Hale", "former State policy director Ann Lee": a role opening
    and ending with lower-case words, capitalised words inside it, then a name."""
    h = len(toks) - 1
    while h >= 0 and is_capitalised(toks[h].text):
        h -= 1
    name = toks[h + 1 :]
    if h < 1 or not 2 <= len(name) <= 4 or h + 1 > _ROLE_MOST or not _role_word(toks[h].text):
        return False
    role = toks[: h + 1]
    if toks[h].low in _OPEN_ENDS or toks[h].low in _NOT_IN_ROLE:
        return False
    return all(
        (_role_word(t.text) or is_capitalised(t.text))
        and t.low not in BOUNDARY_WORDS
        and t.low not in DETERMINERS
        and t.low not in _NOT_IN_ROLE
        for t in role
    )


# Words that join parties or compare them, never inside one role: "candidates like Ann Lee".
_NOT_IN_ROLE = frozenset({"and", "or", "like", "but", "than", "as"})


def _role_word(word: str) -> bool:
    """A lower-case word of a role, hyphenated or not ("teacher", "co-host", "vice-chair")."""
    bare = word.replace("-", "")
    return bare.isalpha() and word.islower() and not word.startswith("-") and not word.endswith("-")


# Plural nouns of people by their trade or role ("astronomers", "forecasters", "geologists",
# "physicians", "inspectors"), beyond the listed agent nouns; these -ers/-ors words are not.
_NOT_AGENTS = tagged("phrases.not_agents")


def is_agent(low: str) -> bool:
    """A listed agent noun, or a plural noun of people by role (-ers, -ors, -ists, -ians)."""
    if low in AGENT_NOUNS:
        return True
    return len(low) >= 6 and low.endswith(("ers", "ors", "ists", "ians")) and low.isalpha() and low not in _NOT_AGENTS


def drop_discourse(text: str, start: int, end: int) -> int:
    """Skip a leading dateline ("SAN JOSE — ") and discourse marker ("However, ", "But ")."""
    start = dateline_end(text, start, end)
    first = first_token(text, start, min(end, start + 60))
    if first is None or first.group().lower() not in DISCOURSE:
        return start if first is None else first.start()  # most spans open with no marker
    toks = iter_tokens(text, start, min(end, start + 60))
    tok = next(toks, None)
    while tok is not None and tok.low in DISCOURSE:
        tok = next(toks, None)
        if tok is not None and tok.text == ",":
            tok = next(toks, None)
    return tok.start if tok is not None else start


def head_of_apposition(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Ana Ruiz, CEO of research firm X" -> "Ana Ruiz"; "one engineer, speaking
    anonymously" -> "one engineer"; a role, then its holder's name, is one speaker ("the
    water minister, Robert Hayes", "his wife, Mary Jones"). A dash ends the head as a comma
    does ("Ann Lee - who ...")."""
    dash = _APPOSITION_DASH.search(text, start, end)
    if dash is not None:
        end = dash.start()  # "said Ann Lee - who ...", "said Ann Lee — the union's chair —"
    comma = text.find(",", start, end)
    if comma < 0:
        return strip_span(text, start, end)
    head = strip_span(text, start, comma)
    if head[1] > head[0]:
        named = _name_after_role(text, head, comma, end)
        return head if named is None else (head[0], named)
    return strip_span(text, start, end)


_APPOSITION_DASH = re.compile(r"\s[-–—]\s|—")
_ROLE_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "a", "an"})
_NAME_AFTER_ROLE = re.compile(
    r",[ ]((?:[A-Z][\w’'.-]*[ ])(?:(?:[A-Z][\w’'.-]*|van|von|de|der|al|bin|ten)[ ]){0,3}[A-Z][\w’'-]*)(?=[,.;:!?]|$)"
)


def _name_after_role(text: str, head: tuple[int, int], comma: int, end: int) -> int | None:
    """The end of the name that follows a lower-case role phrase and its comma ("the water
    minister, Robert Hayes."), or None."""
    words = text[head[0] : head[1]].split()
    if len(words) < 2 or words[0].lower() not in _ROLE_OPENERS or not words[-1].islower():
        return None
    m = _NAME_AFTER_ROLE.match(text, comma, end)
    return None if m is None else m.end(1)


_INTRO_WORDS = tagged("phrases.intro_words")


# Irregular past forms that end a subject noun phrase ("The mayor won the crowd ...").
_IRREGULAR_PAST = tagged("phrases.irregular_past")


def main_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject noun phrase at the start of a clause: "Norland has imposed ..." ->
    "Norland"; "The company said ..." -> "The company". None when unclear."""
    toks = tokens(text, start, min(end, start + 240))  # the subject opens the clause
    if toks and toks[0].text == "(":
        toks = toks[1:]  # "(The spokeswoman said ...)": a parenthesised sentence
    i = _after_intro(toks)
    if i >= len(toks):
        return None
    picked = _subject_words(toks, i)
    while picked and picked[-1].low in _JOINERS:
        picked.pop()
    if not picked:
        return None
    return picked[0].start, picked[-1].end


def _after_intro(toks: list[Tok]) -> int:
    """Where the clause proper starts: after introductory phrases, each ending at a comma
    ("Last year, ...", "In March, ...", "Speaking in Ohio, ...", "At a rally in Dover,
    Del., on Monday, ..."), and after discourse markers ("However, ")."""
    i = _after_discourse(toks, 0)  # "However, as the paper prepared to publish, ..."
    for _ in range(4):
        nxt = _intro_end(toks, i)
        if nxt == i:
            nxt = _region_end(toks, i)
        if nxt == i:
            break
        i = nxt
    return _after_discourse(toks, i)


def _after_discourse(toks: list[Tok], i: int) -> int:
    """Past discourse markers at `i` and their commas ("However, ", "But ")."""
    while i < len(toks) and toks[i].low in DISCOURSE:
        i += 1
        if i < len(toks) and toks[i].text == ",":
            i += 1
    return i


_PLACE_LINKS = frozenset({"in", "at", "from", "near", "outside"})


def _region_end(toks: list[Tok], i: int) -> int:
    """After the region of a place that ends the introductory phrase before `toks[i]` ("At
    a rally in Salem, Oregon, on Friday, ..."): one or two capitalised words and their
    comma; `i` when none is there."""
    if i < 3 or toks[i - 1].text != "," or not is_capitalised(toks[i - 2].text):
        return i
    if toks[i - 3].low not in _PLACE_LINKS and not (i >= 4 and toks[i - 4].low in _PLACE_LINKS):
        return i
    for n in (1, 2):
        k = i + n
        if k < len(toks) and toks[k].text == "," and all(is_capitalised(t.text) for t in toks[i:k]):
            return k + 1 if k + 1 < len(toks) else i
    return i


_INTRO_REACH = 8  # tokens of an introductory phrase and its comma
# An introductory clause reads further: "As the paper prepared to publish the story Wednesday, ..."
_CLAUSE_INTROS = frozenset({"as", "when", "while", "after", "before", "since", "because", "although", "though", "once"})
_CLAUSE_INTRO_REACH = 14


def _intro_end(toks: list[Tok], i: int) -> int:
    """After the introductory phrase opening at `toks[i]` and its comma, or `i` when none
    opens there."""
    reach = _CLAUSE_INTRO_REACH if i < len(toks) and toks[i].low in _CLAUSE_INTROS else _INTRO_REACH
    comma = next((k for k in range(i, min(len(toks), i + reach)) if toks[k].text == ","), -1)
    if comma <= i:
        return _long_intro_end(toks, i)
    head = toks[i:comma]
    return comma + 1 if _opens_intro(head) else i


_LONG_INTRO_MOST = 16  # words of a prepositional opening phrase ("At a meeting on Tuesday of the board,")
_PLACE_ADVERBS = frozenset({"there", "here"})


def _long_intro_end(toks: list[Tok], i: int) -> int:
    """After a long opening phrase that a preposition opens and a comma closes, holding no
    verb and no other mark ("At a meeting Tuesday morning of the city council, ..."); `i`
    when none opens at `toks[i]`."""
    if i >= len(toks) or toks[i].low not in _INTRO_WORDS or toks[i].low in {"when", "while", "as", "since"}:
        return i
    for k in range(i + 1, min(len(toks), i + _LONG_INTRO_MOST)):
        tok = toks[k]
        if tok.text == ",":
            return k + 1 if k + 1 < len(toks) else i
        if tok.text in PUNCT or tok.low in VERBISH or _verb_like(tok):
            return i
    return i


def _verb_like(tok: Tok) -> bool:
    """A form that may be a clause's verb: a cue form or a lower-case past form ("voted")."""
    low = tok.low
    return tok.text in FORM_TO_LEMMA or (tok.text.islower() and low.endswith("ed") and len(low) > 4)


# Endings of a sentence adverb standing alone before a comma ("Essentially,", "Notably,"),
# not of a name ("Kelly,", "Connolly,", "Daly,").
_SENTENCE_ADVERB_ENDS = ("ally", "ately", "ently", "antly", "ously", "ively", "ibly", "ably", "arly", "ctly", "stly")
# Last words of a short time phrase: "Hours later", "The day before", "Weeks ago".
_TIME_PHRASE_ENDS = tagged("phrases.time_phrase_ends")


def _opens_intro(head: list[Tok]) -> bool:
    """An introductory phrase, not a subject: lowercase or a preposition first, an adverb or
    a participle before a lowercase word ("Shortly after", "Facing criticism"), a short time
    phrase, or a region after a place ("Del.")."""
    first = head[0]
    if not is_capitalised(first.text) or first.low in _INTRO_WORDS or _is_time_word(first.low):
        return True
    if len(head) == 1 and (first.low.endswith(_SENTENCE_ADVERB_ENDS) or first.low in _PLACE_ADVERBS):
        return True  # "Essentially, ...", "Ultimately, ...", "There, ..."
    if first.low.endswith(("ly", "ing")) and len(head) > 1 and head[1].text.islower():
        return not any(t.low in VERBISH for t in head)
    if len(head) <= 4 and head[-1].low in _TIME_PHRASE_ENDS:
        return True
    return len(head) == 1 and first.text.endswith(".") and _region_abbreviation(first.text)


def _region_abbreviation(word: str) -> bool:
    """An abbreviated region after a place: "Del.", "N.H.", "Calif."."""
    return 2 <= len(word) <= 7 and word[0].isupper() and word[:-1].replace(".", "").isalpha()


def _role_and_name(toks: list[Tok], k: int) -> list[Tok]:
    """The lowercase role from `toks[k]` (an agent noun, up to three words), and the name it
    titles when one follows ("Team manager Dan Rowe", "Rail union leader Mick Lynch"; not a
    day or a month: "Health experts Monday warned")."""
    role = [toks[k]]
    k += 1
    while k < len(toks) and len(role) < 3 and toks[k].text.islower() and (
            is_agent(toks[k].low) or toks[k].low in TITLE_WORDS):
        role.append(toks[k])
        k += 1
    name = _capitalised_run(toks[k : k + 4])
    if name and not any(t.low in MONTHS or t.low in WEEKDAYS for t in name):
        return [*role, *name]
    return role[:1]


def _subject_words(toks: list[Tok], i: int) -> list[Tok]:
    """The subject's words from `toks[i]`: a pronoun, a name, or a determiner phrase."""
    first, low = toks[i], toks[i].low
    if low in PRONOUNS:
        return [first]
    if is_capitalised(first.text) and low not in DETERMINERS:
        run = _capitalised_run(toks[i:])
        if run and _owner(run[-1].low):
            return _owned_head(run, toks[i + len(run) : i + len(run) + 6])
        k = i + len(run)
        nxt = toks[k] if run and k < len(toks) else None
        if nxt is not None and nxt.text.islower() and (is_agent(nxt.low) or (
                nxt.low in TITLE_WORDS and k + 1 < len(toks) and is_capitalised(toks[k + 1].text))):
            # "Rail unions welcomed ...", "Health experts warned ...": the noun it modifies;
            # "Special counsel Dan Wiss commented ...": the title and the name it titles
            return [*run, *_role_and_name(toks, k)]
        return run
    if low in DETERMINERS:
        return _determiner_phrase(toks[i : i + 6])
    return []


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_JOINERS = tagged("phrases.name_joiners")  # inside a name: "Bank of England", "Ernst & Young"


def _owner(low: str) -> bool:
    """A possessive name ("lee's", "voters'"), not a pronoun's contraction ("he's", "it's")."""
    return low.endswith(_POSSESSIVE_ENDS) and low[:-2] not in PRONOUNS and low[:-2] not in {"that", "there", "what"}


def _owned_head(run: list[Tok], after: list[Tok]) -> list[Tok]:
    """ "Ann Lee's campaign took ...", "China's state-owned lender Ace Bank runs ...": a
    possessive name owns the head noun after it (its lowercase words, then a name), up to
    a verb or a clause word; none when no noun follows."""
    head: list[Tok] = []
    named = False
    for tok in after:
        low = tok.low
        if tok.text in PUNCT or low in VERBISH or low in BOUNDARY_WORDS or (head and _past_verb(tok)):
            break
        if is_capitalised(tok.text):
            named = True
        elif named and (low.endswith("s") or _past_verb(tok)):
            break  # "... Ace Bank runs": the verb after the name
        head.append(tok)
    return run + head if head else []


def _capitalised_run(toks: list[Tok]) -> list[Tok]:
    """The leading capitalised words and the joiners between them."""
    picked: list[Tok] = []
    for tok in toks:
        if not (is_capitalised(tok.text) or tok.low in _JOINERS):
            break
        picked.append(tok)
    return picked


def _determiner_phrase(toks: list[Tok]) -> list[Tok]:
    """ "The mayor", "the new agency": the words up to a verb or punctuation."""
    picked: list[Tok] = []
    for tok in toks:
        if tok.low in VERBISH or tok.text in ",;:—–" or (picked and _past_verb(tok)):
            break
        if tok.low in DETERMINERS and len(picked) >= 3 and picked[-1].low not in _OPEN_ENDS:
            return picked[:-1]  # "the auditors read the files": the word before the object is the verb
        picked.append(tok)
    return picked


def _past_verb(tok: Tok) -> bool:
    """A past form that ends a subject ("The mayor won ...", "The council voted ...")."""
    low = tok.low
    if low in _IRREGULAR_PAST:
        return True
    return low.endswith(("ed", "es")) and not is_capitalised(tok.text) and low not in AGENT_NOUNS


WORD_STOP = frozenset(' \t\n,;:—–()“”"«»‘’')
PUNCT = frozenset(',;:—–()“”"«»‘’')
QUOTE_TOKS = frozenset('“”"«»‘’')


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(a < pos < b for a, b in spans)  # most sentences hold no quotation


def count_words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def fewer_words(text: str, start: int, end: int, n: int) -> bool:
    """`count_words(text, start, end) < n`, splitting off no more than `n` words."""
    return len(text[start:end].split(None, n)) < n


def word_before(text: str, lo: int, pos: int) -> str:
    end = pos
    while end > lo and text[end - 1] == " ":
        end -= 1
    start = max(text.rfind(" ", lo, end) + 1, lo)  # most words end at a space: found in C
    word = text[start:end]
    if WORD_STOP.isdisjoint(word):
        return word.lower()
    start = end
    while start > lo and text[start - 1] not in WORD_STOP:
        start -= 1
    return text[start:end].lower()


def first_token(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first token of `text[start:end]`, as `tokens` reads it (the first match of the
    same scan), or None: one search, where slicing the sentence's tokens costs more and
    makes the scan read on. The full token pattern reads as the plain one wherever no
    number has thousands separators, so it needs no look for one first."""
    return _TOKEN.search(text, start, end)


def first_low(text: str, start: int, end: int) -> str:
    """The first token of `text[start:end]` in lower case ('' when there is none)."""
    m = _TOKEN.search(text, start, end)
    return m.group().lower() if m is not None else ""


def word_after(text: str, pos: int, end: int) -> str:
    return first_low(text, pos, min(end, pos + 40))


def antecedent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`, as the antecedent of a relative pronoun after
    it: "... against Ann Ruiz" -> "Ann Ruiz", "... said the agency" -> "the agency"."""
    toks = tokens(text, max(start, end - 120), end)
    if not toks or toks[-1].text in PUNCT:
        return None
    k = _name_start(toks) if is_capitalised(toks[-1].text) else _described_start(toks)
    if k is None or toks[k].low in DISCOURSE or toks[k].low in _INTRO_WORDS:
        return None
    span = (toks[k].start, toks[-1].end)
    return span if looks_like_speaker(text, *span) else None


def _name_start(toks: list[Tok]) -> int:
    """Where a name ending the tokens starts: "Ann Ruiz", "the Bank of England" (up to six
    words, never opening with "of" or "the")."""
    k = len(toks) - 1
    while k > 0 and (is_capitalised(toks[k - 1].text) or toks[k - 1].low in {"of", "the"}) and len(toks) - k < 6:
        k -= 1
    while toks[k].low in {"of", "the"} and k < len(toks) - 1:
        k += 1
    return k


def _described_start(toks: list[Tok]) -> int | None:
    """Where a determiner phrase ending the tokens starts ("the agency"); a bare plural noun
    of people ("voters who said") is a phrase of its own. None for neither."""
    last = len(toks) - 1
    k = last
    while k > 0 and toks[k].low not in DETERMINERS and toks[k - 1].text not in PUNCT and len(toks) - k < 5:
        k -= 1
    if toks[k].low in DETERMINERS:
        if k + 3 <= last and toks[k + 1].low in FRAMING_NOUNS and toks[k + 2].low in {"for", "to"}:
            return k + 3  # "a setback for officials, who had argued": the officials argued
        return k
    if toks[last].low in {"those", "others", "many", "some"}:
        return last
    if not is_agent(toks[last].low):
        return None
    # "environmental groups", "local residents": up to two lowercase modifiers before the noun
    k = last
    while k > 0 and last - k < 2 and _modifier(toks[k - 1]):
        k -= 1
    return k


_NOT_MODIFIERS = frozenset(
    {"by", "from", "with", "among", "for", "to", "of", "and", "or", "but", "than", "as", "at", "in", "on", "about",
     "against", "including", "like", "into", "over", "after", "before", "between", "are", "were", "is", "was"}
)


def _modifier(tok: Tok) -> bool:
    """A lowercase word that may modify the noun after it (not a preposition, a joiner, a
    determiner or a verb's past or participle form)."""
    low = tok.low
    return (
        tok.text.isalpha() and tok.text.islower() and low not in _NOT_MODIFIERS and low not in DETERMINERS
        and low not in _IRREGULAR_PAST and not low.endswith(("ed", "ing"))
    )
