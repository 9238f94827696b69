"""Test helper: headless Chromium (the system package) with networking blocked, for DOM dumps and screenshots."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not found: install the system package `chromium` (.ci/run does) to run browser tests",
)


def _flags(profile: Path, netlog: Path | None) -> list[str]:
    flags = [
        "--headless",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--mute-audio",
        # Block the network: every host name fails to resolve and every request goes to a dead proxy.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=http://127.0.0.1:9",
        f"--user-data-dir={profile}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start its sandbox as root (CI runs as root)
    if netlog is not None:
        flags.append(f"--log-net-log={netlog}")
    return flags


def _run(args: list[str], workdir: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    result = subprocess.run([CHROMIUM, *args], capture_output=True, text=True, timeout=180, cwd=workdir,
                            env={**os.environ, "HOME": str(workdir)})
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(page: Path, workdir: Path, netlog: Path | None = None, query: str = "") -> str:
    """The DOM after the page's scripts ran, as HTML (`query`: '?name=value...' added to the file URL)."""
    workdir.mkdir(parents=True, exist_ok=True)
    url = page.resolve().as_uri() + query
    result = _run([*_flags(workdir / "profile-dom", netlog), "--dump-dom", url], workdir)
    return result.stdout


def screenshot(page: Path, out: Path, workdir: Path, width: int = 1280, height: int = 1800) -> bytes:
    """A PNG of the page's top `height` pixels at `width` pixels wide."""
    workdir.mkdir(parents=True, exist_ok=True)
    _run([*_flags(workdir / "profile-shot", None), f"--window-size={width},{height}", f"--screenshot={out}",
          page.resolve().as_uri()], workdir)
    return out.read_bytes()


def print_pdf(page: Path, out: Path, workdir: Path) -> bytes:
    """The page printed to PDF (print stylesheet, A4/Letter default of the browser)."""
    workdir.mkdir(parents=True, exist_ok=True)
    _run([*_flags(workdir / "profile-pdf", None), "--no-pdf-header-footer", f"--print-to-pdf={out}",
          page.resolve().as_uri()], workdir)
    return out.read_bytes()


def requested_urls(netlog: Path) -> set[str]:
    """Every http(s)/ws URL named in a Chromium net log (the browser's own background requests included)."""
    return set(re.findall(r"(?:https?|wss?)://[^\"\s\\]+", netlog.read_text(encoding="utf-8", errors="replace")))
