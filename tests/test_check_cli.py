"""`claims check` through the CLI: output formats, levels, exit codes 0/1/2/3, safe loading."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.rules import RULES

DATA = Path(__file__).resolve().parent / "data" / "registry"
VALID = DATA / "valid" / "harbour.yaml"
ALTERED = DATA / "invalid" / "evidence-altered.yaml"
EMPTY_GROUP = DATA / "invalid" / "empty-group.yaml"
LINE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): \[(?P<level>error|warning)\] (?P<msg>.+) \((?P<rule>[a-z0-9-]+)\)$"
)


@pytest.fixture(autouse=True)
def _no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def test_exit_0_when_clean(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", str(VALID)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "ok" in result.stderr


def test_exit_1_on_findings_with_file_line_col(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", str(ALTERED)])
    assert result.exit_code == 1
    m = LINE.match(result.stdout.strip())
    assert m, result.stdout
    assert (m["path"], m["line"], m["col"], m["level"], m["rule"]) == (
        str(ALTERED),
        "79",
        "14",
        "error",
        "evidence-anchored",
    )


def test_exit_2_on_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--format", "xml", str(VALID)])
    assert result.exit_code == 2


@pytest.mark.parametrize("make", ["missing", "directory", "not-utf8"])
def test_exit_3_when_file_unreadable(runner: CliRunner, tmp_path: Path, make: str) -> None:
    target = tmp_path / "claims.yaml"
    if make == "directory":
        target.mkdir()
    elif make == "not-utf8":
        target.write_bytes(b"version: 1\nstory: caf\xe9\n")
    result = runner.invoke(app, ["check", str(target)])
    assert result.exit_code == 3
    assert str(target) in result.stderr


def test_help_documents_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for code in ("0 clean", "1 findings", "2 usage error", "3 a registry file cannot be read"):
        assert code in text


def test_default_file_is_claims_yaml_in_cwd(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["check"]).exit_code == 3
    (tmp_path / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    assert runner.invoke(app, ["check"]).exit_code == 0


def test_warnings_pass_unless_strict(runner: CliRunner) -> None:
    lenient = runner.invoke(app, ["check", str(EMPTY_GROUP)])
    assert lenient.exit_code == 0
    assert "[warning]" in lenient.stdout and "(empty-group)" in lenient.stdout
    strict = runner.invoke(app, ["check", "--strict", str(EMPTY_GROUP)])
    assert strict.exit_code == 1
    assert "[error]" in strict.stdout and "[warning]" not in strict.stdout


def test_json_format(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--format", "json", str(ALTERED), str(VALID)])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["errors"] == 1 and doc["warnings"] == 0
    assert doc["findings"][0] | {"message": ""} == {
        "path": str(ALTERED),
        "line": 79,
        "col": 14,
        "level": "error",
        "message": "",
        "rule": "evidence-anchored",
    }


def test_github_format_annotations(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--format", "github", str(ALTERED)])
    assert result.exit_code == 1
    line = result.stdout.strip()
    assert line.startswith(f"::error file={ALTERED},line=79,col=14,title=evidence-anchored::claim ")
    assert line.endswith("(evidence-anchored)")


def test_github_format_escapes_properties_and_newlines() -> None:
    from claims.cli.check import github_annotation
    from claims.registry.check import Finding

    out = github_annotation(Finding("a,b:c.yaml", 3, 2, "warning", "50% done\nnext", "empty-group"))
    assert out == "::warning file=a%2Cb%3Ac.yaml,line=3,col=2,title=empty-group::50%25 done%0Anext (empty-group)"


def test_github_format_chosen_on_github_actions(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    auto = runner.invoke(app, ["check", str(ALTERED)])
    assert auto.stdout.startswith("::error file=")
    explicit = runner.invoke(app, ["check", "--format", "text", str(ALTERED)])
    assert LINE.match(explicit.stdout.strip())


def test_several_files_any_error_fails(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", str(VALID), str(ALTERED)])
    assert result.exit_code == 1
    assert result.stdout.count("\n") == 1


def test_unreadable_file_wins_over_findings(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(ALTERED), str(tmp_path / "nope.yaml")])
    assert result.exit_code == 3
    assert "(evidence-anchored)" in result.stdout


def test_list_rules(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--list-rules"])
    assert result.exit_code == 0
    listed = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()}
    assert listed == {r.id: r.level.value for r in RULES.values()}


def test_python_tag_is_reported_never_executed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    registry = tmp_path / "claims.yaml"
    registry.write_text("version: 1\nstory: !!python/object/apply:os.system ['echo run > pwned.txt']\n")
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert "(yaml-unsafe-tag)" in result.stdout
    assert "claims.yaml:2:8:" in result.stdout
    assert not (tmp_path / "pwned.txt").exists()
    # build refuses to merge from it, and does not run it either
    shutil.copytree(Path(__file__).resolve().parent / "data" / "registry" / "articles", tmp_path / "seeds")
    built = runner.invoke(app, ["build"])
    assert built.exit_code == 3
    assert not (tmp_path / "pwned.txt").exists()
    assert "python/object" in registry.read_text()
