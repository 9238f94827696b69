"""`merge_reviews`: a rebuild keeps every review edit, by stable claim id (precedence in docs/registry.md)."""

from __future__ import annotations

from claims.registry.build import merge_reviews, merge_reviews_explained
from claims.registry.diff import diff_registries
from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistrySource, Status

SOURCES = [
    RegistrySource(id="a", outlet="Alpha News", path="a.txt", sha256="1" * 64),
    RegistrySource(id="b", outlet="Beta Wire", path="b.txt", sha256="2" * 64),
]


def claim(cid: str, **kw: object) -> RegistryClaim:
    fields: dict[str, object] = {
        "id": cid,
        "source": cid.split(":")[0],
        "speaker": "the mayor",
        "speaker_id": "mayor",
        "cue": "said",
        "kind": "indirect",
        "content": f"text of {cid}",
        "start": 0,
        "end": len(f"text of {cid}"),
    }
    return RegistryClaim.model_validate(fields | kw)


def group(gid: str, *claims: RegistryClaim, **kw: object) -> RegistryGroup:
    return RegistryGroup.model_validate({"id": gid, "label": f"label {gid}", "claims": list(claims)} | kw)


def fresh(*groups: RegistryGroup) -> Registry:
    return Registry(sources=SOURCES, groups=list(groups))


def layout(reg: Registry, section: str = "groups") -> dict[str, list[str]]:
    return {g.id: [c.id for c in g.claims] for g in getattr(reg, section)}


BASE = fresh(group("g1", claim("a:1"), claim("b:1")), group("g2", claim("a:2")), group("g3", claim("b:2")))


def test_first_build_is_the_fresh_registry() -> None:
    assert merge_reviews(BASE, None) == BASE


def test_review_fields_follow_the_claim_id() -> None:
    old = fresh(
        group("g1", claim("a:1", status="confirmed", note="checked with the council"), claim("b:1")),
        group("g2", claim("a:2", status="false")),
        group("g3", claim("b:2")),
    )
    new = merge_reviews(BASE, old)
    by_id = {c.id: c for c in new.claims()}
    assert (by_id["a:1"].status, by_id["a:1"].note) == (Status.CONFIRMED, "checked with the council")
    assert by_id["a:2"].status is Status.FALSE
    assert by_id["b:1"].status is Status.UNREVIEWED


def test_extracted_fields_come_from_the_fresh_run() -> None:
    old = fresh(
        group("g1", claim("a:1", speaker="He", status="disputed"), claim("b:1")),
        group("g2", claim("a:2")),
        group("g3", claim("b:2")),
    )
    new = merge_reviews(BASE, old)
    c = new.claims()[0]
    assert (c.speaker, c.status) == ("the mayor", Status.DISPUTED)
    assert [str(ch) for ch in diff_registries(old, new).changes] == ["changed claim a:1: speaker 'He' -> 'the mayor'"]


def test_group_review_and_rewritten_label_stay() -> None:
    old = BASE.model_copy(deep=True)
    old.groups[1] = old.groups[1].model_copy(
        update={"label": "Mayor: budget is balanced", "status": "disputed", "note": "auditor disagrees"}
    )
    new = merge_reviews(BASE, old)
    g2 = new.groups[1]
    assert (g2.id, g2.label, g2.status, g2.note) == (
        "g2",
        "Mayor: budget is balanced",
        Status.DISPUTED,
        "auditor disagrees",
    )


def test_moved_claim_stays_where_the_reviewer_put_it() -> None:
    old = fresh(group("g1", claim("a:1")), group("g2", claim("a:2"), claim("b:1")), group("g3", claim("b:2")))
    new = merge_reviews(BASE, old)
    assert layout(new) == {"g1": ["a:1"], "g2": ["a:2", "b:1"], "g3": ["b:2"]}
    assert [str(c) for c in diff_registries(old, new).changes] == ["changed group g1: flags [] -> ['single-outlet']"]


def test_merged_groups_stay_merged_and_new_mates_join_them() -> None:
    old = fresh(group("g1", claim("a:1"), claim("b:1")), group("g2", claim("a:2"), claim("b:2")))  # g3 merged in
    refreshed = fresh(
        group("g1", claim("a:1"), claim("b:1")), group("g2", claim("a:2")), group("g3", claim("b:2"), claim("a:9"))
    )  # a:9 is new, the comparer puts it with b:2
    new = merge_reviews(refreshed, old)
    assert layout(new) == {"g1": ["a:1", "b:1"], "g2": ["a:2", "b:2", "a:9"]}


def test_new_claims_without_known_mates_get_a_new_group_with_a_free_id() -> None:
    old = fresh(group("g1", claim("a:1"), claim("b:1")), group("g2", claim("a:2")), group("g3", claim("b:2")))
    refreshed = fresh(
        group("g1", claim("a:1"), claim("b:1")),
        group("g2", claim("a:2")),
        group("g3", claim("a:7"), claim("b:7"), label="new proposition"),
        group("g4", claim("b:2")),
    )
    new = merge_reviews(refreshed, old)
    assert layout(new) == {"g1": ["a:1", "b:1"], "g2": ["a:2"], "g3": ["b:2"], "g3-2": ["a:7", "b:7"]}
    assert new.groups[-1].label == "new proposition"
    assert [str(c) for c in diff_registries(old, new).changes] == [
        "added group g3-2: 2 claim(s): new proposition",
        "added claim a:7: group g3-2: text of a:7",
        "added claim b:7: group g3-2: text of b:7",
    ]


def test_vanished_unreviewed_claims_drop_and_empty_groups_disappear() -> None:
    refreshed = fresh(group("g1", claim("a:1"), claim("b:1")), group("g3", claim("b:2")))
    new = merge_reviews(refreshed, BASE)
    assert layout(new) == {"g1": ["a:1", "b:1"], "g3": ["b:2"]}
    assert new.retired == []
    assert {str(c) for c in diff_registries(BASE, new).changes} == {
        "removed group g2: label g2",
        "removed claim a:2: group g2: text of a:2",
    }


def test_vanished_reviewed_claims_are_retired_not_lost() -> None:
    old = fresh(
        group("g1", claim("a:1"), claim("b:1", status="confirmed", note="seen in print")),
        group("g2", claim("a:2"), status="false", note="budget figure is wrong"),
        group("g3", claim("b:2")),
    )
    refreshed = fresh(group("g1", claim("a:1")), group("g3", claim("b:2")))
    new = merge_reviews(refreshed, old)
    assert layout(new) == {"g1": ["a:1"], "g3": ["b:2"]}
    assert layout(new, "retired") == {"g1": ["b:1"], "g2": []}
    retired = {g.id: g for g in new.retired}
    assert retired["g1"].claims[0].note == "seen in print"
    assert (retired["g2"].status, retired["g2"].note) == (Status.FALSE, "budget figure is wrong")
    actions = {(c.action, c.kind, c.id) for c in diff_registries(old, new).changes}
    assert {("retired", "claim", "b:1"), ("retired", "group", "g2"), ("removed", "claim", "a:2")} <= actions


def test_retired_claim_found_again_is_restored_into_its_group() -> None:
    old = fresh(group("g1", claim("a:1")), group("g3", claim("b:2")))
    old = old.model_copy(
        update={
            "retired": [
                group("g1", claim("b:1", status="confirmed", note="seen in print")),
                group("g2", claim("a:2", status="false"), note="gone"),
            ]
        }
    )
    new = merge_reviews(BASE, old)
    assert layout(new) == {"g1": ["a:1", "b:1"], "g3": ["b:2"], "g2": ["a:2"]}
    assert new.retired == []
    by_id = {c.id: c for c in new.claims()}
    assert (by_id["b:1"].status, by_id["a:2"].status) == (Status.CONFIRMED, Status.FALSE)
    assert new.groups[2].note == "gone"
    assert {(c.action, c.id) for c in diff_registries(old, new).changes if c.kind == "claim"} == {
        ("restored", "b:1"),
        ("restored", "a:2"),
    }


def test_rebuilding_is_idempotent() -> None:
    old = fresh(
        group("g1", claim("a:1", status="confirmed"), claim("a:2")),
        group("g9", claim("b:1"), label="split off by a reviewer"),
        group("g3", claim("b:2")),
    )
    once = merge_reviews(BASE, old)
    assert merge_reviews(BASE, once) == once
    assert not diff_registries(once, merge_reviews(BASE, once))


def test_flags_fresh_when_membership_matches_else_recomputed() -> None:
    refreshed = fresh(
        group("g1", claim("a:1"), claim("b:1"), flags=["conflict"]),
        group("g2", claim("a:2"), flags=["single-outlet"]),
        group("g3", claim("b:2"), flags=["single-outlet"]),
    )
    old = fresh(
        group("g1", claim("a:1"), claim("b:1"), flags=[]),
        group("g2", claim("a:2"), claim("b:2"), flags=["single-outlet", "hedged"]),
    )
    new = merge_reviews(refreshed, old)
    assert {g.id: g.flags for g in new.groups} == {"g1": ["conflict"], "g2": ["hedged"]}
    old2 = fresh(
        group("g1", claim("a:1")),
        group("g2", claim("a:2"), claim("b:1"), flags=[]),
        group("g3", claim("b:2"), flags=[]),
    )
    new2 = merge_reviews(refreshed, old2)
    assert {g.id: g.flags for g in new2.groups} == {"g1": ["single-outlet"], "g2": [], "g3": ["single-outlet"]}


def test_story_name_of_the_old_file_stays() -> None:
    old = BASE.model_copy(update={"story": "City budget row"})
    assert merge_reviews(BASE, old).story == "City budget row"


def reviewed(gid: str, *claims: RegistryClaim) -> RegistryGroup:
    return group(gid, *claims, label=f"reviewed {gid}", status="confirmed", note=f"note {gid}")


def review_of(reg: Registry, section: str = "groups") -> dict[str, tuple[str, str, str]]:
    return {g.id: (g.label, g.status.value, g.note) for g in getattr(reg, section)}


def test_regroup_split_gives_the_review_to_the_group_holding_most_claims() -> None:
    old = fresh(reviewed("g1", claim("a:1"), claim("b:1"), claim("a:2")), group("g2", claim("b:2")))
    comparer = fresh(group("c1", claim("a:1"), claim("b:1")), group("c2", claim("a:2"), claim("b:2")))
    new, notes = merge_reviews_explained(comparer, old, regroup=True)
    assert layout(new) == {"g1": ["a:1", "b:1"], "c2": ["a:2", "b:2"]}
    assert review_of(new)["g1"] == ("reviewed g1", "confirmed", "note g1")
    assert new.retired == []
    assert notes == ["review of group g1 (reviewed g1) carried to its successor g1"]


def test_regroup_even_split_keeps_the_review_in_retired_and_says_so() -> None:
    old = fresh(reviewed("g1", claim("a:1"), claim("b:1")), group("g2", claim("a:2"), claim("b:2")))
    comparer = fresh(group("c1", claim("a:1")), group("c2", claim("b:1")), group("g2", claim("a:2"), claim("b:2")))
    new, notes = merge_reviews_explained(comparer, old, regroup=True)
    assert layout(new) == {"c1": ["a:1"], "c2": ["b:1"], "g2": ["a:2", "b:2"]}
    assert review_of(new, "retired") == {"g1": ("reviewed g1", "confirmed", "note g1")}
    assert notes == ["review of group g1 (reviewed g1) kept in retired: its claims are split evenly between c1, c2"]


def test_regroup_merge_gives_the_review_of_the_larger_part_and_retires_the_other() -> None:
    old = fresh(reviewed("g1", claim("a:1")), reviewed("g2", claim("b:1"), claim("a:2")), group("g3", claim("b:2")))
    comparer = fresh(group("g1", claim("a:1"), claim("b:1"), claim("a:2")), group("c2", claim("b:2")))
    new, notes = merge_reviews_explained(comparer, old, regroup=True)
    assert layout(new) == {"g2": ["a:1", "b:1", "a:2"], "g3": ["b:2"]}
    assert review_of(new)["g2"] == ("reviewed g2", "confirmed", "note g2")
    assert review_of(new, "retired") == {"g1": ("reviewed g1", "confirmed", "note g1")}
    assert notes == [
        "review of group g1 (reviewed g1) kept in retired: merged into g2 with g2, whose review it carries",
        "review of group g2 (reviewed g2) carried to its successor g2",
    ]
    assert {(c.action, c.kind, c.id) for c in diff_registries(old, new).changes} >= {("retired", "group", "g1")}


def test_regroup_even_merge_keeps_both_reviews_in_retired() -> None:
    old = fresh(reviewed("g1", claim("a:1")), reviewed("g2", claim("b:1")), group("g3", claim("a:2"), claim("b:2")))
    comparer = fresh(group("c1", claim("a:1"), claim("b:1")), group("g3", claim("a:2"), claim("b:2")))
    new, notes = merge_reviews_explained(comparer, old, regroup=True)
    assert layout(new) == {"c1": ["a:1", "b:1"], "g3": ["a:2", "b:2"]}
    assert set(review_of(new, "retired")) == {"g1", "g2"}
    assert len(notes) == 2 and all("none holding most of its claims" in n for n in notes)


def test_diff_names_a_change_no_entry_shows() -> None:
    swapped = fresh(group("g1", claim("b:1"), claim("a:1")), group("g2", claim("a:2")), group("g3", claim("b:2")))
    assert [str(c) for c in diff_registries(BASE, swapped).changes] == [
        "changed registry groups: order or retired entries"
    ]
    assert not diff_registries(BASE, BASE)
