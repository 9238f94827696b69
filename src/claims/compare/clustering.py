"""Average-link clustering over a sparse similarity graph.

Two clusters merge while the mean similarity over ALL their cross pairs (pairs never scored
count as 0) is at least the threshold. Unlike single-link union-find, A~B and B~C do not drag
an unrelated C to A: C must be similar to the merged cluster as a whole. Clusters that already
share a source need a higher mean (`same_source_margin`): an article rarely states one
proposition twice, so a second claim from it is more likely a neighbouring proposition.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claims.compare.forked import forked_map

COMPOUND_FLOOR = 0.5
"""Two clusters one of which holds a compound merge on their full mean only when their other
members, alone, reach this share of the threshold."""


def average_link(
    n: int,
    edges: dict[tuple[int, int], float],
    sources: list[str],
    threshold: float,
    same_source_margin: float,
    compound: list[bool] | None = None,
) -> list[list[int]]:
    """Clusters of item indices, each sorted, in order of their first item.

    `compound`: items that join two statements ("X, and Y"). Such an item may join a cluster,
    but its links do not count when two clusters that both hold other items are weighed: a
    claim that states both X and Y must not bridge the X group and the Y group.
    """
    joint = compound or [False] * n
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    plain_n = {i: 0 if joint[i] else 1 for i in range(n)}
    srcs: dict[int, set[str]] = {i: {sources[i]} for i in range(n)}  # each cluster's sources
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    plain: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), s in edges.items():
        if s > 0:
            links[i][j] = links[i].get(j, 0.0) + s
            links[j][i] = links[j].get(i, 0.0) + s
            if not (joint[i] or joint[j]):
                plain[i][j] = plain[i].get(j, 0.0) + s
                plain[j][i] = plain[j].get(i, 0.0) + s
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []

    def mean(a: int, b: int) -> float:
        full = links[a][b] / (len(members[a]) * len(members[b]))
        if plain_n[a] and plain_n[b] and (plain_n[a] < len(members[a]) or plain_n[b] < len(members[b])):
            alone = plain[a].get(b, 0.0) / (plain_n[a] * plain_n[b])
            if alone < COMPOUND_FLOOR * threshold:
                return alone  # only a compound holds them together: no bridge
        return full

    def push(a: int, b: int) -> None:
        avg = mean(a, b)
        if avg >= threshold:
            x, y = (a, b) if a < b else (b, a)
            heapq.heappush(heap, (-avg, x, y, version[x], version[y]))

    for i in range(n):
        for j in links[i]:
            if i < j:
                push(i, j)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        if not srcs[a].isdisjoint(srcs[b]) and -neg < threshold + same_source_margin:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        members[a].extend(members.pop(b))
        plain_n[a] += plain_n.pop(b)
        srcs[a] |= srcs.pop(b)
        for table in (links, plain):
            for x, s in table.pop(b).items():
                if x == a:
                    continue
                table[a][x] = table[a].get(x, 0.0) + s
                del table[x][b]
                table[x][a] = table[a][x]
            table[a].pop(b, None)
        version[a] += 1
        for x in links[a]:
            push(a, x)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def components(n: int, edges: dict[tuple[int, int], float]) -> list[list[int]]:
    """The connected parts of the graph with two or more items, each sorted, in order of their first item."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # (`root` called only past an item that is not its own root: most items are)
    for (i, j), s in edges.items():
        if s > 0:
            a = i if parent[i] == i else root(i)
            b = j if parent[j] == j else root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    parts: dict[int, list[int]] = {}
    for i in range(n):
        parts.setdefault(i if parent[i] == i else root(i), []).append(i)
    return [members for members in parts.values() if len(members) > 1]


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a worker needs to cluster some connected parts on its own."""

    members: list[list[int]]
    edges: list[dict[tuple[int, int], float]]
    sources: list[str]
    compound: list[bool]
    threshold: float
    same_source_margin: float


def _cluster_parts(state: _Parts, which: Sequence[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for k in which:
        members = state.members[k]
        local = {g: x for x, g in enumerate(members)}  # same order, so ties break as in one graph
        edges = {(local[i], local[j]): s for (i, j), s in state.edges[k].items()}
        found = average_link(len(members), edges, [state.sources[g] for g in members], state.threshold,
                             state.same_source_margin, [state.compound[g] for g in members])
        out.extend([members[x] for x in cluster] for cluster in found)
    return out


MERGE_CUT = 1.0 - 1e-9
"""Links of at least `threshold * MERGE_CUT` join the parts `average_link_parts` clusters one by one
(the margin covers the rounding of a mean of many links)."""


def average_link_parts(
    n: int,
    edges: dict[tuple[int, int], float],
    sources: list[str],
    threshold: float,
    same_source_margin: float,
    compound: list[bool] | None = None,
    jobs: int = 1,
    first: Callable[[], None] | None = None,
) -> list[list[int]]:
    """`average_link`, each part of the graph on its own, over `jobs` processes (`first`: work of the
    caller's own that this process does while the workers start, `forked.forked_imap`).

    The parts are those joined by links of at least the threshold. Two clusters merge only when the
    mean of the links between them reaches the threshold, so when one of those links does: every
    cluster lies inside one such part. The links between two parts never count (no mean over them
    reaches the threshold), and every merge inside a part weighs only links inside it, so a part is
    clustered on its own, with its weaker links, exactly as inside the whole graph (its items keep
    their order, so ties break the same way): the clusters are those of `average_link`. One part at a
    time, even in one process: the merge tables are then those of one part, not of every item of the
    run at once (a part of all links can hold most of a large run's claims; parts of strong links are
    small)."""
    parts = components(n, {pair: s for pair, s in edges.items() if s >= threshold * MERGE_CUT})
    part_of = array("i", [-1]) * n  # each item's part, -1 for none (4 bytes an item, not a dict entry)
    for k, members in enumerate(parts):
        for i in members:
            part_of[i] = k
    part_edges: list[dict[tuple[int, int], float]] = [{} for _ in parts]
    for (i, j), s in edges.items():
        k = part_of[i]
        if s > 0 and k >= 0 and k == part_of[j]:
            part_edges[k][(i, j)] = s
    # Largest parts first, dealt out so that every worker gets a share of the links.
    by_size = sorted(range(len(parts)), key=lambda k: -len(part_edges[k]))
    steps = max(1, min(len(parts), 8 * jobs))
    which = [by_size[x::steps] for x in range(steps)]
    state = _Parts(parts, part_edges, sources, compound or [False] * n, threshold, same_source_margin)
    found = [cluster for chunk in forked_map(_cluster_parts, state, which, jobs, first) for cluster in chunk]
    found.extend([i] for i, k in enumerate(part_of) if k < 0)
    return sorted(found, key=lambda m: m[0])
