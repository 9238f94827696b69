"""The manifest: safe names only, bad entries left out, a bad manifest reported not fatal."""

from __future__ import annotations

import os
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


# --- hostile manifests: wrong types, nesting, bombs, tags, duplicates -------------------------


def test_wrong_types_are_reported_with_their_line_and_the_rest_applies(tmp_path: Path) -> None:
    manifest = ("story.txt:\n  outlet: [1, 2]\n  url: {a: b}\n  published: 2026-13-45\n  title: 12345\n")
    result = load_paths([_folder(tmp_path, manifest)])
    [src] = result.sources
    assert (src.outlet, src.url, src.published, src.title) == ("story", None, "2026-13-45", "12345")
    problems = {(p.line, p.reason.split(":")[0]) for p in result.skipped}
    assert problems == {(2, "field 'outlet' of entry 'story.txt' must be text, not a list"),
                        (3, "field 'url' of entry 'story.txt' must be text, not a mapping")}
    assert all(p.path.endswith("sources.yaml") and p.level == "error" for p in result.skipped)


@pytest.mark.parametrize(
    ("value", "kept"),
    [("No", "No"), ("2026-01-31", "2026-01-31"), ("1e3", "1e3"), ("0x1F", "0x1F"), ("'quoted'", "quoted"),
     ('"tab\\there"', "tab\there")],
)
def test_values_are_kept_as_written(tmp_path: Path, value: str, kept: str) -> None:
    [src] = load_paths([_folder(tmp_path, f"story.txt:\n  title: {value}\n")]).sources
    assert src.title == kept


@pytest.mark.parametrize(
    ("manifest", "line", "message"),
    [
        ("x: " + "[" * 10_000 + "]" * 10_000 + "\n", 1, "nest"),
        ("x: " + "{a: " * 5_000 + "\n", 1, "nest"),
        ("a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)), 6, "alias"),
        ("story.txt: &s {outlet: *s}\n", 1, "cycle"),
    ],
    ids=["deep-list", "deep-map", "alias-bomb", "cycle"],
)
def test_hostile_yaml_is_reported_fast_and_articles_still_load(
    tmp_path: Path, manifest: str, line: int, message: str
) -> None:
    import time

    start = time.perf_counter()
    result = load_paths([_folder(tmp_path, manifest)])
    assert time.perf_counter() - start < 1.0
    assert [s.id for s in result.sources] == ["story"]
    [problem] = result.skipped
    assert problem.line == line and message in problem.reason.lower() and "it is ignored" in problem.reason


def test_tags_are_reported_never_constructed(tmp_path: Path) -> None:
    manifest = "story.txt:\n  outlet: !!python/object/apply:os.system ['echo pwned > pwned.txt']\n  title: T\n"
    result = load_paths([_folder(tmp_path, manifest)])
    [src] = result.sources
    assert (src.outlet, src.title) == ("story", "T")
    [problem] = result.skipped
    assert problem.line == 2 and "tag" in problem.reason
    assert not (tmp_path / "pwned.txt").exists() and not Path("pwned.txt").exists()


def test_duplicate_entries_and_fields_are_reported(tmp_path: Path) -> None:
    manifest = "story.txt:\n  outlet: A\n  outlet: B\nstory.txt:\n  title: Later\n"
    result = load_paths([_folder(tmp_path, manifest)])
    [src] = result.sources
    assert (src.outlet, src.title) == ("story", "Later")  # the later entry wins, as in every YAML loader
    reasons = sorted((p.line, p.reason) for p in result.skipped)
    assert [line for line, _ in reasons] == [3, 4]
    assert "field 'outlet' of entry 'story.txt' appears twice (first on line 2)" in reasons[0][1]
    assert "entry 'story.txt' appears twice (first on line 1)" in reasons[1][1]


def test_a_key_that_is_not_a_name(tmp_path: Path) -> None:
    result = load_paths([_folder(tmp_path, "[a, b]: {outlet: X}\nstory.txt: {outlet: Port News}\n")])
    assert result.sources[0].outlet == "Port News"
    [problem] = result.skipped
    assert problem.line == 1 and "must be a file name" in problem.reason


def test_lone_surrogate_in_a_value_never_reaches_a_source(tmp_path: Path) -> None:
    import yaml

    result = load_paths([_folder(tmp_path, 'story.txt:\n  outlet: "Port \\ud800 News"\n')])
    [problem] = result.skipped
    assert problem.line == 2
    if hasattr(yaml, "CSafeLoader"):  # libyaml refuses the escape: the manifest is malformed
        assert result.sources[0].outlet == "story" and "malformed manifest" in problem.reason
    else:  # the pure-Python parser accepts it: repaired, with a warning
        assert result.sources[0].outlet == "Port \ufffd News"
        assert problem.level == "warning" and "surrogate" in problem.reason


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks")
def test_manifest_that_is_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The harbour master said the port was closed.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "sources.yaml")
    result = load_paths([tmp_path])
    assert [s.id for s in result.sources] == ["story"]
    [problem] = result.skipped
    assert "FIFO" in problem.reason and problem.path.endswith("sources.yaml")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks")
def test_manifest_symlink_leaving_the_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("story.txt:\n  outlet: Leaked\n", encoding="utf-8")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "story.txt").write_text("The harbour master said the port was closed.\n", encoding="utf-8")
    (folder / "sources.yaml").symlink_to(secret)
    result = load_paths([folder])
    assert result.sources[0].outlet == "story"
    [problem] = result.skipped
    assert "outside" in problem.reason and "Leaked" not in problem.reason
