"""The registry file on disk: only regular files, atomic writes that never lose a concurrent edit, one
build at a time.

- `ensure_regular` refuses a FIFO, a device or a directory before anything reads it (reading a FIFO
  would hang).
- `write_atomic` writes a temporary file beside the target and renames it over the target. A
  symlinked registry is written through the link (the link stays a link). A new file gets the mode
  the umask gives; an existing file keeps its mode. With `expected` (the sha256 of the bytes the
  caller read) the rename happens only if the file still holds those bytes.
- `build_lock` serialises builds with a lock file (`.claims.yaml.lock`, flock): a second build waits
  for the first, then reads what it wrote.
- `remove_stale_temps` deletes temporary files an interrupted build left (call it under the lock).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claims.errors import ClaimsError, InputError


class ChangedOnDisk(ClaimsError):
    """The registry changed on disk after the build read it; nothing was written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: changed on disk while the build ran (someone saved it); nothing written, "
            "the saved edit is kept: run `claims build` again"
        )


class LockTimeout(ClaimsError):
    """Another build held the lock for too long."""

    def __init__(self, lock: Path, waited: float) -> None:
        self.lock = lock
        super().__init__(
            f"{lock}: another `claims build` is writing this registry (waited {waited:.0f} s); "
            "try again when it has finished"
        )


def target_of(path: Path) -> Path:
    """The file a write to `path` must replace: the symlink's final target, or `path` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def ensure_regular(path: Path) -> None:
    """Raise InputError unless `path` (after symlinks) is a regular file or does not exist yet."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(str(path), "is a directory, not a registry file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(str(path), "is not a regular file (a FIFO, socket or device); refused, nothing read")


def sha256_of(path: Path) -> str | None:
    """sha256 of a file's bytes, read in chunks; None when it does not exist."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return digest.hexdigest()


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def write_atomic(
    path: Path, text: str, expected: str | None = None, check_expected: bool = False, fsync_dir: bool = True
) -> None:
    """Write `text` to `path` via a temporary file in the same folder and an atomic rename.

    With `check_expected`, the file must still hash to `expected` (None: must still be absent) just
    before the rename, else ChangedOnDisk and nothing is written. If anything fails before the rename,
    the old file is untouched and the temporary file removed.
    """
    target = target_of(Path(path))
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=folder or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = _umask_mode()
        os.chmod(tmp, mode)
        if check_expected and sha256_of(target) != expected:
            raise ChangedOnDisk(Path(path))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if fsync_dir:
        _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    try:
        dfd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def stale_temps(path: Path) -> list[Path]:
    """Temporary files that writes of `path` left behind (regular files only)."""
    target = target_of(Path(path))
    found = (target.parent or Path(".")).glob(f"{_temp_prefix(target)}*.tmp")
    return sorted(t for t in found if t.is_file() and not t.is_symlink())


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the temporary files interrupted writes of `path` left behind; return them.

    Only safe while holding the build lock (no other build is writing one).
    """
    removed = []
    for tmp in stale_temps(path):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            continue
    return removed


def lock_path(path: Path) -> Path:
    target = target_of(Path(path))
    return target.parent / f".{target.name}.lock"


@contextmanager
def build_lock(
    path: Path, timeout: float = 300.0, on_wait: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """Hold the registry's lock file for the duration; waits for another holder up to `timeout` seconds.

    The lock is an flock on `.NAME.lock` beside the registry, released by the kernel if the holder
    dies (kill -9 leaves no stale lock). The file is removed on release.
    """
    lock = lock_path(path)
    started = time.monotonic()
    warned = False
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            waited = time.monotonic() - started
            if waited >= timeout:
                raise LockTimeout(lock, waited) from exc
            if not warned and on_wait is not None:
                on_wait(lock)
                warned = True
            time.sleep(0.05)
            continue
        # The holder before us may have removed the file after we opened it: then retry on the new one.
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield lock
    finally:
        try:
            lock.unlink(missing_ok=True)
        finally:
            os.close(fd)
