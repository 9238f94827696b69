"""Interrupted and concurrent builds: claims.yaml is always the old or the new complete registry.

A build is killed with SIGKILL at random points, 30 times (in forked child processes, so each build
costs no interpreter start-up); two real `claims build` processes run at once.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import claims.pipeline
from claims.cli import app
from claims.models import Analysis, Claim, Group, Kind, Source
from claims.registry.store import load_registry

ARTICLES = Path(__file__).resolve().parent / "data" / "registry" / "articles"
N = 20  # claims per build


def big_analysis(folder: Path, variant: int) -> Analysis:
    """N one-word claims over a generated article; `variant` changes which words are claims."""
    words = [f"w{i:05d}" for i in range(2 * N)]
    text = " ".join(words)
    path = folder / "big.txt"
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    source = Source(
        id="big", outlet="Big", path=str(path), text=text, body_start=0, body_end=len(text),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    claims, groups = [], []
    for i in range(variant, variant + N):
        start = i * 7
        claims.append(
            Claim(
                id=f"big:{i}", source="big", outlet="Big", speaker="He", speaker_id="he", cue="said",
                kind=Kind.DIRECT, content=words[i], start=start, end=start + 6, group=f"g{i}",
            )
        )
        groups.append(Group(id=f"g{i}", claims=[f"big:{i}"], sources=["big"], single_source=True, label=words[i]))
    return Analysis(sources=[source], claims=claims, groups=groups)


def run_build_in_child(folder: Path, variant: int) -> int:
    """Fork a child that runs `claims build` (with the faked analysis); return its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.chdir(folder)
            claims.pipeline.analyse = lambda paths, **_: big_analysis(folder / "seeds", variant)  # type: ignore[assignment]
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            try:
                app(["build", "--seeds", "seeds", "--force"], standalone_mode=False)
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
        finally:
            os._exit(code)
    return pid


def claim_ids(path: Path) -> frozenset[str]:
    return frozenset(c.id for c in load_registry(path).claims())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_at_random_points_leaves_the_old_or_the_new_registry(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    registry = tmp_path / "claims.yaml"
    variants = {v: frozenset(f"big:{i}" for i in range(v, v + N)) for v in (0, 1)}
    for variant in (1, 0):  # the first build, then a timed rebuild
        started = time.monotonic()
        pid = run_build_in_child(tmp_path, variant)
        assert os.waitpid(pid, 0)[1] == 0
        duration = time.monotonic() - started
    assert claim_ids(registry) == variants[0]
    rng = random.Random(13)
    current, landed = 0, 0
    for _ in range(30):
        before = registry.read_bytes()
        target = 1 - current
        pid = run_build_in_child(tmp_path, target)
        time.sleep(rng.uniform(0, duration * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        after = registry.read_bytes()
        ids = claim_ids(registry)  # always a complete, valid registry
        if after == before:
            assert ids == variants[current]
        else:
            assert ids == variants[target]
            current, landed = target, landed + 1
    # The next build clears what the kills left, and no lock stays held.
    pid = run_build_in_child(tmp_path, 1 - current)
    assert os.waitpid(pid, 0)[1] == 0
    assert claim_ids(registry) == variants[1 - current]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "seeds"]
    assert landed < 30  # some kills interrupted a build (the rest landed after its rename)


def test_two_builds_at_once_are_serialised(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("harbour-gazette.txt", "harbour-wire.txt"):
        (seeds / name).write_bytes((ARTICLES / name).read_bytes())
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    cmd = [sys.executable, "-m", "claims", "build", "--seeds", "seeds"]
    procs = [subprocess.Popen(cmd, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    reg = load_registry(tmp_path / "claims.yaml")
    assert len(reg.sources) == 2 and reg.claims()
    assert sum("wrote claims.yaml" in e for e in errs) == 1  # the second saw the first's registry: up to date
    assert sum("up to date" in e for e in errs) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "seeds"]
