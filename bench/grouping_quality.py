"""Grouping quality on annotated sets, apart from extraction: the comparer run on GOLD claims.

    python bench/grouping_quality.py                      # stories + seeds + tests/data/grouping
    python bench/grouping_quality.py --sweep 0.16:0.36:0.02
    python bench/grouping_quality.py --errors ../shared/dev/stories/door-plug/gold.yaml
    python bench/grouping_quality.py --extracted          # the whole pipeline on each set's articles

A set is a gold-format YAML file (story, sources, claims with source, speaker, speaker_id, via,
cue, kind, content, group). With `--derived-ids` the claims' speaker ids are not the annotators'
but what the extractor's speaker resolution makes of the speaker strings (per source, then
across the run), which is what the comparer sees in a real run. `--extracted` runs
`claims.pipeline.analyse` on the set's `articles/` folder and scores like the project's scorer.

Figures: B-cubed P/R/F1, pairwise F1 over cross-source pairs, and the single-outlet flag's
precision / recall / F1, per set and micro-averaged. Nothing here is copied from the sets:
files are read at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claims import compare  # noqa: E402
from claims.compare import group_claims  # noqa: E402
from claims.extract.speakers import resolve_in_source, resolve_speaker_ids  # noqa: E402
from claims.models import Claim, Group, Kind, Source  # noqa: E402

SHARED = ROOT.parent / "shared"


def default_sets() -> list[Path]:
    stories = sorted((SHARED / "dev" / "stories").glob("*/gold.yaml"))
    own = sorted((ROOT / "tests" / "data" / "grouping").glob("*.yaml"))
    return [*stories, ROOT / "tests" / "data" / "gold_seeds.yaml", *own]


def set_name(path: Path) -> str:
    return path.parent.name if path.name == "gold.yaml" else path.stem


@dataclass
class Counts:
    b3_p: float = 0.0
    b3_r: float = 0.0
    n: int = 0
    pair_tp: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    single_tp: int = 0
    single_pred: int = 0
    single_gold: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for k in ("b3_p", "b3_r", "n", "pair_tp", "pair_pred", "pair_gold", "single_tp", "single_pred", "single_gold"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def b3(self) -> tuple[float, float, float]:
        p = self.b3_p / self.n if self.n else 0.0
        r = self.b3_r / self.n if self.n else 0.0
        return p, r, self._f(p, r)

    def pair_f1(self) -> float:
        p = self.pair_tp / self.pair_pred if self.pair_pred else 0.0
        r = self.pair_tp / self.pair_gold if self.pair_gold else 0.0
        return self._f(p, r)

    def single(self) -> tuple[float, float, float]:
        p = self.single_tp / self.single_pred if self.single_pred else 0.0
        r = self.single_tp / self.single_gold if self.single_gold else 0.0
        return p, r, self._f(p, r)

    def line(self) -> str:
        bp, br, bf = self.b3()
        sp, sr, sf = self.single()
        return (f"B3 {bf:.3f} (P {bp:.3f} R {br:.3f})  pairwise {self.pair_f1():.3f}  "
                f"single-outlet F1 {sf:.3f} (P {sp:.3f} R {sr:.3f})")


def load_set(path: Path, derived_ids: bool) -> tuple[list[Claim], list[Source], dict[str, str]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = [
        Source(id=str(sid), outlet=str(info["outlet"]), path=f"{sid}.txt", text="", body_start=0, body_end=0,
               sha256=hashlib.sha256(str(sid).encode("utf-8")).hexdigest())
        for sid, info in doc["sources"].items()
    ]
    outlet = {s.id: s.outlet for s in sources}
    claims: list[Claim] = []
    gold: dict[str, str] = {}
    for i, c in enumerate(doc["claims"]):
        source = str(c["source"])
        cid = f"{source}:{i:03d}"
        claims.append(Claim(
            id=cid, source=source, outlet=outlet[source], speaker=str(c["speaker"]),
            speaker_id="" if derived_ids else str(c["speaker_id"]), via=c.get("via"), cue=str(c.get("cue") or ""),
            kind=Kind(c["kind"]), content=str(c["content"]), start=1000 * i, end=1000 * i + len(str(c["content"])),
        ))
        gold[cid] = str(c["group"])
    if derived_ids:
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_source[c.source].append(c)
        resolved = [r for s in sources for r in resolve_in_source(by_source[s.id])]
        claims = resolve_speaker_ids(resolved)
    return claims, sources, gold


def score(claims: list[Claim], groups: list[Group], gold: dict[str, str], verbose: bool) -> Counts:
    """Every claim is gold here: B-cubed, cross-source pairs and the single-outlet flag per claim."""
    pred = {cid: g.id for g in groups for cid in g.claims}
    single = {cid: g.single_source for g in groups for cid in g.claims}
    by_id = {c.id: c for c in claims}
    ids = [c.id for c in claims if c.id in gold]
    out = Counts()
    gold_sources: dict[str, set[str]] = defaultdict(set)
    for cid in ids:
        gold_sources[gold[cid]].add(by_id[cid].source)
    members_p: dict[str, list[str]] = defaultdict(list)
    members_g: dict[str, list[str]] = defaultdict(list)
    for cid in ids:
        members_p[pred[cid]].append(cid)
        members_g[gold[cid]].append(cid)
    for cid in ids:
        both = sum(1 for m in members_p[pred[cid]] if gold[m] == gold[cid])
        out.b3_p += both / len(members_p[pred[cid]])
        out.b3_r += both / len(members_g[gold[cid]])
        out.n += 1
        gs = len(gold_sources[gold[cid]]) == 1
        out.single_gold += gs
        out.single_pred += single[cid]
        out.single_tp += gs and single[cid]
        if verbose and single[cid] and not gs:
            out.errors.append(f"single-outlet but carried elsewhere: {by_id[cid].source}: {by_id[cid].content[:90]}")
    for a, b in combinations(ids, 2):
        if by_id[a].source == by_id[b].source:
            continue
        sg, sp = gold[a] == gold[b], pred[a] == pred[b]
        out.pair_gold += sg
        out.pair_pred += sp
        out.pair_tp += sg and sp
        if verbose and sg != sp:
            kind = "MISSED" if sg else "WRONG "
            out.errors.append(f"{kind} {by_id[a].source}: {by_id[a].speaker} | {by_id[a].content[:80]}\n"
                              f"       {by_id[b].source}: {by_id[b].speaker} | {by_id[b].content[:80]}")
    return out


def run_gold(
    paths: Iterable[Path], threshold: float, derived_ids: bool, verbose: bool, near: float | None = None
) -> dict[str, Counts]:
    res: dict[str, Counts] = {}
    for path in paths:
        claims, sources, gold = load_set(path, derived_ids)
        kw = {} if near is None else {"near": near}
        out, groups = group_claims(claims, sources, threshold=threshold, **kw)
        res[set_name(path)] = score(out, groups, gold, verbose)
    return res


def _extracted_sets(paths: Iterable[Path]) -> list[tuple[str, Path, Path]]:
    """(name, articles folder, gold file) for every story set (`NAME/gold.yaml` beside
    `NAME/articles/`), and the repository's seeds/ scored against the shared seeds gold. Other
    gold files (tests/data/gold_seeds.yaml, the hand-made grouping sets) hold gold claims only:
    there are no articles of theirs to extract from."""
    out = [(set_name(p), p.parent / "articles", p) for p in paths
           if p.name == "gold.yaml" and (p.parent / "articles").is_dir()]
    seeds_gold = SHARED / "gold" / "seeds.yaml"
    if (ROOT / "seeds").is_dir() and seeds_gold.is_file():
        out.append(("seeds", ROOT / "seeds", seeds_gold))
    return out


def run_extracted(
    paths: Iterable[Path], thresholds: list[float], near: float | None = None
) -> dict[float, dict[str, dict[str, Any]]]:
    """Extract once per set, group at each threshold, score with the project's scorer."""
    sys.path.insert(0, str(SHARED / "eval"))
    from score import score as score_doc  # the shared scorer, read at run time

    from claims.loader import load_paths
    from claims.pipeline import extract_all

    res: dict[float, dict[str, dict[str, Any]]] = defaultdict(dict)
    for name, folder, gold_path in _extracted_sets(paths):
        loaded = load_paths([folder])
        claims = resolve_speaker_ids(extract_all(loaded.sources, jobs=1))
        gold_doc = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        for t in thresholds:
            kw = {} if near is None else {"near": near}
            out, groups = group_claims(claims, loaded.sources, threshold=t, **kw)
            doc = {"claims": [c.model_dump(mode="json") for c in out],
                   "groups": [g.model_dump(mode="json") for g in groups]}
            res[t][name] = score_doc(gold_doc, doc)
    return res


def _micro(per: dict[str, dict[str, Any]], names: Iterable[str]) -> str:
    c: Counter[str] = Counter()
    for n in names:
        c.update(per[n]["counts"])
    n = c["b3_n"]
    bp, br = (c["b3_p_sum"] / n, c["b3_r_sum"] / n) if n else (0.0, 0.0)
    sp = c["single_tp"] / c["single_pred"] if c["single_pred"] else 0.0
    sr = c["single_tp"] / c["single_gold"] if c["single_gold"] else 0.0
    pp = c["group_tp"] / c["group_pred"] if c["group_pred"] else 0.0
    pr = c["group_tp"] / c["group_gold"] if c["group_gold"] else 0.0
    return (f"B3 {Counts._f(bp, br):.3f}  pairwise {Counts._f(pp, pr):.3f}  "
            f"single-outlet F1 {Counts._f(sp, sr):.3f} (P {sp:.3f} R {sr:.3f})")


def _thresholds(spec: str | None) -> list[float]:
    if not spec:
        return [compare.THRESHOLD]
    lo, hi, step = (float(x) for x in spec.split(":"))
    n = round((hi - lo) / step) + 1
    return [round(lo + k * step, 4) for k in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--sweep", help="LO:HI:STEP thresholds")
    ap.add_argument("--derived-ids", action="store_true", help="speaker ids from the extractor's resolution, not gold")
    ap.add_argument("--errors", action="store_true", help="list wrong and missed pairs")
    ap.add_argument("--extracted", action="store_true", help="run the pipeline on each set's articles/")
    ap.add_argument("--near", type=float, help="the comparer's NEAR (default: its own)")
    args = ap.parse_args()
    paths = args.sets or default_sets()
    thresholds = _thresholds(args.sweep)
    if args.extracted:
        for t, per in run_extracted(paths, thresholds, args.near).items():
            print(f"threshold {t:.2f}")
            for name in per:
                print(f"  {name:18} {_micro(per, [name])}")
            print(f"  {'stories':18} {_micro(per, [n for n in per if n != 'seeds'])}")
        return 0
    for t in thresholds:
        res = run_gold(paths, t, args.derived_ids, args.errors, args.near)
        print(f"threshold {t:.2f}")
        stories, everything = Counts(), Counts()
        for name, c in res.items():
            print(f"  {name:18} {c.line()}")
            for e in c.errors:
                print("    " + e.replace("\n", "\n    "))
            everything.add(c)
            own = {p.stem for p in (ROOT / "tests" / "data" / "grouping").glob("*.yaml")}
            if name not in own and name != "gold_seeds":
                stories.add(c)
        print(f"  {'stories':18} {stories.line()}")
        print(f"  {'all sets':18} {everything.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
