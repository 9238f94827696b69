"""Untrusted article files: bogus charsets, UTF-32, late NULs, lone surrogates, odd files and names.

Each case: no exception, a Skipped record naming the file (and line), the good file beside it loads.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claims.errors import InputError
from claims.loader import evidence_text, load_file_bytes, load_paths
from claims.safefiles import format_size, inside, parse_size, read_regular, shown
from claims.text import decode_bytes

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices, symlinks and byte file names")
GOOD = "The harbour master said the port would reopen on Friday.\n"
SAID = "The minister said the harbour would reopen on Friday."


def _page(charset: str, body: bytes = b"The caf\xe9 owner said rents had doubled.") -> bytes:
    return b"<html><head><meta charset='" + charset.encode() + b"'></head><body><article><p>" + body + \
        b"</p></article></body></html>"


@pytest.mark.parametrize(
    "charset", ["undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "utf-7", "base64",
                "rot13", "hex", "zlib", "uu", "utf-16", "utf-32", "nonsense", "mbcs"],
)
def test_a_charset_that_is_no_page_encoding_is_ignored_for_detection(charset: str) -> None:
    result = load_file_bytes(_page(charset), "page.html", "page")
    [src] = result.sources
    assert src.text == "The café owner said rents had doubled."
    assert [s.level for s in result.skipped] == ["warning"]  # the usual Windows-1252 guess, named


def test_unicode_escape_charset_is_not_honoured() -> None:
    result = load_file_bytes(_page("unicode_escape", b"A clerk said \\u0041\\x42 \xe9."), "p.html", "p")
    assert result.sources[0].text == "A clerk said \\u0041\\x42 é."


@pytest.mark.parametrize("charset", ["iso-8859-2", "windows-1251", "koi8-r", "shift_jis", "latin1"])
def test_real_page_charsets_are_still_used(charset: str) -> None:
    body = "Посол сказал" if charset in {"windows-1251", "koi8-r"} else "Minister řekl" if charset == "iso-8859-2" \
        else "大臣は言った" if charset == "shift_jis" else "Le café a dit"
    result = load_file_bytes(_page(charset, body.encode(charset)), "p.html", "p")
    assert result.sources[0].text == body and result.skipped == []


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_is_detected(encoding: str) -> None:
    data = GOOD.encode(encoding)
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == GOOD
    assert (decoded.warning is None) is (encoding == "utf-32")  # with a BOM no guess was needed


def test_nul_after_the_first_8_kb_means_binary() -> None:
    data = (GOOD * 400).encode() + b"\x00" + GOOD.encode()
    result = load_file_bytes(data, "late.txt", "late")
    assert result.sources == [] and "NUL" in result.skipped[0].reason


def test_lone_surrogate_in_jsonl_text_is_replaced_with_a_warning() -> None:
    line = json.dumps({"id": "s", "text": "The minister said \ud800 the harbour would reopen.",
                       "outlet": "Wire \udfff"}, ensure_ascii=True)
    data = (line + "\n" + json.dumps({"text": SAID}) + "\n").encode()
    result = load_file_bytes(data, "feed.jsonl", "feed")
    assert [s.id for s in result.sources] == ["s", "feed-2"]
    first = result.sources[0]
    assert first.text == "The minister said \ufffd the harbour would reopen." and first.outlet == "Wire \ufffd"
    [warning] = result.skipped
    assert (warning.level, warning.line) == ("warning", 1) and "surrogate" in warning.reason
    assert evidence_text(data, "feed.jsonl", "s") == first.text  # check regenerates the same text
    json.dumps(first.model_dump(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_surrogate_pairs_are_kept() -> None:
    data = json.dumps({"text": "The mayor said \U0001F600 it was fine."}, ensure_ascii=True).encode()
    result = load_file_bytes(data, "f.jsonl", "f")
    assert result.sources[0].text == "The mayor said \U0001F600 it was fine." and result.skipped == []


@pytest.mark.parametrize(
    "front",
    [
        "x: " + "[" * 10_000 + "]" * 10_000,
        "x: " + "{a: " * 5_000,
        "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" + "\n" for i in range(8))
        + "title: *i",
        "title: &t [*t]",
        "published: 2026-13-45",
        "title: !!python/object/apply:os.system ['echo pwned']",
    ],
    ids=["deep-list", "deep-map", "alias-bomb", "cycle", "bad-date", "python-tag"],
)
def test_hostile_front_matter_keeps_the_article(front: str) -> None:
    data = f"---\n{front}\n---\n{SAID}\n".encode()
    result = load_file_bytes(data, "a.md", "a")
    [src] = result.sources
    assert src.text[src.body_start : src.body_end] == SAID
    assert len(src.title or "") < 100


def test_front_matter_values_are_kept_as_written() -> None:
    data = f"---\ntitle: No\npublished: 2026-01-31\noutlet: 1e3\n---\n{SAID}\n".encode()
    [src] = load_file_bytes(data, "a.md", "a").sources
    assert (src.title, src.published, src.outlet) == ("No", "2026-01-31", "1e3")


# --- files and folders ------------------------------------------------------------------------


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


@POSIX
def test_fifo_in_a_folder_is_skipped_with_a_message(tmp_path: Path) -> None:
    folder = _seeds(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    result = load_paths([folder])
    assert [s.id for s in result.sources] == ["good"]
    [skip] = result.skipped
    assert skip.path == str(folder / "pipe.txt") and "FIFO" in skip.reason


@POSIX
def test_fifo_named_explicitly_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    [skip] = load_paths([tmp_path / "pipe.txt"]).skipped
    assert "FIFO" in skip.reason


@POSIX
def test_symlink_loop_is_skipped_with_a_message(tmp_path: Path) -> None:
    folder = _seeds(tmp_path)
    (folder / "loop.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop.txt")
    result = load_paths([folder])
    assert [s.id for s in result.sources] == ["good"]
    assert sorted(s.path for s in result.skipped) == [str(folder / "loop.txt"), str(folder / "loop2.txt")]
    assert all("symlink loop" in s.reason for s in result.skipped)


@POSIX
def test_symlink_leaving_the_folder_is_skipped_unless_named(tmp_path: Path) -> None:
    folder = _seeds(tmp_path)
    outside = tmp_path / "private.txt"
    outside.write_text("The private diary said nothing.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    (folder / "inner.txt").symlink_to(folder / "good.txt")
    result = load_paths([folder])
    assert [s.id for s in result.sources] == ["good", "inner"]  # a link inside the folder is fine
    [skip] = result.skipped
    assert skip.path == str(folder / "link.txt") and "outside the folder" in skip.reason
    assert str(outside) not in skip.reason and "diary" not in skip.reason
    named = load_paths([folder / "link.txt"])  # named explicitly: the user chose it
    assert [s.id for s in named.sources] == ["link"] and named.skipped == []


@POSIX
def test_device_named_explicitly_is_refused_without_reading(tmp_path: Path) -> None:
    result = load_paths([Path("/dev/zero"), _seeds(tmp_path)])
    assert [s.id for s in result.sources] == ["good"]
    assert "device" in result.skipped[0].reason


@POSIX
def test_undecodable_file_name_is_kept_and_shown_escaped(tmp_path: Path) -> None:
    folder = _seeds(tmp_path)
    raw = os.fsencode(str(folder)) + b"/caf\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write(SAID.encode())
    result = load_paths([folder])
    assert [s.id for s in result.sources] == ["caf\\xff\\xfe", "good"]
    src = result.sources[0]
    assert src.path == str(folder / "caf\\xff\\xfe.txt")
    src.model_dump_json()  # printable and writable
    [warning] = result.skipped
    assert warning.level == "warning" and "not valid UTF-8" in warning.reason
    assert warning.path == src.path


@pytest.mark.parametrize("name", ["-dash.txt", "--seeds.txt", "new\nline.txt", "tab\tname.txt", " space .txt"])
def test_odd_file_names_load(tmp_path: Path, name: str) -> None:
    folder = _seeds(tmp_path)
    (folder / name).write_text(SAID, encoding="utf-8")
    result = load_paths([folder])
    assert sorted(s.id for s in result.sources) == sorted(["good", Path(name).stem])
    assert result.skipped == []


def test_max_file_size_applies_with_a_message(tmp_path: Path) -> None:
    folder = _seeds(tmp_path)
    (folder / "big.txt").write_text(SAID * 100, encoding="utf-8")
    result = load_paths([folder], max_file_size=1000)
    assert [s.id for s in result.sources] == ["good"]
    [skip] = result.skipped
    assert "too large (5.3 KB; the limit is 1 KB" in skip.reason and "--max-file-size" in skip.reason


def test_max_file_size_applies_to_each_json_lines_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": SAID}) + "\n" + json.dumps({"text": SAID * 40}) + "\n", encoding="utf-8")
    result = load_paths([path], max_file_size=1000)
    assert [s.id for s in result.sources] == ["feed-1"]
    [skip] = result.skipped
    assert skip.line == 2 and "too large" in skip.reason


def test_stdin_is_read_up_to_the_limit() -> None:
    result = load_paths([Path("-")], stdin=lambda: b"x" * 5000, max_file_size=1000)
    assert result.sources == [] and "too large" in result.skipped[0].reason


# --- the helpers ------------------------------------------------------------------------------


def test_read_regular_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        read_regular(tmp_path, 100)
    with pytest.raises(InputError, match="no such file"):
        read_regular(tmp_path / "missing", 100)
    (tmp_path / "a").write_bytes(b"12345")
    assert read_regular(tmp_path / "a", 5) == b"12345"
    with pytest.raises(InputError, match="too large"):
        read_regular(tmp_path / "a", 4)


@POSIX
def test_inside(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    assert inside(tmp_path / "sub" / "x", tmp_path)
    assert not inside(tmp_path / ".." / "x", tmp_path)
    assert not inside(Path("/etc/passwd"), tmp_path)
    (tmp_path / "sub" / "out").symlink_to("/etc")
    assert not inside(tmp_path / "sub" / "out" / "passwd", tmp_path)


@pytest.mark.parametrize(("text", "size"), [("20MB", 20_000_000), ("20 mb", 20_000_000), ("500k", 500_000),
                                           ("1G", 1_000_000_000), ("1000", 1000), ("1.5MB", 1_500_000)])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-1", "0", "ten", "5 TB"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_format_size_and_shown() -> None:
    assert [format_size(n) for n in (999, 1000, 1500, 20_000_000)] == ["999 bytes", "1 KB", "1.5 KB", "20 MB"]
    assert shown("caf\udcff.txt") == "caf\\xff.txt" and shown("plain.txt") == "plain.txt"
    assert shown("x\ud800") == "x\\ud800"


def test_a_tag_in_front_matter_is_a_warning_never_constructed() -> None:
    data = f"---\noutlet: Wire\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n{SAID}\n".encode()
    result = load_file_bytes(data, "a.md", "a")
    [src] = result.sources
    assert (src.outlet, src.title) == ("Wire", None)
    [warning] = result.skipped
    assert (warning.level, warning.line) == ("warning", 3) and "tag" in warning.reason
