"""Bad input through the CLI: each problem named on stderr, the rest used, exit 3, JSON still valid."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app

GOOD = "The harbour master said the port would reopen on Friday.\n"
ENV = {"CLAIMS_WIDTH": "400", "NO_COLOR": "1"}
PAGE = ("<html><head><meta property='og:site_name' content='Bay Herald'></head><body><nav>Home</nav>"
        "<article><p>Divers said the wreck was intact.</p></article></body></html>")

# name -> (bytes, expected stderr fragment, line or None, source ids that load from the file)
CASES: dict[str, tuple[bytes, str, int | None, list[str]]] = {
    "empty.txt": (b"", "empty file", None, []),
    "blank.md": (b"\n  \n\t\n", "empty file", None, []),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image", None, []),
    "nul.txt": (b"text\x00with\x00nuls and more text" * 3, "binary file", None, []),
    "report.pdf": (b"%PDF-1.4\n", "PDF document", None, []),
    "latin.txt": ("The caf\u00e9 owner said rents had doubled.\n".encode("cp1252"), "Windows-1252", None, ["latin"]),
    "bad_front.md": (b"---\ntitle: Bad: colon\n---\nThe ferry captain said the crossing was rough.\n",
                     "malformed YAML front matter", 2, ["bad_front"]),
    "feed.jsonl": (b'{"text": "A pilot said the runway was icy."}\n{oops\n{"text": "Crews said so."}\n',
                   "not valid JSON", 2, ["feed-1", "feed-3"]),
    "empty.html": (b"<html><body><nav>Home</nav></body></html>", "no article text found", None, []),
}


def _invoke(runner: CliRunner, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=ENV, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_named_rest_used_exit_3(runner: CliRunner, tmp_path: Path, name: str) -> None:
    data, message, line, ids = CASES[name]
    folder = _folder(tmp_path, {name: data})
    code, out, err = _invoke(runner, "list", "--seeds", str(folder), "--format", "json")
    assert code == 3
    where = f"{folder / name}:{line}" if line else str(folder / name)
    assert where in err and message in err
    doc = json.loads(out)
    assert sorted(s["id"] for s in doc["sources"]) == sorted(["good", *ids])
    assert any(s["path"] == str(folder / name) and message in s["reason"] for s in doc["skipped"])


def test_clean_folder_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"page.html": PAGE.encode(), "bom.txt": codecs.BOM_UTF8 + GOOD.encode(),
                                "wide.txt": GOOD.encode("utf-16")})
    code, out, err = _invoke(runner, "list", "--seeds", str(folder), "--format", "json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert [(s["id"], s["outlet"]) for s in doc["sources"]] == [
        ("bom", "bom"), ("good", "good"), ("page", "Bay Herald"), ("wide", "wide")]
    assert doc["skipped"] == []


def test_folder_of_everything_bad_and_good(runner: CliRunner, tmp_path: Path) -> None:
    files = {name: data for name, (data, *_rest) in CASES.items()}
    files["page.html"] = PAGE.encode()
    folder = _folder(tmp_path, files)
    (folder / "sources.yaml").write_text("../../etc/passwd:\n  outlet: X\ngood.txt:\n  outlet: Port Daily\n",
                                         encoding="utf-8")
    code, out, err = _invoke(runner, "list", "--seeds", str(folder), "--format", "json")
    assert code == 3
    doc = json.loads(out)
    ids = sorted(s["id"] for s in doc["sources"])
    assert ids == sorted(["good", "page", *(i for *_x, got in CASES.values() for i in got)])
    assert {s["id"]: s["outlet"] for s in doc["sources"]}["good"] == "Port Daily"
    assert "outside the manifest's folder" in err
    errors = [s for s in doc["skipped"] if s["level"] == "error"]
    warnings = [s for s in doc["skipped"] if s["level"] == "warning"]
    assert len(errors) == 8 and len(warnings) == 2  # cp1252 and the bad front matter are used, with warnings
    for lines in (err.count("skipped "), err.count("warning ")):
        assert lines >= 2


def test_missing_path_exit_3_and_valid_json(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = _invoke(runner, "list", "--seeds", str(tmp_path / "nope"), "--format", "json")
    assert code == 3 and "no such file or folder" in err
    assert json.loads(out)["sources"] == []


def test_stdin_article(runner: CliRunner) -> None:
    text = b"---\noutlet: Piped News\n---\nThe ranger said the trail was closed.\n"
    code, out, err = _invoke(runner, "list", "--seeds", "-", "--format", "json", stdin=text)
    assert (code, err) == (0, "")
    [src] = json.loads(out)["sources"]
    assert (src["id"], src["outlet"], src["path"]) == ("stdin", "Piped News", "<stdin>")


def test_stdin_html_is_recognised(runner: CliRunner) -> None:
    code, out, _ = _invoke(runner, "sources", "--seeds", "-", "--format", "json", stdin=PAGE.encode())
    assert code == 0
    assert json.loads(out)[0]["outlet"] == "Bay Herald"


def test_stdin_empty(runner: CliRunner) -> None:
    code, out, err = _invoke(runner, "list", "--seeds", "-", "--format", "json", stdin=b"")
    assert code == 3 and "<stdin>: empty file" in err
    assert json.loads(out)["skipped"][0]["path"] == "<stdin>"


def test_stdin_with_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {})
    code, out, _ = _invoke(runner, "list", "--seeds", str(folder), "--seeds", "-", "--format", "json",
                           stdin=b"The pilot said it was calm.")
    assert code == 0
    assert [s["id"] for s in json.loads(out)["sources"]] == ["good", "stdin"]


def test_sources_table_with_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"empty.txt": b""})
    code, out, err = _invoke(runner, "sources", "--seeds", str(folder))
    assert code == 3 and "good" in out and "empty.txt: empty file" in err


@pytest.mark.parametrize(
    ("manifest", "message", "line"),
    [
        (b"good.txt:\n  outlet: [unclosed\n", "malformed manifest", 3),
        (b"good.txt: Port Daily\n", "must be a mapping of fields", 1),
        (b"/etc/passwd:\n  outlet: X\n", "outside the manifest's folder", 1),
        (b"good.txt:\n  outlet: Caf\xe9\n", "not valid UTF-8", None),
    ],
)
def test_bad_manifest_named_articles_still_read(
    runner: CliRunner, tmp_path: Path, manifest: bytes, message: str, line: int | None
) -> None:
    folder = _folder(tmp_path, {"sources.yaml": manifest})
    code, out, err = _invoke(runner, "list", "--seeds", str(folder), "--format", "json")
    assert code == 3
    where = f"{folder / 'sources.yaml'}:{line}" if line else f"{folder / 'sources.yaml'}:"
    assert where in err and message in err
    assert [(s["id"], s["outlet"]) for s in json.loads(out)["sources"]] == [("good", "good")]


@pytest.mark.parametrize("command", [["list", "--format", "json"], ["sources", "--format", "json"], ["matrix"]])
def test_max_file_size_option(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    folder = _folder(tmp_path, {"long.txt": GOOD.encode() * 50})
    code, out, err = _invoke(runner, *command, "--seeds", str(folder), "--max-file-size", "1KB")
    assert code == 3
    assert f"{folder / 'long.txt'}: too large (2.9 KB; the limit is 1 KB; see --max-file-size)" in err
    if "--format" in command:
        doc = json.loads(out)
        assert [s["id"] for s in (doc["sources"] if isinstance(doc, dict) else doc)] == ["good"]
    code, _, err = _invoke(runner, *command, "--seeds", str(folder), "--max-file-size", "3KB")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("size", ["ten", "0", "5TB", "-3"])
def test_max_file_size_refuses_a_bad_size(runner: CliRunner, tmp_path: Path, size: str) -> None:
    code, _, err = _invoke(runner, "list", "--seeds", str(_folder(tmp_path, {})), "--max-file-size", size)
    assert code == 2 and "--max-file-size" in err


def test_check_max_file_size_applies_to_source_files(runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {})
    built = runner.invoke(app, ["build", "--seeds", str(folder), "--output", str(tmp_path / "claims.yaml")], env=ENV)
    assert built.exit_code == 0, built.output
    code, out, _ = _invoke(runner, "check", str(tmp_path / "claims.yaml"), "--max-file-size", "10")
    assert code == 1 and "too large" in out and "source-present" in out
    code, _, _ = _invoke(runner, "check", str(tmp_path / "claims.yaml"))
    assert code == 0
