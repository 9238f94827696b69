"""The loader's plan made step by step (`plan_steps(..., stream=True)`, what the archive path reads):
the same steps, in the same order, as the plan made whole."""

from __future__ import annotations

from pathlib import Path

from claims.loader import FileTask, Step, _NamesCheck, plan_paths, plan_steps
from claims.models import Skipped


def _key(step: Step) -> tuple[object, ...]:
    if isinstance(step, FileTask):
        return ("task", step.path, step.stem, step.limit, step.data, tuple(step.manifest.names))
    if isinstance(step, Skipped):
        return ("skipped", step.path, step.reason, step.level)
    assert isinstance(step, _NamesCheck)
    return ("check", step.folder, tuple(t.path for t in step.tasks))


def test_streamed_steps_equal_the_whole_plan(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in ("b.md", "a.txt", "c.html", "notes.pdf", "slides.pptx", ".hidden.md"):
        (plain / name).write_text("The mayor said the ferry would run again in May.\n", encoding="utf-8")
    (plain / "sub").mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("x", encoding="utf-8")
    (plain / "link.md").symlink_to(outside)
    (plain / "sources.yaml").write_text("- not a mapping\n", encoding="utf-8")  # a manifest problem, no names
    named = tmp_path / "named"
    named.mkdir()
    (named / "one.md").write_text("x", encoding="utf-8")
    (named / "sources.yaml").write_text("one.md:\n  outlet: A\nmissing.md:\n  outlet: B\n", encoding="utf-8")
    paths = [plain, tmp_path / "nowhere", named, outside, plain / "a.txt"]
    whole = [_key(s) for s in plan_paths(paths).steps]
    streamed = [_key(s) for s in plan_steps(paths, stream=True)]
    assert streamed == whole
    kinds = {k[0] for k in whole}
    assert kinds == {"task", "skipped", "check"}
    skipped = [k for k in whole if k[0] == "skipped"]
    assert any("notes.pdf" in str(k[1]) for k in skipped) and any("link.md" in str(k[1]) for k in skipped)
    first_task = next(i for i, k in enumerate(whole) if k[0] == "task")
    assert any(k[0] == "skipped" and "plain" in str(k[1]) for k in whole[:first_task])  # a folder's skips first
