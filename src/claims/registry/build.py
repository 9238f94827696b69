"""`claims build`: regenerate the registry from the articles, keeping every review edit.

Precedence (documented in docs/registry.md):

1. Claims are matched by their stable id. The extractor's fields (speaker, cue, kind, content,
   span) come from the fresh run; `status` and `note` come from the old file.
2. A claim that was already in the old file stays in the group the old file puts it in: the
   reviewer's grouping (moves, merges, splits) wins over the comparer's.
3. A new claim joins the old group that holds most of its fresh group-mates (ties: the group that
   comes first in the old file); when none of its mates was in the old file it gets a new group
   with the comparer's label, under the comparer's id unless that id is already taken.
4. Groups keep their id, label, status and note from the old file. Flags are the comparer's when
   the group's membership equals a fresh group's; otherwise `single-outlet` is recomputed from
   the members and the other flags are kept.
5. A claim no longer found in the articles is dropped when nobody reviewed it; a reviewed claim
   (status set or a note) moves to `retired` under its former group, never silently lost. A group
   emptied this way disappears, or moves to `retired` when it was reviewed. A retired claim that
   is found again comes back with its review fields, into its former group.
6. Sources are the fresh ones; the story name is the old file's when set.

With `regroup=True` (`claims build --regroup`, for taking a better comparer's grouping) rules 2-4
give way to the comparer: every claim goes where the fresh run groups it and claim reviews still
follow their ids. A fresh group whose members are exactly an old group's is that group (id, label,
status, note). A reviewed old group's id and review go to the fresh group holding most of its
claims; when that is ambiguous (an even split, or a merge where another reviewed group holds more)
the review moves to `retired`, and a note says where each group review went.

A source that failed to load this time keeps its old entry and claims (`keep_unloaded`): they stay
in their groups, even under `regroup`, so a transient skip retires nothing.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from claims.models import Analysis
from claims.registry.convert import registry_from_analysis
from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistryNearest

SINGLE_OUTLET = "single-outlet"


def _with_review(fresh: RegistryClaim, old: RegistryClaim | None) -> RegistryClaim:
    if old is None:
        return fresh
    return fresh.model_copy(update={"status": old.status, "note": old.note})


def _flags(
    members: list[RegistryClaim], previous: list[str], fresh_groups: list[RegistryGroup], outlets: dict[str, str]
) -> list[str]:
    ids = {c.id for c in members}
    for fg in fresh_groups:
        if {c.id for c in fg.claims} == ids:
            return list(fg.flags)
    flags = [f for f in previous if f != SINGLE_OUTLET]
    if len({outlets.get(c.source, c.source) for c in members}) == 1:
        flags.insert(0, SINGLE_OUTLET)
    return flags


def _nearest(members: list[RegistryClaim], fresh_groups: list[RegistryGroup]) -> RegistryNearest | None:
    """The comparer's nearest lead when the group's membership equals a fresh group's, else none."""
    ids = {c.id for c in members}
    for fg in fresh_groups:
        if {c.id for c in fg.claims} == ids:
            return fg.nearest
    return None


def _fresh_id(wanted: str, taken: set[str]) -> str:
    gid, n = wanted, 1
    while gid in taken:
        n += 1
        gid = f"{wanted}-{n}"
    taken.add(gid)
    return gid


def _successors(
    old: Registry, fresh_groups: list[RegistryGroup]
) -> tuple[dict[str, RegistryGroup], list[tuple[str, list[str]]]]:
    """For `--regroup`: which old group each fresh group takes its id and review from, and notes.

    A fresh group whose members are exactly an old group's is that group. A reviewed old group's
    successor is the fresh group holding most of its claims; when two fresh groups hold equally
    many, or when several reviewed groups have the same successor and none holds the most of it,
    there is no single successor and the review goes to `retired` (noted).
    """
    home = {c.id: fg.id for fg in fresh_groups for c in fg.claims}
    fresh_members = {fg.id: {c.id for c in fg.claims} for fg in fresh_groups}
    by_members = {frozenset(ids): fid for fid, ids in fresh_members.items()}
    heirs: dict[str, RegistryGroup] = {}
    notes: list[tuple[str, list[str]]] = []  # a note, with {} for the fresh groups it names
    claimed: dict[str, list[tuple[int, RegistryGroup]]] = {}
    for g in old.groups:
        ids = frozenset(c.id for c in g.claims)
        exact = by_members.get(ids) if ids else None
        if exact is not None and exact not in heirs:
            heirs[exact] = g
            continue
        if not g.reviewed:
            continue
        counts = Counter(home[cid] for cid in ids if cid in home)
        if not counts:
            continue  # nothing left: retired with its claims as in a plain build
        best = max(counts.values())
        top = sorted(fid for fid, n in counts.items() if n == best)
        if len(top) > 1:
            notes.append(
                (f"review of group {g.id} ({_short(g.label)}) kept in retired: its claims are split evenly "
                 "between {}", top)
            )
            continue
        claimed.setdefault(top[0], []).append((best, g))
    for fid, cands in claimed.items():
        if fid in heirs:
            for _, g in cands:
                notes.append(
                    (f"review of group {g.id} ({_short(g.label)}) kept in retired: its successor {{}} carries "
                     f"{heirs[fid].id}'s", [fid])
                )
            continue
        best = max(n for n, _ in cands)
        winners = [g for n, g in cands if n == best]
        if len(winners) == 1:
            heirs[fid] = winners[0]
        for _, g in cands:
            if len(winners) == 1 and g is winners[0]:
                if fresh_members[fid] != {c.id for c in g.claims}:
                    notes.append((f"review of group {g.id} ({_short(g.label)}) carried to its successor {{}}", [fid]))
            else:
                notes.append(
                    (f"review of group {g.id} ({_short(g.label)}) kept in retired: merged into {{}} with "
                     + ", ".join(o.id for _, o in cands if o is not g)
                     + (", whose review it carries" if len(winners) == 1 else ", none holding most of its claims"),
                     [fid])
                )
    return heirs, notes


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def merge_reviews(fresh: Registry, old: Registry | None, regroup: bool = False) -> Registry:
    """The fresh registry with the old file's review fields and grouping carried over (see module doc)."""
    return merge_reviews_explained(fresh, old, regroup)[0]


def merge_reviews_explained(
    fresh: Registry, old: Registry | None, regroup: bool = False, pinned: frozenset[str] = frozenset()
) -> tuple[Registry, list[str]]:
    """merge_reviews, with notes on where group reviews went under `regroup`.

    `pinned`: claim ids kept from a source that failed to load; they stay in their old group even
    under `regroup` (the comparer did not see them).
    """
    if old is None:
        return fresh, []
    old_active = {c.id: (c, g.id) for g in old.groups for c in g.claims}
    old_retired = {c.id: (c, g.id) for g in old.retired for c in g.claims}
    old_groups = {g.id: g for g in old.groups}
    retired_groups = {g.id: g for g in old.retired}
    outlets = {s.id: s.outlet for s in fresh.sources}

    # 1. Where each fresh claim goes: its group in the old file, else with its fresh mates.
    known = old_active | {cid: v for cid, v in old_retired.items() if cid not in old_active}
    pending: list[tuple[str, list[str]]] = []
    if regroup:
        target = {cid: gid for cid, (_, gid) in known.items() if cid in pinned}
        heirs, pending = _successors(old, [g for g in fresh.groups if not {c.id for c in g.claims} <= pinned])
        taken = set(old_groups) | set(retired_groups)
    else:
        target = {cid: gid for cid, (_, gid) in known.items()}
        heirs = {}
        taken = set(old_groups) | set(retired_groups)
    new_shells: dict[str, RegistryGroup] = {}
    final_id: dict[str, str] = {}
    old_order = {gid: i for i, gid in enumerate([*old_groups, *retired_groups])}
    for fg in fresh.groups:
        mates = Counter(target[c.id] for c in fg.claims if c.id in target)
        newcomers = [c for c in fg.claims if c.id not in target]
        if not newcomers:
            continue
        heir = heirs.get(fg.id)
        if heir is not None:
            gid = heir.id
            new_shells[gid] = fg.model_copy(
                update={"id": gid, "claims": [], **{k: getattr(heir, k) for k in ("label", "status", "note")}}
            )
        elif mates and not regroup:
            best = max(mates.values())
            gid = min((g for g, n in mates.items() if n == best), key=lambda g: old_order.get(g, len(old_order)))
        else:
            gid = _fresh_id(fg.id, taken)
            new_shells[gid] = fg.model_copy(update={"id": gid, "claims": []})
        final_id[fg.id] = gid
        for c in newcomers:
            target[c.id] = gid
    notes = [text.format(", ".join(final_id.get(f, f) for f in fids)) for text, fids in pending]

    # 2. Fill groups: old claim order first, newcomers after, in fresh order.
    fresh_claims = {c.id: c for c in fresh.claims()}
    members: dict[str, list[RegistryClaim]] = {}
    for cid, (oc, _) in known.items():
        if cid in fresh_claims:
            members.setdefault(target[cid], []).append(_with_review(fresh_claims[cid], oc))
    placed = {c.id for cs in members.values() for c in cs}
    for fc in fresh.claims():
        if fc.id not in placed:
            members.setdefault(target[fc.id], []).append(fc)

    groups: list[RegistryGroup] = []
    if regroup:
        pinned_groups = {target[cid] for cid in pinned if cid in target}
        old_shells = [g for g in [*old.groups, *old.retired] if g.id in pinned_groups and g.id not in new_shells]
    else:
        old_shells = [*old.groups, *(g for g in old.retired if g.id not in old_groups)]
    shells = [*old_shells, *new_shells.values()]
    for shell in shells:
        claims = members.pop(shell.id, [])
        if claims:
            groups.append(
                shell.model_copy(
                    update={
                        "claims": claims,
                        "flags": _flags(claims, shell.flags, fresh.groups, outlets),
                        "nearest": _nearest(claims, fresh.groups),
                    }
                )
            )

    # 3. Retire reviewed claims that vanished, and reviewed groups that emptied or lost their review.
    active_ids = {g.id for g in groups}
    retired: dict[str, RegistryGroup] = {}

    def retire_into(gid: str, shell: RegistryGroup, claims: list[RegistryClaim]) -> None:
        current = retired.get(gid) or shell.model_copy(update={"claims": []})
        retired[gid] = current.model_copy(update={"claims": [*current.claims, *claims]})

    for g in old.retired:
        left = [c for c in g.claims if c.id not in fresh_claims]
        if left or (g.reviewed and g.id not in active_ids):
            retire_into(g.id, g, left)
    for g in old.groups:
        vanished = [c for c in g.claims if c.id not in fresh_claims and c.reviewed]
        emptied = g.id not in active_ids
        if vanished or (emptied and g.reviewed):
            retire_into(g.id, g, vanished)

    merged = fresh.model_copy(
        update={
            "groups": groups,
            "retired": list(retired.values()),
            "story": old.story or fresh.story,
        }
    )
    return merged, notes


def build_registry(analysis: Analysis, registry_path: Path, old: Registry | None, regroup: bool = False) -> Registry:
    """The registry to write at `registry_path` (source paths relative to its folder)."""
    fresh = registry_from_analysis(analysis, registry_path.parent)
    return merge_reviews(fresh, old, regroup)


def keep_unloaded(fresh: Registry, old: Registry | None, failed: set[str]) -> tuple[Registry, frozenset[str]]:
    """`fresh` plus the old entries of sources that failed to load this time (ids in `failed`).

    Their source entry (with its old sha256) and claims are kept as they were, so a transient skip
    (an article briefly empty or unreadable) retires nothing. Returns the registry and the kept claim ids.
    """
    if old is None or not failed:
        return fresh, frozenset()
    present = {s.id for s in fresh.sources}
    failed = {sid for sid in failed if sid not in present}
    sources = [*fresh.sources, *(s for s in old.sources if s.id in failed)]
    extra = []
    kept: set[str] = set()
    for g in old.groups:
        claims = [c for c in g.claims if c.source in failed]
        if claims:
            extra.append(g.model_copy(update={"claims": claims}))
            kept.update(c.id for c in claims)
    return fresh.model_copy(update={"sources": sources, "groups": [*fresh.groups, *extra]}), frozenset(kept)
