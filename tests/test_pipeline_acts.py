"""Speech acts with a noun-phrase object and no proposition ("praised the jury's verdict",
"criticized the company") are not claims by the project's conventions: the pipeline drops what
the frame rows marked `act` find, unless acts are asked for (`source_claims_with_acts`), as for
PolNeAR, whose annotators mark them. An announcement of an event stays a claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.extract.frames import act_rows, table
from claims.pipeline import extract_all, source_claims, source_claims_with_acts
from tests.extracting import text_source

TEXT = (
    "The prosecutor praised the jury's verdict. Union leaders have criticized the company. "
    "The chair announced his retirement. The mayor said the bridge was safe."
)


def test_acts_are_dropped_by_default() -> None:
    claims = source_claims(text_source(TEXT))
    assert [(c.cue, c.content) for c in claims] == [
        ("announced", "his retirement"),
        ("said", "the bridge was safe"),
    ]


def test_acts_are_kept_when_asked_for() -> None:
    cues = [c.cue for c in source_claims_with_acts(text_source(TEXT))]
    assert cues == ["praised", "have criticized", "announced", "said"]


def test_extraction_takes_the_extractor_with_acts() -> None:
    assert len(extract_all([text_source(TEXT)], jobs=1, extractor=source_claims_with_acts)) == 4
    assert len(extract_all([text_source(TEXT)], jobs=1)) == 2


@pytest.mark.parametrize("row", ["praise.obj", "criticize.obj", "condemn.obj", "defend.obj"])
def test_evaluative_object_rows_are_acts(row: str) -> None:
    assert row in act_rows()


def test_only_noun_phrase_object_rows_are_acts() -> None:
    rows = {r.id: r for r in table()}
    assert "announce.obj" not in act_rows()  # an event announced
    assert "call.obj" not in act_rows()  # "called for a pay rise": a demand, as "urged"
    assert all(rows[r].shape == "obj" for r in act_rows())


def _article(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\noutlet: Alpha News\n---\n{TEXT}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("flags", "cues"), [([], ["announced", "said"]), (["--acts"], ["praised", "have criticized",
                                                                                     "announced", "said"])])
def test_list_keeps_acts_only_with_the_flag(tmp_path: Path, flags: list[str], cues: list[str]) -> None:
    result = CliRunner().invoke(app, ["list", "--seeds", str(_article(tmp_path)), "--format", "json", *flags])
    assert result.exit_code == 0, result.output
    assert [c["cue"] for c in json.loads(result.stdout)["claims"]] == cues


def test_acts_need_the_local_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["list", "--seeds", str(_article(tmp_path)), "--acts", "--engine", "dask"])
    assert result.exit_code == 2
