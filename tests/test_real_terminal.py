"""`claims list` in a real terminal: an 80x40 tmux pane, read back with `capture-pane`, as a person at an
80-column terminal sees it (colours on, width from the terminal, no COLUMNS). Skipped when tmux is absent;
.ci/run installs it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from claims.registry.store import load_registry
from tests.conftest import DATA

REGISTRY = DATA / "listing" / "claims.yaml"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], check=True, capture_output=True, text=True).stdout


def test_list_in_an_80_column_tmux_pane() -> None:
    socket = f"claims-test-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES", "CLAIMS_WIDTH", "NO_COLOR", "TMUX"}}
    env["TERM"] = "xterm-256color"
    command = f"{shlex.quote(sys.executable)} -m claims list --registry {shlex.quote(str(REGISTRY))}; sleep 30"
    subprocess.run(["tmux", "-L", socket, "-f", os.devnull, "new-session", "-d", "-s", "t", "-x", "80", "-y", "40",
                    command], check=True, env=env)
    try:
        screen = ""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            screen = _tmux(socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "t")
            if "single-outlet group" in screen:
                break
            time.sleep(0.2)
        assert _tmux(socket, "display-message", "-p", "-t", "t", "#{pane_width}").strip() == "80"
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    lines = screen.rstrip("\n").splitlines()
    assert "20 claims in 9 groups from 3 sources; 2 single-outlet groups." in lines, screen
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    header = next(line for line in lines if line.startswith("Group"))
    for column in ("Outlet", "Speaker", "Cue", "Claim", "Flags"):
        assert column in header.split(), header
    shown = set(screen.split())
    for claim in load_registry(REGISTRY).claims():
        for word in claim.content.split():
            assert word in shown, f"{word!r} of {claim.content!r} is not on the screen whole"
    assert "Flags: S single-outlet" in screen  # the compact flag letters are spelled out
