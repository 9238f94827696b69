"""The manifest: safe names only, bad entries left out, a bad manifest reported not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.errors import InputError
from claims.loader import load_paths
from claims.loader.manifest import is_safe_name, read_manifest


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("story.txt", True),
        ("story", True),
        ("a b.md", True),
        ("../outside.txt", False),
        ("sub/../../x.txt", False),
        ("..", False),
        ("sub/story.txt", False),
        ("/etc/passwd", False),
        ("\\\\server\\share\\x.txt", False),
        ("C:\\Users\\x.txt", False),
        ("C:x.txt", False),
        ("..\\x.txt", False),
        ("", False),
    ],
)
def test_is_safe_name(name: str, safe: bool) -> None:
    assert is_safe_name(name) is safe


def _folder(tmp_path: Path, manifest: str) -> Path:
    (tmp_path / "story.txt").write_text("The harbour master said the port was closed.\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(manifest, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("bad", ["../secret.txt", "/etc/hosts", "sub/story.txt", "C:\\temp\\a.txt"])
def test_entries_outside_the_folder_are_refused_others_apply(tmp_path: Path, bad: str) -> None:
    folder = _folder(tmp_path, f'sources:\n  "{bad}":\n    outlet: Evil\n  story.txt:\n    outlet: Port News\n')
    result = load_paths([folder])
    [src] = result.sources
    assert src.outlet == "Port News"
    [problem] = result.skipped
    assert problem.level == "error" and "outside the manifest's folder" in problem.reason
    assert problem.path.endswith("sources.yaml") and problem.line == 2


def test_manifest_never_reads_a_file_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret said to be outside.\n", encoding="utf-8")
    folder = tmp_path / "seeds"
    folder.mkdir()
    _folder(folder, "sources:\n  ../outside.txt:\n    outlet: X\n")
    result = load_paths([folder])
    assert [s.id for s in result.sources] == ["story"]


@pytest.mark.parametrize(
    ("manifest", "message", "line"),
    [
        ("sources:\n  story.txt: [unclosed\n", "malformed manifest", 3),
        ("- just\n- a list\n", "must map file names", None),
        ("sources: 12\n", "must map file names", None),
    ],
)
def test_unusable_manifest_is_reported_and_articles_still_load(
    tmp_path: Path, manifest: str, message: str, line: int | None
) -> None:
    result = load_paths([_folder(tmp_path, manifest)])
    assert [s.outlet for s in result.sources] == ["story"]
    [problem] = result.skipped
    assert message in problem.reason and problem.line == line and problem.level == "error"


def test_entry_that_is_not_a_mapping(tmp_path: Path) -> None:
    result = load_paths([_folder(tmp_path, "sources:\n  story.txt: Port News\n")])
    assert "must be a mapping" in result.skipped[0].reason
    assert result.sources[0].outlet == "story"


def test_entry_naming_no_file_is_a_warning(tmp_path: Path) -> None:
    result = load_paths([_folder(tmp_path, "story.txt:\n  outlet: Port News\nmissing.txt:\n  outlet: Gone\n")])
    assert result.sources[0].outlet == "Port News"
    [warning] = result.skipped
    assert warning.level == "warning" and "'missing.txt' names no article" in warning.reason


def test_manifest_not_utf8(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "")
    (folder / "sources.yaml").write_bytes(b"story.txt:\n  outlet: Caf\xe9\n")
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_manifest(folder)


def test_empty_manifest_is_fine(tmp_path: Path) -> None:
    assert load_paths([_folder(tmp_path, "# nothing yet\n")]).skipped == []
