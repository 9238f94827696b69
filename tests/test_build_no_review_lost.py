"""`claims build` refuses what would lose a review: duplicate ids, a registry saved during the build, a
mass retirement; a source that fails to load keeps its entries. The analysis is faked (see test_build_cli)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

import claims.pipeline
from claims.cli import app
from claims.models import Analysis, Group, Skipped
from claims.registry.build import keep_unloaded, merge_reviews_explained
from claims.registry.fileops import LockTimeout, build_lock
from claims.registry.store import load_registry
from tests.test_build_cli import SPANS, fake_analysis, make_project

Spans = dict[str, list[tuple[str, str]]]
PATH = Path("claims.yaml")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Spans], None]:
    return make_project(tmp_path, monkeypatch)


def edit(old: str, new: str) -> str:
    text = PATH.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    PATH.write_text(text, encoding="utf-8")
    return text


def claim_block(cid: str) -> str:
    lines = PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"  - id: {cid}\n")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
    return "".join(lines[start:end])


def test_duplicate_claim_ids_are_refused_naming_both_lines(runner: CliRunner, project: object) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    block = claim_block("harbour-wire:2").replace("status: unreviewed", "status: confirmed")
    text = PATH.read_text(encoding="utf-8")
    first = text.splitlines().index("  - id: harbour-wire:2") + 1
    # The reviewer copied the block into the first group instead of moving it.
    text = text.replace("  claims:\n", "  claims:\n" + block, 1)
    PATH.write_text(text, encoding="utf-8")
    copy_line = text.splitlines().index("  - id: harbour-wire:2") + 1
    for args in (["build"], ["build", "--dry-run"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, result.output
        assert f"claim id 'harbour-wire:2' on line {copy_line} and line {first + block.count(chr(10))}" in result.stderr
        assert "nothing written" in result.stderr
        assert PATH.read_text(encoding="utf-8") == text


def test_a_review_saved_while_the_build_runs_is_never_overwritten(
    runner: CliRunner, project: Callable[[Spans], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    project({**SPANS, "harbour-wire": [*SPANS["harbour-wire"], ("3", "Tidewell Marine declined to comment")]})
    analyse = claims.pipeline.analyse

    def reviewer_saves_during_build(paths: object, **kw: object) -> Analysis:
        edit("  - id: harbour-wire:1\n    status: unreviewed", "  - id: harbour-wire:1\n    status: confirmed")
        return analyse(paths, **kw)

    monkeypatch.setattr(claims.pipeline, "analyse", reviewer_saves_during_build)
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 3
    assert "changed on disk while the build ran" in result.stderr and "nothing written" in result.stderr
    assert {c.id: c.status.value for c in load_registry(PATH).claims()}["harbour-wire:1"] == "confirmed"
    assert [p.name for p in Path().iterdir() if p.name.endswith((".tmp", ".lock"))] == []


def test_a_source_that_fails_to_load_keeps_its_entries_and_the_reviewers_split(
    runner: CliRunner, project: Callable[[Spans], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    # Review: the wire's two claims merged into a new reviewed group; the gazette's first group reviewed.
    doc = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    wire = [c for g in doc["groups"] for c in g["claims"] if c["source"] == "harbour-wire"]
    doc["groups"] = [g for g in doc["groups"] if g["claims"][0]["source"] != "harbour-wire"]
    doc["groups"][0].update(label="Dredging postponed", status="confirmed", note="seen in both papers")
    doc["groups"].append(
        {"id": "split-1", "label": "Wire: fee row", "status": "disputed", "note": "contractor denies it",
         "flags": ["single-outlet"], "claims": wire}
    )
    PATH.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert runner.invoke(app, ["check"]).exit_code == 0
    reviewed = PATH.read_text(encoding="utf-8")

    wire_file = str(Path("seeds/harbour-wire.txt").resolve())
    only_gazette = {"harbour-gazette": SPANS["harbour-gazette"]}
    monkeypatch.setattr(
        claims.pipeline,
        "analyse",
        lambda paths, **_: fake_analysis(Path("seeds").resolve(), only_gazette).model_copy(
            update={"skipped": [Skipped(path=wire_file, reason="empty file")]}
        ),
    )
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 3  # a skipped article is reported
    assert "source harbour-wire could not be loaded (empty file): its previous entries are kept" in result.stderr
    assert "retired" not in result.stderr
    assert PATH.read_text(encoding="utf-8") == reviewed
    project(SPANS)  # the article is back
    again = runner.invoke(app, ["build"])
    assert again.exit_code == 0, again.output
    assert PATH.read_text(encoding="utf-8") == reviewed


def test_retiring_most_reviews_is_refused_without_force_and_dry_run_says_so(
    runner: CliRunner, project: Callable[[Spans], None]
) -> None:
    assert runner.invoke(app, ["build"]).exit_code == 0
    edit("  - id: harbour-wire:1\n    status: unreviewed", "  - id: harbour-wire:1\n    status: confirmed")
    text = edit("  - id: harbour-wire:2\n    status: unreviewed", "  - id: harbour-wire:2\n    status: false")
    edit("  - id: harbour-gazette:1\n    status: unreviewed", "  - id: harbour-gazette:1\n    status: disputed")
    text = PATH.read_text(encoding="utf-8")
    project({"harbour-gazette": SPANS["harbour-gazette"]})  # harbour-wire gone from the input
    dry = runner.invoke(app, ["build", "--dry-run"])
    assert dry.exit_code == 1
    assert "  retired claim harbour-wire:1: reviewed (confirmed), no longer in the articles" in dry.stdout
    assert "would retire 2 of 3 reviewed item(s) (more than half)" in dry.stderr
    refused = runner.invoke(app, ["build"])
    assert refused.exit_code == 1
    assert "  claim harbour-wire:2 (false): The contractor wanted a 30% higher fee" in refused.stderr
    assert PATH.read_text(encoding="utf-8") == text
    forced = runner.invoke(app, ["build", "--force"])
    assert forced.exit_code == 0, forced.output
    assert {c.id for g in load_registry(PATH).retired for c in g.claims} == {"harbour-wire:1", "harbour-wire:2"}


def regrouped(spans: Spans, layout: list[list[str]]) -> Callable[..., Analysis]:
    """A fake analysis whose comparer groups the claims as `layout` says."""

    def analyse(paths: object, **_: object) -> Analysis:
        base = fake_analysis(Path("seeds").resolve(), spans)
        by_id = {c.id: c for c in base.claims}
        groups = [
            Group(
                id=f"c{i}",
                claims=ids,
                sources=sorted({by_id[c].source for c in ids}),
                single_source=len({by_id[c].source for c in ids}) == 1,
                label=f"comparer {i}",
            )
            for i, ids in enumerate(layout, start=1)
        ]
        return base.model_copy(update={"groups": groups})

    return analyse


def test_regroup_dry_run_and_report_name_where_group_reviews_go(
    runner: CliRunner, project: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claims.pipeline, "analyse", regrouped(SPANS, [["harbour-gazette:1", "harbour-wire:1"],
                                                                       ["harbour-gazette:2", "harbour-wire:2"]]))
    assert runner.invoke(app, ["build"]).exit_code == 0
    edit("- id: c1\n  label: comparer 1\n  status: unreviewed\n  note: ''",
         "- id: c1\n  label: Dredging postponed\n  status: confirmed\n  note: both papers")
    edit("- id: c2\n  label: comparer 2\n  status: unreviewed\n  note: ''",
         "- id: c2\n  label: Fee row\n  status: disputed\n  note: mixed")
    # A new comparer splits c1 one claim each way: no single successor, so its review goes to `retired`.
    monkeypatch.setattr(claims.pipeline, "analyse", regrouped(SPANS, [["harbour-gazette:1"], ["harbour-wire:1"],
                                                                       ["harbour-gazette:2", "harbour-wire:2"]]))
    dry = runner.invoke(app, ["build", "--regroup", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.splitlines() == [
        "claims.yaml: 5 change(s) (dry run, nothing written)",
        "  added group c1-2: 1 claim(s): comparer 1",
        "  added group c2-2: 1 claim(s): comparer 2",
        "  retired group c1: Dredging postponed",
        "  moved claim harbour-gazette:1: group c1 -> c1-2",
        "  moved claim harbour-wire:1: group c1 -> c2-2",
        "  note: review of group c1 (Dredging postponed) kept in retired: its claims are split evenly between "
        "c1-2, c2-2",
    ]
    result = runner.invoke(app, ["build", "--regroup"])
    assert result.exit_code == 0, result.output
    assert "kept in retired: its claims are split evenly between c1-2, c2-2" in result.stderr
    reg = load_registry(PATH)
    assert {g.id: (g.label, g.status.value, g.note) for g in reg.groups}["c2"] == ("Fee row", "disputed", "mixed")
    assert [(g.id, g.label, g.status.value, g.note) for g in reg.retired] == [
        ("c1", "Dredging postponed", "confirmed", "both papers")
    ]


def test_a_second_build_waits_for_the_lock_then_builds(runner: CliRunner, project: object) -> None:
    held, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with build_lock(PATH):
            held.set()
            release.wait(5)

    thread = threading.Thread(target=other_build)
    thread.start()
    assert held.wait(5)
    threading.Timer(0.3, release.set).start()
    result = runner.invoke(app, ["build"])
    thread.join()
    assert result.exit_code == 0, result.output
    assert "waiting for another build of claims.yaml (.claims.yaml.lock)" in result.stderr
    assert load_registry(PATH).claims()
    assert not Path(".claims.yaml.lock").exists()


def test_the_lock_gives_up_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    expected = pytest.raises(LockTimeout, match="another `claims build` is writing this registry")
    with build_lock(path), expected, build_lock(path, timeout=0.2):
        pass


def test_regroup_leaves_the_claims_of_an_unloaded_source_in_their_group() -> None:
    from claims.registry.model import Registry
    from tests.test_build_registry import SOURCES, claim, fresh, group, layout

    old = fresh(group("g1", claim("a:1"), claim("b:1"), status="confirmed"), group("g2", claim("a:2"), claim("b:2")))
    comparer = Registry(sources=SOURCES[:1], groups=[group("c1", claim("a:1"), claim("a:2"))])  # b failed to load
    with_b, pinned = keep_unloaded(comparer, old, {"b"})
    new, _ = merge_reviews_explained(with_b, old, regroup=True, pinned=pinned)
    assert pinned == {"b:1", "b:2"}
    # b's claims stay in their groups; c1 is g1's successor (it holds g1's loaded claim), so it is g1.
    assert layout(new) == {"g1": ["a:1", "b:1", "a:2"], "g2": ["b:2"]}
    assert {g.id: g.status.value for g in new.groups} == {"g1": "confirmed", "g2": "unreviewed"}


def test_a_bad_line_in_a_bulk_file_keeps_only_the_records_it_lost(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("articles").mkdir()
    said = 'The mayor said "bridge {} will reopen in May", officials added.'
    records = [{"id": f"r{i}", "outlet": f"Outlet {i}", "text": said.format(i)} for i in range(3)]
    bulk = Path("articles/feed.jsonl")
    bulk.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert runner.invoke(app, ["build", "--seeds", "articles"]).exit_code == 0
    before = {c.source for c in load_registry(PATH).claims()}
    assert before == {"r0", "r1", "r2"}
    lines = bulk.read_text(encoding="utf-8").splitlines()
    bulk.write_text("\n".join([lines[0], "{not json", lines[2]]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 3  # the bad line is reported
    assert "source r1 could not be loaded" in result.stderr
    assert "source r0 could not be loaded" not in result.stderr and "source r2" not in result.stderr
    assert {c.source for c in load_registry(PATH).claims()} == before
