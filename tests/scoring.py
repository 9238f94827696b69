"""The project's copy of the claim-scoring rules (same matching and metrics as the evaluation
used to judge releases), so the test suite can score whole runs without anything outside the repo.

A predicted claim matches a gold claim of the same source when the token-overlap F1 of their
contents is >= 0.5, best pairs first, each side used once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Any

TOKEN = re.compile(r"[a-z0-9]+")
MATCH_AT = 0.5

Doc = dict[str, Any]


def tokens(text: str | None) -> list[str]:
    return TOKEN.findall((text or "").lower().replace("\u2019", "'"))


def overlap_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    count: dict[str, int] = defaultdict(int)
    for t in tb:
        count[t] += 1
    common = 0
    for t in ta:
        if count[t] > 0:
            common += 1
            count[t] -= 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def same_name(pred: str | None, gold: str | None, gold_id: str | None = None) -> bool:
    if not pred and not gold:
        return True
    if not pred or not gold:
        return False
    tp, tg = set(tokens(pred)), set(tokens(gold))
    if tp and tg and (tp <= tg or tg <= tp or overlap_f1(pred, gold) >= 0.6):
        return True
    if gold_id:
        tid = set(tokens(gold_id.replace("-", " ")))
        if tid and tid <= tp:
            return True
    return False


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def match(pred: list[Doc], gold: list[Doc]) -> list[tuple[Doc, Doc]]:
    by_p: dict[str, list[Doc]] = defaultdict(list)
    by_g: dict[str, list[Doc]] = defaultdict(list)
    for c in pred:
        by_p[str(c.get("source"))].append(c)
    for c in gold:
        by_g[str(c["source"])].append(c)
    pairs = []
    for src, golds in by_g.items():
        preds = by_p.get(src, [])
        scored = sorted(
            (
                (overlap_f1(p.get("content", ""), g["content"]), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for s, i, j in scored:
            if s < MATCH_AT:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], golds[j]))
    return pairs


def score(gold_doc: Doc, pred_doc: Doc) -> dict[str, Any]:
    """Detection, attribution, speaker/via/kind accuracy, grouping and single-outlet figures."""
    gold = gold_doc["claims"]
    gold_sources = set(gold_doc.get("sources") or {c["source"] for c in gold})
    pred = [c for c in pred_doc.get("claims", []) if str(c.get("source")) in gold_sources]
    pairs = match(pred, gold)
    n = len(pairs)
    speaker_ok = sum(same_name(p.get("speaker"), g.get("speaker"), g.get("speaker_id")) for p, g in pairs)
    via_ok = sum(same_name(p.get("via"), g.get("via")) for p, g in pairs)
    kind_ok = sum(str(p.get("kind", "")) == g.get("kind") for p, g in pairs)

    g_tp = g_pred = g_gold = 0
    for (p1, g1), (p2, g2) in combinations(pairs, 2):
        if g1["source"] == g2["source"]:
            continue
        same_gold = g1.get("group") == g2.get("group")
        same_pred = p1.get("group") is not None and p1.get("group") == p2.get("group")
        g_gold += same_gold
        g_pred += same_pred
        g_tp += same_gold and same_pred

    gold_group_sources: dict[Any, set[str]] = defaultdict(set)
    for c in gold:
        gold_group_sources[c.get("group")].add(c["source"])
    pred_group_sources: dict[Any, set[str]] = defaultdict(set)
    for c in pred_doc.get("claims", []):
        pred_group_sources[c.get("group")].add(str(c.get("source")))
    flagged = {
        grp.get("id"): bool(grp["single_source"]) for grp in pred_doc.get("groups", []) if "single_source" in grp
    }
    s_tp = s_pred = s_gold = 0
    for p, g in pairs:
        gold_single = len(gold_group_sources[g.get("group")]) == 1
        grp = p.get("group")
        pred_single = flagged.get(grp, len(pred_group_sources[grp]) == 1) if grp is not None else True
        s_gold += gold_single
        s_pred += pred_single
        s_tp += gold_single and pred_single

    return {
        "detection": prf(n, len(pred), len(gold)),
        "attributed": prf(speaker_ok, len(pred), len(gold)),
        "speaker_acc": speaker_ok / n if n else 0.0,
        "via_acc": via_ok / n if n else 0.0,
        "kind_acc": kind_ok / n if n else 0.0,
        "grouping": prf(g_tp, g_pred, g_gold),
        "single_outlet": prf(s_tp, s_pred, s_gold),
    }
