"""Attribution patterns over one sentence: the frame table (`data/frames.yaml`, `claims
frames`) run by the matcher (`matcher`), then the folds that join its claims: an
"according to" relay around another attribution, and a claim cut at the next one."""

from __future__ import annotations

from collections import OrderedDict
from operator import attrgetter

from claims.extract import cues
from claims.extract.checks import SentenceCtx
from claims.extract.found import Found
from claims.extract.lexicon import tagged
from claims.extract.matcher import match, sentence_state
from claims.extract.phrases import enter_sentence, leave_sentence
from claims.extract.shares import credit_polls, is_share
from claims.extract.tails import cut_at_main_clause, cut_editorial
from claims.models import Kind

__all__ = ["Found", "find_in_sentence"]

_CUE_START = attrgetter("cue_start")
# Words that open a complement clause ("that", "if", "whether").
_COMPLEMENTIZERS = tagged("patterns.complementizer")
# Relative pronouns ("who", "which", "whom", "whose"): an attribution in a restrictive
# relative clause on a noun of the content is reported within it ("X said the fee hit
# tenants who had warned against it"); one set off by a comma is an aside of its own.
_RELATIVES = tagged("patterns.relative")
# Subordinators whose clause belongs to the content around it: "X said the move came after a review
# found Y" (the review's finding is reported within X's claim, which is not cut there).
_EMBEDDING = tagged("patterns.embedding_subordinator")
_WORD_REACH = 12


_FOLD_WORDS_BEFORE = 3  # words of the content before an attribution that is its main clause


def _opens_content(before: str) -> bool:
    """The words of a content before an attribution inside it leave that attribution its main
    clause: a few words, or an opening phrase closed by a comma ("In a statement on Monday,")."""
    before = before.strip()
    return len(before.split()) <= _FOLD_WORDS_BEFORE or before.endswith(",")


def _fold_relayed(text: str, found: list[Found]) -> None:
    """ "According to Reuters, the agency said X" / "X, the agency said, according to
    Reuters": one claim, the agency's, passed on by Reuters. The outer "according to"
    claim whose content holds another attribution becomes that claim's relay; a share of
    the people asked ("60 percent said X, according to a poll") speaks through the poll,
    which becomes its speaker (`shares`)."""
    for outer in [f for f in found if cues.is_according(f.cue)]:
        # (not a claim nested in the content: a relative clause's, "His lead among voters who
        # say A is larger, according to a poll", or a subordinate clause's, "It happened a week
        # after the firm urged A, according to the agency": those stay the outer source's)
        inner = [
            g
            for g in found
            if g is not outer
            and outer.start <= g.cue_start < outer.end
            and g.written != "who"
            and _opens_content(text[outer.start : g.clause + 1])
        ]
        if not inner:
            continue
        for g in inner:
            if is_share(g.speaker):
                g.speaker = outer.speaker
            else:
                g.via = g.via or outer.speaker
            if g.start < outer.cue_start < g.end:
                g.end = outer.cue_start  # "..., according to Reuters" closes the content
        found.remove(outer)


def _drop_findings(found: list[Found]) -> None:
    """ "A city poll found 60 percent said X": the share's words are what the poll found (the
    content of the claim before it), not a claim of its own; a share after another share's
    claim ("Six in 10 said X, while half said Y") is one of its own."""
    inner = [
        f
        for k, f in enumerate(found)
        if k
        and is_share(f.speaker)
        and any(g.start <= f.cue_start < g.end and not is_share(g.speaker) for g in found[:k])
    ]
    for f in inner:
        found.remove(f)


SEEN_SENTENCES = 32768
"""How many sentences' finds `find_in_sentence` keeps (the last read): about 16 MB of news sentences
(at 440 synthetic articles, ~60% of the sentences read repeat one read before, and 4,096 kept ones
found only ~90% of those)."""
SEEN_LONGEST = 2000
"""Characters of the longest sentence kept there (a hostile run-on line is not)."""
SEEN_CHARACTERS = 8_000_000
"""Characters of the sentences kept there at most, all together: the oldest go first past it (a bound
of ~32 MB whatever the sentences, as 4,096 sentences of SEEN_LONGEST characters were)."""

_seen: OrderedDict[str, tuple[tuple[object, ...], ...]] = OrderedDict()  # oldest first
_held = [0]
"""Characters of the sentences in `_seen` (a count that races between threads may overstate: it is
reset whenever `_seen` is found empty)."""
_FIELDS = Found.__slots__
_as_row = attrgetter(*_FIELDS)
"""A found act's fields in order, as a tuple (`Found(*row)` makes it again): one call in C."""


def find_in_sentence(text: str, s: int, e: int) -> list[Found]:
    """Every attribution act in the sentence `text[s:e]`, in order of their cues.

    What is found depends on the sentence's own text alone (it is read as a text of its own,
    then the offsets are moved to `s`), so a sentence read before is not read again: archives
    repeat sentences (wire copy carried by many outlets, quotations, rewrites). The last
    `SEEN_SENTENCES` sentences' finds are kept, per process."""
    sentence = text[s:e]
    kept = _seen.get(sentence)
    if kept is None:
        found = _find_alone(sentence)
        kept = tuple(map(_as_row, found))
        if len(sentence) <= SEEN_LONGEST and SEEN_SENTENCES:
            _keep_sentence(sentence, kept)
        if not s:
            return found
    return [_shifted(row, s) for row in kept] if kept else []


def _keep_sentence(sentence: str, kept: tuple[tuple[object, ...], ...]) -> None:
    """Keep a sentence's finds in `_seen`, the oldest sentences dropped first past SEEN_SENTENCES of them
    or SEEN_CHARACTERS characters."""
    held = _held[0] + len(sentence)
    while len(_seen) >= SEEN_SENTENCES or held > SEEN_CHARACTERS:
        try:
            old = _seen.popitem(last=False)[0]
        except KeyError:  # (another thread's call may have emptied it)
            held = len(sentence)
            break
        held -= len(old)
    _seen[sentence] = kept
    _held[0] = held


def forget_sentences() -> None:
    """Empty `find_in_sentence`'s store (tests; a caller that wants its memory back)."""
    _seen.clear()
    _held[0] = 0


def _find_alone(sentence: str) -> list[Found]:
    sent = sentence_state(sentence, 0, len(sentence))
    if sent is None:
        return []  # no cue in it: most sentences
    outer = enter_sentence(sentence, 0, len(sentence))  # `reading_sentence`, without a context object
    try:
        return _find(sentence, sent)
    finally:
        leave_sentence(outer)


def _shifted(row: tuple[object, ...], by: int) -> Found:
    f = Found(*row)  # type: ignore[arg-type]
    f.start += by
    f.end += by
    f.cue_start += by
    f.clause += by
    return f


_FRAGMENT_MOST = 3
"""Words of content before an embedded attribution that would be left a fragment if cut there."""


def _short_before(text: str, start: int, clause: int) -> bool:
    """ "It says the move came after a review found A": cut before "after", the claim would be a
    fragment ("the move came"), so the finding stays inside it. A longer content is cut there, as
    annotators of news corpora mark the embedded attribution's own claim apart."""
    head = text[start:clause].rstrip()
    if clause - start > 60 or len(head.split()) > _FRAGMENT_MOST or head.endswith((",", ";", "—")):
        return False  # (set off by a comma: an aside of its own, "A, after the union said B")
    at = text[clause : clause + _WORD_REACH].split()[:1]
    return any(word.lower() in _EMBEDDING for word in at + head.split()[-1:])


def _complement_clause(text: str, clause: int) -> bool:
    """Whether the clause of a later attribution that opens inside a claim's content is a
    complement within that content ("X said he hoped that Y would announce it", "X said it
    was unclear whether Y had told them") or a relative clause on one of its nouns ("X said
    the fee hit tenants who had warned against it"): it belongs to the content, which is not
    cut there. The clause opens at its complementizer or relative pronoun, or just after it."""
    at = text[clause : clause + _WORD_REACH].split()[:1]
    before = text[max(0, clause - _WORD_REACH) : clause].split()[-1:]
    if any(word.lower() in _COMPLEMENTIZERS for word in at + before):
        return True
    for word in at + before:
        if word.lower() in _RELATIVES:  # restrictive only: not set off by a comma ("Iran, whose leaders said")
            i = text.rfind(word, max(0, clause - _WORD_REACH), clause + _WORD_REACH)
            return i > 0 and not text[:i].rstrip().endswith((",", "—", "–", "-", "("))
    return False


def _find(text: str, sent: SentenceCtx) -> list[Found]:
    found = match(sent)
    found.sort(key=_CUE_START)
    if sent.according:  # a cue opening with "according" is in the sentence: else none to fold
        _fold_relayed(text, found)
    if found:
        credit_polls(text, sent.s, sent.e, found)
        _drop_findings(found)
    for i, f in enumerate(found):
        for later in found[i + 1 :]:
            cuts = f.start < later.clause < f.end and not later.content_first
            if cuts and not _complement_clause(text, later.clause) and not _short_before(text, f.start, later.clause):
                f.end = later.clause
        if f.kind is not Kind.NO_COMMENT:
            cut_editorial(text, f)
            cut_at_main_clause(text, f)
    return found
