"""Durable file writes: unique temporary name, fsync, rename, fsync of the folder.

Used for every file whose loss or half-write would matter (keys, bundles, receipts)."""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from content.fsync import fsync_dir
from sync.base.errors import DataDirUnusable, DiskFull

__all__ = [
    "atomic_create_bytes",
    "atomic_write_bytes",
    "atomic_write_chunks",
    "fsync_dir",
    "translate_os_error",
]


def _write_new(path: Path, chunks: Iterable[bytes], mode: int) -> None:
    """Create `path` (it must not exist) holding `chunks` one after another, flushed to the
    disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        for data in chunks:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    atomic_write_chunks(path, (data,), mode)


def atomic_write_chunks(path: Path, chunks: Iterable[bytes], mode: int = 0o644) -> None:
    """atomic_write_bytes for a file too big to hold at once: `chunks` are written as they
    come; the file appears whole, or not at all (an error from `chunks` leaves the old one)."""
    path = Path(path)
    tmp = _temp_name(path)
    try:
        _write_new(tmp, chunks, mode)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise translate_os_error(exc, path) from exc
        raise


def atomic_create_bytes(path: Path, data: bytes, mode: int = 0o644) -> bool:
    """Like atomic_write_bytes, but never replaces an existing file: two processes racing to
    create the same file both end up reading the winner's. Returns False if it already existed."""
    path = Path(path)
    tmp = _temp_name(path)
    try:
        _write_new(tmp, (data,), mode)
        try:
            os.link(tmp, path)  # atomic and refuses to overwrite, unlike rename
        except FileExistsError:
            return False
        fsync_dir(path.parent)
        return True
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


def translate_os_error(exc: OSError, path: Path) -> Exception:
    """Map the OS errors a person can fix to SongpeiErrors; keep the others as they are."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR):
        return DataDirUnusable(path=str(path), reason=exc.strerror or str(exc))
    return exc
