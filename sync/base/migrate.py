"""Numbered migrations for our SQLite files (the laptop journal, the county hub).

`user_version` holds the schema version. A migration is NNNN_name.sql (plain DDL, run in its
own transaction) or NNNN_name.py, whose `migrate(db)` gets a sqlite_utils.Database inside
its own transaction too: for a change of a table's shape (`db[name].transform(...)` nests in
it as a savepoint) or an FTS index. sqlite-utils helpers that run scripts (`enable_fts`)
commit as they go, so a step using them must be safe to run again whole; `user_version`
moves only after the step has finished. Before the first migration touches an existing file, a consistent copy is
kept beside it as NAME.vN.bak. A file from a newer program is refused untouched."""

from __future__ import annotations

import os
import sqlite3
import uuid
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from sync.base.durable import fsync_dir
from sync.base.errors import JournalFromNewerVersion
from sync.base.rows import tables


def steps(directory: Traversable | Path) -> list[tuple[int, str]]:
    """(version, source) of every NNNN_name.sql and NNNN_name.py in `directory`, in order."""
    return sorted((v, source) for v, _kind, source in _found(directory))


def _found(directory: Traversable | Path) -> list[tuple[int, str, str]]:
    found = []
    for entry in directory.iterdir():
        kind = entry.name.rsplit(".", 1)[-1]
        if kind in ("sql", "py") and entry.name[:4].isdigit():
            source = entry.read_text(encoding="utf-8")
            found.append((int(entry.name.split("_", 1)[0]), kind, source))
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
    todo = _found(directory)
    latest = todo[-1][0]
    if current > latest:
        raise JournalFromNewerVersion(path=str(path), version=current, supported=latest)
    pending = [step for step in todo if step[0] > current]
    if pending and current > 0:
        backup(conn, path, current)
    # A step rebuilding a table runs in one transaction; dropping the old table then has a
    # statement journal holding every page it frees (1.7 GB for a county's events table):
    # on disk, not in memory, whatever the connection uses for its own temporary tables.
    store = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA temp_store=FILE")
    try:
        for version, kind, source in pending:
            try:
                if kind == "sql":
                    conn.executescript(
                        f"BEGIN IMMEDIATE;\n{source}\nPRAGMA user_version={version};\nCOMMIT;"
                    )
                else:
                    _run_python(conn, version, source)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute(f"PRAGMA temp_store={int(store)}")
    return latest


def _run_python(conn: sqlite3.Connection, version: int, source: str) -> None:
    # The migration ships inside the package beside the .sql files (read the same way, so it
    # works from a wheel); it is compiled and its migrate(db) called like an imported module's.
    namespace: dict = {"__name__": f"migration_{version:04d}"}
    exec(compile(source, f"migration {version:04d}", "exec"), namespace)  # noqa: S102
    conn.execute("BEGIN IMMEDIATE")
    namespace["migrate"](tables(conn))
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"PRAGMA user_version={version}")
    conn.execute("COMMIT")


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A consistent copy of the file as it is now (SQLite's online backup), written durably."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        dst = sqlite3.connect(tmp)
        try:
            conn.backup(dst)
        finally:
            dst.close()
        # Renamed into place, never read back whole: a county's hub is gigabytes (the copy
        # once took the file's size in memory).
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return target
