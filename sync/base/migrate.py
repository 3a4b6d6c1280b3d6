"""Numbered SQL migrations for our SQLite files (the laptop journal, the county hub).

`user_version` holds the schema version. Each migration runs in its own transaction; before
the first one touches an existing file, a consistent copy is kept beside it as NAME.vN.bak.
A file from a newer program is refused untouched."""

from __future__ import annotations

import sqlite3
import uuid
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from sync.base.durable import atomic_write_bytes
from sync.base.errors import JournalFromNewerVersion


def steps(directory: Traversable | Path) -> list[tuple[int, str]]:
    """(version, SQL) of every NNNN_name.sql in `directory`, in order."""
    found = []
    for entry in directory.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def package_dir(name: str) -> Traversable:
    """A folder shipped inside the sync package, by its path below sync/ (e.g.
    "laptop/migrations"); found through importlib.resources, so it works from a wheel too."""
    found = resources.files("sync")
    for part in name.split("/"):
        found = found.joinpath(part)
    return found


def apply(conn: sqlite3.Connection, path: Path, directory: Traversable | Path) -> int:
    """Bring the file at `path` (open as `conn`, autocommit) up to date; returns the version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    todo = steps(directory)
    latest = todo[-1][0]
    if current > latest:
        raise JournalFromNewerVersion(path=str(path), version=current, supported=latest)
    pending = [(v, sql) for v, sql in todo if v > current]
    if pending and current > 0:
        backup(conn, path, current)
    for version, sql in pending:
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version={version};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return latest


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the file as it is now (SQLite's online backup), written durably."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    dst = sqlite3.connect(tmp)
    try:
        conn.backup(dst)
    finally:
        dst.close()
    try:
        atomic_write_bytes(target, tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)
    return target
