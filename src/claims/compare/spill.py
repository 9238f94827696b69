"""Integers sorted into buckets that wait in a temporary file, read back one bucket at a time.

What an archive run must see whole (every source's entities, every candidate pair of sources) is
put into buckets by a key, so that only one bucket is in memory at a time: 8 bytes an integer on
disk, a block of `BLOCK` integers a bucket in memory while they are added. With one bucket nothing
is written out (a small run stays in memory, as before).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterable
from types import TracebackType
from typing import IO

BLOCK = 16_384
"""Integers a bucket holds in memory before they are written out (128 KB)."""


class IntBuckets:
    """`n` buckets of 64-bit signed integers, each read back in the order its integers were added."""

    def __init__(self, n: int, block: int = BLOCK) -> None:
        if n < 1:
            raise ValueError("at least one bucket")
        self.block = block
        self.pending = [array("q") for _ in range(n)]
        self.written: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        """Per bucket, (offset, count) of each block written out."""
        self.file: IO[bytes] | None = None
        self._end = 0

    def __len__(self) -> int:
        return len(self.pending)

    def extend(self, k: int, values: Iterable[int]) -> None:
        """Add `values` to bucket k."""
        pending = self.pending[k]
        pending.extend(values)
        if len(pending) >= self.block and len(self.pending) > 1:
            self._write(k)

    def _write(self, k: int) -> None:
        if self.file is None:
            self.file = tempfile.TemporaryFile(prefix="claims-spill-")  # noqa: SIM115  # closed by close()
        data = self.pending[k].tobytes()
        os.pwrite(self.file.fileno(), data, self._end)
        self.written[k].append((self._end, len(self.pending[k])))
        self._end += len(data)
        self.pending[k] = array("q")

    def take(self, k: int) -> array[int]:
        """Bucket k's integers, in the order they were added; the bucket is emptied."""
        out = array("q")
        if self.file is not None:
            for offset, count in self.written[k]:
                out.frombytes(os.pread(self.file.fileno(), 8 * count, offset))
        out.extend(self.pending[k])
        self.written[k] = []
        self.pending[k] = array("q")
        return out

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def __enter__(self) -> IntBuckets:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
