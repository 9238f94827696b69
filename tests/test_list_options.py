"""Options every listing command shares: filters and their candidates, the speaker-matching rule, review
status, --width and COLUMNS, the missing-input message, --version, -h, help text, format errors, plurals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from claims.cli import app
from claims.models import Analysis, Claim, Group, Kind, Source
from claims.select import filter_claims, form, parties
from tests.conftest import DATA

LISTING = str(DATA / "listing" / "claims.yaml")
STORY = str(DATA / "render_story" / "claims.yaml")


def invoke(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str, str]:
    base: dict[str, str | None] = {"COLUMNS": None, "CLAIMS_WIDTH": None, "NO_COLOR": "1"}
    result = CliRunner().invoke(app, list(args), env={**base, **(env or {})})
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- filters that match nothing


def test_unknown_outlet_exits_2_with_candidates() -> None:
    code, out, err = invoke("list", "--registry", LISTING, "--outlet", "nonesuch")
    assert code == 2 and out == ""
    assert "--outlet 'nonesuch' matches no claim" in err
    for outlet in ("Northwire", "Harbor Gazette", "Harbor Post"):
        assert outlet in err


def test_near_miss_outlet_lists_the_nearest_first() -> None:
    code, _, err = invoke("list", "--registry", LISTING, "--outlet", "Harbour Gazete")
    assert code == 2
    assert err.index("Harbor Gazette") < err.index("Northwire")


def test_unknown_speaker_and_status_exit_2() -> None:
    code, _, err = invoke("list", "--registry", LISTING, "--speaker", "Poolle")
    assert code == 2 and "alana-poole" in err.split("nearest:")[1].split(";")[0]
    code, _, err = invoke("list", "--registry", LISTING, "--status", "false")
    assert code == 2 and "unreviewed (20 claims)" in err


def test_a_status_that_is_no_status_is_a_plain_usage_error() -> None:
    code, _, err = invoke("list", "--registry", LISTING, "--status", "flase")
    assert code == 2 and "'flase' is not one of: unreviewed, confirmed" in err and "Value error" not in err


# ---------------------------------------------------------------- the speaker-matching rule


def _speaker_analysis() -> Analysis:
    src = Source(id="s1", outlet="Wire", path="s1.txt", text="", body_start=0, body_end=0)
    def claim(n: int, speaker: str, sid: str) -> Claim:
        return Claim(id=f"s1#{n}", source="s1", outlet="Wire", speaker=speaker, speaker_id=sid, cue="said",
                     kind=Kind.INDIRECT, content=f"claim {n}", start=0, end=1, group=f"g{n}")
    claims = [claim(1, "Ben Bajarin", "ben-bajarin"), claim(2, "Bajarin", "ben-bajarin"),
              claim(3, "he", "ben-bajarin"), claim(4, "the analyst", "ben-bajarin"),
              claim(5, "Benjamin Bajarinski", "benjamin-bajarinski"), claim(6, "Ann O'Neill", "ann-oneill")]
    groups = [Group(id=c.group or "", claims=[c.id], sources=["s1"], single_source=True) for c in claims]
    return Analysis(sources=[src], claims=claims, groups=groups)


@pytest.mark.parametrize("name", ["Bajarin", "bajarin", "ben-bajarin", "Ben Bajarin", "BEN_BAJARIN", "ben  bajarin"])
def test_every_form_of_a_name_picks_the_same_claims(name: str) -> None:
    a = _speaker_analysis()
    assert parties(a, name) == {"ben-bajarin"}
    assert [c.id for c in filter_claims(a, speakers=[name]).claims] == ["s1#1", "s1#2", "s1#3", "s1#4"]


def test_whole_words_only_and_apostrophes_dropped() -> None:
    a = _speaker_analysis()
    assert parties(a, "bajar") == set()  # no part-word match
    assert parties(a, "oneill") == parties(a, "O'Neill") == {"ann-oneill"}
    assert form(" Ann  O’Neill ") == "ann oneill"


def test_speaker_forms_agree_through_the_cli() -> None:
    counts = []
    for name in ("Poole", "alana-poole", "Alana Poole", "ALANA_POOLE"):
        code, out, _ = invoke("list", "--registry", LISTING, "--speaker", name, "-f", "json")
        assert code == 0
        counts.append(len(json.loads(out)["claims"]))
    assert len(set(counts)) == 1 and counts[0] > 0


# ---------------------------------------------------------------- reviews


def test_status_filter_and_review_fields() -> None:
    code, out, _ = invoke("list", "--registry", STORY, "--status", "false", "-f", "json")
    doc = json.loads(out)
    assert code == 0 and [c["status"] for c in doc["claims"]] == ["false"]
    assert "Thursday" in doc["claims"][0]["note"]
    code, out, _ = invoke("list", "--registry", STORY, "--status", "disputed", "-f", "json")
    assert code == 0 and {c["status"] for c in json.loads(out)["claims"]} == {"disputed"}  # from the group
    code, out, _ = invoke("list", "--registry", STORY, "--status", "confirmed", "--status", "false", "-f", "json")
    assert {c["status"] for c in json.loads(out)["claims"]} == {"confirmed", "false"}


def test_table_marks_false_and_disputed_and_shows_notes() -> None:
    _, out, _ = invoke("list", "--registry", STORY, "--width", "200")
    assert "FALSE" in out and "DISPUTED" in out and "false: The operator" in out
    _, out, _ = invoke("list", "--registry", STORY, "--width", "80")
    assert "✗ false" in out and "? disputed" in out  # the legend of the compact marks


def test_matrix_json_and_table_carry_group_reviews() -> None:
    _, out, _ = invoke("matrix", "--registry", STORY, "-f", "json")
    rows = json.loads(out)["rows"]
    assert [r["status"] for r in rows if r["status"] != "unreviewed"] == ["disputed"]
    _, out, _ = invoke("matrix", "--registry", STORY, "--width", "160")
    assert "DISPUTED" in out and "disputed: The harbour authority" in out


# ---------------------------------------------------------------- width


@pytest.mark.parametrize("command", ["list", "sources", "matrix"])
@pytest.mark.parametrize("width", ["0", "-5", "19"])
def test_unusable_width_exits_2(command: str, width: str) -> None:
    code, out, err = invoke(command, "--registry", LISTING, "--width", width)
    assert code == 2 and out == "" and "--width must be at least 20" in err


def test_diff_width_is_checked_too() -> None:
    code, _, err = invoke("diff", "nw", "hg", "--registry", LISTING, "--width", "0")
    assert code == 2 and "--width" in err


@pytest.mark.parametrize("value", ["0", "-1", "abc", "12"])
def test_unusable_columns_exits_2(value: str) -> None:
    code, out, err = invoke("list", "--registry", LISTING, env={"COLUMNS": value})
    assert code == 2 and out == "" and f"COLUMNS={value!r}" in err


def test_columns_is_not_checked_for_machine_formats() -> None:
    code, out, _ = invoke("list", "--registry", LISTING, "-f", "json", env={"COLUMNS": "0"})
    assert code == 0 and json.loads(out)["claims"]


def test_columns_sets_the_width() -> None:
    _, out, _ = invoke("list", "--registry", LISTING, env={"COLUMNS": "60"})
    assert max(len(line) for line in out.splitlines()) <= 60


# ---------------------------------------------------------------- missing input


def test_no_registry_and_no_seeds_says_what_was_looked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in ("list", "sources", "matrix"):
        code, out, err = invoke(command)
        assert code == 2 and out == ""
        assert "./claims.yaml" in err and "./seeds" in err and "--seeds DIR" in err


# ---------------------------------------------------------------- small things


def test_version_and_short_help() -> None:
    from claims import __version__

    code, out, _ = invoke("--version")
    assert code == 0 and out.strip() == f"claims {__version__}"
    code, out, _ = invoke("list", "-h")
    assert code == 0 and "Usage: claims list" in out


def test_help_has_no_type_placeholders() -> None:
    group = typer.main.get_command(app)
    for name in [*sorted(group.commands), None]:  # type: ignore[attr-defined]
        code, out, _ = invoke(*([name] if name else []), "--help")
        assert code == 0
        assert "{" not in out.split("\n", 1)[0], out.split("\n", 1)[0]
        for bad in ("<list[", "<str>", "<int>", "<path>", "<bool>"):
            if bad in out:
                pytest.fail(f"{name}: help shows {bad}")


def test_invalid_format_message_is_plain() -> None:
    for command in ("list", "matrix", "sources", "diff"):
        args = [command, "nw", "hg"] if command == "diff" else [command]
        code, _, err = invoke(*args, "--registry", LISTING, "--format", "xml")
        assert code == 2 and "'xml' is not one of: table, json" in err and "Value error" not in err
    code, _, err = invoke("check", "--format", "xml")
    assert code == 2 and "'xml' is not one of 'text', 'json', 'github'" in err and "Value error" not in err


def test_plurals(tmp_path: Path) -> None:
    _, out, _ = invoke("list", "--registry", LISTING, "--outlet", "Northwire", "--speaker", "Ruiz")
    assert "1 claim in 1 group from 1 source; 0 single-outlet groups." in out
    _, out, _ = invoke("sources", "--registry", LISTING)
    assert "3 sources from 3 outlets; 20 claims." in out


def test_csv_has_flags_status_and_note() -> None:
    _, out, _ = invoke("list", "--registry", STORY, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"flags", "status", "note"} <= set(rows[0])
    assert any(r["flags"] == "single-outlet" for r in rows)
    assert any(r["status"] == "false" and "Thursday" in r["note"] for r in rows)


def test_sources_format_json_and_the_old_json_flag() -> None:
    code, out, _ = invoke("sources", "--registry", LISTING, "--format", "json")
    assert code == 0 and [s["id"] for s in json.loads(out)] == ["nw_rail_0412", "hg_rail_0412", "hp_rail_0412"]
    code, old, err = invoke("sources", "--registry", LISTING, "--json")
    assert code == 0 and old == out and "deprecated" in err
    _, helptext, _ = invoke("sources", "--help")
    assert "--json" not in helptext and "--format" in helptext
