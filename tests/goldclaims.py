"""Test helper: a gold-format YAML file -> Claim and Source objects (see tests/data/gold_seeds.yaml)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from claims.models import Claim, Kind, Source

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class GoldSet:
    """Claims built from a gold file, the sources they name and each claim's gold group."""

    doc: dict[str, Any]
    claims: list[Claim]
    sources: list[Source]
    gold_group: dict[str, str]


def load_gold(path: Path) -> GoldSet:
    """Claims carry the gold speaker, speaker_id, via, kind and content; `group` is left empty.

    Sources have no text, so `start`/`end` only keep the claims' article order.
    """
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = [
        Source(id=str(sid), outlet=str(info["outlet"]), path=f"{sid}.txt", text="", body_start=0, body_end=0,
               sha256=hashlib.sha256(str(sid).encode("utf-8")).hexdigest())
        for sid, info in doc["sources"].items()
    ]
    outlet = {s.id: s.outlet for s in sources}
    claims: list[Claim] = []
    gold_group: dict[str, str] = {}
    for i, c in enumerate(doc["claims"]):
        source = str(c["source"])
        cid = f"{source}:{i:03d}"
        claims.append(Claim(
            id=cid, source=source, outlet=outlet[source], speaker=c["speaker"], speaker_id=c["speaker_id"],
            via=c.get("via"), cue=c["cue"], kind=Kind(c["kind"]), content=c["content"],
            # gold lists claims in article order; offsets keep that order (there is no text to index)
            start=1000 * i, end=1000 * i + len(c["content"]),
        ))
        gold_group[cid] = str(c["group"])
    return GoldSet(doc=doc, claims=claims, sources=sources, gold_group=gold_group)


def pairwise_prf(gold_group: dict[str, str], pred_group: dict[str, str], source: dict[str, str]) -> dict[str, float]:
    """Pairwise precision / recall / F1 over cross-source claim pairs, as the project's score.py counts them."""
    ids = sorted(gold_group)
    tp = n_pred = n_gold = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if source[a] == source[b]:
                continue
            same_gold = gold_group[a] == gold_group[b]
            same_pred = pred_group.get(a) is not None and pred_group.get(a) == pred_group.get(b)
            n_gold += same_gold
            n_pred += same_pred
            tp += same_gold and same_pred
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def single_prf(gold_group: dict[str, str], pred_single: dict[str, bool], source: dict[str, str]) -> dict[str, float]:
    """Precision / recall / F1 of the single-outlet mark, per claim, as score.py counts it."""
    gold_sources: dict[str, set[str]] = {}
    for cid, g in gold_group.items():
        gold_sources.setdefault(g, set()).add(source[cid])
    tp = n_pred = n_gold = 0
    for cid, g in gold_group.items():
        gs = len(gold_sources[g]) == 1
        ps = pred_single[cid]
        n_gold += gs
        n_pred += ps
        tp += gs and ps
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}
