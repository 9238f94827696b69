"""Sentence-aligned diff of two article bodies, for changes that are not claims."""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from claims.diff.model import Sentence, SentenceChange, SentenceOp, TextDiff
from claims.diff.sentences import story_sentences
from claims.diff.words import word_diff
from claims.models import Source
from claims.text import normalise

# Two sentences below this similarity (0-100) are a removal and an addition, not one changed sentence.
PAIR_THRESHOLD = 55.0


def _pair_block(a: list[Sentence], b: list[Sentence], na: list[str], nb: list[str]) -> list[SentenceChange]:
    """Order-preserving alignment of a replaced block, maximising the summed similarity of pairs."""
    m, n = len(a), len(b)
    sim = [[float(fuzz.ratio(na[i], nb[j])) for j in range(n)] for i in range(m)]
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            take = best[i + 1][j + 1] + sim[i][j] if sim[i][j] >= PAIR_THRESHOLD else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    out: list[SentenceChange] = []
    i = j = 0
    while i < m and j < n:
        if sim[i][j] >= PAIR_THRESHOLD and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            out.append(SentenceChange(op=SentenceOp.CHANGED, a=a[i], b=b[j], words=word_diff(a[i].text, b[j].text)))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            out.append(SentenceChange(op=SentenceOp.REMOVED, a=a[i]))
            i += 1
        else:
            out.append(SentenceChange(op=SentenceOp.ADDED, b=b[j]))
            j += 1
    out.extend(SentenceChange(op=SentenceOp.REMOVED, a=x) for x in a[i:])
    out.extend(SentenceChange(op=SentenceOp.ADDED, b=y) for y in b[j:])
    return out


def _mark_moves(changes: list[SentenceChange]) -> list[SentenceChange]:
    """A removed sentence that reappears verbatim elsewhere is one move, shown where B has it."""
    added: dict[str, list[int]] = {}
    for k, c in enumerate(changes):
        if c.op is SentenceOp.ADDED and c.b is not None:
            added.setdefault(normalise(c.b.text), []).append(k)
    drop: set[int] = set()
    out = list(changes)
    for k, c in enumerate(changes):
        if c.op is SentenceOp.REMOVED and c.a is not None:
            slots = added.get(normalise(c.a.text))
            if slots:
                slot = slots.pop(0)
                out[slot] = SentenceChange(op=SentenceOp.MOVED, a=c.a, b=changes[slot].b)
                drop.add(k)
    return [c for k, c in enumerate(out) if k not in drop]


def diff_bodies(a: Source, b: Source) -> TextDiff:
    """Align the sentences of two bodies: same, changed (with word diff), removed, added, moved."""
    sa = story_sentences(a.text, a.body_start, a.body_end)
    sb = story_sentences(b.text, b.body_start, b.body_end)
    na = [normalise(s.text) for s in sa]
    nb = [normalise(s.text) for s in sb]
    changes: list[SentenceChange] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        if tag == "equal":
            changes.extend(SentenceChange(op=SentenceOp.SAME, a=x, b=y) for x, y in zip(sa[i1:i2], sb[j1:j2],
                                                                                         strict=True))
        else:
            changes.extend(_pair_block(sa[i1:i2], sb[j1:j2], na[i1:i2], nb[j1:j2]))
    return TextDiff(changes=_mark_moves(changes))
