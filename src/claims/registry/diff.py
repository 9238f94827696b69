"""What a build would change in the registry: for `claims build --dry-run` and the build summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.registry.model import Registry, RegistryClaim

_REVIEW_FIELDS = {"status", "note"}


@dataclass(frozen=True)
class Change:
    """One difference between the file on disk and the registry a build would write."""

    action: str  # added | removed | retired | restored | changed | moved
    kind: str  # claim | group | source | registry (top-level fields)
    id: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.action} {self.kind} {self.id}" + (f": {self.detail}" if self.detail else "")


@dataclass
class RegistryDiff:
    changes: list[Change] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def count(self, action: str, kind: str) -> int:
        return sum(1 for c in self.changes if c.action == action and c.kind == kind)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _claim_changes(old: RegistryClaim, new: RegistryClaim) -> str:
    a = old.model_dump(exclude=_REVIEW_FIELDS)
    b = new.model_dump(exclude=_REVIEW_FIELDS)
    return ", ".join(f"{k} {a[k]!r} -> {b[k]!r}" for k in a if a[k] != b[k])


def diff_registries(old: Registry | None, new: Registry) -> RegistryDiff:
    """Changes from `old` (None: no file yet) to `new`, sources first, then groups, then claims."""
    old = old or Registry()
    out = RegistryDiff()
    add = out.changes.append

    if old.articles != new.articles:
        add(Change("changed", "registry", "articles", f"{old.articles} -> {new.articles}"))
    old_sources = {s.id: s for s in old.sources}
    new_sources = {s.id: s for s in new.sources}
    for sid, s in new_sources.items():
        if sid not in old_sources:
            add(Change("added", "source", sid, s.path))
        elif s != old_sources[sid]:
            what = [
                k
                for k in ("outlet", "url", "published", "title", "path", "sha256")
                if getattr(s, k) != getattr(old_sources[sid], k)
            ]
            add(Change("changed", "source", sid, ", ".join(what)))
    for sid, s in old_sources.items():
        if sid not in new_sources:
            add(Change("removed", "source", sid, s.path))

    old_groups = {g.id: g for g in old.groups}
    new_groups = {g.id: g for g in new.groups}
    new_retired_groups = {g.id for g in new.retired}
    for gid, g in new_groups.items():
        if gid not in old_groups:
            add(Change("added", "group", gid, f"{len(g.claims)} claim(s): {_short(g.label)}"))
        else:
            before = {c.id for c in old_groups[gid].claims}
            after = {c.id for c in g.claims}
            parts = []
            if after - before:
                parts.append(f"+{len(after - before)} claim(s)")
            if before - after:
                parts.append(f"-{len(before - after)} claim(s)")
            if g.flags != old_groups[gid].flags:
                parts.append(f"flags {old_groups[gid].flags} -> {g.flags}")
            if parts:
                add(Change("changed", "group", gid, ", ".join(parts)))
    for gid, g in old_groups.items():
        if gid not in new_groups:
            action = "retired" if gid in new_retired_groups else "removed"
            add(Change(action, "group", gid, _short(g.label)))

    old_claims = {c.id: (c, g.id) for g in old.groups for c in g.claims}
    old_retired = {c.id for g in old.retired for c in g.claims}
    new_claims = {c.id: (c, g.id) for g in new.groups for c in g.claims}
    new_retired = {c.id for g in new.retired for c in g.claims}
    for cid, (c, gid) in new_claims.items():
        if cid in old_claims:
            oc, ogid = old_claims[cid]
            if ogid != gid:
                add(Change("moved", "claim", cid, f"group {ogid} -> {gid}"))
            detail = _claim_changes(oc, c)
            if detail:
                add(Change("changed", "claim", cid, detail))
        elif cid in old_retired:
            add(Change("restored", "claim", cid, f"into group {gid}"))
        else:
            add(Change("added", "claim", cid, f"group {gid}: {_short(c.content)}"))
    for cid, (c, gid) in old_claims.items():
        if cid not in new_claims:
            if cid in new_retired:
                add(Change("retired", "claim", cid, f"reviewed ({c.status.value}), no longer in the articles"))
            else:
                add(Change("removed", "claim", cid, f"group {gid}: {_short(c.content)}"))
    if not out.changes and old != new:
        # Nothing above names it (e.g. the order of entries, or an entry of `retired`), but the file changes.
        what = [k for k in ("story", "sources", "groups", "retired") if getattr(old, k) != getattr(new, k)]
        add(Change("changed", "registry", ", ".join(what) or "layout", "order or retired entries"))
    return out
