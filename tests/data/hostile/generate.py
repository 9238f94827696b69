"""Write the hostile test corpus: `python tests/data/hostile/generate.py` (from the repository root).

Three families, each a folder of cases and an `expect.yaml` saying what each case must give:

- `articles/`: one bad article file each, read beside good seed articles;
- `manifests/`: one bad `sources.yaml` each, in a folder of good seed articles;
- `registries/`: one bad `claims.yaml` each, beside the articles of tests/data/registry/articles.

Cases that cannot be files in git (FIFOs, symlinks, undecodable or multi-line names, devices,
huge sparse files) are made by fixtures in tests/test_hostile_corpus.py.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
SAID = "The minister said the harbour would reopen on Friday, and the union said it would wait."
CAFE = "The caf\u00e9 owner said rents had doubled since the spring."


def _page(charset: str) -> bytes:
    return (f"<html><head><meta charset='{charset}'></head><body><article><p>{CAFE}</p></article></body>"
            "</html>").encode("cp1252")


def _bomb(prefix: str = "") -> str:
    text = prefix + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(8):
        prev, name = chr(97 + i), chr(98 + i)
        text += f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    return text


# name -> (bytes, expectation). expectation: message (a fragment of the reason), line (or null),
# level (error: the file or line is left out; warning: used), exit (3 unless said), sources (ids the
# file itself gives).
ARTICLES: dict[str, tuple[bytes, dict[str, Any]]] = {
    # bad encodings
    "charset-undefined.html": (_page("undefined"), {"message": "read as Windows-1252", "level": "warning",
                                                    "sources": ["charset-undefined"]}),
    "charset-idna.html": (_page("idna"), {"message": "read as Windows-1252", "level": "warning",
                                          "sources": ["charset-idna"]}),
    "charset-punycode.html": (_page("punycode"), {"message": "read as Windows-1252", "level": "warning",
                                                  "sources": ["charset-punycode"]}),
    "charset-unicode-escape.html": (_page("unicode_escape"), {"message": "read as Windows-1252",
                                                              "level": "warning",
                                                              "sources": ["charset-unicode-escape"]}),
    "charset-base64.html": (_page("base64"), {"message": "read as Windows-1252", "level": "warning",
                                              "sources": ["charset-base64"]}),
    "charset-utf-7.html": (_page("utf-7"), {"message": "read as Windows-1252", "level": "warning",
                                            "sources": ["charset-utf-7"]}),
    "utf32-no-bom.txt": (SAID.encode("utf-32-le"), {"message": "read as UTF-32-LE", "level": "warning",
                                                    "sources": ["utf32-no-bom"]}),
    "utf32-bom.txt": (SAID.encode("utf-32"), {"exit": 0, "sources": ["utf32-bom"]}),
    "utf16-bad-bom.txt": (codecs.BOM_UTF16_LE + b"\x00\xd8", {"message": "not valid UTF-16"}),
    "utf32-bad-bom.txt": (codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00", {"message": "not valid UTF-32"}),
    "nul-late.txt": ((SAID + "\n") .encode() * 200 + b"\x00" + SAID.encode(), {"message": "NUL"}),
    "control-bytes.txt": (bytes(range(1, 9)) * 200, {"message": "binary file"}),
    "not-utf8.txt": (CAFE.encode("cp1252"), {"message": "not valid UTF-8 (byte 0xe9 on line 1)",
                                             "level": "warning", "sources": ["not-utf8"]}),
    "pdf-renamed.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {"message": "PDF document"}),
    # bad JSON Lines
    "surrogate.jsonl": ((json.dumps({"id": "s1", "text": "The minister said \ud800 the harbour would reopen."})
                         + "\n" + json.dumps({"id": "s2", "text": SAID}) + "\n").encode(),
                        {"message": "lone surrogate", "line": 1, "level": "warning", "sources": ["s1", "s2"]}),
    "deep.jsonl": (("[" * 100_000 + "\n" + json.dumps({"text": SAID}) + "\n").encode(),
                   {"message": "not valid JSON", "line": 1, "sources": ["deep-2"]}),
    "not-object.jsonl": (b'["a", "list"]\n' + json.dumps({"text": SAID}).encode() + b"\n",
                         {"message": "not a JSON object", "line": 1, "sources": ["not-object-2"]}),
    "no-text.jsonl": (json.dumps({"text": SAID}).encode() + b'\n{"body": 12}\n',
                      {"message": "field 'body' is not a string", "line": 2, "sources": ["no-text-1"]}),
    "duplicate-id.jsonl": ((json.dumps({"id": 7, "text": SAID}) + "\n" + json.dumps({"id": "7", "text": SAID})
                            + "\n").encode(), {"message": "duplicate id '7'", "line": 2, "sources": ["7"]}),
    "bad-id.jsonl": ((json.dumps({"id": [1], "text": SAID}) + "\n").encode(), {"message": "field 'id'", "line": 1}),
    "nan.jsonl": (b'{"text": NaN}\n{"text": "' + SAID.encode() + b'", "outlet": Infinity}\n',
                  {"message": "field 'text' is not a string", "line": 1, "sources": ["nan-2"]}),
    "truncated.jsonl": ((json.dumps({"text": SAID}) + "\n" + '{"text": "The mayor said').encode(),
                        {"message": "not valid JSON", "line": 2, "sources": ["truncated-1"]}),
    # hostile front matter: the article is still used
    "front-bomb.md": (("---\n" + _bomb() + "title: *i\n---\n" + SAID + "\n").encode(),
                      {"message": "alias bomb", "line": 7, "level": "warning", "sources": ["front-bomb"]}),
    "front-deep.md": (("---\ntitle: " + "[" * 10_000 + "]" * 10_000 + "\n---\n" + SAID + "\n").encode(),
                      {"message": "malformed YAML front matter", "line": 2, "level": "warning",
                       "sources": ["front-deep"]}),
    "front-deep-map.md": (("---\ntitle: " + "{a: " * 5_000 + "\n---\n" + SAID + "\n").encode(),
                          {"message": "malformed YAML front matter", "line": 2, "level": "warning",
                           "sources": ["front-deep-map"]}),
    "front-tag.md": (("---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + SAID + "\n").encode(),
                     {"message": "has the tag", "line": 2, "level": "warning", "sources": ["front-tag"]}),
    "front-bad-date.md": (("---\npublished: 2026-13-45\ndate: !!timestamp 2026-02-30\n---\n" + SAID).encode(),
                          {"exit": 0, "sources": ["front-bad-date"]}),
    "empty-after-front.md": (b"---\ntitle: x\n---\n   \n", {"message": "no article text"}),
}

MANIFESTS: dict[str, tuple[str, dict[str, Any]]] = {
    "wrong-types.yaml": ("good.txt:\n  outlet: [1, 2]\n  url: {a: b}\n  published: 2026-13-45\n  title: 12345\n",
                         {"message": "field 'outlet' of entry 'good.txt' must be text, not a list", "line": 2}),
    "deep-list.yaml": ("x: " + "[" * 10_000 + "]" * 10_000 + "\n", {"message": "malformed manifest", "line": 1}),
    "deep-map.yaml": ("x: " + "{a: " * 5_000 + "\n", {"message": "malformed manifest", "line": 1}),
    "deep-block.yaml": ("".join(" " * i + "k:\n" for i in range(0, 200, 2)),
                        {"message": "nested too deeply", "line": 65}),
    "alias-bomb.yaml": (_bomb(), {"message": "alias bomb", "line": 6}),
    "fan-out.yaml": ("e: &e {outlet: X}\nl: &l [" + ", ".join(["*e"] * 3000) + "]\ng: [" + ", ".join(["*l"] * 3000)
                     + "]\n", {"message": "alias bomb", "line": 3}),
    "cycle.yaml": ("good.txt: &g {outlet: *g}\n", {"message": "cycle", "line": 1}),
    "python-tag.yaml": ("good.txt:\n  outlet: !!python/object/apply:os.system ['echo pwned']\n",
                        {"message": "has the tag", "line": 2}),
    "duplicate-entry.yaml": ("good.txt:\n  outlet: A\ngood.txt:\n  outlet: B\n",
                             {"message": "entry 'good.txt' appears twice (first on line 1)", "line": 3}),
    "duplicate-field.yaml": ("good.txt:\n  outlet: A\n  outlet: B\n",
                             {"message": "field 'outlet' of entry 'good.txt' appears twice", "line": 3}),
    "not-a-mapping.yaml": ("- good.txt\n- other.txt\n", {"message": "must map file names", "line": None}),
    "entry-not-a-mapping.yaml": ("good.txt: [outlet, X]\n", {"message": "must be a mapping of fields", "line": 1}),
    "path-escape.yaml": ("../../../../etc/passwd:\n  outlet: X\n", {"message": "outside the manifest's folder",
                                                                    "line": 1}),
    "two-documents.yaml": ("good.txt: {outlet: A}\n---\ngood.txt: {outlet: B}\n",
                           {"message": "malformed manifest", "line": 2}),
    "int-key.yaml": ("[1, 2]: {outlet: X}\n", {"message": "must be a file name", "line": 1}),
}

_REGISTRY = (HERE.parent / "registry" / "valid" / "harbour.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
_WIRE_PATH = "path: articles/harbour-wire.txt"


def _with_path(path: str) -> str:
    return "# a source path that is not a plain file inside the registry's folder\n" + _REGISTRY.replace(
        _WIRE_PATH, f"path: {json.dumps(path)}")


# name -> (text, expectation): rule and line of the one finding `claims check` must give (exit 1).
REGISTRIES: dict[str, tuple[str, dict[str, Any]]] = {
    "billion-laughs.yaml": (_bomb("# expect an alias bomb to be reported, not expanded\n"),
                            {"rule": "yaml-limits", "line": 7, "message": "alias bomb"}),
    "fan-out.yaml": (
        "version: 1\nsources: []\nclaim: &c {id: 'a:1', status: unreviewed, note: '', source: a, speaker: He, "
        "speaker_id: he, via: null, cue: said, kind: direct, content: x, start: 0, end: 1}\n"
        f"list: &l [{', '.join(['*c'] * 3000)}]\n"
        "group: &g {id: g, label: x, status: unreviewed, note: '', flags: [], claims: *l}\n"
        f"groups: [{', '.join(['*g'] * 3000)}]\n", {"rule": "yaml-limits", "line": 5, "message": "alias bomb"}),
    "deep-list.yaml": ("version: 1\nstory: " + "[" * 10_000 + "]" * 10_000 + "\n",
                       {"rule": "yaml-syntax", "line": 2, "message": "nesting depth"}),
    "deep-map.yaml": ("version: 1\nstory: " + "{a: " * 5_000 + "\n", {"rule": "yaml-limits", "line": 2,
                                                                      "message": "nested too deeply"}),
    "cycle.yaml": ("version: 1\nsources: &s [*s]\n", {"rule": "yaml-limits", "line": 2, "message": "cycle"}),
    "python-tag.yaml": ("version: 1\nstory: !!python/object/apply:os.system ['echo pwned > pwned.txt']\n",
                        {"rule": "yaml-unsafe-tag", "line": 2, "message": "never executed"}),
    "custom-tag.yaml": ("version: 1\nstory: !include /etc/passwd\n",
                        {"rule": "yaml-unsafe-tag", "line": 2, "message": "never executed"}),
    "int-tag.yaml": ("version: !!int one\n", {"rule": "yaml-syntax", "line": 1, "message": "does not fit its tag"}),
    "bad-timestamp.yaml": ("version: 1\nstory: !!timestamp 2026-13-45\nsources: []\ngroups: []\n", {"exit": 0}),
    "surrogate-escape.yaml": ('version: 1\nstory: "harbour \\ud800"\n',
                              {"rule": "yaml-syntax", "line": 2, "message": "Unicode"}),
    "source-passwd.yaml": (_with_path("../../../../../../../../etc/passwd"),
                           {"rule": "source-present", "line": 17, "message": "outside the registry's folder"}),
    "source-absolute.yaml": (_with_path("/etc/passwd"),
                             {"rule": "source-present", "line": 17, "message": "outside the registry's folder"}),
    "source-dev-zero.yaml": (_with_path("/dev/zero"),
                             {"rule": "source-present", "line": 17, "message": "outside the registry's folder"}),
    "source-dotdot.yaml": (_with_path("articles/../../registry/articles/harbour-wire.txt"),
                           {"rule": "source-present", "line": 17, "message": "outside the registry's folder"}),
    "source-folder.yaml": (_with_path("articles"), {"rule": "source-present", "line": 17, "message": "a folder"}),
    "source-nul.yaml": (_with_path("articles/harbour-wire.txt\u0000.png"),
                        {"rule": "source-present", "line": 17, "message": "not a valid file name"}),
}


def main() -> None:
    families: dict[str, dict[str, tuple[Any, dict[str, Any]]]] = {
        "articles": dict(ARTICLES), "manifests": dict(MANIFESTS), "registries": dict(REGISTRIES)}
    for family, cases in families.items():
        folder = HERE / family
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, (content, _) in cases.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            (folder / name).write_bytes(data)
        expect = {name: want for name, (_, want) in cases.items()}
        (HERE / f"{family}.expect.yaml").write_text(
            "# Written by generate.py: what each case in " + family + "/ must give.\n"
            + yaml.safe_dump(expect, sort_keys=True, allow_unicode=True), encoding="utf-8")


if __name__ == "__main__":
    main()
