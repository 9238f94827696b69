"""Reading untrusted files safely: regular files only, size-capped, paths confined, names shown escaped.

Every file `claims` reads on behalf of input it does not trust (articles, manifests, registries and
the source files a registry names) goes through `read_regular`: a FIFO, a device (`/dev/zero`), a
socket or a folder is refused before it is opened for reading, so nothing can hang or fill memory,
and a file is never read past the size limit. `inside` tells whether a path, with every symlink
resolved, stays in a folder. `shown` makes a file name that is not valid UTF-8 printable.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from claims.errors import InputError

__all__ = [
    "DEFAULT_MAX_FILE_SIZE",
    "format_size",
    "inside",
    "parse_size",
    "read_confined",
    "read_regular",
    "shown",
]

DEFAULT_MAX_FILE_SIZE = 20_000_000
"""The default of `--max-file-size`: no news article comes near it."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.I)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def shown(path: str) -> str:
    """A path as printable text: bytes of a name that is not UTF-8 appear as `\\xff` escapes.

    Python keeps such bytes as lone surrogates (surrogateescape), which cannot be printed or
    written as UTF-8; every message and every `Source.path` uses this form instead.
    """
    if not _SURROGATE.search(path):
        return path
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def format_size(n: int) -> str:
    """`20 MB`, `512 KB`, `900 bytes`: decimal units, as `--max-file-size` reads them."""
    for unit, factor in (("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)):
        if n >= factor:
            value = n / factor
            shown_value = f"{value:.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{shown_value} {unit}"
    return f"{n} bytes"


def parse_size(text: str) -> int:
    """`20MB`, `20 MB`, `500k`, `1G`, `1000000` -> bytes (decimal units). Raises ValueError."""
    m = _SIZE.fullmatch(text)
    if not m:
        raise ValueError(f"not a size: {text!r} (examples: 20MB, 500KB, 1000000)")
    size = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if size < 1:
        raise ValueError(f"the size must be at least 1 byte, not {text!r}")
    return size


def inside(path: Path, folder: Path) -> bool:
    """True when `path`, with every symlink resolved, is `folder` or under it (never raises)."""
    try:
        real = Path(os.path.realpath(path))
        root = Path(os.path.realpath(folder))
    except (OSError, ValueError):
        return False
    return real == root or real.is_relative_to(root)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_large(name: str, size: int, limit: int, hint: str) -> InputError:
    return InputError(name, f"too large ({format_size(size)}; the limit is {format_size(limit)}{hint}): not read")


def _open_error(name: str, exc: OSError) -> InputError:
    if exc.errno == errno.ENOENT:
        return InputError(name, "no such file")
    if exc.errno == errno.ELOOP:
        return InputError(name, "symlink loop: not read")
    return InputError(name, f"cannot read: {exc.strerror}")


def read_regular(path: Path, limit: int, hint: str = "") -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Raises InputError otherwise.

    Symlinks are followed (callers check `inside` first when that matters). The file type is
    checked before opening and again on the open descriptor, which is opened non-blocking, so
    a FIFO or a file swapped for one in between cannot hang the run. `hint` ends the
    too-large message (e.g. "; see --max-file-size").
    """
    name = shown(str(path))
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise _open_error(name, exc) from exc
    except ValueError as exc:  # a NUL byte in the path
        raise InputError(name, "invalid file name") from exc
    if not stat.S_ISREG(mode):
        raise InputError(name, f"{_kind(mode)}, not a regular file: not read")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _open_error(name, exc) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(name, f"{_kind(st.st_mode)}, not a regular file: not read")
        if st.st_size > limit:
            raise _too_large(name, st.st_size, limit, hint)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while being read
            raise _too_large(name, total, limit, hint)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from exc
    finally:
        os.close(fd)


OUTSIDE = (
    "resolves outside the registry's folder (paths are relative to the registry file and may not leave its "
    "folder, also through a symlink): not read"
)


def read_confined(folder: Path, relative: str, limit: int, hint: str = "") -> bytes:
    """A file a registry names: `relative` must stay inside `folder` once every symlink is resolved.

    `../`, absolute paths and symlinks that leave the folder are refused before anything is
    opened (so nothing outside can be read, let alone echoed); then as `read_regular`.
    Raises InputError naming the path as written.
    """
    name = shown(relative)
    if "\x00" in relative:
        raise InputError(name, "is not a valid file name: not read")
    path = folder / relative
    if not inside(path, folder):
        raise InputError(name, OUTSIDE)
    try:
        return read_regular(path, limit, hint)
    except InputError as exc:
        raise InputError(name, exc.reason) from exc
