"""The laptop journal: one SQLite file, opened only through this module.

WAL with synchronous=FULL, so a write that returned survives a power cut; one writer thread
owns the write connection, so sequence numbers and the hash chain never race; readers open
their own connections and never block the writer. Migrations are numbered SQL files in
sync/laptop/migrations/, and an existing file is backed up before any of them runs."""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sync.base import migrate
from sync.base.device import DeviceIdentity
from sync.base.durable import fsync_dir
from sync.base.errors import (
    DataDirUnusable,
    DeviceKeyMismatch,
    DiskFull,
    JournalDamaged,
)
from sync.base.events import (
    COLUMNS,
    GENESIS,
    ChainProblem,
    Event,
    canonical_json,
    event_hash,
    verify_chain,
)
from sync.base.rows import named

FILE_NAME = "journal.db"
T = TypeVar("T")


def _boot_id() -> str:
    """Monotonic times are only comparable within one boot; this names the boot."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return "proc-" + uuid.uuid4().hex  # elsewhere: at least one id per process


BOOT_ID = _boot_id()


@dataclass(frozen=True)
class Draft:
    """An event not yet written: the journal assigns id (unless given), sequence, times, hash."""

    teacher_id: str
    type: str
    payload: dict
    wall_ms: int | None = None
    event_id: str | None = None


class Tx:
    """What a write function sees inside one transaction on the writer thread."""

    def __init__(self, journal: Journal, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._journal = journal

    def append(
        self,
        teacher_id: str,
        type_: str,
        payload: dict,
        *,
        wall_ms: int | None = None,
        event_id: str | None = None,
    ) -> Event:
        (ev,) = self._journal._insert(
            self.conn, [Draft(teacher_id, type_, payload, wall_ms, event_id)]
        )
        return ev


def _map_sqlite_error(exc: sqlite3.Error, path: Path) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return DiskFull(path=str(path))
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return DataDirUnusable(path=str(path.parent), reason=str(exc))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return JournalDamaged(path=str(path), detail=str(exc))
    return exc


class Journal:
    def __init__(
        self,
        data_dir: Path,
        device: DeviceIdentity,
        wall_clock_ms: Callable[[], int] | None = None,
        migrations_dir: Path | None = None,
    ) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.device = device
        self.device_id = device.device_id
        self._wall_ms = wall_clock_ms or (lambda: time.time_ns() // 1_000_000)
        self._migrations_dir = migrations_dir
        self._queue: queue.Queue = queue.Queue()
        # Held while a call is queued or the journal is closed: a call can never be queued
        # behind the writer's stop mark, where nobody would answer it and its caller (a GUI
        # worker thread, say) would wait for ever and hold the program open at exit.
        self._gate = threading.Lock()
        self._closed = False
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._serve, name="journal-writer", daemon=True)
        self._thread.start()
        try:
            self._call(self._open)
        except BaseException:
            self.close()
            raise

    def now_ms(self) -> int:
        """Wall-clock time as this journal sees it (may be wrong on a laptop with a dead clock
        battery: used for display and PIN back-off, never for ordering)."""
        return self._wall_ms()

    # --- the writer thread -------------------------------------------------------------------
    def _serve(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            fn, fut = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn())
            except BaseException as exc:  # handed to the caller, who raises it
                fut.set_exception(exc)
        if self._conn is not None:
            self._conn.close()

    def _call(self, fn: Callable[[], T]) -> T:
        if threading.current_thread() is self._thread:
            return fn()
        fut: Future = Future()
        with self._gate:
            if self._closed or not self._thread.is_alive():
                raise RuntimeError(f"the journal {self.path} is closed")
            self._queue.put((fn, fut))
        return fut.result()

    def _open(self) -> None:
        new = not self.path.exists()
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._conn = conn
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise JournalDamaged(path=str(self.path), detail=f"journal_mode={mode}")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            if not new:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise JournalDamaged(path=str(self.path), detail=ok)
            migrate.apply(
                conn, self.path, self._migrations_dir or migrate.package_dir("laptop/migrations")
            )
            self._claim_device(conn)
        except sqlite3.Error as exc:
            raise _map_sqlite_error(exc, self.path) from exc
        if new:
            fsync_dir(self.path.parent)

    def _claim_device(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = named(conn, "SELECT value FROM meta WHERE key='device_id'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('device_id', ?)", (self.device_id,))
                conn.execute("INSERT INTO meta VALUES ('created_ms', ?)", (str(self._wall_ms()),))
            elif row["value"] != self.device_id:
                raise DeviceKeyMismatch(
                    path=str(self.path), expected=row["value"], found=self.device_id
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _insert(self, conn: sqlite3.Connection, drafts: Sequence[Draft]) -> list[Event]:
        """Chain and insert drafts after the current last event (inside a transaction)."""
        row = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = row if row else (0, GENESIS)
        events = []
        for d in drafts:
            seq += 1
            event_id = d.event_id or str(uuid.uuid4())
            payload = canonical_json(d.payload)
            wall = self._wall_ms() if d.wall_ms is None else d.wall_ms
            mono = time.monotonic_ns() // 1_000_000
            h = event_hash(
                prev,
                event_id,
                self.device_id,
                seq,
                d.teacher_id,
                d.type,
                payload,
                wall,
                mono,
                BOOT_ID,
            )
            events.append(
                Event(
                    seq,
                    event_id,
                    self.device_id,
                    d.teacher_id,
                    d.type,
                    payload,
                    wall,
                    mono,
                    BOOT_ID,
                    prev,
                    h,
                )
            )
            prev = h
        conn.executemany(
            f"INSERT INTO events ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [ev.row() for ev in events],
        )
        return events

    def _transaction(self, fn: Callable[[Tx], T]) -> T:
        conn = self._conn
        if conn is None:  # a re-key that could not finish: the next start completes it
            raise RuntimeError(f"the journal {self.path} is closed")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(Tx(self, conn))
                conn.execute("COMMIT")  # durable on return: WAL + synchronous=FULL
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _map_sqlite_error(exc, self.path) from exc
        return result

    # --- writing (any thread; runs on the writer thread) -------------------------------------
    def transact(self, fn: Callable[[Tx], T]) -> T:
        """Run fn in one transaction on the writer thread; everything or nothing is written."""
        return self._call(lambda: self._transaction(fn))

    def append(
        self,
        teacher_id: str,
        type_: str,
        payload: dict,
        *,
        wall_ms: int | None = None,
        event_id: str | None = None,
    ) -> Event:
        return self.transact(
            lambda tx: tx.append(teacher_id, type_, payload, wall_ms=wall_ms, event_id=event_id)
        )

    def append_many(self, drafts: Sequence[Draft]) -> list[Event]:
        return self.transact(lambda tx: self._insert(tx.conn, drafts))

    def become(
        self,
        stage: Callable[[sqlite3.Connection], DeviceIdentity],
        install: Callable[[], None],
    ) -> None:
        """Take on another device identity (sync.laptop.rekey). On the writer thread, so no
        write runs in between: `stage(conn)` writes the new journal and key beside this one
        and returns the new identity; then the write connection closes (SQLite folds the WAL
        into the file), `install()` puts the new files in place of the old, and the journal
        reopens as the new device. Whoever holds this Journal goes on using it."""

        def run() -> None:
            assert self._conn is not None
            identity = stage(self._conn)
            self._conn.close()
            self._conn = None
            install()
            self.device, self.device_id = identity, identity.device_id
            self._open()

        self._call(run)

    def close(self) -> None:
        """Serve every call already queued, then stop the writer; later calls are refused."""
        with self._gate:
            if not self._closed:
                self._closed = True
                self._queue.put(None)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading (any thread, own connection) ------------------------------------------------
    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise _map_sqlite_error(exc, self.path) from exc
        try:
            conn.execute("PRAGMA query_only=1")
            conn.execute("PRAGMA busy_timeout=10000")
            yield conn
        finally:
            conn.close()

    def events(
        self, teacher_id: str | None = None, types: Iterable[str] | None = None, after_seq: int = 0
    ) -> list[Event]:
        sql = f"SELECT {COLUMNS} FROM events WHERE seq > ?"
        args: list[Any] = [after_seq]
        if teacher_id is not None:
            sql += " AND teacher_id = ?"
            args.append(teacher_id)
        if types is not None:
            types = list(types)
            sql += f" AND type IN ({','.join('?' * len(types))})"
            args.extend(types)
        sql += " ORDER BY seq"
        with self.reader() as conn:
            return [Event(*row) for row in conn.execute(sql, args)]

    def last_seq(self) -> int:
        with self.reader() as conn:
            return conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]

    def segments(self) -> list[tuple[str, int]]:
        """(device id, first sequence number) of each identity this journal's one chain has
        had, oldest first: more than one after a re-key (sync.laptop.rekey)."""
        with self.reader() as conn:
            rows = conn.execute("SELECT device_id, first_seq FROM identities ORDER BY first_seq")
            return rows.fetchall() or [(self.device_id, 1)]

    def first_seq(self) -> int:
        """The first sequence number written under this journal's present device id."""
        return self.segments()[-1][1]

    def check(self) -> list[ChainProblem]:
        """Full integrity check of the file and of the hash chain (empty list: all is well).
        One chain from the first event to the last; each stretch carries the device id it
        was written under."""
        segments = self.segments()
        problems: list[ChainProblem] = []
        with self.reader() as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise JournalDamaged(path=str(self.path), detail=result)
            for n, (device_id, first) in enumerate(segments):
                end = segments[n + 1][1] if n + 1 < len(segments) else None
                sql = f"SELECT {COLUMNS} FROM events WHERE seq >= ?"
                args: list[int] = [first]
                if end is not None:
                    sql += " AND seq < ?"
                    args.append(end)
                before = conn.execute("SELECT hash FROM events WHERE seq=?", (first - 1,))
                prev = (before.fetchone() or (GENESIS,))[0]
                rows = (Event(*r) for r in conn.execute(sql + " ORDER BY seq", args))
                problems += verify_chain(rows, device_id, first, prev)
            return problems
