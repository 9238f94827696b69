"""docs/registry.md and .pre-commit-hooks.yaml stay in step with the code."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from claims.cli import app
from claims.registry.rules import RULES
from claims.registry.store import load_registry

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


# --- the walkthrough: every `$ claims ...` command of the page, run in order on a real story ----------

ARTICLES = ROOT / "tests" / "data" / "registry" / "articles"


def doc_commands() -> list[str]:
    """Every `$ claims ...` line of the page's console blocks, without trailing comments."""
    text = DOC.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                out.append(line[2:].split(" #", 1)[0].strip())
    return out


def _claim_block(text: str, cid: str) -> str:
    lines = text.splitlines(keepends=True)
    start = lines.index(f"  - id: {cid}\n")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
    return "".join(lines[start:end])


def test_walkthrough_runs_every_command_of_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "articles").mkdir()
    for name in ("harbour-gazette.txt", "harbour-wire.txt"):
        shutil.copy(ARTICLES / name, tmp_path / "articles" / name)
    runner = CliRunner()
    ran: list[str] = []
    path = Path("claims.yaml")

    def run(command: str, code: int | tuple[int, ...] = 0) -> Result:
        ran.append(command)
        result = runner.invoke(app, shlex.split(command)[1:])
        assert result.exit_code in ((code,) if isinstance(code, int) else code), (command, result.output)
        return result

    # 1. Build.
    dry = run("claims build --seeds articles --dry-run")
    assert "(dry run, nothing written)" in dry.stdout and not path.exists()
    run("claims build --seeds articles")
    assert load_registry(path).articles == ["articles"]

    # 2. Review: a comment, a group review with a quoted note, and a split with `note: yes`.
    reg = load_registry(path)
    first = reg.groups[0]
    pair = next(g for g in reg.groups if len(g.claims) >= 2 and g.id != first.id)
    moved = pair.claims[-1].id
    text = path.read_text(encoding="utf-8")
    text = text.replace("groups:\n", "# Checked against the port authority's notice, 3 March.\ngroups:\n", 1)
    head = f"- id: {first.id}\n  label: {first.label}\n  status: unreviewed\n  note: ''\n"
    assert head in text
    text = text.replace(
        head, f"- id: {first.id}\n  label: Dredging postponed\n  status: confirmed\n  note: \"Notice: item 4\"\n"
    )
    block = _claim_block(text, moved)
    text = text.replace(block, "", 1)
    text += "- id: tidewell-wire\n  label: Split off\n  status: confirmed\n  note: yes\n  flags: []\n  claims:\n"
    text += block
    path.write_text(text, encoding="utf-8")
    run("claims check")

    # 3. The articles change: check fails, list warns, the rebuild keeps every review as typed.
    with open("articles/harbour-wire.txt", "a", encoding="utf-8") as fh:
        fh.write('\nThe mayor said the dredging would "start in September at the earliest", officials added.\n')
    assert runner.invoke(app, ["check"]).exit_code == 1
    listed = run("claims list")
    assert "changed since it was built" in listed.stderr
    dry = run("claims build --dry-run")
    assert "changed source harbour-wire: sha256" in dry.stdout
    run("claims build")
    rebuilt = path.read_text(encoding="utf-8")
    for line in ("# Checked against the port authority's notice, 3 March.", '  note: "Notice: item 4"', "  note: yes"):
        assert line in rebuilt.splitlines()
    reg = load_registry(path)
    assert {c.id for g in reg.groups if g.id == "tidewell-wire" for c in g.claims} == {moved}
    assert not reg.retired

    # 4. Regroup: the reviewed split group's review is carried or kept in retired, never dropped.
    run("claims build --regroup --dry-run")
    run("claims build --regroup")
    reg = load_registry(path)
    reviews = {(g.label, g.status.value, g.note) for g in [*reg.groups, *reg.retired]}
    assert ("Split off", "confirmed", "yes") in reviews
    assert ("Dredging postponed", "confirmed", "Notice: item 4") in reviews

    # 6. CI.
    run("claims check --strict", (0, 1) if reg.retired else 0)
    github = run("claims check --format github")
    assert all(line.startswith("::") for line in github.stdout.splitlines())

    # The summary at the top of the page.
    run("claims build --dry-run")
    run("claims build")
    run("claims check")
    schema = run("claims schema")
    assert '"$schema"' in schema.stdout
    run("claims list")
    missing = [c for c in doc_commands() if c not in ran]
    assert missing == [], f"commands in docs/registry.md that no test runs: {missing}"
