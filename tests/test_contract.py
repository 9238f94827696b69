"""The JSON contract of `claims list --seeds DIR --format json` (other tools consume it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claims.cli import app
from tests.conftest import SEEDS

SOURCE_KEYS = {"id", "outlet", "url", "published", "title", "path"}
CLAIM_KEYS = {
    "id",
    "source",
    "outlet",
    "speaker",
    "speaker_id",
    "via",
    "cue",
    "kind",
    "content",
    "start",
    "end",
    "group",
}
GROUP_KEYS = {"id", "claims", "sources", "single_source"}
KINDS = {"direct", "indirect", "mixed", "no_comment"}


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_top_level_keys(doc: dict[str, Any]) -> None:
    assert {"sources", "claims", "groups"} <= set(doc)


def test_sources_follow_contract(doc: dict[str, Any]) -> None:
    ids = [s["id"] for s in doc["sources"]]
    assert ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for s in doc["sources"]:
        assert set(s) >= SOURCE_KEYS
    outlets = {s["id"][:3]: s["outlet"] for s in doc["sources"]}
    assert outlets == {
        "000": "Times of India",
        "001": "PC Gamer",
        "002": "Tekedia",
        "003": "AI Haberleri",
        "004": "Reuters",
    }


def test_claims_follow_contract_and_anchor(doc: dict[str, Any]) -> None:
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in doc["sources"]}
    assert len(doc["claims"]) >= 20
    ids = set()
    for c in doc["claims"]:
        assert set(c) >= CLAIM_KEYS
        assert c["kind"] in KINDS
        assert texts[c["source"]][c["start"] : c["end"]] == c["content"]
        assert c["content"].strip()
        ids.add(c["id"])
    assert len(ids) == len(doc["claims"]), "claim ids must be unique"


def test_groups_cover_every_claim_once(doc: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in doc["claims"]}
    seen: list[str] = []
    for g in doc["groups"]:
        assert set(g) >= GROUP_KEYS
        seen.extend(g["claims"])
        assert sorted(g["sources"]) == sorted({claims[cid]["source"] for cid in g["claims"]})
        # single-outlet needs one source, and no claim of another source near it (`nearest`)
        assert not g["single_source"] or len(g["sources"]) == 1
        assert g["single_source"] == ("single-outlet" in g["flags"])
        assert all(claims[cid]["group"] == g["id"] for cid in g["claims"])
    assert sorted(seen) == sorted(claims)


def test_output_is_deterministic(doc: dict[str, Any]) -> None:
    again = CliRunner().invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json"])
    assert json.loads(again.stdout) == doc


def test_some_claim_is_shared_by_several_outlets(doc: dict[str, Any]) -> None:
    assert max(len(g["sources"]) for g in doc["groups"]) >= 3
    assert any(g["single_source"] for g in doc["groups"])
