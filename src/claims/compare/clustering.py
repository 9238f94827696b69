"""Average-link clustering over a sparse similarity graph.

Two clusters merge while the mean similarity over ALL their cross pairs (pairs never scored
count as 0) is at least the threshold. Unlike single-link union-find, A~B and B~C do not drag
an unrelated C to A: C must be similar to the merged cluster as a whole. Clusters that already
share a source need a higher mean (`same_source_margin`): an article rarely states one
proposition twice, so a second claim from it is more likely a neighbouring proposition.
"""

from __future__ import annotations

import heapq
from collections import Counter


def average_link(
    n: int,
    edges: dict[tuple[int, int], float],
    sources: list[str],
    threshold: float,
    same_source_margin: float,
    strong: float | None = None,
    strong_floor: float = 0.0,
) -> list[list[int]]:
    """Clusters of item indices, each sorted, in order of their first item.

    `strong`: two clusters also merge when their best single link reaches it and their mean
    reaches `strong_floor` (a claim worded close to one member of a large, varied group)."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    srcs: dict[int, Counter[str]] = {i: Counter([sources[i]]) for i in range(n)}
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    best: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), s in edges.items():
        if s > 0:
            links[i][j] = links[i].get(j, 0.0) + s
            links[j][i] = links[j].get(i, 0.0) + s
            best[i][j] = best[j][i] = max(s, best[i].get(j, 0.0))
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        avg = links[a][b] / (len(members[a]) * len(members[b]))
        if strong is not None and avg < threshold and avg >= strong_floor and best[a][b] >= strong:
            avg = threshold  # merge on the strong link, ranked after the clear merges
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
        if srcs[a].keys() & srcs[b].keys() and -neg < threshold + same_source_margin:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        members[a].extend(members.pop(b))
        srcs[a].update(srcs.pop(b))
        for x, s in links.pop(b).items():
            if x == a:
                continue
            links[a][x] = links[a].get(x, 0.0) + s
            del links[x][b]
            links[x][a] = links[a][x]
        for x, s in best.pop(b).items():
            if x == a:
                continue
            best[a][x] = best[x][a] = max(s, best[a].get(x, 0.0))
            del best[x][b]
        links[a].pop(b, None)
        best[a].pop(b, None)
        version[a] += 1
        for x in links[a]:
            push(a, x)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
