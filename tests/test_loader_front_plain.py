"""Front matter of plain `key: value` lines is read without YAML (`shapes._plain_meta`): the same
metadata YAML gives, or no answer (YAML then reads it)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.loader.shapes import Parsed, _plain_meta, _yaml_front_matter

KEYS = ["outlet", "Title", "url", "published", "date", "source", "site", "x-y", "yes", "null", "on", "Link"]
SEPARATORS = [":", ": ", ":  ", ":\t", " :", ":x"]
VALUES = [
    "2026-05-04", '"2026-05-04"', '"A quoted title: with a colon"', "'single'", "'it''s'", '"a\\"b"', '"a\\nb"',
    "a: b", "a #c", "#c", "- x", "-5", "[1, 2]", "{a: 1}", "a [b] c", "null", "~", "Null", "", "No", "yes", "1.5",
    ".inf", "<<", "=", "!!str x", "&a x", "*a", "|", ">", "café", "a\\b", "x:", "q'uote", 'say "hi"', "\u00a0x",
    "   ", "tab\there", "0x1F", "1_000", "190:20:30", "https://a.example/b?c=d#e", "Q&A", "%x", "@x", "`x`",
    "The Orchard Dispatch", "ends with space ", "a:b", "...", "---", "\u2028x", "\ud800",
]
OTHER_LINES = ["", "# comment", "  indented: x", "- item", "...", "key", "key: |", "  folded"]

lines = st.one_of(
    st.builds(lambda k, s, v: k + s + v, st.sampled_from(KEYS), st.sampled_from(SEPARATORS), st.sampled_from(VALUES)),
    st.sampled_from(OTHER_LINES),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(lines, min_size=1, max_size=6))
def test_plain_front_matter_reads_as_yaml(block_lines: list[str]) -> None:
    block = "\n".join(block_lines) + "\n"
    meta = _plain_meta(block)
    if meta is not None:
        assert _yaml_front_matter(block, 0, 0) == Parsed(0, 0, meta)


def test_common_front_matter_is_read_plainly() -> None:
    block = ('outlet: The Orchard Dispatch\npublished: "2026-05-04"\ndate: 2026-05-05\n'
             "url: https://www.orcharddispatch.example/a\ntitle: \"Kestrel: The government would not pay\"\n"
             "tags:\nTitle: No\n")
    meta = _plain_meta(block)
    assert meta == {"outlet": "The Orchard Dispatch", "published": "2026-05-04",
                    "url": "https://www.orcharddispatch.example/a", "title": "Kestrel: The government would not pay"}
    assert _yaml_front_matter(block, 0, 0) == Parsed(0, 0, meta)


def test_what_the_lines_cannot_say_goes_to_yaml() -> None:
    for block in ("tags:\n  - a\n", "title: a # note\n", "title: 'it''s'\n", "merge: <<\n", "\n", "title: a\n\n",
                  "title: x\r\n"):
        assert _plain_meta(block) is None
