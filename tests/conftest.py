"""Shared test fixtures: paths, a CliRunner, and golden-file comparison."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = ROOT / "seeds"

# Property tests check behaviour, not speed (timings live in bench/): no per-example deadline,
# which a loaded CI machine would trip at random.
settings.register_profile("behaviour", deadline=None)
settings.load_profile("behaviour")


def generated_registry(folder: Path, articles: int, seed: int) -> Path:
    """A registry built by the benchmark's generator (bench/run.py `synthetic_registry`) in `folder`."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import run  # bench/run.py
    finally:
        sys.path.remove(str(ROOT / "bench"))
    path: Path = run.synthetic_registry(folder, articles, seed=seed)[0]
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from current output.")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """golden(name, text): compare text with tests/golden/NAME; --update-golden rewrites it."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} missing: run pytest --update-golden")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"

    return check
