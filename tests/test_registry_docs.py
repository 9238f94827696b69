"""docs/registry.md and .pre-commit-hooks.yaml stay in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from claims.registry.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "registry.md"


def test_rules_table_lists_every_rule_with_its_level() -> None:
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning) \|", DOC.read_text(encoding="utf-8"), re.M))
    assert rows == {r.id: r.level.value for r in RULES.values()}


def test_doc_lists_exit_codes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert all(re.search(rf"^\| {code} \|", text, re.M) for code in range(4))


def test_pre_commit_hook() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "claims-check")
    assert hook["entry"] == "claims check"
    assert hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    assert [bool(pattern.search(p)) for p in ("claims.yaml", "docs/claims.yaml", "claims.yaml.bak")] == [
        True,
        False,
        False,
    ]
