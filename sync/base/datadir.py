"""Where a laptop keeps its data, and the check that the folder is usable before we write."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from pathlib import Path

from sync.base.durable import translate_os_error
from sync.base.errors import DataDirUnusable, DiskFull

# Below this much free space we refuse to start writing: SQLite needs room for its WAL and a
# migration backup, and a half-full journal is worse than a clear message.
MIN_FREE_BYTES = 64 * 1024 * 1024


def default_data_dir(demo: bool = False) -> Path:
    """The per-user data folder; the demo gets a sibling so it never touches real records."""
    name = "songpei-demo" if demo else "songpei"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / ("Songpei-Demo" if demo else "Songpei")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / name
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / name


def prepare_data_dir(path: Path, min_free: int = MIN_FREE_BYTES) -> Path:
    """Create the folder if needed and prove we can write there; raise a SongpeiError if not."""
    path = Path(path).expanduser().absolute()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    if not path.is_dir():
        raise DataDirUnusable(path=str(path), reason="not a folder")
    probe = path / f".probe-{uuid.uuid4().hex}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"songpei")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    if shutil.disk_usage(path).free < min_free:
        raise DiskFull(path=str(path))
    return path
