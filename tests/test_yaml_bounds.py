"""Bounded YAML: alias bombs, alias fan-out, cycles and deep nesting are reported fast, with a line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.store import parse_yaml
from claims.yamlsafe import YamlLimits, YamlTooComplex, compose, limit_problem, load

ENV = {"CLAIMS_WIDTH": "200", "NO_COLOR": "1"}


def billion_laughs() -> str:
    text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(8):
        prev, name = chr(97 + i), chr(98 + i)
        text += f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    return text


def fan_out(n: int = 3000) -> str:
    """One claim anchored, a list of n aliases to it, and `groups:` of n aliases to a group on that list."""
    claim = ("claim: &c {id: 'a:1', status: unreviewed, note: '', source: a, speaker: He, speaker_id: he, "
             "via: null, cue: said, kind: direct, content: x, start: 0, end: 1}\n")
    return (f"version: 1\nsources: []\n{claim}list: &l [{', '.join(['*c'] * n)}]\n"
            f"group: &g {{id: g, label: x, status: unreviewed, note: '', flags: [], claims: *l}}\n"
            f"groups: [{', '.join(['*g'] * n)}]\n")


HOSTILE = {
    "billion-laughs": (billion_laughs(), 6, "alias bomb"),
    "fan-out": (fan_out(), 5, "alias bomb"),
    "cycle": ("a: &a [x, *a]\n", 1, "cycle"),
    "deep-flow-seq": ("x: " + "[" * 10_000 + "]" * 10_000 + "\n", 1, "nest"),
    "deep-flow-map": ("x: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n", 1, "nest"),
    "deep-block": ("".join(" " * i + "k:\n" for i in range(0, 400, 2)) + " " * 400 + "v\n", 65, "nested too deeply"),
    "many-aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 20_000) + "]\n", 2, "aliases"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_limits_reported_with_line_before_anything_is_built(name: str) -> None:
    text, line, words = HOSTILE[name]
    start = time.perf_counter()
    parsed = parse_yaml(text)
    assert time.perf_counter() - start < 0.5
    [problem] = parsed.problems
    assert parsed.data is None
    assert problem.line == line
    assert words.split()[0] in problem.message or "nested" in problem.message
    with pytest.raises(yaml.YAMLError):
        load(text)


def test_the_limits_are_not_met_by_ordinary_yaml() -> None:
    text = "defaults: &d {outlet: Wire}\n" + "".join(f"a{i}: *d\n" for i in range(100))
    assert limit_problem(text) is None
    assert load(text)["a99"] == {"outlet": "Wire"}
    assert compose("[1, [2, [3]]]") is not None


def test_limits_are_configurable() -> None:
    assert limit_problem("[[[1]]]", YamlLimits(max_depth=2)) is not None
    assert limit_problem("[[[1]]]", YamlLimits(max_depth=3)) is None
    problem = limit_problem("x" * 11, YamlLimits(max_chars=10))
    assert isinstance(problem, YamlTooComplex) and "too large" in str(problem.problem)


@pytest.mark.parametrize(
    ("text", "value"),
    [("d: 2026-13-45", "2026-13-45"), ("d: 2026-02-30", "2026-02-30"), ("d: 2026-01-31", "2026-01-31")],
)
def test_a_timestamp_that_is_no_date_stays_a_string(text: str, value: str) -> None:
    assert str(load(text)["d"]) == value


@pytest.mark.parametrize("text", ["a: !!int x", "a: !!float [1]", "a: !!timestamp {x: 1}", "a: !!binary '=x'"])
def test_a_value_that_does_not_fit_its_tag_is_a_yaml_error(text: str) -> None:
    with pytest.raises(yaml.YAMLError):
        load(text)
    assert parse_yaml(text).problems


# --- through the CLI ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["billion-laughs", "fan-out"])
def test_check_on_an_alias_bomb_finishes_under_a_second(runner: CliRunner, tmp_path: Path, name: str) -> None:
    registry = tmp_path / "claims.yaml"
    registry.write_text(HOSTILE[name][0], encoding="utf-8")
    for fmt in ("text", "json", "github"):
        start = time.perf_counter()
        result = runner.invoke(app, ["check", str(registry), "--format", fmt], env=ENV)
        elapsed = time.perf_counter() - start
        assert elapsed < 1.0, f"{fmt}: {elapsed:.2f} s"
        assert result.exit_code in (1, 2), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        out = result.stdout
        if fmt == "json":
            [finding] = json.loads(out)["findings"]
            assert (finding["rule"], finding["line"]) == ("yaml-limits", HOSTILE[name][1])
        else:
            line = HOSTILE[name][1]
            assert "yaml-limits" in out and (f"line={line}," in out or f"{registry}:{line}:" in out)


@pytest.mark.parametrize("command", [["list", "--format", "json"], ["matrix"], ["sources", "--format", "json"]])
def test_reading_commands_refuse_an_alias_bomb_registry(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    registry = tmp_path / "claims.yaml"
    registry.write_text(fan_out(), encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, [*command, "--registry", str(registry)], env=ENV)
    assert time.perf_counter() - start < 2.0
    assert result.exit_code == 3, result.output
    assert f"{registry}:5" in result.stderr and "alias bomb" in result.stderr


def test_build_refuses_to_merge_from_an_alias_bomb(runner: CliRunner, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    registry = tmp_path / "claims.yaml"
    registry.write_text(billion_laughs(), encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--output", str(registry)], env=ENV)
    assert time.perf_counter() - start < 2.0
    assert result.exit_code == 3 and "alias bomb" in result.stderr
    assert registry.read_text(encoding="utf-8") == billion_laughs()


def test_registry_size_limit(tmp_path: Path) -> None:
    from claims.errors import InputError
    from claims.registry.store import read_text

    registry = tmp_path / "claims.yaml"
    registry.write_text("version: 1\n" + "# padding\n" * 100, encoding="utf-8")
    assert read_text(registry).startswith("version: 1")
    with pytest.raises(InputError, match=r"too large \(1 KB; the limit is 100 bytes"):
        read_text(registry, limit=100)


YAMLISH = st.lists(
    st.sampled_from(["a", ":", " ", "\n", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "!!int ", "!x ",
                     "'", '"', "\\ud800", "---\n", "? ", "|", ">", "#", "2026-13-45", "~", "\t", "%YAML 1.1\n"]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(YAMLISH, st.text(max_size=200)))
def test_parse_yaml_and_the_manifest_reader_never_raise(text: str) -> None:
    parsed = parse_yaml(text)
    if any(p.kind != "duplicate-key" for p in parsed.problems):
        assert parsed.data is None
        with pytest.raises(yaml.YAMLError):
            load(text)
    else:
        assert repr(load(text)) == repr(parsed.data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=YAMLISH)
def test_any_manifest_text_leaves_the_articles_readable(tmp_path: Path, text: str) -> None:
    from claims.loader import load_paths

    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    result = load_paths([tmp_path])
    assert [s.id for s in result.sources] == ["a"]
    assert all(s.path.endswith("sources.yaml") for s in result.skipped)
