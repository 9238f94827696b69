"""The hostile corpus (tests/data/hostile, written by its generate.py), through the CLI.

Every case asserts: no traceback; the documented exit status; a message naming the file (and
line); the good seed articles beside it still give the same claims; the JSON stays valid; and the
run finishes within a bound, a ratio of a clean run's time. Cases that cannot be files in git
(FIFOs, symlinks, undecodable or multi-line names, huge sparse files) are made here.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from claims.cli import app

DATA = Path(__file__).resolve().parent / "data"
HOSTILE = DATA / "hostile"
SEEDS = [DATA / "articles" / "port_strike.txt", DATA / "articles" / "council_vote.txt"]
GOOD = "The harbour master said the port would reopen on Friday.\n"
REGISTRY_ARTICLES = DATA / "registry" / "articles"
ENV = {"CLAIMS_WIDTH": "200", "NO_COLOR": "1"}
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices, symlinks and byte file names")
RATIO, FLOOR = 5.0, 0.25  # a case may take RATIO times a clean run (at least FLOOR seconds of it)


def expectations(family: str) -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load((HOSTILE / f"{family}.expect.yaml").read_text("utf-8"))
    return loaded


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


def run(*args: str) -> Run:
    runner = CliRunner()
    start = time.perf_counter()
    result = runner.invoke(app, list(args), env=ENV)
    seconds = time.perf_counter() - start
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    return Run(result.exit_code, result.stdout, result.stderr, seconds)


def seeds_folder(root: Path) -> Path:
    folder = root / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def claims_by_source(doc: dict[str, Any]) -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = {}
    for claim in doc["claims"]:
        out.setdefault(claim["source"], []).append((claim["content"], claim["start"], claim["end"]))
    return out


@dataclass
class Clean:
    seconds: float
    claims: dict[str, list[tuple[str, int, int]]]
    check_seconds: float

    def bound(self, seconds: float) -> float:
        return RATIO * max(seconds, FLOOR)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Clean:
    folder = seeds_folder(tmp_path_factory.mktemp("clean"))
    runs = [run("list", "--seeds", str(folder), "--format", "json") for _ in range(2)]
    assert all(r.code == 0 for r in runs), runs[0].err
    claims = claims_by_source(json.loads(runs[-1].out))
    assert {"port_strike", "council_vote", "good"} <= set(claims)
    registry = tmp_path_factory.mktemp("clean-registry")
    shutil.copy(DATA / "registry" / "valid" / "harbour.yaml", registry / "claims.yaml")
    shutil.copytree(REGISTRY_ARTICLES, registry / "articles")
    checks = [run("check", str(registry / "claims.yaml"), "--format", "json") for _ in range(2)]
    assert all(r.code == 0 for r in checks), checks[0].out
    return Clean(min(r.seconds for r in runs), claims, min(r.seconds for r in checks))


def assert_listed(result: Run, clean: Clean, path: Path, want: dict[str, Any], own: list[str]) -> dict[str, Any]:
    """The common assertions for a `list --format json` run over the seeds and one hostile input."""
    assert result.code == want.get("exit", 3), result.err
    assert result.seconds < clean.bound(clean.seconds), f"{result.seconds:.2f} s vs clean {clean.seconds:.2f} s"
    doc: dict[str, Any] = json.loads(result.out)
    got = claims_by_source(doc)
    for source, claims in clean.claims.items():
        assert got.get(source) == claims, f"{source} lost or changed claims"
    assert sorted(s["id"] for s in doc["sources"]) == sorted([*clean.claims, *own])
    message = want.get("message")
    if message:
        line = want.get("line")
        where = f"{path}:{line}" if line else str(path)
        assert f"{where}: " in result.err and message in result.err, result.err
        assert any(s["path"] == str(path) and s["line"] == line and message in s["reason"]
                   and s["level"] == want.get("level", "error") for s in doc["skipped"]), doc["skipped"]
    return doc


# --- articles ---------------------------------------------------------------------------------

ARTICLES = expectations("articles")


def test_every_case_file_has_an_expectation() -> None:
    for family in ("articles", "manifests", "registries"):
        assert sorted(p.name for p in (HOSTILE / family).iterdir()) == sorted(expectations(family)), family


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_hostile_article(tmp_path: Path, clean: Clean, name: str) -> None:
    folder = seeds_folder(tmp_path)
    shutil.copy(HOSTILE / "articles" / name, folder / name)
    want = ARTICLES[name]
    result = run("list", "--seeds", str(folder), "--format", "json")
    assert_listed(result, clean, folder / name, want, want.get("sources", []))


# --- manifests --------------------------------------------------------------------------------

MANIFESTS = expectations("manifests")


@pytest.mark.parametrize("name", sorted(MANIFESTS))
def test_hostile_manifest(tmp_path: Path, clean: Clean, name: str) -> None:
    folder = seeds_folder(tmp_path)
    shutil.copy(HOSTILE / "manifests" / name, folder / "sources.yaml")
    result = run("list", "--seeds", str(folder), "--format", "json")
    assert_listed(result, clean, folder / "sources.yaml", MANIFESTS[name], [])
    assert "pwned" not in result.out and not (tmp_path / "pwned").exists()


# --- registries -------------------------------------------------------------------------------

REGISTRIES = expectations("registries")


def registry_folder(root: Path, text: bytes) -> Path:
    shutil.copytree(REGISTRY_ARTICLES, root / "articles")
    (root / "claims.yaml").write_bytes(text)
    return root / "claims.yaml"


@pytest.mark.parametrize("name", sorted(REGISTRIES))
def test_hostile_registry(tmp_path: Path, clean: Clean, name: str) -> None:
    registry = registry_folder(tmp_path, (HOSTILE / "registries" / name).read_bytes())
    want = REGISTRIES[name]
    result = run("check", str(registry), "--format", "json")
    assert result.seconds < clean.bound(clean.check_seconds), f"{result.seconds:.2f} s"
    doc = json.loads(result.out)
    assert "root:" not in result.out + result.err  # nothing outside the folder is echoed
    if want.get("exit") == 0:
        assert result.code == 0 and doc["errors"] == 0
        return
    assert result.code == 1
    hits = [(f["rule"], f["line"]) for f in doc["findings"] if want["message"] in f["message"]]
    assert (want["rule"], want["line"]) in hits, doc["findings"]
    assert all(f["path"] == str(registry) for f in doc["findings"])
    for fmt in ("text", "github"):
        again = run("check", str(registry), "--format", fmt)
        assert again.code == 1 and want["rule"] in again.out and "root:" not in again.out


@pytest.mark.parametrize("name", sorted(n for n, w in REGISTRIES.items() if str(w.get("rule", "")).startswith("yaml")))
def test_reading_a_hostile_registry(tmp_path: Path, clean: Clean, name: str) -> None:
    registry = registry_folder(tmp_path, (HOSTILE / "registries" / name).read_bytes())
    result = run("list", "--registry", str(registry), "--format", "json")
    assert result.code == 3 and str(registry) in result.err
    assert result.seconds < clean.bound(clean.seconds)
    assert json.loads(result.out)["sources"] == []
    line = REGISTRIES[name]["line"]
    if line:
        assert f"{registry}:{line}: " in result.err


# --- cases that cannot be files in git --------------------------------------------------------

def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _loop(folder: Path) -> Path:
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder / "loop.txt"


def _outside(folder: Path) -> Path:
    secret = folder.parent / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash said the file.\n", encoding="utf-8")
    (folder / "secret.txt").symlink_to(secret)
    return folder / "secret.txt"


def _device(folder: Path) -> Path:
    (folder / "zero.txt").symlink_to("/dev/zero")
    return folder / "zero.txt"


def _broken(folder: Path) -> Path:
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    return folder / "gone.txt"


def _sparse(folder: Path) -> Path:
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(30_000_000)
    return folder / "huge.txt"


def _undecodable(folder: Path) -> Path:
    with open(os.fsencode(folder) + b"/caf\xff\xfe.txt", "wb") as fh:
        fh.write(GOOD.replace("harbour", "ferry").encode())
    return folder / "caf\\xff\\xfe.txt"


def _named(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / name).write_text(GOOD.replace("harbour", "ferry"), encoding="utf-8")
        return folder / name

    return make


def _subfolder(folder: Path) -> Path:
    (folder / "dir.txt").mkdir()
    return folder / "dir.txt"


# name -> (make the case in the seeds folder, expectation, ids the case itself gives)
FILE_CASES: dict[str, tuple[Callable[[Path], Path], dict[str, Any], list[str]]] = {
    "fifo": (_fifo, {"message": "a FIFO (named pipe), not a regular file"}, []),
    "symlink-loop": (_loop, {"message": "symlink loop"}, []),
    "symlink-outside": (_outside, {"message": "a symlink to a file outside the folder: not followed"}, []),
    "symlink-device": (_device, {"message": "a symlink to a file outside the folder"}, []),
    "broken-symlink": (_broken, {"message": "no such file"}, []),
    "sparse-30MB": (_sparse, {"message": "too large (30 MB; the limit is 20 MB; see --max-file-size)"}, []),
    "undecodable-name": (_undecodable, {"message": "not valid UTF-8", "level": "warning"}, ["caf\\xff\\xfe"]),
    "newline-name": (_named("x\n::error title=pwn::oops.txt"), {"exit": 0}, ["x\n::error title=pwn::oops"]),
    "leading-dash": (_named("-rf.txt"), {"exit": 0}, ["-rf"]),
    "option-name": (_named("--seeds.txt"), {"exit": 0}, ["--seeds"]),
    "subfolder-with-suffix": (_subfolder, {"exit": 0}, []),
}


@POSIX
@pytest.mark.parametrize("name", sorted(FILE_CASES))
def test_hostile_file(tmp_path: Path, clean: Clean, name: str) -> None:
    folder = seeds_folder(tmp_path)
    make, want, own = FILE_CASES[name]
    path = make(folder)
    result = run("list", "--seeds", str(folder), "--format", "json")
    assert_listed(result, clean, path, want, own)
    assert "root:x" not in result.out + result.err


@POSIX
def test_a_symlink_leaving_the_folder_is_read_when_named(tmp_path: Path) -> None:
    folder = seeds_folder(tmp_path)
    link = _outside(folder)
    result = run("list", "--seeds", str(link), "--format", "json")
    assert result.code == 0 and [s["id"] for s in json.loads(result.out)["sources"]] == ["secret"]


@POSIX
@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_a_device_or_fifo_named_explicitly_is_refused(tmp_path: Path, clean: Clean, target: str) -> None:
    path = _fifo(tmp_path) if target == "fifo" else Path(target)
    result = run("list", "--seeds", str(path), "--seeds", str(seeds_folder(tmp_path)), "--format", "json")
    assert result.code == 3 and f"{path}: " in result.err and "not a regular file" in result.err
    assert claims_by_source(json.loads(result.out)) == clean.claims


@POSIX
def test_manifest_fifo(tmp_path: Path, clean: Clean) -> None:
    folder = seeds_folder(tmp_path)
    os.mkfifo(folder / "sources.yaml")
    result = run("list", "--seeds", str(folder), "--format", "json")
    assert_listed(result, clean, folder / "sources.yaml", {"message": "FIFO"}, [])


@POSIX
@pytest.mark.parametrize("kind", ["fifo", "symlink-outside", "symlink-inside-to-fifo", "folder"])
def test_registry_source_paths_that_are_no_plain_file(tmp_path: Path, clean: Clean, kind: str) -> None:
    harbour = (DATA / "registry" / "valid" / "harbour.yaml").read_text("utf-8")
    registry = registry_folder(tmp_path / "reg", b"")
    if kind == "fifo":
        os.mkfifo(registry.parent / "pipe.txt")
        path, message = "pipe.txt", "FIFO"
    elif kind == "symlink-outside":
        (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
        (registry.parent / "articles" / "link.txt").symlink_to(tmp_path / "passwd")
        path, message = "articles/link.txt", "outside the registry's folder"
    elif kind == "symlink-inside-to-fifo":
        os.mkfifo(registry.parent / "pipe")
        (registry.parent / "articles" / "p.txt").symlink_to(registry.parent / "pipe")
        path, message = "articles/p.txt", "FIFO"
    else:
        path, message = "articles", "a folder"
    registry.write_text(harbour.replace("path: articles/harbour-wire.txt", f"path: {path}"), encoding="utf-8")
    result = run("check", str(registry), "--format", "json")
    assert result.code == 1 and result.seconds < clean.bound(clean.check_seconds)
    found = [(f["rule"], f["line"]) for f in json.loads(result.out)["findings"] if message in f["message"]]
    assert found == [("source-present", 17)]
    assert "root:" not in result.out


@POSIX
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_registry_that_is_no_plain_file(tmp_path: Path, kind: str) -> None:
    registry = tmp_path / "claims.yaml"
    if kind == "fifo":
        os.mkfifo(registry)
    elif kind == "device":
        registry.symlink_to("/dev/zero")
    else:
        registry.mkdir()
    seeds = seeds_folder(tmp_path)
    for args in (["check", str(registry)], ["list", "--registry", str(registry), "--format", "json"],
                 ["build", "--seeds", str(seeds), "--output", str(registry)]):
        result = run(*args)
        assert result.code == 3 and f"{registry}: " in result.err
        assert "not a regular file" in result.err or "is a directory" in result.err
        assert result.seconds < 5


def test_diff_text_never_reads_a_registry_path_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The vault said the combination was 31-41-59.\n", encoding="utf-8")
    harbour = (DATA / "registry" / "valid" / "harbour.yaml").read_text("utf-8")
    registry = registry_folder(tmp_path / "reg", b"")
    registry.write_text(harbour.replace("path: articles/harbour-wire.txt", "path: ../secret.txt"), encoding="utf-8")
    result = run("diff", "harbour-gazette", "harbour-wire", "--text", "--registry", str(registry), "--format", "json")
    assert "31-41-59" not in result.out + result.err
    assert result.code == 3 and "outside the registry's folder" in result.err
    json.loads(result.out)
