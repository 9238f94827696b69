"""Precision per extractor rule: which frames give the false positives on a gold set.

    claims list --seeds ARTICLES --format json > pred.json
    python bench/rule_errors.py --gold GOLD.yaml --pred pred.json [--score ../shared/eval/score.py]

Matches predicted claims to gold claims with the scorer's own matching (`match`, `same_name`
of eval/score.py), then prints, per `rule`: claims predicted, matched to gold, spurious (no
gold match), wrong speaker among the matched, and precision; the rule with the most spurious
claims first.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import yaml

DEFAULT_SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("claims_eval_score", path)
    if spec is None or spec.loader is None:
        raise OSError(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_rule(scorer: ModuleType, gold: dict, pred: dict) -> list[tuple[str, int, int, int, int]]:
    """(rule, predicted, matched, spurious, wrong speaker) per rule, most spurious first."""
    claims = pred.get("claims", [])
    pairs = scorer.match(claims, gold["claims"])
    matched = Counter(p.get("rule", "") for p, _ in pairs)
    same = scorer.same_name
    wrong = Counter(
        p.get("rule", "") for p, g in pairs if not same(p.get("speaker"), g.get("speaker"), g.get("speaker_id"))
    )
    total = Counter(c.get("rule", "") for c in claims)
    rows = [(rule, n, matched[rule], n - matched[rule], wrong[rule]) for rule, n in total.items()]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="the scorer script (eval/score.py)")
    args = ap.parse_args(argv)
    try:
        scorer = _scorer(args.score)
        gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
        pred = json.loads(args.pred.read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"rule_errors: {exc}", file=sys.stderr)
        return 2
    print(f"{'rule':<28} {'pred':>6} {'match':>6} {'spur':>6} {'wrong sp':>8} {'prec':>6}")
    for rule, n, hit, spur, wrong in per_rule(scorer, gold, pred):
        print(f"{rule or '(none)':<28} {n:>6} {hit:>6} {spur:>6} {wrong:>8} {hit / n if n else 0:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
