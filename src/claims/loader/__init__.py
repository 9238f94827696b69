"""Loader: article files -> Source records (and Skipped records for bad input).

Formats (see docs/formats.md): plain text and markdown (`.txt`, `.md`, ...: front
matter, a markdown header block, a ` date YYYY-MM-DD` line, or plain), saved web
pages (`.html`, `.htm`: the extracted article text), JSON Lines bulk files
(`.jsonl`: one article per line) and `-` for one article on standard input.

Metadata precedence: manifest (`sources.yaml`) > the file's own metadata >
outlet from the URL's domain > the file stem.

Nothing here raises for bad input: `load_paths` turns every problem into a
`Skipped` (level "error": left out; level "warning": used, but look at it).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from claims.errors import InputError
from claims.loader.bulk import BadLine, read_jsonl
from claims.loader.manifest import MANIFEST_NAME, Manifest, read_manifest
from claims.loader.outlets import outlet_from_url
from claims.loader.shapes import parse
from claims.loader.webpage import extract_page, looks_like_html
from claims.models import Skipped, Source
from claims.safefiles import DEFAULT_MAX_FILE_SIZE, format_size, inside, read_regular, shown
from claims.text import Decoded, decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Documents users keep beside their articles that cannot be read: reported, not ignored.
UNSUPPORTED_SUFFIXES = {
    ".pdf": "a PDF document",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "an RTF document",
    ".epub": "an EPUB book",
    ".pages": "a Pages document",
    ".mht": "a web archive",
    ".mhtml": "a web archive",
    ".webarchive": "a web archive",
    ".json": "a JSON file (one article per line needs .jsonl)",
}
# `--max-file-size` (default DEFAULT_MAX_FILE_SIZE) caps one article: a file, or one record of a
# JSON Lines file; a JSON Lines file as a whole may be up to MAX_BULK_BYTES (or the option, if larger).
MAX_BULK_BYTES = 1_000_000_000
_SIZE_HINT = "; see --max-file-size"
STDIN = "-"
Level = Literal["error", "warning"]
STDIN_ID = "stdin"
STDIN_PATH = "<stdin>"

__all__ = [
    "ARTICLE_SUFFIXES",
    "STDIN",
    "FileTask",
    "LoadPlan",
    "LoadResult",
    "evidence_text",
    "load_bytes",
    "load_file_bytes",
    "load_paths",
    "merge",
    "plan_paths",
    "read_task",
]


class LoadResult:
    """Sources read and inputs skipped (or used with a warning), in input order."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.skipped: list[Skipped] = []

    def skip(self, path: str, reason: str, line: int | None = None, level: Level = "error") -> None:
        self.skipped.append(Skipped(path=shown(path), reason=reason, line=line, level=level))

    def skip_error(self, exc: InputError, level: Level = "error") -> None:
        self.skip(exc.path, exc.reason, exc.line, level)


def _kind(path: str, text: str | None = None) -> str:
    """'html', 'jsonl' or 'text', by suffix; standard input is sniffed for HTML."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if path == STDIN_PATH and text is not None and looks_like_html(text):
        return "html"
    return "text"


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


# The 8-bit and East Asian encodings of the WHATWG Encoding Standard, by Python's codec name. A
# page's `<meta charset>` is honoured only for these: the codec registry also knows names such as
# `undefined`, `idna`, `punycode` or `unicode_escape`, which are no text encodings (or would turn
# `\\x41` in the text into `A`). UTF-16/32 are never declared in an 8-bit page.
PAGE_CHARSETS = frozenset(
    {"utf-8", "ascii", "cp866", "cp874", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "gbk", "gb2312",
     "gb18030", "big5", "big5hkscs", "euc_jp", "euc_kr", "iso2022_jp", "shift_jis", "cp932", "cp949", "cp950",
     "tis-620"}
    | {f"cp{n}" for n in range(1250, 1259)}
    | {f"iso8859-{n}" for n in range(1, 17)}
)


def _page_charset(name: str) -> str | None:
    """The codec for a charset a page declares, when it is a page encoding (see PAGE_CHARSETS)."""
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    return codec if codec in PAGE_CHARSETS else None


def _decode(data: bytes, path: str, kind: str) -> Decoded:
    decoded = decode_bytes(data, path)
    if kind == "html" and decoded.encoding in {"cp1252", "latin-1"}:
        declared = _CHARSET.search(data[:4096])
        codec = _page_charset(declared.group(1).decode("ascii")) if declared else None
        if codec is not None:
            try:
                return Decoded(data.decode(codec), codec)
            except (UnicodeError, LookupError):
                pass
    return decoded


def _strip_span(text: str) -> tuple[int, int]:
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _source(
    sid: str, path: str, text: str, span: tuple[int, int], meta: dict[str, str], fallback: str, sha: str
) -> Source:
    outlet = meta.get("outlet") or (outlet_from_url(meta["url"]) if meta.get("url") else None)
    return Source(
        id=shown(sid), outlet=outlet or shown(fallback), url=meta.get("url"), published=meta.get("published"),
        title=meta.get("title"), path=shown(path), text=text, body_start=span[0], body_end=span[1], sha256=sha,
    )


def load_file_bytes(
    data: bytes,
    path: str,
    stem: str,
    manifest: Manifest | None = None,
    sid: str | None = None,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> LoadResult:
    """Every source in one file's bytes, and what was skipped. Never raises for bad input.

    `path` picks the format by its suffix; `stem` names the source (and the records of a
    bulk file); `sid` overrides the source id of a single-article file. A JSON Lines record
    longer than `max_file_size` characters is left out.
    """
    result = LoadResult()
    manifest = manifest or Manifest()
    name = Path(path).name
    file_meta = manifest.get(name, stem)
    sha = hashlib.sha256(data).hexdigest()
    try:
        kind = _kind(path)
        decoded = _decode(data, path, kind)
        kind = _kind(path, decoded.text)
    except InputError as exc:
        result.skip_error(exc)
        return result
    if decoded.warning:
        result.skip(path, f"used with a warning: {decoded.warning}", level="warning")
    text = decoded.text
    if kind == "jsonl":
        _load_records(text, path, stem, manifest, file_meta, sha, result, max_file_size)
        return result
    if kind == "html":
        page = extract_page(text)
        text, meta, span = page.text, dict(page.meta), _strip_span(page.text)
        if span[0] == span[1]:
            result.skip(path, "no article text found in the page")
            return result
    else:
        parsed = parse(text, path)
        if parsed.warning:
            result.skip(path, f"used with a warning: {parsed.warning}", parsed.warning_line, "warning")
        meta, span = dict(parsed.meta), (parsed.body_start, parsed.body_end)
        if not text[span[0] : span[1]].strip():
            result.skip(path, "no article text after the metadata")
            return result
    meta.update(file_meta)
    result.sources.append(_source(sid or stem, path, text, span, meta, stem, sha))
    return result


def _load_records(
    text: str, path: str, stem: str, manifest: Manifest, file_meta: dict[str, str], sha: str, result: LoadResult,
    max_line: int,
) -> None:
    seen: set[str] = set()
    items = read_jsonl(text, max_line)
    if not items:
        result.skip(path, "empty file")
        return
    for item in items:
        if isinstance(item, BadLine):
            result.skip(path, f"line left out: {item.reason}", item.line)
            continue
        sid = item.id if item.id is not None else f"{stem}-{item.line}"
        if sid in seen:
            result.skip(path, f"line left out: duplicate id {sid!r}", item.line)
            continue
        seen.add(sid)
        if item.repaired:
            result.skip(path, f"used with a warning: {item.repaired} lone surrogate(s) (\\ud800-\\udfff escapes, "
                        "which no UTF-8 text can hold) replaced with U+FFFD", item.line, "warning")
        meta = dict(item.meta)
        meta.update(file_meta)
        meta.update(manifest.entries.get(sid) or {})
        result.sources.append(_source(sid, path, item.text, _strip_span(item.text), meta, stem, sha))


def load_bytes(data: bytes, path: str, stem: str, manifest_meta: dict[str, str] | None = None) -> Source:
    """One Source from a file's bytes. Raises InputError when unusable.

    For a single-article file, `stem` is the source id. For a JSON Lines file, `stem`
    names the record to return (its source id); records are numbered from the file's
    own stem. Warnings (e.g. a fallback encoding) are dropped here; `load_file_bytes`
    keeps them.
    """
    name = Path(path).name
    manifest = Manifest(entries={name: manifest_meta or {}})
    if _kind(path) == "jsonl":
        result = load_file_bytes(data, path, Path(path).stem, manifest)
        wanted = [s for s in result.sources if s.id == stem]
    else:
        result = load_file_bytes(data, path, stem, manifest)
        wanted = result.sources
    if len(wanted) == 1:
        return wanted[0]
    errors = [s for s in result.skipped if s.level == "error"]
    if errors and not result.sources:
        raise InputError(errors[0].path, errors[0].reason, errors[0].line)
    raise InputError(path, f"no source {stem!r} in the file")


def evidence_text(data: bytes, path: str, source_id: str) -> str:
    """The text a source's evidence offsets index, regenerated from its file's bytes.

    For a text or markdown file that is the decoded file; for a web page, the extracted
    article text; for a JSON Lines record, its text field. Use this, not `decode`, to
    check evidence spans of sources of every format. Raises InputError when the file no
    longer yields that source.
    """
    return load_bytes(data, path, source_id).text


def evidence_lookup(data: bytes, path: str) -> Callable[[str], str]:
    """`evidence_text` for every source of one file's bytes, the file read once: `lookup(source_id)`.

    A JSON Lines file is parsed once for all its records (not once per record); the lookup raises
    InputError exactly as `evidence_text` does.
    """
    if _kind(path) != "jsonl":
        return lambda source_id: evidence_text(data, path, source_id)
    result = load_file_bytes(data, path, Path(path).stem, Manifest(entries={Path(path).name: {}}))
    by_id: dict[str, list[Source]] = {}
    for source in result.sources:
        by_id.setdefault(source.id, []).append(source)
    errors = [s for s in result.skipped if s.level == "error"]

    def lookup(source_id: str) -> str:
        wanted = by_id.get(source_id, [])
        if len(wanted) == 1:
            return wanted[0].text
        if errors and not result.sources:
            raise InputError(errors[0].path, errors[0].reason, errors[0].line)
        raise InputError(path, f"no source {source_id!r} in the file")

    return lookup


def _split_name(name: str) -> tuple[str, str]:
    """A file name's stem and suffix, as `Path(name).stem` and `Path(name).suffix` give them."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[:i], name[i:]
    return name, ""


def _folder_files(folder: Path, result: LoadResult) -> Iterator[tuple[str, str]]:
    """The article files of a folder, in name order, one at a time: (path, stem), the path as
    `str(folder / name)`. What cannot be an article is reported.

    Policy for what a folder holds: hidden files, `sources.yaml`, subfolders and files of
    other suffixes are not articles. A symlink whose target (all links resolved) is outside
    the folder is not followed: it is reported, and read only when named itself with
    `--seeds`. FIFOs, devices, sockets and symlink loops are reported without being opened.

    Names are listed as strings and sorted as `sorted(folder.iterdir())` sorts one folder's
    paths (by name, case-folded where the platform's paths are); no `Path` is made per file
    (pathlib interns every name it parses: ~0.3 KB a file for the whole run).
    """
    try:
        names = sorted(os.listdir(folder), key=os.path.normcase)
    except OSError as exc:
        result.skip(str(folder), f"cannot read the folder: {exc.strerror}")
        return
    base = str(folder)
    for name in names:
        if name.startswith(".") or name == MANIFEST_NAME:
            continue
        stem, suffix = _split_name(name)
        suffix = suffix.lower()
        if suffix not in ARTICLE_SUFFIXES and suffix not in UNSUPPORTED_SUFFIXES:
            continue
        path = name if base == "." else os.path.join(base, name)
        if os.path.islink(path) and not inside(Path(path), folder):
            result.skip(path, "a symlink to a file outside the folder: not followed (name the file itself "
                        "with --seeds to read it)")
            continue
        if os.path.isdir(path):
            continue
        if suffix in UNSUPPORTED_SUFFIXES:
            result.skip(path, f"{UNSUPPORTED_SUFFIXES[suffix]}, not a supported article format: "
                        "save it as .txt, .md or .html")
            continue
        yield path, stem  # FIFOs, devices and loops are reported by `_read` without blocking


def _read(file: Path, result: LoadResult, limit: int) -> bytes | None:
    if file.suffix.lower() in JSONL_SUFFIXES:
        limit = max(limit, MAX_BULK_BYTES)
    try:
        return read_regular(file, limit, _SIZE_HINT)
    except InputError as exc:
        result.skip_error(exc)
        return None


@dataclass(frozen=True, eq=False, slots=True)
class FileTask:
    """One file to read and parse: a unit of work that any process can do (it holds paths, not texts).

    `data` is set only for standard input, read where the run started."""

    path: str
    stem: str
    manifest: Manifest
    limit: int
    data: bytes | None = None


def read_task(task: FileTask) -> LoadResult:
    """One file's sources and what was skipped, before duplicate ids across files are resolved."""
    if task.data is not None:
        return load_file_bytes(task.data, task.path, task.stem, max_file_size=task.limit)
    result = LoadResult()
    data = _read(Path(task.path), result, task.limit)
    if data is None:
        return result
    if shown(task.path) != task.path:
        result.skip(task.path, "the file name is not valid UTF-8 (its bytes are shown as \\xNN escapes): read; "
                    "rename the file so that a registry can find it again", level="warning")
    loaded = load_file_bytes(data, task.path, task.stem, task.manifest, max_file_size=task.limit)
    result.skipped.extend(loaded.skipped)
    result.sources.extend(loaded.sources)
    return result


def _add(result: LoadResult, loaded: LoadResult, seen: set[str]) -> list[Source]:
    result.skipped.extend(loaded.skipped)
    added: list[Source] = []
    for source in loaded.sources:
        if source.id in seen:
            result.skip(source.path, f"duplicate source id {source.id!r}: left out")
            continue
        seen.add(source.id)
        result.sources.append(source)
        added.append(source)
    return added


def _folder_manifest(folder: Path, result: LoadResult, limit: int) -> Manifest:
    try:
        manifest = read_manifest(folder, limit)
    except InputError as exc:
        result.skip_error(exc)
        return Manifest()
    for problem in manifest.problems:
        result.skip_error(problem)
    for warning in manifest.warnings:
        result.skip_error(warning, "warning")
    return manifest


@dataclass(frozen=True, eq=False)
class _NamesCheck:
    """After a folder's files are read: manifest entries that name none of them are reported."""

    folder: Path
    manifest: Manifest
    tasks: tuple[FileTask, ...]


Step = Skipped | FileTask | _NamesCheck


def unmatched_names(check: _NamesCheck, ids: Mapping[FileTask, Iterable[str]]) -> list[str]:
    """The manifest entries of a folder that name none of its articles (by file name, stem or the
    source ids read from the file: `ids`), in the manifest's order."""
    known: set[str] = set()
    for task in check.tasks:
        known.update({Path(task.path).name, task.stem})
        known.update(ids.get(task, []))
    return [name for name in check.manifest.names if name not in known and Path(name).stem not in known]


@dataclass
class LoadPlan:
    """What `load_paths` does, in order: skips found while listing, files to read, manifest checks.

    Listing folders and reading manifests happens where the plan is made; the file tasks
    (`tasks`) may be read anywhere, in any process, and their results merged with `merge`."""

    steps: list[Step] = field(default_factory=list)

    @property
    def tasks(self) -> list[FileTask]:
        return [step for step in self.steps if isinstance(step, FileTask)]


def _taken(listed: LoadResult) -> list[Skipped]:
    """The skips found so far (and no more in `listed`)."""
    found = list(listed.skipped)
    listed.skipped.clear()
    return found


def _folder_steps(folder: Path, limit: int, stream: bool) -> Iterator[Step]:
    """A folder's steps: the skips found while listing it, its file tasks, and the check of its manifest's
    names. With `stream`, the folder is listed twice (its skips, then its files), so that its tasks are
    made one at a time and never all held; a folder whose manifest names articles keeps its tasks for the
    check."""
    listed = LoadResult()
    manifest = _folder_manifest(folder, listed, limit)
    if stream and not manifest.names:
        for _ in _folder_files(folder, listed):
            pass
        yield from _taken(listed)
        for path, stem in _folder_files(folder, LoadResult()):
            yield FileTask(path, stem, manifest, limit)
        return
    # One Path at a time; the folder's skips still come before its tasks.
    tasks = tuple(FileTask(path, stem, manifest, limit) for path, stem in _folder_files(folder, listed))
    yield from _taken(listed)
    yield from tasks
    if manifest.names:
        yield _NamesCheck(folder, manifest, tasks)


def plan_steps(
    paths: Iterable[Path], stdin: Callable[[], bytes] | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE,
    *, stream: bool = False
) -> Iterator[Step]:
    """The steps of `plan_paths(paths, ...)`, in order, as they are found. With `stream`, a folder's file
    tasks are made as they are handed over (the folder is listed twice), not all before the first."""
    listed = LoadResult()
    manifests: dict[Path, Manifest] = {}
    for path in paths:
        if str(path) == STDIN:
            try:
                data = stdin() if stdin is not None else sys.stdin.buffer.read(max_file_size + 1)
            except OSError as exc:
                listed.skip(STDIN_PATH, f"cannot read standard input: {exc.strerror}")
            else:
                if len(data) > max_file_size:
                    listed.skip(STDIN_PATH, f"too large (more than {format_size(max_file_size)}{_SIZE_HINT}): "
                                "not read")
                else:
                    yield from _taken(listed)
                    yield FileTask(STDIN_PATH, STDIN_ID, Manifest(), max_file_size, data)
        elif path.is_dir():
            yield from _taken(listed)
            yield from _folder_steps(path, max_file_size, stream)
        elif not os.path.lexists(path):
            listed.skip(str(path), "no such file or folder")
        else:  # named explicitly: followed wherever it points; FIFOs and devices are refused by `_read`
            if path.parent not in manifests:
                manifests[path.parent] = _folder_manifest(path.parent, listed, max_file_size)
            yield from _taken(listed)
            yield FileTask(str(path), path.stem, manifests[path.parent], max_file_size)
        yield from _taken(listed)


def plan_paths(
    paths: Iterable[Path], stdin: Callable[[], bytes] | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> LoadPlan:
    """The plan of `load_paths(paths, ...)`: folders listed, manifests read, standard input read."""
    return LoadPlan(list(plan_steps(paths, stdin, max_file_size)))


def merge(
    plan: LoadPlan, results: Iterable[LoadResult], on_file: Callable[[FileTask, list[Source]], None] | None = None
) -> LoadResult:
    """The plan's outcome from its tasks' results (`read_task`, in task order): what `load_paths` returns.

    A source whose id an earlier one has is left out, and named. `on_file(task, added)` is called
    after each file with the sources it added (not those left out)."""
    result = LoadResult()
    seen: set[str] = set()
    found = iter(results)
    ids: dict[FileTask, list[str]] = {}
    for step in plan.steps:
        if isinstance(step, Skipped):
            result.skipped.append(step)
        elif isinstance(step, FileTask):
            added = _add(result, next(found), seen)
            ids[step] = [s.id for s in added]
            if on_file is not None:
                on_file(step, added)
        else:
            for name in unmatched_names(step, ids):
                result.skip(str(step.folder / MANIFEST_NAME), f"entry {name!r} names no article in the folder",
                            level="warning")
    return result


def load_paths(
    paths: Iterable[Path], stdin: Callable[[], bytes] | None = None, max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> LoadResult:
    """Load every article under the given files and folders; never raises for bad input.

    A path of `-` reads one article from `stdin()` (default: the process's standard
    input) as source id `stdin`. `max_file_size` caps one article (a file, standard input,
    or one JSON Lines record) and the manifest; larger ones are reported and left out.
    """
    plan = plan_paths(paths, stdin, max_file_size)
    return merge(plan, (read_task(task) for task in plan.tasks))
