"""Flat memory over an archive: claims spilled to a temporary file, grouped one story cluster at a time.

`analyse_archive(paths)` does what `claims.pipeline.analyse` does, for runs of any size:

1. **Spill.** The plan's file tasks are kept compactly as the loader lists them (`_Tasks`: paths in a
   temporary file; `loader.plan_steps(..., stream=True)` makes each task as it is handed over) and handed
   to the workers a few chunks ahead. Each file is read and extracted (in worker processes with `jobs`
   > 1, which read their own files) and its text released; the worker pickles each source's records
   (its fields, its claims as lists of the `Claim` fields (`kind` as its value), each claim's terms as
   `terms.term_parts` reads them, its story entity codes) and this process only writes the bytes, in input order, to
   temporary files. In memory stay per source its claim count, file offsets and day (~50 bytes), and
   for the run the document frequencies of the claims' terms (`df`, counted by the workers), the
   acronyms, the outlets and each distinct (speaker id, speaker) pair.
2. **Story clusters** (`claims.compare.stories`): a run of up to 50,000 claims is one cluster and is
   grouped exactly as `analyse` groups it; a larger run is split by date and shared rare entities.
3. **Group per cluster** with the run's `df` and `n` (`claims.compare.group_cluster`; each claim's
   terms are read back, not worked out again), writing each claim's group id and, at a group's first
   claim, where the group's record is (`INDEX_WIDTH` bytes a claim) to an index file, and the group
   records, as the JSON text `--format json` writes (encoded by the process that grouped them), to
   another. Clusters go to `jobs` processes in batches of about CLUSTER_BATCH_CLAIMS claims as processes
   come free (`forked.forked_imap`); this process writes each batch out meanwhile.
4. **Output** (`write_json`, `write_jsonl`; `ArchiveRun.document` for the records): the records of
   `--format json`, read back from the files and encoded as text in this process a few hundred at a
   time, in the order and with the content `analyse` gives (the groups' records as grouping encoded
   them).

Speaker ids are made consistent over the whole run (`resolve_speaker_ids`' rule, worked out on the
distinct speaker pairs) and applied as the claims are read back.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import pickle
import tempfile
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path
from typing import IO, Any, NamedTuple

from claims.compare import ClusterStats, Plan, cluster_plans, group_in_place, plan_group, plan_groups
from claims.compare.features import RunStats
from claims.compare.forked import forked_imap
from claims.compare.outlets import OutletIndex, OutletKey, outlet_key
from claims.compare.parties import trim_speaker_caches
from claims.compare.similarity import PARTS
from claims.compare.speakers import anonymous_ids, generic_ids
from claims.compare.stories import (
    ONE_CLUSTER_UP_TO,
    Clusters,
    entity_codes,
    source_day,
    story_cluster_arrays,
)
from claims.compare.terms import TermParts, Terms, acronym_order, term_parts
from claims.export import RECORD_KEY, RECORD_KINDS, SECTIONS, SOURCE_FIELDS, _encode_str, _value
from claims.extract.speakers import run_id_mapping
from claims.loader import (
    FileTask,
    Step,
    _NamesCheck,
    plan_steps,
    read_task,
    unmatched_names,
)
from claims.loader.manifest import MANIFEST_NAME, Manifest
from claims.models import Claim, Group, Kind, Link, Nearest, Review, Skipped, Source, prevalidated
from claims.pipeline import (
    CHUNK_SIZE,
    PARALLEL_MIN_SOURCES,
    PhaseFn,
    ProgressFn,
    _guarded,
    default_jobs,
    file_ticker,
    source_claims,
)
from claims.safefiles import DEFAULT_MAX_FILE_SIZE, shown

__all__ = ["ArchiveRun", "analyse_archive", "write_json", "write_jsonl"]

_dumps = json.JSONEncoder(ensure_ascii=False).encode

CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.model_fields)
_claim_values = operator.itemgetter(*CLAIM_FIELDS)
"""A claim's field values in order, from its `__dict__`."""
KIND_AT = CLAIM_FIELDS.index("kind")
_KINDS = {k.value: k for k in Kind}
"""A claim's `kind` is spilled as its value (a plain string pickles, and reads back, at ~60% of the time of
an enum member) and read back as the `Kind` member."""
_KIND_VALUES = {k: k.value for k in Kind}
"""Each `Kind`'s value, looked up: `Kind.value` is a Python-level descriptor (~7% of a worker's packing)."""


def _spilled(values: dict[str, Any]) -> list[Any]:
    """A claim's field values in order (its `__dict__`'s), `kind` as its value: what is pickled."""
    row = list(_claim_values(values))
    row[KIND_AT] = _KIND_VALUES[row[KIND_AT]]
    return row


SOURCE_ALL_FIELDS: tuple[str, ...] = tuple(Source.model_fields)
GID_WIDTH = 11
"""A group id is 'g' + 10 hex digits (`compare.ids.group_id`)."""
CLUSTER_BATCH_CLAIMS = 2_000
"""Clusters are handed to the forked workers in batches of about this many claims (one task each)."""
PARALLEL_CLUSTER_MIN = 2_000
"""A cluster at least this large is grouped with `jobs` processes itself; smaller ones share the batches."""
SPEAKER_CACHE_KEEP = 2_048
"""Speaker phrases a process keeps read between story clusters (`parties.trim_speaker_caches`): the
phrases of one story are compared within its cluster, so what is emptied is mostly other stories'."""


class Speaker(NamedTuple):
    """One distinct (speaker id, speaker) pair of the run: what the speaker-id rules read."""

    speaker_id: str
    speaker: str


class _Packed(NamedTuple):
    """One source as a worker hands it over: what the merge reads, and its records already pickled
    (the main process only writes the bytes out)."""

    id: str
    path: str
    outlet: str
    day: int
    record: bytes
    """The pickled tuple of the source's fields (text released)."""
    claims: bytes | Skipped
    """The pickled list of its claims' field values (`_spilled`), or its over-budget record."""
    n_claims: int
    codes: bytes
    """Its story entity codes (`entity_code`), sorted, as 8-byte ints."""
    terms: bytes
    """The pickled list of its claims' terms parts (`terms.term_parts`, each `Terms` as its two fields),
    read back for grouping (`ArchiveRun.terms_parts`)."""


@dataclass(slots=True)
class _FileOut:
    """One file task's outcome, light: its skips and its sources packed."""

    skipped: list[Skipped]
    sources: list[_Packed]


@dataclass(slots=True)
class _ChunkOut:
    files: list[_FileOut]
    df: Counter[str]
    speakers: set[Speaker]
    acronyms: set[str]


_NO_CODES = b""


_PlainParts = tuple[tuple[str, ...], frozenset[str], str, bytes]
"""A claim's `terms.term_parts` as plain tuples (stems, keys, initials, runs): how they are pickled."""

CONTENT_CACHE = 4_096
"""Distinct claim contents whose terms a worker keeps (`_content_terms`): wire copy and rewrites repeat
sentences across an archive's articles (at 10,000 synthetic articles, ~60% of claims repeat one of the
last 4,096 contents a worker read). About 1.5 KB each: a bounded ~6 MB per process, whatever the run."""


@lru_cache(maxsize=CONTENT_CACHE)
def _content_terms(content: str) -> tuple[_PlainParts, tuple[str, ...], tuple[str, ...]]:
    """What `_packed` reads from one claim's content, which depends on the content alone: its terms parts
    (`terms.term_parts`, as plain tuples), the terms its document frequencies count (its distinct stems,
    then its keys, in that order) and its acronyms (`terms.acronym_order`)."""
    terms, initials, runs = term_parts(content)
    return ((terms.stems, terms.keys, initials, runs), (*frozenset(terms.stems), *terms.keys),
            acronym_order(content))


def _packed(source: Source, found: list[Claim] | Skipped, out: _ChunkOut) -> _Packed:
    """One source's records, pickled here (in the worker), and its share of the run-wide counts."""
    record = pickle.dumps(tuple("" if f == "text" else source.__dict__[f] for f in SOURCE_ALL_FIELDS), 5)
    day = source_day(source.published)
    if isinstance(found, Skipped):
        return _Packed(source.id, source.path, source.outlet, day, record, found, 0, _NO_CODES, _NO_CODES)
    parts = []
    counted: list[str] = []  # each claim's distinct stems, then its keys: counted at once, in that order
    for c in found:
        part, terms_counted, acronyms = _content_terms(c.content)
        counted.extend(terms_counted)
        out.speakers.add(Speaker(c.speaker_id, c.speaker))
        out.acronyms.update(acronyms)
        parts.append(part)
    out.df.update(counted)
    claims = pickle.dumps([_spilled(c.__dict__) for c in found], 5)
    codes = array("q", entity_codes([t for c in found for t in (c.content, c.speaker)])).tobytes()
    return _Packed(source.id, source.path, source.outlet, day, record, claims, len(found), codes,
                   pickle.dumps(parts, 5))


def _light_files(tasks: Sequence[FileTask]) -> _ChunkOut:
    """Read, extract and describe a chunk of file tasks: the work of one worker task (or of this process)."""
    out = _ChunkOut([], Counter(), set(), set())
    for task in tasks:
        loaded = read_task(task)
        packed = [_packed(source, _guarded(source_claims, source), out) for source in loaded.sources]
        out.files.append(_FileOut(loaded.skipped, packed))
    return out


class _Codes:
    """Per-source sequences of 8-byte ints in a file (8 bytes a source in memory, where they start)."""

    def __init__(self, file: IO[bytes] | None = None) -> None:
        self.file = file
        self.starts = array("q", [0])

    def append(self, items: Sequence[int]) -> None:
        self.append_bytes(array("q", items).tobytes())

    def append_bytes(self, data: bytes) -> None:
        """One source's codes, already 8-byte ints."""
        assert self.file is not None
        self.file.write(data)
        self.starts.append(self.starts[-1] + len(data) // 8)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> Sequence[int]:
        assert self.file is not None
        start, end = self.starts[i], self.starts[i + 1]
        if start == end:
            return ()
        return array("q", os.pread(self.file.fileno(), 8 * (end - start), 8 * start))


class IdSet:
    """A set of strings (the run's source ids) in ~40 bytes each: an open-addressing table of 64-bit
    hashes and positions in memory, the strings themselves in a file. Exact: when two hashes agree,
    the stored string is read back and compared."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.starts = array("q", [0])
        self.hashes = array("Q", bytes(8 * 1024))
        self.slots = array("q", [-1]) * 1024

    def __len__(self) -> int:
        return len(self.starts) - 1

    def _stored(self, k: int) -> bytes:
        self.file.flush()
        return os.pread(self.file.fileno(), self.starts[k + 1] - self.starts[k], self.starts[k])

    @staticmethod
    def hash(data: bytes) -> int:
        return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")

    def add(self, item: str) -> bool:
        """Add `item`; False when it was already there."""
        data = item.encode("utf-8", "surrogatepass")
        h = self.hash(data)
        mask = len(self.slots) - 1
        i = h & mask
        while (k := self.slots[i]) >= 0:
            if self.hashes[i] == h and self._stored(k) == data:
                return False
            i = (i + 1) & mask
        self.file.write(data)
        self.starts.append(self.starts[-1] + len(data))
        self.slots[i], self.hashes[i] = len(self) - 1, h
        if 2 * len(self) > len(self.slots):
            self._grow()
        return True

    def _grow(self) -> None:
        old = zip(self.hashes, self.slots, strict=True)
        size = 2 * len(self.slots)
        self.hashes, self.slots = array("Q", bytes(8 * size)), array("q", [-1]) * size
        mask = size - 1
        for h, k in old:
            if k >= 0:
                i = h & mask
                while self.slots[i] >= 0:
                    i = (i + 1) & mask
                self.slots[i], self.hashes[i] = k, h


GROUP_READ_SPAN = 1 << 18
"""Group records whose offsets lie within this many bytes are read in one piece (`group_texts`). An
output task's groups take ~0.2 MB at 256 claims; at 4 MB, reads of records far apart raised the peak of
a 10,000-article run by ~10 MB (`--jobs 1`: 55 -> 66 MB), at 256 KB not at all, for the same time."""
INDEX_WIDTH = GID_WIDTH + 8
"""Per claim in the index file: its group id, and the offset of its group's record in the group file
when it is the group's first claim (-1 otherwise), 8 bytes little-endian."""
NO_RECORD = (-1).to_bytes(8, "little", signed=True)


def _pread_pickle(fd: int, offset: int, size: int) -> Any:
    return pickle.loads(os.pread(fd, size, offset))


_LINED = json.JSONEncoder(ensure_ascii=False, separators=("\n", ": ")).encode
"""A list of values as `json.dumps` writes each of them (`encode_basestring`, `int.__repr__`, null), in one
call of the C encoder, one a line between the brackets: no encoded value holds a raw line break."""
_SCALARS = frozenset({str, int, type(None)})
"""The types of a claim's values (its fields' own, `kind` as its value): `_LINED` writes them as
`export._value` does."""


@cache
def _claim_template() -> str:
    """A claim's record as `--format json` writes it, at the records' indent: its fields' names, a `%s`
    for each one's encoded value, and the review's fields written out (a new claim's review is always the
    default one)."""
    pad = "      "
    names = ",\n".join(pad + _encode_str(f) + ": %s" for f in CLAIM_FIELDS)
    review = "".join(",\n" + pad + _encode_str(k) + ": " + _value(v, pad) for k, v in Review().model_dump().items())
    return "    {\n" + names + review.replace("%", "%%") + "\n    }"


@dataclass
class ArchiveRun:
    """A finished run whose records live in temporary files (closed by `close`, or on exit)."""

    files: list[IO[bytes]] = field(default_factory=list)
    claim_file: IO[bytes] | None = None
    source_file: IO[bytes] | None = None
    terms_file: IO[bytes] | None = None
    """Per source, the pickled terms parts of its claims (`terms.term_parts`), at `terms_off`."""
    group_file: IO[bytes] | None = None
    source_off: array[int] = field(default_factory=lambda: array("q"))
    claim_off: array[int] = field(default_factory=lambda: array("q"))
    terms_off: array[int] = field(default_factory=lambda: array("q"))
    claim_first: array[int] = field(default_factory=lambda: array("q", [0]))
    """Claim positions: source i's claims are claim_first[i] .. claim_first[i + 1] - 1."""
    days: array[int] = field(default_factory=lambda: array("i"))
    entities: _Codes = field(default_factory=_Codes)
    df: Counter[str] = field(default_factory=Counter)
    speakers: set[Speaker] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    outlets: dict[OutletKey, None] = field(default_factory=dict)
    """The run's outlets (`outlet_key`), in order of their first source; which sources each outlet has is
    worked out per story cluster (`_cluster_outlets`)."""
    skipped: list[Skipped] = field(default_factory=list)
    over_budget: list[Skipped] = field(default_factory=list)
    speaker_map: dict[str, str] = field(default_factory=dict)
    index_file: IO[bytes] | None = None
    """Per claim, INDEX_WIDTH bytes: its group id and where its group's record is (`_keep`)."""
    clusters: int = 0
    """How many story clusters the run was grouped in."""
    largest_cluster: int = 0
    """Claims of the largest story cluster."""
    jobs: int = 1
    """Processes the output is encoded with (`write_json`, `write_jsonl`)."""

    # -- spill --------------------------------------------------------------------------------------

    def _temp(self) -> IO[bytes]:
        f = tempfile.TemporaryFile(prefix="claims-archive-")  # noqa: SIM115  # closed by close()
        self.files.append(f)
        return f

    def open(self) -> None:
        self.claim_file, self.source_file, self.group_file = self._temp(), self._temp(), self._temp()
        self.terms_file = self._temp()
        self.index_file = self._temp()
        self.entities = _Codes(self._temp())

    def add_source(self, source: _Packed) -> None:
        """One kept source (with its claims), as a worker packed it: its records written out as they are."""
        assert self.claim_file is not None and self.source_file is not None and self.terms_file is not None
        assert isinstance(source.claims, bytes)
        self.source_off.append(self.source_file.tell())
        self.source_file.write(source.record)
        self.claim_off.append(self.claim_file.tell())
        self.claim_file.write(source.claims)
        self.terms_off.append(self.terms_file.tell())
        self.terms_file.write(source.terms)
        self.claim_first.append(self.claim_first[-1] + source.n_claims)
        self.days.append(source.day)
        self.entities.append_bytes(source.codes)
        self.outlets.setdefault(outlet_key(source.outlet))

    def close_spill(self) -> None:
        for f in (self.claim_file, self.source_file, self.terms_file, self.entities.file):
            assert f is not None
            f.write(b"\0")  # an end mark: the last record's size is its offset's distance to it
            f.flush()
        assert self.claim_file is not None and self.source_file is not None and self.terms_file is not None
        self.source_off.append(self.source_file.tell() - 1)
        self.claim_off.append(self.claim_file.tell() - 1)
        self.terms_off.append(self.terms_file.tell() - 1)

    @property
    def n_sources(self) -> int:
        return len(self.claim_first) - 1

    @property
    def n_claims(self) -> int:
        return self.claim_first[-1]

    # -- read back ----------------------------------------------------------------------------------

    def source_at(self, i: int) -> Source:
        assert self.source_file is not None
        off = self.source_off
        values = _pread_pickle(self.source_file.fileno(), off[i], off[i + 1] - off[i])
        return Source.model_construct(**dict(zip(SOURCE_ALL_FIELDS, values, strict=True)))

    def claim_tuples(self, i: int) -> list[list[Any]]:
        """Source i's claims as spilled (`_spilled`): each its field values in order, `kind` as its value."""
        assert self.claim_file is not None
        found: list[list[Any]] = _pread_pickle(
            self.claim_file.fileno(), self.claim_off[i], self.claim_off[i + 1] - self.claim_off[i])
        return found

    def terms_parts(self, i: int) -> list[TermParts]:
        """Source i's claims' terms parts, as the worker that extracted them read them."""
        assert self.terms_file is not None
        # Pickled as plain tuples (stems, keys, initials, runs): a dataclass pickles through Python code.
        parts: list[tuple[tuple[str, ...], frozenset[str], str, bytes]] = _pread_pickle(
            self.terms_file.fileno(), self.terms_off[i], self.terms_off[i + 1] - self.terms_off[i])
        return [(Terms(stems, keys), letters, runs) for stems, keys, letters, runs in parts]

    def claims_of(self, sources: Iterable[int], build: Callable[[dict[str, Any]], Claim]) -> list[Claim]:
        """The claims of these sources, in order, speaker ids resolved over the run."""
        mapping = self.speaker_map
        out: list[Claim] = []
        kinds = _KINDS
        for i in sources:
            for values in self.claim_tuples(i):
                record = dict(zip(CLAIM_FIELDS, values, strict=True))
                record["kind"] = kinds[record["kind"]]
                if record["speaker_id"] in mapping:
                    record["speaker_id"] = mapping[record["speaker_id"]]
                out.append(build(record))
        return out

    # -- output -------------------------------------------------------------------------------------

    def source_records(self, first: int = 0, end: int | None = None) -> Iterator[dict[str, Any]]:
        """The records of sources first .. end - 1 (all by default)."""
        assert self.source_file is not None
        fd, off = self.source_file.fileno(), self.source_off
        at = [SOURCE_ALL_FIELDS.index(f) for f in SOURCE_FIELDS]
        for i in range(first, self.n_sources if end is None else end):
            values = _pread_pickle(fd, off[i], off[i + 1] - off[i])
            yield {f: values[k] for f, k in zip(SOURCE_FIELDS, at, strict=True)}

    def _index(self, first: int, end: int) -> bytes:
        assert self.index_file is not None
        return os.pread(self.index_file.fileno(), INDEX_WIDTH * (end - first), INDEX_WIDTH * first)

    def claim_records(self, first: int = 0, end: int | None = None) -> Iterator[dict[str, Any]]:
        """The claims of sources first .. end - 1 (all by default): each claim's record of `--format json`
        (`Claim.model_dump(mode="json")` and the review fields), made from the spilled values directly: they
        are the claim's fields in order, all JSON values but `kind`, a `Kind` (a str enum), written as its
        value."""
        review = Review().model_dump()
        for row in self._claim_rows(first, self.n_sources if end is None else end):
            record = dict(zip(CLAIM_FIELDS, row, strict=True))
            record.update(review)
            yield record

    def _claim_rows(self, first: int, end: int) -> Iterator[list[Any]]:
        """The spilled values of the claims of sources first .. end - 1, in CLAIM_FIELDS order, with `kind`
        written as its value, the speaker id as the run's mapping gives it and the group id from the index."""
        mapping = self.speaker_map
        speaker_at, group_at = CLAIM_FIELDS.index("speaker_id"), CLAIM_FIELDS.index("group")
        for i in range(first, end):
            index = self._index(self.claim_first[i], self.claim_first[i + 1])
            for k, row in enumerate(self.claim_tuples(i)):  # `kind` spilled as its value already
                row[speaker_at] = mapping.get(row[speaker_at], row[speaker_at])
                row[group_at] = index[k * INDEX_WIDTH : k * INDEX_WIDTH + GID_WIDTH].decode("ascii")
                yield row

    def claim_texts(self, first: int, end: int) -> list[str]:
        """The claims of sources first .. end - 1 as `--format json` writes them (`export._value` of each of
        `claim_records`, at the records' indent). The values (text, whole numbers or null, `kind` as its
        value) of all these claims are encoded in one call of the C encoder, one a line (`_LINED`), and
        each claim's are put in its record's text (`_claim_template`); a value of any other type takes
        `export._value` of the whole record."""
        rows = list(self._claim_rows(first, end))
        values = list(chain.from_iterable(rows))
        if not _SCALARS.issuperset(map(type, values)):
            review = Review().model_dump()
            return ["    " + _value({**dict(zip(CLAIM_FIELDS, row, strict=True)), **review}, "    ") for row in rows]
        if not values:
            return []
        encoded = _LINED(values)[1:-1].split("\n")
        template, n = _claim_template(), len(CLAIM_FIELDS)
        return [template % tuple(encoded[k : k + n]) for k in range(0, len(encoded), n)]

    def group_texts(self, first: int = 0, end: int | None = None) -> Iterator[str]:
        """The groups whose first claim is one of claims first .. end - 1 (all by default), in that order,
        each as `--format json` writes it (`export._value` of its record at the records' indent): the text
        the grouping step stored (`_group_records`)."""
        assert self.group_file is not None
        self.group_file.flush()
        fd = self.group_file.fileno()
        step = 65536
        last = self.n_claims if end is None else end
        for at in range(first, last, step):
            index = self._index(at, min(last, at + step))
            offsets = [off for k in range(GID_WIDTH, len(index), INDEX_WIDTH)
                       if (off := int.from_bytes(index[k : k + 8], "little", signed=True)) >= 0]
            if not offsets:
                continue
            # A record is its size (4 bytes) and its JSON text, UTF-8. Groups of neighbouring claims were
            # mostly written one after another: their records are read at once when they lie close.
            lo, hi = min(offsets), max(offsets)
            if hi - lo > GROUP_READ_SPAN:
                for off in offsets:
                    size = int.from_bytes(os.pread(fd, 4, off), "little")
                    yield os.pread(fd, size, off + 4).decode("utf-8", "surrogatepass")
                continue
            block = os.pread(fd, hi + 4 - lo, lo)
            block += os.pread(fd, int.from_bytes(block[-4:], "little"), hi + 4)
            for off in offsets:
                k = off - lo
                yield block[k + 4 : k + 4 + int.from_bytes(block[k : k + 4], "little")].decode(
                    "utf-8", "surrogatepass")

    def group_records(self, first: int = 0, end: int | None = None) -> Iterator[dict[str, Any]]:
        """The records of the groups whose first claim is one of claims first .. end - 1 (all by default),
        in that order (their JSON texts read back: the same values, keys in the same order)."""
        for text in self.group_texts(first, end):
            record: dict[str, Any] = json.loads(text)
            yield record

    def document(self) -> dict[str, Iterator[dict[str, Any]] | list[dict[str, Any]]]:
        """The sections of `--format json`, each an iterator of records (read back one at a time)."""
        return {
            "sources": self.source_records(),
            "claims": self.claim_records(),
            "groups": self.group_records(),
            "skipped": [k.model_dump(mode="json") for k in self.all_skipped],
        }

    @property
    def all_skipped(self) -> list[Skipped]:
        return [*self.skipped, *self.over_budget]

    def flush(self) -> None:
        """Write out what is buffered, before worker processes are forked to read the files."""
        for f in self.files:
            f.flush()

    def close(self) -> None:
        for f in self.files:
            f.close()
        self.files.clear()


class _Builder:
    """Claims from validated values, with one shared field-name set (as `compare.records.Compactor`)."""

    def __init__(self) -> None:
        self._fields_set = set(CLAIM_FIELDS)

    def __call__(self, values: dict[str, Any]) -> Claim:
        return prevalidated(Claim, values, self._fields_set)


# -- extraction: a streaming version of `loader.merge` + `pipeline.assemble` -----------------------------


class _Tasks:
    """The plan's file tasks in ~16 bytes each in memory: each task's path and stem in a temporary file,
    its manifest and size limit by number. A task read from standard input, or of a folder whose
    manifest names articles (a manifest check reads its tasks), is kept as it is."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.starts = array("q", [0])
        self.shape = array("i")
        self.shapes: list[tuple[Manifest, int]] = []
        self._shape_of: dict[tuple[int, int], int] = {}
        self.whole: dict[int, FileTask] = {}

    def __len__(self) -> int:
        return len(self.shape)

    def append(self, task: FileTask) -> None:
        if task.data is not None or task.manifest.names:
            self.whole[len(self)] = task
            self.shape.append(-1)
            self.starts.append(self.starts[-1])
            return
        key = (id(task.manifest), task.limit)
        k = self._shape_of.get(key)
        if k is None:
            k = self._shape_of[key] = len(self.shapes)
            self.shapes.append((task.manifest, task.limit))
        data = (task.path + "\0" + task.stem).encode("utf-8", "surrogatepass")
        self.file.write(data)
        self.shape.append(k)
        self.starts.append(self.starts[-1] + len(data))

    def __getitem__(self, i: int) -> FileTask:
        k = self.shape[i]
        if k < 0:
            return self.whole[i]
        data = os.pread(self.file.fileno(), self.starts[i + 1] - self.starts[i], self.starts[i])
        path, stem = data.decode("utf-8", "surrogatepass").split("\0")
        manifest, limit = self.shapes[k]
        return FileTask(path, stem, manifest, limit)

    def chunk(self, first: int, end: int) -> list[FileTask]:
        return [self[i] for i in range(first, min(end, len(self)))]


_Other = Skipped | _NamesCheck


def _compact(steps: Iterable[Step], run: ArchiveRun) -> tuple[_Tasks, list[tuple[int, _Other]]]:
    """The plan's tasks in a `_Tasks`, and its other steps with the number of tasks before each (the
    steps are read as the loader lists them: `plan_steps(..., stream=True)`)."""
    tasks = _Tasks(run._temp())
    others: list[tuple[int, _Other]] = []
    for step in steps:
        if isinstance(step, FileTask):
            tasks.append(step)
        else:
            others.append((len(tasks), step))
    tasks.file.flush()
    return tasks, others


def _spill(run: ArchiveRun, tasks: _Tasks, others: list[tuple[int, _Other]], results: Iterable[_ChunkOut],
           on_file: Callable[[], None]) -> None:
    """Merge the file results in task order (duplicate ids and manifest checks as `loader.merge`),
    writing each kept source and its claims out at once."""
    seen = IdSet(run._temp())  # the source ids so far: ~40 bytes each in memory
    ids: dict[FileTask, list[str]] = {}
    files = (f for chunk in results for f in _absorbed(run, chunk))
    at = 0
    for k in range(len(tasks) + 1):
        while at < len(others) and others[at][0] == k:
            step = others[at][1]
            at += 1
            if isinstance(step, Skipped):
                run.skipped.append(step)
                continue
            for name in unmatched_names(step, ids):
                run.skipped.append(Skipped(path=str(step.folder / MANIFEST_NAME),
                                           reason=f"entry {name!r} names no article in the folder",
                                           level="warning"))
        if k == len(tasks):
            break
        out = next(files)
        run.skipped.extend(out.skipped)
        added: list[str] = []
        for source in out.sources:
            if not seen.add(source.id):
                run.skipped.append(Skipped(path=shown(source.path),
                                           reason=f"duplicate source id {source.id!r}: left out"))
                continue
            added.append(source.id)
            if isinstance(source.claims, Skipped):
                run.over_budget.append(source.claims)
            else:
                run.add_source(source)
        whole = tasks.whole.get(k)
        if whole is not None and whole.manifest.names:  # only a manifest check reads them
            ids[whole] = added
        on_file()


def _absorbed(run: ArchiveRun, chunk: _ChunkOut) -> list[_FileOut]:
    """A chunk's run-wide counts added to the run; its files to merge."""
    run.df.update(chunk.df)
    run.speakers |= chunk.speakers
    run.acronyms |= chunk.acronyms
    return chunk.files


AHEAD_PER_JOB = 4
"""Chunks of file tasks submitted per worker process ahead of the one merged next."""


def _in_order(pool: Executor, chunks: Iterator[list[FileTask]], ahead: int) -> Iterator[_ChunkOut]:
    """`pool.map(_light_files, chunks)` with at most `ahead` chunks submitted and not yet merged (map()
    would submit every chunk, and so hold every task of the plan, at once)."""
    pending: deque[Future[_ChunkOut]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_light_files, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _extract(run: ArchiveRun, tasks: _Tasks, others: list[tuple[int, _Other]], jobs: int,
             on_progress: ProgressFn | None) -> None:
    from concurrent.futures import ProcessPoolExecutor

    n = len(tasks)
    tick = file_ticker(n, on_progress)
    if jobs == 1 or n <= PARALLEL_MIN_SOURCES:
        _spill(run, tasks, others, (_light_files([tasks[i]]) for i in range(n)), tick)
        return
    n_chunks = (n + CHUNK_SIZE - 1) // CHUNK_SIZE
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, n_chunks))
    except (OSError, NotImplementedError):  # no worker processes on this platform or sandbox
        _spill(run, tasks, others, (_light_files([tasks[i]]) for i in range(n)), tick)
        return
    chunks = (tasks.chunk(i, i + CHUNK_SIZE) for i in range(0, n, CHUNK_SIZE))
    with pool:
        _spill(run, tasks, others, _in_order(pool, chunks, AHEAD_PER_JOB * jobs), tick)


# -- grouping ------------------------------------------------------------------------------------------


def speaker_mapping(speakers: Iterable[Speaker]) -> dict[str, str]:
    """`resolve_speaker_ids`' mapping of speaker ids, from the run's distinct (speaker id, speaker) pairs."""
    return run_id_mapping(list(speakers))


def _cluster_stats(run: ArchiveRun) -> ClusterStats:
    resolved = {Speaker(run.speaker_map.get(p.speaker_id, p.speaker_id), p.speaker) for p in run.speakers}
    ordered = sorted(resolved)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in run.outlets:
        if key:
            by_first.setdefault(key[0], []).append(key)
    terms = RunStats(df=run.df, n=run.n_claims, known_acronyms=frozenset(run.acronyms),
                     generic=generic_ids(ordered))  # type: ignore[arg-type]
    return ClusterStats(terms=terms, anonymous=anonymous_ids(ordered),  # type: ignore[arg-type]
                        outlets=OutletIndex(sources={}, by_first=by_first))


class _NoneElse(dict[OutletKey, list[str]]):
    """Source ids by outlet; an outlet with none of them has an empty list."""

    def __missing__(self, key: OutletKey) -> list[str]:
        return []


def _cluster_outlets(claims: list[Claim], stats: ClusterStats) -> ClusterStats:
    """`stats` with the outlet index of one story cluster: the run's outlets (what a claim may credit),
    and the sources of each among the cluster's. The flags ask whether a group's sources (all in the
    cluster) include one of an outlet's sources, so the cluster's sources answer as the run's would."""
    sources = _NoneElse()
    keys: dict[str, OutletKey] = {}
    seen: set[str] = set()
    for c in claims:
        if c.source not in seen:
            seen.add(c.source)
            key = keys.get(c.outlet)
            if key is None:
                key = keys[c.outlet] = outlet_key(c.outlet)
            sources.setdefault(key, []).append(c.source)
    return replace(stats, outlets=OutletIndex(sources=sources, by_first=stats.outlets.by_first))


GroupedCluster = tuple[list[str], list[bytes]]
"""One cluster's outcome: each claim's group id (in the cluster's claim order) and its groups'
records as JSON text (`_group_records`), in order of their first claim."""


GROUP_FIELDS = ("id", "claims", "sources", "single_source", "flags", "label", "nearest", "links")
"""`Group`'s fields in order, as `_group_text` writes them (checked against the model: another field set
makes every group go through `model_dump`)."""
_NEAREST_FIELDS = ("outlet", "claim", "group", "score")
_LINK_FIELDS = ("a", "b", "score")


def _texts(values: Any, pad: str) -> str | None:
    """A list of strings as `export._value` writes it at `pad`; None when it holds anything else."""
    if type(values) is not list:
        return None
    if not values:
        return "[]"
    if set(map(type, values)) != _ONLY_STR:
        return None
    inner = "\n" + pad + "  "
    return "[" + inner + ("," + inner).join(map(_encode_str, values)) + "\n" + pad + "]"


_ONLY_STR = {str}


def _number(value: Any) -> str | None:
    """A finite float as `export._value` writes it; None for anything else."""
    return float.__repr__(value) if type(value) is float and value - value == 0.0 else None


def _nearest_text(nearest: Any) -> str | None:
    """A group's `nearest` (None or a `Nearest` of its plain values) at the group's field indent."""
    if nearest is None:
        return "null"
    values = nearest.__dict__
    if type(nearest) is not Nearest or tuple(values) != _NEAREST_FIELDS:
        return None
    return _nearest_values_text(values["outlet"], values["claim"], values["group"], values["score"])


def _nearest_values_text(outlet: Any, claim: Any, group: Any, value: Any) -> str | None:
    """A `Nearest` of these values, as `_nearest_text` writes it; None when one is not of its plain type."""
    score = _number(value)
    if type(outlet) is not str or type(claim) is not str or type(group) is not str or score is None:
        return None
    return ('{\n        "outlet": ' + _encode_str(outlet) + ',\n        "claim": ' + _encode_str(claim)
            + ',\n        "group": ' + _encode_str(group) + ',\n        "score": ' + score + "\n      }")


def _links_text(links: Any) -> str | None:
    """A group's `links` (a list of `Link`s of plain values) at the group's field indent."""
    if type(links) is not list:
        return None
    out = []
    for link in links:
        values = link.__dict__
        if type(link) is not Link or tuple(values) != (*_LINK_FIELDS, "features"):
            return None
        text = _link_text(values["a"], values["b"], values["score"], values["features"])
        if text is None:
            return None
        out.append(text)
    return _joined_links(out)


def _joined_links(texts: list[str]) -> str:
    return "[\n" + ",\n".join(texts) + "\n      ]" if texts else "[]"


def _link_text(a: Any, b: Any, value: Any, features: Any) -> str | None:
    """A `Link` of these values, as `_links_text` writes it; None when one is not of its plain type."""
    score = _number(value)
    if type(a) is not str or type(b) is not str or score is None or type(features) is not dict:
        return None
    parts = []
    for k, v in features.items():
        number = _number(v)
        if type(k) is not str or number is None:
            return None
        parts.append("            " + _encode_str(k) + ": " + number)
    shown = "{\n" + ",\n".join(parts) + "\n          }" if parts else "{}"
    return ('        {\n          "a": ' + _encode_str(a) + ',\n          "b": ' + _encode_str(b)
            + ',\n          "score": ' + score + ',\n          "features": ' + shown + "\n        }")


def _group_text(group: Group, tail: str) -> str | None:
    """A group's record (`tail`: the review's fields, written) as `export._value` writes
    `{**group.model_dump(mode="json"), **review}` at the records' indent, from the group's values directly;
    None when a value is not of the plain type `model_dump` leaves as it is (the caller then dumps it)."""
    values = group.__dict__
    if tuple(values) != GROUP_FIELDS:
        return None
    return _fields_text(values["id"], values["claims"], values["sources"], values["single_source"],
                        values["flags"], values["label"], _nearest_text(values["nearest"]),
                        _links_text(values["links"]), tail)


def _fields_text(gid: Any, claims: Any, sources: Any, single: Any, flags: Any, label: Any, nearest: str | None,
                 links: str | None, tail: str) -> str | None:
    """`_group_text` of a group of these values (`nearest` and `links` written already)."""
    claims_text, sources_text, flags_text = _texts(claims, "      "), _texts(sources, "      "), \
        _texts(flags, "      ")
    if (type(gid) is not str or type(label) is not str or type(single) is not bool or claims_text is None
            or sources_text is None or flags_text is None or nearest is None or links is None):
        return None
    return ('    {\n      "id": ' + _encode_str(gid) + ',\n      "claims": ' + claims_text + ',\n      "sources": '
            + sources_text + ',\n      "single_source": ' + ("true" if single else "false") + ',\n      "flags": '
            + flags_text + ',\n      "label": ' + _encode_str(label) + ',\n      "nearest": ' + nearest
            + ',\n      "links": ' + links + tail)


def _plan_text(plan: Plan, claims: list[Claim], group_of: list[str], tail: str) -> str | None:
    """`_group_text` of the group `compare.plan_group` makes of a plan, written from the plan directly
    (no `Group`, `Link` or `Nearest` model is made); None where `_group_text` would give None."""
    gid, inputs, srcs, single, near, links, labelled, label, flags = plan
    if near is None:
        nearest: str | None = "null"
    else:
        j = claims[near[0]]
        nearest = _nearest_values_text(j.outlet, j.id, group_of[near[0]], near[1])
    written = []
    for a, b, score, values in links:
        text = _link_text(claims[a].id, claims[b].id, score, dict(zip(PARTS, values, strict=True)))
        if text is None:
            return None
        written.append(text)
    return _fields_text(gid, [claims[i].id for i in inputs], srcs, single, flags,
                        claims[labelled].content if label is None else label, nearest, _joined_links(written), tail)


@cache
def _review_tail() -> tuple[dict[str, Any], str]:
    """The review's fields, and their text as a group's record ends with them (worked out once: a new
    record's review is always the default one)."""
    review = Review().model_dump()
    tail = "".join(",\n      " + _encode_str(k) + ": " + _value(v, "      ") for k, v in review.items()) + "\n    }"
    return review, tail


def _plan_records(plans: list[Plan], claims: list[Claim], group_of: list[str]) -> list[bytes]:
    """`_group_records` of the groups of these plans (sorted by their first claim), written from the plans
    (`_plan_text`); a plan whose values are not all plain goes the long way (its `Group`)."""
    tail = _review_tail()[1]
    out = []
    for plan in plans:
        text = _plan_text(plan, claims, group_of, tail) if _PLAIN_GROUPS else None
        if text is None:
            out.extend(_group_records([plan_group(plan, claims, group_of)]))
        else:
            out.append(text.encode("utf-8", "surrogatepass"))
    return out


def _group_records(groups: list[Group]) -> list[bytes]:
    """Each group's record (its fields and the review's) as `--format json` writes it, in UTF-8: encoded
    here, by the process that grouped the cluster, and only copied out by `write_json`. A group of plain
    values (the comparer's) is written field by field (`_group_text`), the same text as `export._value`
    of its `model_dump(mode="json")` at ~1/3 of the time."""
    review, tail = _review_tail()
    out = []
    for g in groups:
        text = _group_text(g, tail) if _PLAIN_GROUPS else None
        if text is None:
            text = "    " + _value({**g.model_dump(mode="json"), **review}, "    ")
        out.append(text.encode("utf-8", "surrogatepass"))
    return out


_PLAIN_GROUPS = (tuple(Group.model_fields) == GROUP_FIELDS and tuple(Nearest.model_fields) == _NEAREST_FIELDS
                 and tuple(Link.model_fields) == (*_LINK_FIELDS, "features"))
"""The models hold the fields `_group_text` writes, in its order."""


def _group_one(run: ArchiveRun, stats: ClusterStats, sources: Sequence[int], jobs: int) -> GroupedCluster:
    claims = run.claims_of(sources, _Builder())
    parts = [p for i in sources for p in run.terms_parts(i)]
    plans = cluster_plans(claims, _cluster_outlets(claims, stats), jobs, parts)
    del parts
    group_of = plan_groups(plans, len(claims))
    plans.sort(key=_first_claim)  # the groups' order: that of their first claims
    records = _plan_records(plans, claims, group_of)
    del claims, plans
    trim_speaker_caches(SPEAKER_CACHE_KEEP)
    return group_of, records


def _first_claim(plan: Plan) -> int:
    return plan[1][0]


def _group_batch(state: tuple[ArchiveRun, ClusterStats, Clusters, array[int]],
                 batch: tuple[int, int]) -> list[GroupedCluster]:
    """The clusters small[first:end] of a batch (first, end)."""
    run, stats, clusters, small = state
    return [_group_one(run, stats, clusters[small[j]], 1) for j in range(*batch)]


def _keep(run: ArchiveRun, sources: Sequence[int], grouped: GroupedCluster) -> None:
    """Write a cluster's groups out and note each claim's group id."""
    assert run.group_file is not None and run.index_file is not None
    group_of, records = grouped
    at = iter(records)
    seen: set[str] = set()
    k = 0
    for i in sources:
        block = bytearray()
        for _ in range(run.claim_first[i], run.claim_first[i + 1]):
            gid = group_of[k]
            k += 1
            if len(gid) != GID_WIDTH:
                raise AssertionError(f"group id {gid!r}")
            block += gid.encode("ascii")
            if gid in seen:
                block += NO_RECORD
            else:  # the group's first claim: its record comes next (groups are in that order)
                seen.add(gid)
                record = next(at)
                block += run.group_file.tell().to_bytes(8, "little", signed=True)
                run.group_file.write(len(record).to_bytes(4, "little") + record)
        os.pwrite(run.index_file.fileno(), bytes(block), INDEX_WIDTH * run.claim_first[i])
    if next(at, None) is not None:
        raise AssertionError("a group without a claim")


def _group_all(run: ArchiveRun, jobs: int, on_phase: PhaseFn | None, one_cluster_up_to: int) -> None:
    n = run.n_claims
    run.speaker_map = speaker_mapping(run.speakers)
    if on_phase is not None:
        on_phase("grouping")
    clusters = story_cluster_arrays(run.days, run.entities, n, one_cluster_up_to=one_cluster_up_to)
    run.clusters = len(clusters)
    if not clusters:
        return
    if len(clusters) == 1:
        run.largest_cluster = n  # the whole run at once, exactly as `pipeline.finish` groups it
        sources = [run.source_at(i) for i in range(run.n_sources)]
        claims = run.claims_of(range(run.n_sources), _Builder())
        parts = [p for i in range(run.n_sources) for p in run.terms_parts(i)]
        groups = group_in_place(claims, sources, jobs, parts)
        gids = [c.group or "" for c in claims]
        del claims, sources, parts
        _keep(run, clusters[0], (gids, _group_records(groups)))
        return
    stats = _cluster_stats(run)
    first = run.claim_first
    size = array("q", [sum(first[i + 1] - first[i] for i in clusters[k]) for k in range(len(clusters))])
    run.largest_cluster = max(size)
    # A large cluster is grouped with `jobs` processes itself; the others are dealt to `jobs` processes
    # in batches of about CLUSTER_BATCH_CLAIMS claims, as processes come free (`forked_imap`), and each
    # batch's groups are written out here while the workers go on. Where a cluster's groups are written
    # does not matter: the index file says where each group's record is.
    small = array("i")
    for k in range(len(clusters)):
        if jobs > 1 and size[k] >= PARALLEL_CLUSTER_MIN:
            _keep(run, clusters[k], _group_one(run, stats, clusters[k], jobs))
        else:
            small.append(k)
    batches: list[tuple[int, int]] = []  # runs of `small`
    claims_in_batch = 0
    for j, k in enumerate(small):
        if j == 0 or claims_in_batch >= CLUSTER_BATCH_CLAIMS:
            batches.append((j, j))
            claims_in_batch = 0
        batches[-1] = (batches[-1][0], j + 1)
        claims_in_batch += size[k]
    del size
    run.flush()
    state = (run, stats, clusters, small)
    for batch, grouped in zip(batches, forked_imap(_group_batch, state, batches, jobs), strict=True):
        for j, g in zip(range(*batch), grouped, strict=True):
            _keep(run, clusters[small[j]], g)


def analyse_archive(
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    on_progress: ProgressFn | None = None,
    on_phase: PhaseFn | None = None,
    max_file_size: int | None = None,
    one_cluster_up_to: int = ONE_CLUSTER_UP_TO,
) -> ArchiveRun:
    """Load, extract and group with memory that does not grow with the archive (see the module doc).

    The records of the result are those of `analyse(paths, keep_text=False)` for a run of up to
    `one_cluster_up_to` claims; a larger run is grouped per story cluster. Bad files are recorded
    in `skipped`, never raised. Close the result when done (its temporary files)."""
    if on_phase is not None:
        on_phase("loading")
    limit = DEFAULT_MAX_FILE_SIZE if max_file_size is None else max_file_size
    workers = default_jobs() if jobs is None else max(1, jobs)
    run = ArchiveRun(jobs=workers)
    run.open()
    try:
        tasks, others = _compact(plan_steps(paths, max_file_size=limit, stream=True), run)
        if on_phase is not None:
            on_phase("extracting")
        _extract(run, tasks, others, workers, on_progress)
        run.close_spill()
        _group_all(run, workers, on_phase, one_cluster_up_to)
    except BaseException:
        run.close()
        raise
    return run


OUTPUT_CHUNK = 256
"""Records (claims, or claims' index entries for the groups) encoded and written at a time (~0.3 MB of
JSON).

The output is encoded in this process alone. Encoded in forked workers too (as it was), the stage cost
more than it saved: this process's own CPU for receiving the texts, and for the copy-on-write faults of
its pages once a worker is forked, exceeded encoding everything itself (10,000 articles: 2.7-2.9 s wall
and 3.7-3.9 CPU-s over two processes, against 1.5 s and 1.5 CPU-s here alone)."""


def _encoded(state: tuple[ArchiveRun, str, bool], span: tuple[int, int]) -> str:
    """The text of one section's records in `span` (source positions for sources, claim positions for
    claims and groups): JSON records joined by ",\n" at the document's indent, or JSON Lines."""
    run, section, jsonl = state
    first, end = span
    if section == "claims" and not jsonl:
        return ",\n".join(run.claim_texts(first, end))
    if section == "groups" and not jsonl:
        return ",\n".join(run.group_texts(first, end))
    if section == "sources":
        records = run.source_records(first, end)
    elif section == "claims":
        records = run.claim_records(first, end)
    else:
        records = run.group_records(first, end)
    if jsonl:
        kind = RECORD_KINDS[section]
        return "".join([_dumps({RECORD_KEY: kind, **r}) + "\n" for r in records])
    return ",\n".join(["    " + _value(r, "    ") for r in records])


def _spans(run: ArchiveRun, section: str) -> list[tuple[int, int]]:
    """Output tasks of a section: runs of whole sources of about OUTPUT_CHUNK claims (sources, claims) or
    OUTPUT_CHUNK claims' index entries (groups)."""
    if section == "groups":
        return [(k, min(run.n_claims, k + OUTPUT_CHUNK)) for k in range(0, run.n_claims, OUTPUT_CHUNK)]
    if section == "sources":
        return [(k, min(run.n_sources, k + OUTPUT_CHUNK)) for k in range(0, run.n_sources, OUTPUT_CHUNK)]
    spans: list[tuple[int, int]] = []
    first = 0
    for i in range(1, run.n_sources + 1):
        if run.claim_first[i] - run.claim_first[first] >= OUTPUT_CHUNK or i == run.n_sources:
            spans.append((first, i))
            first = i
    return spans


def _section_texts(run: ArchiveRun, section: str, jsonl: bool) -> Iterator[str]:
    """A section's records as text, OUTPUT_CHUNK records at a time, in order."""
    if section == "skipped":
        records = [k.model_dump(mode="json") for k in run.all_skipped]
        if jsonl:
            yield "".join(_dumps({RECORD_KEY: "skipped", **r}) + "\n" for r in records)
        else:
            yield ",\n".join("    " + _value(r, "    ") for r in records)
        return
    run.flush()
    state = (run, section, jsonl)
    for span in _spans(run, section):
        yield _encoded(state, span)


def write_json(run: ArchiveRun, out: IO[str]) -> None:
    """`--format json`: the same text `claims list --format json` writes for the same analysis
    (`export.json_chunks` of `run.document()`)."""
    out.write("{\n")
    for n, section in enumerate(SECTIONS):
        out.write(("" if n == 0 else ",\n") + f"  {_encode_str(section)}: ")
        empty = True
        for text in _section_texts(run, section, False):
            if text:
                out.write(("[\n" if empty else ",\n") + text)
                empty = False
        out.write("[]" if empty else "\n  ]")
    out.write("\n}\n")


def write_jsonl(run: ArchiveRun, out: IO[str]) -> None:
    """`--format jsonl`: one record per line, as `export.jsonl_lines` writes them."""
    for section in SECTIONS:
        for text in _section_texts(run, section, True):
            out.write(text)
