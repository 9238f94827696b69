"""The archive path's shortcuts give what the long way gives: terms read once in the worker and completed
with the run's acronyms, and the plan's file tasks kept compactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claims.archive import _Tasks
from claims.compare.terms import term_parts, terms_of, terms_with
from claims.loader import FileTask
from claims.loader.manifest import Manifest

SENTENCES = [
    "Advanced Micro Devices said AMD would buy the U.S. unit for $4.2 million",
    "The World Health Organization warned that the New York Police Department and the NYPD disagree",
    "the 320 jobs at Big Apple Bank Corp Ltd were \"long overdue\" said the UK minister",
    "1 2 3 the a of",
    "",
    "A B C D E F G",
    "Officials at the Port of Tamsin Authority (PTA) said 4g networks in the area were down",
]
KNOWN = [frozenset(), frozenset({"amd", "who", "nypd", "pta", "bab", "babc", "ab", "bcd", "cdef"})]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("known", KNOWN)
def test_terms_completed_later_equal_terms_read_at_once(text: str, known: frozenset[str]) -> None:
    assert terms_with(term_parts(text), known) == terms_of(text, known)


def test_known_acronyms_add_terms_in_order() -> None:
    terms = terms_of("Advanced Micro Devices and World Health Organization staff", frozenset({"amd", "who", "hos"}))
    assert [t for t in terms.stems if t.startswith("a:")] == ["a:amd", "a:who", "a:hos"]


def test_tasks_read_back_as_written() -> None:
    manifest = Manifest()
    named = Manifest(names=["a.md"])
    tasks = [FileTask("/x/a b.md", "a b", manifest, 100), FileTask("/x/\udcff.md", "\udcff", manifest, 100),
             FileTask("/y/c.md", "c", named, 100), FileTask("-", "stdin", manifest, 5, b"text"),
             FileTask("/z/d.md", "d", manifest, 7)]
    with tempfile.TemporaryFile() as f:
        store = _Tasks(f)
        for task in tasks:
            store.append(task)
        f.flush()
        back = [store[i] for i in range(len(store))]
    assert back[2] is tasks[2] and back[3] is tasks[3]  # kept whole: a manifest check and standard input
    for a, b in zip(back, tasks, strict=True):
        assert (a.path, a.stem, a.manifest, a.limit, a.data) == (b.path, b.stem, b.manifest, b.limit, b.data)
    assert back[0].manifest is manifest


def test_tasks_of_a_folder(tmp_path: Path) -> None:
    from claims.loader import plan_paths

    for name in ("b.md", "a.txt", "c.html"):
        (tmp_path / name).write_text("x")
    plan = plan_paths([tmp_path])
    with tempfile.TemporaryFile() as f:
        store = _Tasks(f)
        for task in plan.tasks:
            store.append(task)
        f.flush()
        assert [store[i].path for i in range(len(store))] == [t.path for t in plan.tasks]
        assert [t.path for t in store.chunk(1, 10)] == [t.path for t in plan.tasks[1:]]


def test_cluster_outlets_answer_as_the_run_index() -> None:
    """The flag 'not in credited source' reads the same from a story cluster's outlet index as from the run's."""
    from claims.archive import _cluster_outlets
    from claims.compare import ClusterStats
    from claims.compare.features import RunStats
    from claims.compare.flags import not_in_credited_source
    from claims.compare.outlets import outlet_index
    from claims.pipeline import analyse

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    analysis = analyse([seeds], jobs=1)
    whole = outlet_index(analysis.sources)
    run_level = ClusterStats(terms=RunStats(df={}, n=0, known_acronyms=frozenset(), generic=set()), anonymous={},
                             outlets=type(whole)(sources={}, by_first=whole.by_first))
    by_id = {c.id: c for c in analysis.claims}
    flagged = 0
    for g in analysis.groups:
        members = [by_id[c] for c in g.claims]
        # a cluster: the group's sources and one more, with all their claims
        sources = {c.source for c in members} | {analysis.sources[0].id}
        cluster = [c for c in analysis.claims if c.source in sources]
        local = _cluster_outlets(cluster, run_level).outlets
        expected = not_in_credited_source(members, whole)
        flagged += expected
        assert not_in_credited_source(members, local) == expected
    assert flagged  # the seeds have groups that credit an outlet of the run without its carrying them
