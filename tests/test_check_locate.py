"""From a data path (a pydantic `loc`) to a 1-based line and column; and the rule registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml

from claims.registry.locate import locate
from claims.registry.rules import RULES, Context, Hit, Level, rule

DOC = """\
version: 1
sources:
- id: a
  path: a.txt
groups:
- id: g1
  claims:
  - id: c1
    status: confirmed
    status: disputed
"""


@pytest.mark.parametrize(
    ("loc", "key", "expected"),
    [
        ((), False, (1, 1)),
        (("version",), False, (1, 10)),
        (("version",), True, (1, 1)),
        (("sources", 0), False, (3, 3)),
        (("sources", 0, "path"), False, (4, 9)),
        (("groups", 0, "claims", 0, "id"), False, (8, 9)),
        (("groups", 0, "claims", 0, "status"), False, (10, 13)),  # the last duplicate, as loaded
        (("groups", 0, "claims", 0, "content"), False, (8, 5)),  # missing: the mapping that lacks it
        (("sources", 5, "path"), False, (3, 1)),  # index out of range: the list
        (("nothing", "here"), False, (1, 1)),
    ],
)
def test_locate(loc: tuple[str | int, ...], key: bool, expected: tuple[int, int]) -> None:
    assert locate(yaml.compose(DOC, Loader=yaml.SafeLoader), loc, key=key) == expected


def test_locate_without_a_document() -> None:
    assert locate(None, ("groups", 0)) == (1, 1)


def test_rule_ids_are_registered_once() -> None:
    def again(ctx: Context) -> Iterator[Hit]:
        yield from ()

    with pytest.raises(ValueError, match="registered twice"):
        rule("schema", Level.ERROR, "again")(again)
    assert RULES["schema"].check is not again


def test_rule_ids_are_kebab_case_with_summaries() -> None:
    assert all(r.id == r.id.lower() and " " not in r.id and r.summary.endswith(".") for r in RULES.values())
