"""A registry's Analysis view is built from the registry claims' own fields (no `model_dump` copy): it must equal
records validated from a dump, field for field."""

from __future__ import annotations

import pytest

from claims.models import Analysis
from claims.registry.convert import analysis_from_registry
from claims.registry.store import load_registry
from tests.conftest import DATA


@pytest.mark.parametrize("name", ["listing", "render_story"])
def test_the_view_equals_validated_records(name: str) -> None:
    analysis = analysis_from_registry(load_registry(DATA / name / "claims.yaml"))
    validated = Analysis.model_validate(analysis.model_dump())
    assert analysis.claims and analysis.groups
    assert analysis == validated
    assert [c.model_dump() for c in analysis.claims] == [c.model_dump() for c in validated.claims]
    assert analysis.model_dump_json() == validated.model_dump_json()
    for claim in analysis.claims:
        assert type(claim.kind).__name__ == "Kind" and claim.group
