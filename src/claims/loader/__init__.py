"""Loader: article files -> Source records (and Skipped records for bad input)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from claims.errors import InputError
from claims.loader.manifest import MANIFEST_NAME, read_manifest
from claims.loader.outlets import outlet_from_url
from claims.loader.shapes import parse
from claims.models import Skipped, Source
from claims.text import decode

ARTICLE_SUFFIXES = {".txt", ".md"}

__all__ = ["ARTICLE_SUFFIXES", "LoadResult", "load_bytes", "load_paths"]


class LoadResult:
    """Sources read and inputs skipped, in input order."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.skipped: list[Skipped] = []


def load_bytes(
    data: bytes, path: str, stem: str, manifest_meta: dict[str, str] | None = None
) -> Source:
    """Build one Source from a file's bytes. Raises InputError when unusable."""
    text = decode(data, path)
    parsed = parse(text, path)
    if not text[parsed.body_start : parsed.body_end].strip():
        raise InputError(path, "no article text after the metadata")
    meta = dict(parsed.meta)
    meta.update(manifest_meta or {})
    outlet = meta.get("outlet") or (outlet_from_url(meta["url"]) if meta.get("url") else None)
    return Source(
        id=stem,
        outlet=outlet or stem,
        url=meta.get("url"),
        published=meta.get("published"),
        title=meta.get("title"),
        path=path,
        text=text,
        body_start=parsed.body_start,
        body_end=parsed.body_end,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _article_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.name != MANIFEST_NAME
    )


def _expand(paths: Iterable[Path], result: LoadResult) -> Iterator[tuple[Path, dict[str, str]]]:
    for path in paths:
        if path.is_dir():
            try:
                manifest = read_manifest(path)
            except InputError as exc:
                result.skipped.append(Skipped(path=exc.path, reason=exc.reason, line=exc.line))
                manifest = {}
            for file in _article_files(path):
                yield file, manifest.get(file.name) or manifest.get(file.stem) or {}
        elif path.exists():
            yield path, {}
        else:
            result.skipped.append(Skipped(path=str(path), reason="no such file or folder"))


def load_paths(paths: Iterable[Path]) -> LoadResult:
    """Load every article under the given files and folders; never raises for bad input."""
    result = LoadResult()
    seen: set[str] = set()
    for file, meta in _expand(paths, result):
        try:
            source = load_bytes(file.read_bytes(), str(file), file.stem, meta)
        except InputError as exc:
            result.skipped.append(Skipped(path=exc.path, reason=exc.reason, line=exc.line))
            continue
        except OSError as exc:
            result.skipped.append(Skipped(path=str(file), reason=f"cannot read: {exc.strerror}"))
            continue
        if source.id in seen:
            result.skipped.append(Skipped(path=str(file), reason=f"duplicate source id {source.id!r}"))
            continue
        seen.add(source.id)
        result.sources.append(source)
    return result
