"""Per-claim features the blocker and the scorer share, computed once per run."""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from claims.compare.forked import chunked, forked_imap
from claims.compare.parties import Party, parties
from claims.compare.quantities import NUMBER_WORDS, Figures, figures
from claims.compare.speakers import generic_ids, party_words
from claims.compare.terms import NUMBER_STEMS, TermParts, Terms, acronyms, stem, terms_of, terms_with
from claims.models import Claim, Kind

_COUNTED = frozenset(stem(w) for w in NUMBER_WORDS if " " not in w)
"""Number words as content stems: with a digit stem, the claims whose figures are read."""


@dataclass(slots=True, unsafe_hash=True)
class Features:
    """One claim, ready to compare. Never changed once made; not a frozen dataclass, whose `__init__`
    sets each field through `object.__setattr__` (3.5 -> 1.0 µs a claim: one is made per claim)."""

    index: int
    source: str
    speaker_id: str
    generic_speaker: bool
    no_comment: bool
    parties: frozenset[str]
    """Words of the speaker, for refusals ('Acme and Globex declined to comment')."""
    stems: tuple[str, ...]
    """The distinct content stems, as a set held compactly: a tuple (~0.15 KB for 15 stems, a
    frozenset ~0.7 KB) in the iteration order of the frozenset of the claim's stems, so that sums
    over them, and `meet`, give exactly the floats the frozensets did."""
    keys: tuple[str, ...]
    """Key terms, held like `stems`."""
    numbers: tuple[str, ...]
    """The stems that are numbers or scale words ('4.2', 'milli'): supporting evidence only."""
    text: str
    """Content stems joined by spaces, numbers left out: what rapidfuzz compares."""
    lede: bool
    """The first assertion (not a refusal) of its source, by offset."""
    party: Party
    """The names the speaker goes by, resolved within the article (parties.py)."""
    figures: Figures | None = None
    """The numbers the content states, by kind (quantities.py), when it states any: two claims whose
    figures of one kind differ are two propositions."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """Every claim's features plus the run's term statistics."""

    items: list[Features]
    df: Counter[str]
    n: int
    idf2: dict[str, float]
    """Squared idf of every term: the weight in the cosine."""

    def idf(self, term: str) -> float:
        """Inverse document frequency, smoothed; a term in every claim still weighs a little."""
        return math.log(1.0 + self.n / (1 + self.df[term]))


@dataclass(frozen=True, slots=True)
class RunStats:
    """What a run knows beyond one story cluster, when its claims are grouped a cluster at a time
    (`claims.archive`): term document frequencies over all claims of the run (`df`, `n`), so pair
    scores do not depend on the clustering, and the run's acronyms and generic speaker ids."""

    df: Mapping[str, int]
    n: int
    known_acronyms: frozenset[str]
    generic: set[str]
    weights: dict[str, float] = field(default_factory=dict, compare=False, hash=False, repr=False)
    """Squared idf by the run's `df` and `n` of the terms weighed so far (`build_corpus`): a term of
    many clusters is weighed once per process."""


_NONE: tuple[str, ...] = ()
"""One empty set for every claim without numbers or key terms (most of them)."""


def meet(a: Collection[str], b: Collection[str]) -> frozenset[str]:
    """`a & b` of the two sets whose iteration order `a` and `b` keep (a frozenset, or a tuple of
    `Features`): the same elements added to the result in the same order as CPython's set
    intersection adds them (it walks the smaller set, the second on a tie), so the result iterates
    in the same order and a float sum over it is the same to the last bit."""
    small, other = (a, b) if len(b) > len(a) else (b, a)
    if len(small) > 2 and type(other) is tuple:
        other = frozenset(other)  # (a tuple is searched term by term: len(small) * len(other) comparisons)
    return frozenset(filter(other.__contains__, small))  # (the walk in C: no Python frame a term)

TERMS_CHUNK = 2048
"""Claims whose terms one step reads (one task of a worker when `jobs` > 1)."""

_Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, Figures | None]
"""One claim's (stems, keys, numbers, text, figures) as `Features` holds them."""

ROW_CACHE = 4_096
"""Distinct claim contents whose rows a process keeps (`_Rows`): an archive repeats sentences across its
articles (wire copy, rewrites), and a row depends on the content and the run's acronyms only. About 1 KB
each: a bounded ~4 MB per process, whatever the run."""


def _row(terms: Terms, content: str) -> _Row:
    """A claim's row from its terms and content. Its strings are interned: rows of one content, or of
    contents that share words, share their strings (as `build_corpus` shared them claim by claim)."""
    intern = sys.intern
    stems = tuple([intern(t) for t in frozenset(terms.stems)])
    keys = tuple([intern(t) for t in terms.keys]) or _NONE
    # `is_number_stem` written out: a digit first, or a scale word's stem.
    numbers = tuple(frozenset([t for t in stems if t[:1].isdigit() or t in NUMBER_STEMS])) or _NONE
    text = " ".join([t for t in terms.stems if not (t[:1].isdigit() or t in NUMBER_STEMS)])
    found = figures(content) if numbers or not _COUNTED.isdisjoint(stems) else None
    return stems, keys, numbers, text, found


class _Rows:
    """The rows of the last ROW_CACHE distinct contents read with one set of known acronyms (a new set
    empties it), oldest dropped first. A row is never changed, so one object serves every claim of its
    content."""

    def __init__(self) -> None:
        self.known: frozenset[str] | None = None
        self.rows: dict[str, _Row] = {}

    def of(self, known: frozenset[str]) -> dict[str, _Row]:
        if self.known is not known and self.known != known:
            self.rows.clear()
        self.known = known
        return self.rows


_ROWS = _Rows()


def _rows(contents: Sequence[str], which: Sequence[int], made: Callable[[int], Terms],
          known: frozenset[str]) -> tuple[list[_Row], Counter[str]]:
    """The rows of claims `which` (`made(i)`: claim i's terms, read only when its content is not in the
    cache) and the document frequencies of their terms, counted row by row in order (so the chunks'
    counts merged in order are the run's, key order included)."""
    cache = _ROWS.of(known)
    rows: list[_Row] = []
    counted: list[str] = []  # each row's stems, then its keys: counted at once, in that order
    for i in which:
        content = contents[i]
        row = cache.get(content)
        if row is None:
            row = _row(made(i), content)
            if len(cache) >= ROW_CACHE:
                del cache[next(iter(cache))]
            cache[content] = row
        counted += row[0]
        counted += row[1]
        rows.append(row)
    return rows, Counter(counted)


def _terms_chunk(state: tuple[Sequence[str], frozenset[str]],
                 which: Sequence[int]) -> tuple[list[_Row], Counter[str]]:
    """The rows of the claims whose contents are `which` and the document frequencies of their terms."""
    contents, known = state
    return _rows(contents, which, lambda i: terms_of(contents[i], known), known)


def _parts_chunk(state: tuple[Sequence[TermParts], Sequence[str], frozenset[str]],
                 which: Sequence[int]) -> tuple[list[_Row], Counter[str]]:
    """`_terms_chunk` from terms already read (`terms.term_parts`, e.g. by the process that extracted
    the claims): the same rows and counts."""
    parts, contents, known = state
    return _rows(contents, which, lambda i: terms_with(parts[i], known), known)


def _acronyms(claims: Sequence[Claim]) -> frozenset[str]:
    """Every claim's `acronyms`, in one pass over the joined texts (a line break is a word boundary)."""
    return frozenset(acronyms("\n".join(c.content for c in claims)))


def build_corpus(claims: list[Claim], texts: dict[str, str] | None = None, jobs: int = 1,
                 stats: RunStats | None = None, parts: Sequence[TermParts] | None = None) -> Corpus:
    """`texts`: source id -> article text (optional), for resolving 'the company' and the like.
    `jobs` > 1 reads the claims' terms over that many processes (same corpus); this process resolves
    the speakers' parties meanwhile. `stats`: the whole run's term statistics when `claims` are one
    story cluster of it (the corpus's `df` and `n` are then the run's, and claim positions are still
    0 .. len(claims) - 1). `parts`: each claim's `terms.term_parts`, when already read (they are
    then only completed with the acronyms, here)."""
    known_acronyms = _acronyms(claims) if stats is None else stats.known_acronyms
    steps = chunked(range(len(claims)), TERMS_CHUNK)
    who: list[Party] = []
    generic: set[str] = set()
    ledes: set[int] = set()

    def meanwhile() -> None:
        first: dict[str, int] = {}
        for i, claim in enumerate(claims):
            if claim.kind is not Kind.NO_COMMENT:
                j = first.get(claim.source)
                if j is None or claim.start < claims[j].start:
                    first[claim.source] = i
        ledes.update(first.values())
        generic.update(generic_ids(claims) if stats is None else stats.generic)
        who.extend(parties(claims, texts))

    # Each step's rows are made features as they come, while the workers read the next steps.
    # The contents alone are shared: a worker that read the claims would copy their pages.
    contents = [c.content for c in claims]
    if parts is not None:
        jobs = 1
        found = forked_imap(_parts_chunk, (parts, contents, known_acronyms), steps, 1, first=meanwhile)
    else:
        found = forked_imap(_terms_chunk, (contents, known_acronyms), steps, jobs, first=meanwhile)
    items: list[Features] = []
    df: Counter[str] = Counter()
    # Rows read back from a worker bring their own copies of strings that repeat: those are shared here
    # (rows made in this process share them already, `_row`).
    shared: dict[str, str] = {}
    one = shared.setdefault if jobs > 1 and len(steps) > 1 else None
    for rows, counts in found:
        df.update(counts)
        for row in rows:
            i = len(items)
            claim = claims[i]
            stems, keys, numbers, text, found_figures = row
            if one is not None:
                stems = tuple([one(t, t) for t in stems])
                keys = tuple([one(t, t) for t in keys]) or _NONE
                numbers = tuple([one(t, t) for t in numbers]) or _NONE
            items.append(Features(
                index=i,
                source=claim.source,
                speaker_id=claim.speaker_id,
                generic_speaker=claim.speaker_id in generic,
                no_comment=claim.kind is Kind.NO_COMMENT,
                parties=party_words(claim.speaker),
                stems=stems,
                keys=keys,
                numbers=numbers,
                text=text,
                lede=i in ledes,
                party=who[i],
                figures=found_figures,
            ))
        rows.clear()
    del contents
    n = len(items)
    if stats is None:
        return Corpus(items=items, df=df, n=n, idf2={t: math.log(1.0 + n / (1 + k)) ** 2 for t, k in df.items()})
    # The run's counts of this cluster's terms (at least the cluster's own), and their weights.
    n = max(n, stats.n)
    run_df, known = stats.df, stats.weights if n == stats.n else {}
    run_counts: Counter[str] = Counter()
    idf2: dict[str, float] = {}
    for t, k in df.items():
        r = run_df.get(t, 0)
        if k > r:
            run_counts[t] = k
            idf2[t] = math.log(1.0 + n / (1 + k)) ** 2
            continue
        run_counts[t] = r
        w = known.get(t)
        if w is None:
            w = known[t] = math.log(1.0 + n / (1 + r)) ** 2
        idf2[t] = w
    return Corpus(items=items, df=run_counts, n=n, idf2=idf2)
