"""`claims build` never shrinks a registry because input is missing, and knows where its articles are.

These run the real pipeline on small folders (issue: a bare build in a folder without ./seeds emptied
the registry)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.registry.store import load_registry

ARTICLES = Path(__file__).resolve().parent / "data" / "registry" / "articles"


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A story kept in ./articles (not ./seeds), as a new user would."""
    (tmp_path / "articles").mkdir()
    for name in ("harbour-gazette.txt", "harbour-wire.txt"):
        shutil.copy(ARTICLES / name, tmp_path / "articles" / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_bare_build_in_a_folder_without_seeds_is_an_error(runner: CliRunner, story: Path) -> None:
    for args in (["build"], ["build", "--dry-run"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert "no articles at seeds" in result.stderr
        assert "--seeds PATH" in result.stderr and "nothing written" in result.stderr
        assert not Path("claims.yaml").exists()


def test_bare_rebuild_reads_the_articles_the_registry_remembers(runner: CliRunner, story: Path) -> None:
    first = runner.invoke(app, ["build", "--seeds", "articles"])
    assert first.exit_code == 0, first.output
    reg = load_registry(Path("claims.yaml"))
    assert reg.articles == ["articles"]
    assert reg.claims()
    path = Path("claims.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("status: unreviewed", "status: confirmed", 1))
    before = path.read_bytes()
    again = runner.invoke(app, ["build"])
    assert again.exit_code == 0, again.output
    assert "up to date" in again.stderr
    assert path.read_bytes() == before
    dry = runner.invoke(app, ["build", "--dry-run"])
    assert (dry.exit_code, dry.stdout) == (0, "claims.yaml: up to date\n")


def test_registry_whose_articles_moved_is_left_untouched(runner: CliRunner, story: Path) -> None:
    assert runner.invoke(app, ["build", "--seeds", "articles"]).exit_code == 0
    before = Path("claims.yaml").read_bytes()
    Path("articles").rename("moved")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 2
    assert "no articles at articles (remembered in claims.yaml)" in result.stderr
    assert Path("claims.yaml").read_bytes() == before


def test_legacy_registry_without_articles_rebuilds_from_its_sources_folders(runner: CliRunner, story: Path) -> None:
    assert runner.invoke(app, ["build", "--seeds", "articles"]).exit_code == 0
    path = Path("claims.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("articles:\n- articles\n", ""), encoding="utf-8")
    assert load_registry(path).articles == []
    dry = runner.invoke(app, ["build", "--dry-run"])
    assert dry.stdout.splitlines() == [
        "claims.yaml: 1 change(s) (dry run, nothing written)",
        "  changed registry articles: [] -> ['articles']",
    ]
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    assert load_registry(path).articles == ["articles"]


def test_build_with_an_empty_seeds_folder_is_an_error(runner: CliRunner, story: Path) -> None:
    assert runner.invoke(app, ["build", "--seeds", "articles"]).exit_code == 0
    before = Path("claims.yaml").read_bytes()
    Path("seeds").mkdir()
    result = runner.invoke(app, ["build", "--seeds", "seeds"])
    assert result.exit_code == 3, result.output
    assert "nothing could be loaded from seeds" in result.stderr
    assert "claims.yaml left untouched" in result.stderr
    assert Path("claims.yaml").read_bytes() == before
    dry = runner.invoke(app, ["build", "--seeds", "seeds", "--dry-run"])
    assert dry.exit_code == 3 and "nothing could be loaded" in dry.stderr


def test_list_says_when_the_articles_changed_since_the_build(runner: CliRunner, story: Path) -> None:
    assert runner.invoke(app, ["build", "--seeds", "articles"]).exit_code == 0
    fresh = runner.invoke(app, ["list", "--format", "json"])
    assert fresh.exit_code == 0 and "warning" not in fresh.stderr
    with open("articles/harbour-wire.txt", "a", encoding="utf-8") as fh:
        fh.write("A late correction.\n")
    Path("articles/harbour-gazette.txt").unlink()
    stale = runner.invoke(app, ["list", "--format", "json"])
    assert stale.exit_code == 0
    assert stale.stderr == (
        "warning: claims.yaml: 1 article(s) changed since it was built (articles/harbour-wire.txt); "
        "1 article(s) missing or unreadable (articles/harbour-gazette.txt); the claims shown may be out of date: "
        "run `claims build`\n"
    )
    assert '"claims"' in stale.stdout


def test_staleness_never_opens_what_is_not_a_regular_file(tmp_path: Path) -> None:
    from claims.registry.stale import staleness

    os.mkfifo(tmp_path / "fifo.txt")
    found = staleness(tmp_path, [("fifo.txt", "0" * 64), ("/dev/zero", "0" * 64), ("gone.txt", "0" * 64)])
    assert (found.changed, found.missing) == ([], ["fifo.txt", "/dev/zero", "gone.txt"])


def test_build_output_never_carries_control_characters_from_file_names(runner: CliRunner, story: Path) -> None:
    name = "x\n::error title=pwned::owned \x1b[2J.txt"
    shutil.copy(ARTICLES / "harbour-wire.txt", Path("articles") / name)
    for args in (["build", "--seeds", "articles", "--dry-run"], ["build", "--seeds", "articles"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        lines = (result.stdout + result.stderr).splitlines()
        assert not any(line.startswith("::") for line in lines)
        assert "\x1b" not in result.stdout + result.stderr
        if "--dry-run" in args:  # the dry run names the new source's file, escaped
            assert any("x\\n:\\x3aerror title=pwned:\\x3aowned \\x1b[2J" in line for line in lines), lines
    assert load_registry(Path("claims.yaml")).sources
