"""What reviewers type by hand: natural values are read as typed, mistakes get a message naming the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.errors import InputError
from claims.registry.check import check_text
from claims.registry.model import Status
from claims.registry.store import load_registry

HEAD = "version: 1\nsources: []\ngroups:\n- id: g1\n"


def messages(text: str) -> list[str]:
    found = check_text(text, Path("claims.yaml"))
    return [f"{f.line}: {f.message} ({f.rule})" for f in found if f.rule != "empty-group"]


@pytest.mark.parametrize(
    ("typed", "read"),
    [("2023-03-10", "2023-03-10"), ("yes", "yes"), ("", ""), ("No", "No"), ("12.50", "12.50"), ("~", "")],
)
def test_a_note_is_read_as_typed(tmp_path: Path, typed: str, read: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + f"  note: {typed}\n  label: {typed}\n", encoding="utf-8")
    assert messages(path.read_text(encoding="utf-8")) == []
    group = load_registry(path).groups[0]
    assert (group.note, group.label) == (read, read)


def test_status_false_unquoted_is_the_status_but_no_and_off_are_not(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + "  status: false\n", encoding="utf-8")
    assert load_registry(path).groups[0].status is Status.FALSE
    for typed in ("no", "off", "False"):
        found = messages(HEAD + f"  status: {typed}\n")
        assert found == [
            f"5: groups[0].status: status {typed!r} is not a review status"
            + ("; did you mean 'false'?" if typed == "False" else "")
            + " (valid: unreviewed, confirmed, disputed, false, retracted) (schema)"
        ]


def test_offsets_must_be_integers() -> None:
    claim = (
        "  claims:\n  - id: a:1\n    source: a\n    speaker: He\n    speaker_id: he\n    cue: said\n"
        "    kind: direct\n    content: x\n    start: '1414'\n    end: 1415\n"
    )
    found = messages(HEAD + claim)
    assert any("groups[0].claims[0].start: Input should be a valid integer" in m for m in found), found


def test_misspelt_status_and_key_echo_the_value_and_suggest() -> None:
    found = messages(HEAD + "  status: confimred\n  stauts: confirmed\n")
    assert found == [
        "5: groups[0].status: status 'confimred' is not a review status; did you mean 'confirmed'? "
        "(valid: unreviewed, confirmed, disputed, false, retracted) (schema)",
        "6: unknown field 'groups[0].stauts' ('stauts'); did you mean 'status'? "
        "(fields here: id, label, status, note, flags, nearest, claims) (unknown-field)",
    ]


BROKEN = {
    "colon": (
        HEAD + "  note: the mayor said: no\n",
        "5: YAML syntax error: mapping values are not allowed in this context; a value that contains ': ' must "
        "be quoted, e.g. note: 'the mayor said: no' (yaml-syntax)",
    ),
    "indentation": (
        HEAD + "  label: Dredging\n   status: confirmed\n",
        "6: YAML syntax error: mapping values are not allowed in this context; check the indentation of line 6 "
        "(3 spaces) against line 5 above (2 spaces): keys of one mapping start in the same column (yaml-syntax)",
    ),
    "apostrophe": (
        HEAD + "  note: 'it's wrong'\n",
        "5: YAML syntax error: did not find expected key; the value of 'note' ends at its second ': inside single "
        "quotes write an apostrophe twice ('it''s'), or use the other kind of quotes (yaml-syntax)",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_yaml_names_the_fix_in_check_and_build(tmp_path: Path, case: str) -> None:
    text, expected = BROKEN[case]
    assert messages(text) == [expected]
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_registry(path)
    assert info.value.reason == expected.split(": ", 1)[1].rsplit(" (yaml-syntax)", 1)[0]
