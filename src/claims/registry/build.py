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
give way to the comparer: every claim goes where the fresh run groups it, claim reviews still
follow their ids, and a fresh group whose members are exactly an old group's keeps that group's
id, label, status and note; reviewed old groups that no longer exist move to `retired`.
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


def merge_reviews(fresh: Registry, old: Registry | None, regroup: bool = False) -> Registry:
    """The fresh registry with the old file's review fields and grouping carried over (see module doc)."""
    if old is None:
        return fresh
    old_active = {c.id: (c, g.id) for g in old.groups for c in g.claims}
    old_retired = {c.id: (c, g.id) for g in old.retired for c in g.claims}
    old_groups = {g.id: g for g in old.groups}
    retired_groups = {g.id: g for g in old.retired}
    outlets = {s.id: s.outlet for s in fresh.sources}

    # 1. Where each fresh claim goes: its group in the old file, else with its fresh mates.
    known = old_active | {cid: v for cid, v in old_retired.items() if cid not in old_active}
    target = {} if regroup else {cid: gid for cid, (_, gid) in known.items()}
    taken = set() if regroup else set(old_groups) | set(retired_groups)
    by_members = {frozenset(c.id for c in g.claims): g for g in old.groups} if regroup else {}
    new_shells: dict[str, RegistryGroup] = {}
    old_order = {gid: i for i, gid in enumerate([*old_groups, *retired_groups])}
    for fg in fresh.groups:
        mates = Counter(target[c.id] for c in fg.claims if c.id in target)
        newcomers = [c for c in fg.claims if c.id not in target]
        if not newcomers:
            continue
        if mates:
            best = max(mates.values())
            gid = min((g for g, n in mates.items() if n == best), key=lambda g: old_order.get(g, len(old_order)))
        else:
            same = by_members.get(frozenset(c.id for c in fg.claims))
            gid = _fresh_id(same.id if same is not None else fg.id, taken)
            shell = (
                fg if same is None else fg.model_copy(update={k: getattr(same, k) for k in ("label", "status", "note")})
            )
            new_shells[gid] = shell.model_copy(update={"id": gid, "claims": []})
        for c in newcomers:
            target[c.id] = gid

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
    old_shells = [] if regroup else [*old.groups, *(g for g in old.retired if g.id not in old_groups)]
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

    # 3. Retire reviewed claims that vanished, and reviewed groups that emptied.
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

    return fresh.model_copy(
        update={
            "groups": groups,
            "retired": list(retired.values()),
            "story": old.story or fresh.story,
        }
    )


def build_registry(analysis: Analysis, registry_path: Path, old: Registry | None, regroup: bool = False) -> Registry:
    """The registry to write at `registry_path` (source paths relative to its folder)."""
    fresh = registry_from_analysis(analysis, registry_path.parent)
    return merge_reviews(fresh, old, regroup)
