"""Old-vs-new comparison of two `claims list --format json` outputs, claim for claim.

    python bench/compare_outputs.py OLD.json NEW.json

Claims are matched by (source, start, end). Lists the claims only in OLD (removed), only in
NEW (added) and those whose speaker, cue, kind, via or rule differ (changed); a field is
compared only when both files carry it (an output made before claims named their rule has
no `rule`). Exit 0 when the two agree, 1 on any difference, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FIELDS = ("speaker", "cue", "kind", "via", "rule")

Key = tuple[str, int, int]


def _claims(path: Path) -> dict[Key, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(c["source"], c["start"], c["end"]): c for c in data["claims"]}


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f"{k}: {old[k]!r} -> {new[k]!r}" for k in FIELDS if k in old and k in new and old[k] != new[k]]


def _show(key: Key, claim: dict[str, Any]) -> str:
    content = claim.get("content", "")
    short = content if len(content) <= 70 else content[:67] + "..."
    return f"{key[0]} {key[1]}-{key[2]} [{claim.get('speaker')!s} | {claim.get('cue')!s}] {short!r}"


def compare(old: dict[Key, dict[str, Any]], new: dict[Key, dict[str, Any]]) -> list[str]:
    """One line per difference, removed first, then added, then changed."""
    lines = [f"- {_show(k, old[k])}" for k in sorted(old.keys() - new.keys())]
    lines += [f"+ {_show(k, new[k])}" for k in sorted(new.keys() - old.keys())]
    for k in sorted(old.keys() & new.keys()):
        diffs = _changes(old[k], new[k])
        if diffs:
            lines.append(f"~ {_show(k, new[k])}: " + "; ".join(diffs))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    try:
        old, new = _claims(args.old), _claims(args.new)
    except (OSError, ValueError, KeyError) as exc:
        print(f"compare_outputs: cannot read: {exc}", file=sys.stderr)
        return 2
    lines = compare(old, new)
    for line in lines:
        print(line)
    removed = len(old.keys() - new.keys())
    added = len(new.keys() - old.keys())
    print(f"{len(old)} old, {len(new)} new claims: {removed} removed, {added} added, "
          f"{len(lines) - removed - added} changed")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
