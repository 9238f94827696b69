"""JSON Lines bulk files: one source per line, bad lines reported with their number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.errors import InputError
from claims.loader import evidence_text, load_file_bytes, load_paths
from claims.loader.bulk import BadLine, Record, read_jsonl


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


GOOD = "\n".join([
    _line(id="wire-1", text="The minister said the dam was safe.", outlet="Wire One",
          url="https://wireone.example/dam", published="2033-02-01", title="Dam safe"),
    _line(body="Engineers told the Echo the dam had cracks.", source={"id": "echo", "name": "The Echo"}),
    "",
    _line(content="  A spokesperson declined to comment.  ", url="https://www.valley-echo.example/x"),
]) + "\n"


def test_each_line_is_a_source() -> None:
    result = load_file_bytes(GOOD.encode(), "bulk.jsonl", "bulk")
    assert result.skipped == []
    one, two, three = result.sources
    assert (one.id, one.outlet, one.url, one.published, one.title) == (
        "wire-1", "Wire One", "https://wireone.example/dam", "2033-02-01", "Dam safe")
    assert (two.id, two.outlet) == ("bulk-2", "The Echo")  # no id: stem-line number
    assert (three.id, three.outlet) == ("bulk-4", "Valley-echo")  # outlet from the URL's domain
    assert three.text == "  A spokesperson declined to comment.  "
    assert three.body == "A spokesperson declined to comment."
    assert {s.path for s in result.sources} == {"bulk.jsonl"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a", "list"]', "not a JSON object"),
        ('{"title": "no text"}', "no article text"),
        ('{"text": 42}', "not a string"),
        ('{"text": "   "}', "is empty"),
        ('{"text": "ok said", "id": [1]}', "field 'id'"),
        ("[" * 100_000 + "]" * 100_000, "not"),
    ],
)
def test_bad_line_is_reported_rest_is_used(line: str, reason: str) -> None:
    data = "\n".join([_line(text="First, the mayor said."), line, _line(text="Third, the clerk said.")])
    result = load_file_bytes(data.encode(), "feed.jsonl", "feed")
    assert [s.id for s in result.sources] == ["feed-1", "feed-3"]
    [bad] = result.skipped
    assert bad.line == 2 and reason in bad.reason and bad.level == "error" and bad.path == "feed.jsonl"


def test_duplicate_id_keeps_first() -> None:
    data = "\n".join([_line(id=7, text="One said."), _line(id="7", text="Two said.")])
    result = load_file_bytes(data.encode(), "d.jsonl", "d")
    assert [(s.id, s.text) for s in result.sources] == [("7", "One said.")]
    assert result.skipped[0].line == 2 and "duplicate id '7'" in result.skipped[0].reason


def test_lines_split_only_at_newline() -> None:
    # U+2028 inside a JSON string is a character, not a line break.
    data = '{"text": "Before\u2028after, she said."}\n'
    [rec] = read_jsonl(data)
    assert isinstance(rec, Record) and rec.text == "Before\u2028after, she said." and rec.line == 1


def test_crlf_lines() -> None:
    items = read_jsonl('{"text": "a"}\r\n{"text": "b"}\r\n')
    assert [i.text for i in items if isinstance(i, Record)] == ["a", "b"]


def test_all_lines_bad_gives_only_skips() -> None:
    items = read_jsonl("nope\nstill nope\n")
    assert [i.line for i in items if isinstance(i, BadLine)] == [1, 2]


def test_manifest_entry_for_the_file_applies_to_every_record(tmp_path: Path) -> None:
    (tmp_path / "bulk.jsonl").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("bulk.jsonl:\n  outlet: Aggregator\nwire-1:\n  title: From manifest\n",
                                           encoding="utf-8")
    result = load_paths([tmp_path])
    assert result.skipped == []
    assert [s.outlet for s in result.sources] == ["Aggregator"] * 3
    assert result.sources[0].title == "From manifest"


def test_evidence_text_regenerates_record_text(tmp_path: Path) -> None:
    data = GOOD.encode()
    assert evidence_text(data, "bulk.jsonl", "bulk-2") == "Engineers told the Echo the dam had cracks."
    with pytest.raises(InputError, match="no source 'bulk-9'"):
        evidence_text(data, "bulk.jsonl", "bulk-9")


def test_load_bytes_picks_a_record_by_id() -> None:
    from claims.loader import load_bytes

    data = GOOD.encode()
    assert load_bytes(data, "dir/bulk.jsonl", "bulk-4").text.strip() == "A spokesperson declined to comment."
    assert load_bytes(data, "dir/bulk.jsonl", "wire-1").outlet == "Wire One"
    with pytest.raises(InputError, match="no source 'nope'"):
        load_bytes(data, "dir/bulk.jsonl", "nope")
    with pytest.raises(InputError, match="not valid JSON"):
        load_bytes(b"{broken\n", "dir/bulk.jsonl", "bulk-1")
