"""The frame table: every row's own examples, the schema, `claims frames`, and the rule id on
every claim."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.extract.checks import CHECKS
from claims.extract.frames import FrameTableError, parse_table, table
from claims.extract.lexicon import tagged
from tests.conftest import SEEDS
from tests.extracting import extract_text


def _examples(kind: str) -> list[object]:
    return [
        pytest.param(row.id, text, id=f"{row.id}-{i}")
        for row in table()
        for i, text in enumerate(row.positive if kind == "positive" else row.negative)
    ]


@pytest.mark.parametrize(("rule", "text"), _examples("positive"))
def test_each_positive_example_gives_a_claim_by_its_row(rule: str, text: str) -> None:
    claims = extract_text(text, "fr")
    assert rule in [c.rule for c in claims], [(c.rule, c.speaker, c.content) for c in claims]


@pytest.mark.parametrize(("rule", "text"), _examples("negative"))
def test_each_negative_example_gives_no_claim_by_its_row(rule: str, text: str) -> None:
    claims = extract_text(text, "fr")
    assert rule not in [c.rule for c in claims], [(c.rule, c.speaker, c.content) for c in claims]


_ROW = """
  - id: {id}
    find: reporting_verbs
    slots: {slots}
    cue_class: reporting_verb
    checks: {checks}
    priority: {priority}
    positive: ["A said B."]
    negative: ["B."]
"""


def _table(*rows: dict[str, object], sequences: str = "") -> str:
    base = {"id": "x", "slots": "[speaker, cue, content]", "checks": "[cue_free]", "priority": 1}
    return (sequences or "") + "frames:\n" + "".join(_ROW.format(**{**base, **row}) for row in rows)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_table({"checks": "[cue_free, no_such_check]"}), "frame 'x': unknown check(s) no_such_check"),
        (_table({"id": "x"}, {"id": "x"}), "frame 'x': duplicate id"),
        (_table({"slots": "[speaker, complement, cue]"}), "a complement follows its cue"),
        (_table({"slots": "[speaker, cue, cue, content]"}), "exactly one cue"),
        (_table({"slots": "[speaker, content, complement, cue]"}), "content or complement, not both"),
        (_table({"slots": "[speaker, verb, content]"}), "slots"),
        (_table({"id": "Bad Id"}), "lower-case words"),
        (_table({"priority": -1}), "priority"),
        (_table({"checks": "[]"}), "checks"),
        (_table({"checks": "['@nothing']"}), "unknown or circular sequence '@nothing'"),
        (_table({"checks": "['@a']"}, sequences="sequences:\n  a: ['@a']\n"), "circular"),
        (_table({"id": "urge.obj_to"}).replace("    checks", "    lemma: urge\n    checks"), "both lemma and shape"),
        (
            _table({"id": "urge.to"}).replace("    checks", "    lemma: urge\n    shape: obj_to\n    checks"),
            "'<lemma>.<shape>'",
        ),
        ("frames: [", "frame table"),
        ("rows: []", "frames"),
    ],
)
def test_a_bad_table_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(FrameTableError, match=None) as caught:
        parse_table(text, set(CHECKS))
    assert message in str(caught.value)


def test_a_good_table_parses_and_splices_its_sequences() -> None:
    text = "sequences:\n  v: [cue_free, not_a_label]\n  w: ['@v', active_cue]\n" + _table(
        {"checks": "[participle]"}
    ).replace("    checks", "    base: w\n    checks")
    (row,) = parse_table(text, set(CHECKS))
    assert row.run == ("cue_free", "not_a_label", "active_cue", "participle")


def test_the_shipped_table_is_in_priority_order_and_names_only_registered_checks() -> None:
    rows = table()
    assert [r.priority for r in rows] == sorted(r.priority for r in rows)
    assert len({r.id for r in rows}) == len(rows)
    assert all(name in CHECKS for r in rows for name in r.run)
    assert {"speaker_before", "content_first", "content_first.inverted", "refusal", "according_to.after"} <= {
        r.id for r in rows
    }


def test_every_claim_names_its_rule_in_the_json_and_in_explain() -> None:
    runner = CliRunner()
    doc = json.loads(runner.invoke(app, ["list", "--seeds", str(SEEDS), "--format", "json"]).stdout)
    ids = {r.id for r in table()}
    assert doc["claims"]
    assert all(c["rule"] in ids for c in doc["claims"]), {c["rule"] for c in doc["claims"]} - ids
    shown = runner.invoke(app, ["list", "--seeds", str(SEEDS), "--width", "160", "--explain"])
    assert shown.exit_code == 0
    assert "The frame behind each claim" in shown.stdout
    first = doc["claims"][0]
    assert f"{first['cue']} -> {first['rule']}" in shown.stdout


def test_claims_frames_lists_every_frame(golden: Callable[[str, str], None]) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["frames"])
    assert shown.exit_code == 0
    golden("frames.txt", shown.stdout)
    as_json = runner.invoke(app, ["frames", "--format", "json"])
    assert as_json.exit_code == 0
    golden("frames.json", as_json.stdout)
    records = json.loads(as_json.stdout)
    assert [r["id"] for r in records] == [r.id for r in table()]
    assert all(r["example"] and r["checks"] and r["slots"] for r in records)


def test_the_lexicon_lists_each_word_once_and_ships_in_the_package() -> None:
    data = resources.files("claims.extract").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    seen: list[str] = []
    json.loads(data, object_pairs_hook=lambda pairs: seen.extend(k for k, _ in pairs) or dict(pairs))
    words = json.loads(data)["words"]
    assert len(words) == len(set(words)) > 500
    assert all(tags and len(tags) == len(set(tags)) for tags in words.values())
    assert resources.files("claims.extract").joinpath("data/frames.yaml").is_file()
    assert "said" not in tagged("speech_verb") and "say" in tagged("speech_verb") | tagged("to_say_verb")
    assert "declined to comment" in tagged("refusal_phrase")
    with pytest.raises(KeyError):
        tagged("no such tag")


def test_every_reporting_verb_is_a_tagged_speech_verb() -> None:
    from claims.extract import cues

    irregular = tagged("irregular_verb")
    assert irregular == set(cues._IRREGULAR)
    assert set(cues.FORM_TO_LEMMA.values()) <= tagged("speech_verb") | {"signal", "recall"}
    for tag in ("needs_that", "clause_only", "commitment_verb", "belief_verb", "characterising_verb"):
        assert tagged(tag) <= tagged("speech_verb") | {"recall", "point out"}, tag


_MATCHER_FILES = (
    "patterns.py", "matcher.py", "checks.py", "verbchecks.py", "finite.py", "clauses.py", "frames.py",
    "complements.py", "cues.py", "lexicon.py", "colons.py", "runon.py",
)


def test_the_matcher_and_its_checks_stay_small() -> None:
    """No function over 50 lines or with more than 6 branches in the matcher and its checks."""
    import ast
    import shutil
    import subprocess
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "src" / "claims" / "extract"
    for name in _MATCHER_FILES:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        long = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.end_lineno - n.lineno >= 50]
        assert not long, (name, long)
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff not installed")
    done = subprocess.run(
        [ruff, "check", "--select", "PLR0912", "--config", "lint.pylint.max-branches=6", "--output-format", "concise",
         *(str(folder / name) for name in _MATCHER_FILES)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout


def test_paragraph_rows_are_never_run_per_sentence() -> None:
    from claims.extract import matcher
    from claims.extract.frames import PARAGRAPH_FINDERS

    assert {r.find for r in table()} >= PARAGRAPH_FINDERS
    assert not {name for name, _, _ in matcher._stages()} & PARAGRAPH_FINDERS
    text = "Ruth Okafor: The clinic will stay open through the winter."
    assert matcher.match_sentence(text, 0, len(text)) == []


def test_a_speaker_turn_is_decided_by_its_rows_checks() -> None:
    from claims.extract.matcher import match_paragraph

    def turn(text: str, transcript: bool = False) -> tuple[str, str, str] | None:
        found = match_paragraph("speaker_turns", text, 0, len(text), transcript=transcript)
        return None if found is None else (found.rule, found.speaker, text[found.start : found.end])

    said = "The ferry runs again in May."
    assert turn(f"Tom Bell: {said}") == ("speaker_turn", "Tom Bell", said)
    assert turn("TOM BELL: The ferry runs again in May.") is None  # a dateline-like label outside a transcript
    assert turn("TOM BELL: The ferry runs again in May.", transcript=True) == (
        "speaker_turn", "TOM BELL", "The ferry runs again in May.",
    )
    assert turn("Update: The ferry runs again in May.") is None  # speaker_label
    assert turn("Tom Bell: 35 percent") is None  # turn_content: a table row


def test_run_on_quotations_name_their_rows() -> None:
    text = (
        '"The levee held," the engineer said. "It will hold again."\n\n'
        "The levee was built in 1952.\n\n"
        '"We checked every metre of it and found no cracks.\n\n'
        'The engineer said: "We will check again in spring."'
    )
    rules = [(c.rule, c.content) for c in extract_text(text, "ro")]
    assert rules[0] == ("quote_runs_on", 'The levee held," the engineer said. "It will hold again')
    assert ("quote_pending", "We checked every metre of it and found no cracks") in rules
    assert ("speaker_before", "We will check again in spring") in rules
