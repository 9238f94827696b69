"""Registries in tests/data/registry/{valid,invalid}: adding a file adds a test.

An invalid file starts with `# expect: RULE[@LINE], ...`: exactly those findings (rule ids, and
lines when given) must be reported, in any order.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.registry.check import check_registry
from claims.registry.rules import RULES

DATA = Path(__file__).resolve().parent / "data" / "registry"
VALID = sorted((DATA / "valid").glob("*.yaml"))
INVALID = sorted((DATA / "invalid").glob("*.yaml"))
EXPECT = re.compile(r"^# expect:(.*)$", re.MULTILINE)


def expected(path: Path) -> list[tuple[str, int | None]]:
    m = EXPECT.match(path.read_text(encoding="utf-8"))
    assert m, f"{path.name} must start with '# expect: rule-id[@line], ...'"
    out: list[tuple[str, int | None]] = []
    for item in m.group(1).split(","):
        rule, _, line = item.strip().partition("@")
        assert rule in RULES, f"{path.name}: unknown rule {rule!r}"
        out.append((rule, int(line) if line else None))
    return out


def test_data_folders_are_populated() -> None:
    assert len(VALID) >= 3
    assert len(INVALID) >= 15


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_registry_has_no_findings_even_strict(path: Path) -> None:
    assert [str(f) for f in check_registry(path, strict=True)] == []


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_registry_reports_expected_rules(path: Path) -> None:
    want = expected(path)
    found = check_registry(path)
    assert sorted(f.rule for f in found) == sorted(rule for rule, _ in want), [str(f) for f in found]
    lines = sorted((f.rule, f.line) for f in found)
    for rule, line in want:
        if line is not None:
            assert (rule, line) in lines, f"expected {rule} on line {line}; got {lines}"
    assert all(f.line and f.col for f in found), [str(f) for f in found]


def test_every_rule_is_exercised_by_an_invalid_file() -> None:
    used = {rule for path in INVALID for rule, _ in expected(path)}
    assert used == set(RULES)
