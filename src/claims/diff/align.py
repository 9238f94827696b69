"""Shared claims: pair A's and B's claims through their groups and say what changed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rapidfuzz import fuzz

from claims.diff.model import ClaimPair, FieldChange
from claims.diff.words import word_diff
from claims.flag_names import CONFLICT
from claims.models import Analysis, Claim
from claims.text import normalise

_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|million|billion|trillion|dozen|dozens|half|quarter|percent|per cent"
)
_NUMBER = re.compile(rf"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])%?|\b(?:{_NUMBER_WORDS})\b", re.I)


def numbers(text: str) -> list[str]:
    """The figures a text states (digits, percentages, number words), in order, lower-cased."""
    return [m.group(0).lower().replace(",", "") for m in _NUMBER.finditer(normalise(text))]


def similarity(a: Claim, b: Claim) -> float:
    return float(fuzz.ratio(normalise(a.content), normalise(b.content)))


def _fmt(value: object) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def field_changes(a: Claim, b: Claim) -> list[FieldChange]:
    """Attributes that differ: speaker (as written), speaker_id, via, cue, kind, figures.

    For figures, `a` lists those only A states and `b` those only B states.
    """
    out: list[FieldChange] = []
    for name in ("speaker", "speaker_id", "via", "cue"):
        va, vb = getattr(a, name), getattr(b, name)
        if (normalise(va) if va else None) != (normalise(vb) if vb else None):
            out.append(FieldChange(field=name, a=va, b=vb))
    if a.kind is not b.kind:
        out.append(FieldChange(field="kind", a=_fmt(a.kind), b=_fmt(b.kind)))
    na, nb = Counter(numbers(a.content)), Counter(numbers(b.content))
    if na != nb:
        gone, new = na - nb, nb - na
        out.append(FieldChange(field="numbers", a=", ".join(gone.elements()) or None,
                               b=", ".join(new.elements()) or None))
    return out


def make_pair(a: Claim, b: Claim, group: str | None) -> ClaimPair:
    return ClaimPair(group=group, a=a, b=b, similarity=round(similarity(a, b), 1),
                     words=word_diff(a.content, b.content), changes=field_changes(a, b))


def _best_first(side_a: list[Claim], side_b: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Pair claims of one group, most similar pair first, each claim used once."""
    scored = sorted(
        ((similarity(x, y), i, j) for i, x in enumerate(side_a) for j, y in enumerate(side_b)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        yield side_a[i], side_b[j]


def _group_key(claim: Claim, member_of: dict[str, str]) -> str:
    # A claim with no group is a proposition of its own.
    return member_of.get(claim.id) or claim.group or f"claim:{claim.id}"


def align_claims(analysis: Analysis, a: str, b: str) -> tuple[list[ClaimPair], list[Claim], list[Claim]]:
    """(pairs, only in A, only in B) for source ids `a` and `b`; all in text order."""
    member_of = {cid: g.id for g in analysis.groups for cid in g.claims}
    claims_a = sorted((c for c in analysis.claims if c.source == a), key=lambda c: (c.start, c.end))
    claims_b = sorted((c for c in analysis.claims if c.source == b), key=lambda c: (c.start, c.end))
    by_group_b: dict[str, list[Claim]] = {}
    for c in claims_b:
        by_group_b.setdefault(_group_key(c, member_of), []).append(c)
    by_group_a: dict[str, list[Claim]] = {}
    for c in claims_a:
        by_group_a.setdefault(_group_key(c, member_of), []).append(c)
    pairs: list[ClaimPair] = []
    paired: set[str] = set()
    for key, side_a in by_group_a.items():
        side_b = by_group_b.get(key, [])
        group = None if key.startswith("claim:") else key
        for x, y in _best_first(side_a, side_b):
            pairs.append(make_pair(x, y, group))
            paired.update((x.id, y.id))
    for x, y, group in _disagreeing(analysis, [c for c in claims_a if c.id not in paired],
                                    [c for c in claims_b if c.id not in paired], member_of):
        pairs.append(make_pair(x, y, group))
        paired.update((x.id, y.id))
    pairs.sort(key=lambda p: (p.a.start, p.a.end))
    only_a = [c for c in claims_a if c.id not in paired]
    only_b = [c for c in claims_b if c.id not in paired]
    return pairs, only_a, only_b


def _disagreeing(analysis: Analysis, rest_a: list[Claim], rest_b: list[Claim],
                 member_of: dict[str, str]) -> Iterator[tuple[Claim, Claim, str | None]]:
    """Unpaired claims of A and B that are two versions of one statement giving different figures:
    the comparer keeps them in two groups flagged `conflict`, each naming the other as `nearest`
    (one naming the other is enough). Yields (A's claim, B's claim, A's group), each claim once."""
    groups = {g.id: g for g in analysis.groups if CONFLICT in g.flags and g.nearest is not None}
    if not groups:
        return

    def named(c: Claim) -> str:
        g = groups.get(member_of.get(c.id, ""))
        return g.nearest.claim if g is not None and g.nearest is not None else ""

    in_b = {c.id: c for c in rest_b}
    naming: dict[str, Claim] = {}  # a claim of A -> the first claim of B whose group names it
    for c in rest_b:
        naming.setdefault(named(c), c)
    used: set[str] = set()
    for x in rest_a:
        y = in_b.get(named(x)) or naming.get(x.id)
        if y is not None and y.id not in used:
            used.add(y.id)
            yield x, y, member_of.get(x.id)
