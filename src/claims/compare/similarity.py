"""How strongly two claims assert the same proposition: a score in [0, 1+].

score = W_COS * idf-weighted cosine of content stems
      + W_FUZZ * rapidfuzz token_set_ratio of the stem strings, rescaled from [FUZZ_FLOOR, 1]
      + a bonus per shared quoted fragment or number (capped)
      + a bonus when the speaker id is shared (smaller for generic speakers: 'analysts')
      + a bonus when both claims open their articles and the two articles tell one story
        (news writing leads with the news, so outlets' first claims tend to be one proposition)
Two refusals (`no_comment`) score 1 when they share a speaker id or one's speaker words
contain the other's ('Orbis' / 'Orbis and its parent'), else 0; a refusal never matches an
assertion.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterator, Sequence
from importlib.util import find_spec
from itertools import repeat
from typing import Any

from rapidfuzz import fuzz, process

from claims.compare.features import Corpus, Features, meet
from claims.compare.forked import forked_imap
from claims.compare.paraphrase import negated_terms, polarity_clash
from claims.compare.parties import Match, Party, compare
from claims.compare.quantities import figures_clash

W_COS = 0.6
W_FUZZ = 0.4
FUZZ_FLOOR = 0.45
"""token_set_ratio of unrelated claims from one story sits around 0.45-0.55."""
NUMBER_SUPPORT = 0.25
"""Word cosine at which shared numbers count in full ..."""
NUMBER_FLOOR = 0.4
"""... and the share they keep when no word is shared."""
QUOTE_BONUS = 0.15
NUMBER_BONUS = 0.05
KEY_BONUS_CAP = 0.2
SPEAKER_BONUS = 0.15
GENERIC_SPEAKER_BONUS = 0.03
SHORT_CLAIM = 5
"""Claims with fewer distinct terms than this match on too little: their cosine and fuzzy
ratio are scaled down ..."""
SHORT_CLAIM_SAME_SPEAKER = 3
"""... less so when both have one specific (not generic) speaker."""
LEDE_BONUS = 0.15
"""Both claims open their articles (inverted pyramid: each outlet leads with the news) ..."""
SAME_STORY = 0.15
"""... and the two articles tell one story: their claims' terms have at least this cosine."""
PARTY_MISMATCH = 0.2
"""Two named parties that do not match (after titles, acronyms, spokespeople ... in parties.py), or
the press and a party it reports on ('local media reports' / 'police'): the score is multiplied by
this. One proposition is one party's; the same words from another party are another claim (and, for
a fact-checker, another lead)."""
CLASH = -1.0
"""The last part of a pair whose figures of one kind differ ('171 passengers' / '174 passengers',
quantities.figures_clash) is negated: the pair links nothing (two versions that disagree are two
propositions, each carried by its own outlets), and minus its score tells how close the two
versions are otherwise (`scored_edges`' `clashes`: the `conflict` flag across groups)."""
SAME_PARTY_FROM = 0.1
SAME_PARTY_SUPPORT = 0.3
"""The same-party bonus grows from nothing at word cosine SAME_PARTY_FROM to full at this one:
one party's different statements share the speaker and a topic word or two, and must not merge
on the speaker alone."""
WORKERS = 2
"""Threads for rapidfuzz when many pairs are scored at once."""
_PARALLEL_FROM = 20_000
HAVE_NUMPY = find_spec("numpy") is not None


# Stems of a refusal to comment on the story at all ("declined to comment", "did not respond to
# requests for comment", "did not return calls", "was not available"), with or without the
# negation mark; any other refusal withholds one point ("declined to elaborate", "would not say
# how many"), particular to the claim it follows.
_ON_THE_STORY = frozenset({"comme", "respo", "reply", "repli", "retur", "reach", "avail", "unava", "call"})


def _on_the_story(f: Features) -> bool:
    return any(s.lstrip("!") in _ON_THE_STORY for s in f.stems)


def _refusal_score(a: Features, b: Features) -> float:
    """Same party (one id, one speaker's words inside the other's, or matching names): 1, else 0.
    So two outlets' "X was not immediately available for comment" meet whatever they call X, and
    "X and Y declined to comment" meets "X declined to comment". A refusal that withholds one
    point ("declined to elaborate", "would not say by whom") meets no other refusal: it belongs
    to what it follows, which two outlets rarely report alike."""
    if not (_on_the_story(a) and _on_the_story(b)):
        return 0.0
    if a.speaker_id == b.speaker_id:
        return 1.0
    if a.parties and b.parties and (a.parties <= b.parties or b.parties <= a.parties):
        return 1.0
    if a.party.joint or b.party.joint:
        joint, single = (a.party, b.party) if a.party.joint else (b.party, a.party)
        one = [Party(frozenset({n})) for n in joint.names]
        return 1.0 if any(compare(p, single) is Match.SAME for p in one) else 0.0
    return 1.0 if compare(a.party, b.party) is Match.SAME else 0.0


def short_scale(a: Features, b: Features, same_speaker: bool) -> float:
    """Damping for very short claims, which match on too little; a specific speaker shared
    by both makes a short match ('not for sale' / 'is not up for sale') more credible."""
    short = min(len(a.stems), len(b.stems))
    return min(1.0, short / (SHORT_CLAIM_SAME_SPEAKER if same_speaker else SHORT_CLAIM))


def number_weight(word_cosine: float, same_speaker: bool) -> float:
    """How much shared numbers count. A number is supporting evidence, not sufficient: when
    the rest of the wording differs ('would spend $4.2 million on the work' / 'would save
    about $4.2 million a year') it keeps NUMBER_FLOOR of its weight, in full from a word
    cosine of NUMBER_SUPPORT. One specific speaker giving one figure twice ('would spend
    $4.2 million' / 'will cost about $4.2 million') is the same statement: full weight."""
    if same_speaker:
        return 1.0
    return min(1.0, NUMBER_FLOOR + (1.0 - NUMBER_FLOOR) * word_cosine / NUMBER_SUPPORT)


def _key_bonus(a: Features, b: Features, numbers: float = 1.0) -> float:
    bonus = 0.0
    for key in meet(a.keys, b.keys):
        if key.startswith("q:"):
            bonus += QUOTE_BONUS
        elif key.startswith("d:"):
            bonus += NUMBER_BONUS * numbers
    return min(bonus, KEY_BONUS_CAP)


PARTS = ("cosine", "fuzzy", "keys", "speaker", "lede", "party")
"""The parts of a pair's score, as `explain` reports them: the first five add up, `party` is
the factor applied to the sum (1, or PARTY_MISMATCH)."""


def _ratios(lefts: list[str], rights: list[str]) -> list[float]:
    """token_set_ratio / 100 of each (left, right): rapidfuzz's threaded cpdist when numpy is there.

    rapidfuzz needs numpy only for its matrix functions, and numpy is not a dependency of
    this package, so without it the pairs are scored one by one (same scores, one thread): each distinct
    pair of texts once (a step's pairs repeat texts: ~30% of them are pairs scored before, wire copy
    carried by several outlets), and a text against itself as 1.0 without a call (`_ratio`).
    """
    cutoff = FUZZ_FLOOR * 100
    if not lefts:
        return []
    if HAVE_NUMPY:
        scores = process.cpdist(
            lefts, rights, scorer=fuzz.token_set_ratio, score_cutoff=cutoff,
            workers=WORKERS if len(lefts) >= _PARALLEL_FROM else 1,
        )
        return [float(r) / 100.0 for r in scores.tolist()]
    known: dict[tuple[str, str], float] = {}
    out: list[float] = []
    for pair in zip(lefts, rights, strict=True):
        ratio = known.get(pair)
        if ratio is None:
            ratio = known[pair] = _ratio(pair[0], pair[1], cutoff)
        out.append(ratio)
    return out


def _ratio(a: str, b: str, cutoff: float) -> float:
    """token_set_ratio / 100 of one pair: 1.0 for a text against itself that has a word (the words of
    one side are those of the other), without computing it."""
    if a == b and not a.isspace() and a:
        return 1.0
    return fuzz.token_set_ratio(a, b, score_cutoff=cutoff) / 100.0


class _Stories:
    """Whether two sources tell one story: idf-weighted cosine of all their claims' terms.

    A source's term vector is made when a pair of ledes first asks for it (few sources are asked
    about, and holding every source's vector cost ~0.8 KB per claim at 10,000 articles); it is
    summed over the same claims in the same order as a vector made up front, so the floats are
    the same. Only the last few vectors are kept."""

    KEEP = 64

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.claims_of: dict[str, list[int]] = {}
        for f in corpus.items:
            self.claims_of.setdefault(f.source, []).append(f.index)
        self.recent: dict[str, tuple[dict[str, float], float]] = {}
        self.cache: dict[tuple[str, str], float] = {}

    def _vector(self, source: str) -> tuple[dict[str, float], float]:
        found = self.recent.get(source)
        if found is None:
            corpus = self.corpus
            items, n, df, log = corpus.items, corpus.n, corpus.df, math.log
            vec: dict[str, float] = {}
            for i in self.claims_of[source]:
                for t in items[i].stems:
                    vec[t] = vec.get(t, 0.0) + log(1.0 + n / (1 + df[t]))  # (`Corpus.idf`)
            weights = vec.values()
            found = vec, math.sqrt(math.fsum(map(operator.mul, weights, weights))) or 1.0
            if len(self.recent) >= self.KEEP:
                del self.recent[next(iter(self.recent))]
            self.recent[source] = found
        return found

    def similarity(self, a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            (va, na), (vb, nb) = self._vector(key[0]), self._vector(key[1])
            if len(va) > len(vb):
                va, vb = vb, va
            dot = math.fsum(w * vb[t] for t, w in va.items() if t in vb)
            self.cache[key] = dot / (na * nb)
        return self.cache[key]


_NOTHING: frozenset[str] = frozenset()
"""One empty set for every claim that denies nothing (most of them)."""


_BONUS_KEYS = ("q:", "d:")
"""The key terms that `_key_bonus` counts: quoted fragments and numbers (not names)."""


class Context:
    """What scoring needs per claim and per source, computed once per run and shared by calls."""

    def __init__(self, corpus: Corpus) -> None:
        self.stories = _Stories(corpus)
        w = corpus.idf2
        self.norms = [math.sqrt(math.fsum(map(w.__getitem__, f.stems))) or 1.0 for f in corpus.items]
        self.denied = [negated_terms(f.stems) or _NOTHING for f in corpus.items]
        self.bonus_keys = [any(map(str.startswith, f.keys, repeat(_BONUS_KEYS))) for f in corpus.items]
        """Per claim, whether it has a key term that `_key_bonus` counts (a quoted fragment or a number):
        a pair without one on either side has no key bonus, and its keys need not be met."""


def score_pairs(corpus: Corpus, pairs: list[tuple[int, int]], ctx: Context | None = None) -> list[float]:
    """Scores for the given pairs, in order: sum(parts[:5]) * parts[5] of each pair's `score_parts`."""
    return _scores(corpus, pairs, ctx or Context(corpus), True)  # type: ignore[return-value]


def score_parts(
    corpus: Corpus, pairs: list[tuple[int, int]], ctx: Context | None = None
) -> list[tuple[float, ...]]:
    """Each pair's score in its PARTS, in order: score = sum(parts[:5]) * parts[5].

    Most candidate pairs share no content stem (claims of one speaker, blocked together whatever
    they say): their word cosine is 0, so the steps that only weigh shared words are skipped for
    them, with the same parts as a result; so are the key terms of a pair of which one
    claim has no key term that `_key_bonus` counts (`Context.bonus_keys`)."""
    return _scores(corpus, pairs, ctx or Context(corpus), False)  # type: ignore[return-value]


def _scores(corpus: Corpus, pairs: list[tuple[int, int]], ctx: Context,
            summed: bool) -> list[tuple[float, ...]] | list[float]:
    """`score_parts`, or with `summed` each pair's score (the same sum of the same parts, without their
    tuple). Without numpy a pair's fuzzy ratio is worked out where the pair is read (`_ratios`' way: each
    distinct pair of texts once)."""
    items = corpus.items
    stories, denied, bonus_keys = ctx.stories, ctx.denied, ctx.bonus_keys
    ratios: Iterator[float] | None = None
    if HAVE_NUMPY:
        texts = [(items[i].text, items[j].text) for i, j in pairs
                 if not (items[i].no_comment or items[j].no_comment)]
        ratios = iter(_ratios([left for left, _ in texts], [right for _, right in texts]))
    known: dict[tuple[str, str], float] = {}
    cutoff, token_set_ratio = FUZZ_FLOOR * 100, fuzz.token_set_ratio
    zero = (0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    same, different, unknown = Match.SAME, Match.DIFFERENT, Match.UNKNOWN
    out: list[Any] = []
    stem_sets: dict[int, frozenset[str]] = {}
    norms, weigh, fsum = ctx.norms, corpus.idf2.__getitem__, math.fsum
    for i, j in pairs:
        a, b = items[i], items[j]
        if a.no_comment or b.no_comment:
            if a.no_comment and b.no_comment:
                refusal = _refusal_score(a, b)  # (summed: 0 + 0 + 0 + refusal + 0, times 1, is itself)
                out.append(refusal if summed else (0.0, 0.0, 0.0, refusal, 0.0, 1.0))
            else:
                out.append(0.0 if summed else zero)
            continue
        if ratios is None:
            left, right = a.text, b.text
            ratio = known.get((left, right))
            if ratio is None:  # (`_ratio`)
                ratio = known[left, right] = 1.0 if left == right and not left.isspace() and left else (
                    token_set_ratio(left, right, score_cutoff=cutoff) / 100.0)
        else:
            ratio = next(ratios)  # the ratios are those of the pairs without a refusal, in order
        if (denied[i] or denied[j]) and polarity_clash(a.stems, denied[i], b.stems, denied[j]):
            out.append(0.0 if summed else zero)
            continue
        if a.speaker_id == b.speaker_id:
            party = same
        elif a.party.names and b.party.names:
            party = compare(a.party, b.party)
        elif a.party.media is not None and b.party.media is not None and a.party.media != b.party.media:
            party = different
        else:
            party = unknown
        same_speaker = party is same and not a.generic_speaker
        # `short_scale` written out (no call a pair), as are the word cosine and the speaker bonus below
        small, big = a.stems, b.stems
        damping = min(1.0, min(len(small), len(big)) / (SHORT_CLAIM_SAME_SPEAKER if same_speaker else SHORT_CLAIM))
        fz = max(0.0, (ratio - FUZZ_FLOOR) / (1.0 - FUZZ_FLOOR)) * damping
        lede = 0.0
        if a.lede and b.lede and a.source != b.source and stories.similarity(a.source, b.source) >= SAME_STORY:
            lede = LEDE_BONUS
        # `meet(a.stems, b.stems)`, the other side's stems made a set once per claim of the step
        if len(big) > len(small):
            other = stem_sets.get(j)
            if other is None:
                other = stem_sets[j] = frozenset(big)
        else:
            small, other = big, stem_sets.get(i)
            if other is None:
                other = stem_sets[i] = frozenset(a.stems)
        shared = frozenset(filter(other.__contains__, small))
        if shared:
            # idf-weighted cosine of the stem sets, times `damping`: the shared words' share, then the
            # shared numbers' share weighed by `number_weight`
            numbers = meet(shared, a.numbers) if a.numbers else _NO_NUMBERS  # (fsum's sums do not depend on order)
            scaled = damping / (norms[a.index] * norms[b.index])
            words = fsum(map(weigh, shared - numbers)) * scaled
            weight = 1.0 if same_speaker else min(1.0, NUMBER_FLOOR + (1.0 - NUMBER_FLOOR) * words / NUMBER_SUPPORT)
            cosine = words + fsum(map(weigh, numbers)) * scaled * weight
        else:
            cosine, weight = 0.0, 1.0 if same_speaker else _WEIGHT_WITHOUT_WORDS
        keys = _key_bonus(a, b, weight) if bonus_keys[i] and bonus_keys[j] else 0.0
        scale = PARTY_MISMATCH if party is different else 1.0
        clash = a.figures is not None and b.figures is not None and figures_clash(a.figures, b.figures)
        # SPEAKER_BONUS for one party (one id or matching names), scaled down while the words share little
        # (SAME_PARTY_SUPPORT); a small flat bonus for one generic speaker id
        if party is not same:
            speaker = 0.0
        elif a.generic_speaker and a.speaker_id == b.speaker_id:
            speaker = GENERIC_SPEAKER_BONUS
        else:
            speaker = SPEAKER_BONUS * max(
                0.0, min(1.0, (cosine - SAME_PARTY_FROM) / (SAME_PARTY_SUPPORT - SAME_PARTY_FROM)))
        if summed:  # ((c + f + k + s + le) * x of the parts below, in that order)
            out.append((W_COS * cosine + W_FUZZ * fz + keys + speaker + lede) * (CLASH * scale if clash else scale))
        else:
            out.append((W_COS * cosine, W_FUZZ * fz, keys, speaker, lede, CLASH * scale if clash else scale))
    return out


_NO_NUMBERS: frozenset[str] = frozenset()
_WEIGHT_WITHOUT_WORDS = number_weight(0.0, False)
"""`number_weight` of a pair that shares no word, of two speakers not known to be one."""


SCORE_CHUNK = 4096
"""Pairs scored per step (one task of a worker when `jobs` > 1): the parts of a step are dropped
once its edges are kept."""


def _score_chunk(state: tuple[Corpus, Context, float], codes: Sequence[int]) -> list[tuple[tuple[int, int], float]]:
    """The pairs scoring at least `floor`, and the clashing pairs (negative) that would have."""
    corpus, ctx, floor = state
    n, items = corpus.n, corpus.items
    # The claims' own index objects, not new ints: the kept pairs become the edges' keys.
    pairs = [(items[code // n].index, items[code % n].index) for code in codes]
    return [(p, s) for p, s in zip(pairs, score_pairs(corpus, pairs, ctx), strict=True) if s >= floor or s <= -floor]


def scored_edges(
    corpus: Corpus, blocks: Sequence[Sequence[int]], ctx: Context, floor: float, jobs: int = 1,
    first: Callable[[], None] | None = None, clashes: dict[tuple[int, int], float] | None = None,
) -> dict[tuple[int, int], float]:
    """{pair: score} for the pairs scoring at least `floor`, in pair order. `blocks`: the candidate
    pairs as sorted codes i * n + j (`blocking.pair_blocks`), one step each (over `jobs` processes),
    so only one step's pairs and parts are held at once. `first`: work of the caller's own that this
    process does while the workers start scoring (`forked.forked_imap`). `clashes`, when given,
    gets the pairs whose figures clash (`CLASH`) and that would otherwise have scored at least
    `floor`, with that score."""
    edges: dict[tuple[int, int], float] = {}
    for kept in forked_imap(_score_chunk, (corpus, ctx, floor), blocks, jobs, first):
        for pair, s in kept:
            if s > 0:
                edges[pair] = s
            elif clashes is not None:
                clashes[pair] = -s
    return edges
