"""Where hand-written SQL stays: the same rows written with sqlite3's executemany and with
sqlite-utils' insert_all, into the journal's events table and the hub's, under the same
settings (WAL, synchronous=FULL); and what the search index adds to a county import (the
bundle's enrolments indexed from its own new rows)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from sync.base import device, migrate
from sync.base.rows import tables
from sync.county import people_search

from .sync_bench import synthetic_rows

JOURNAL_COLUMNS = (
    "seq id device_id teacher_id type payload wall_ms mono_ms boot_id prev_hash hash".split()
)


def _store(path: Path, migrations: str) -> sqlite3.Connection:
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=FULL")
    c.execute("PRAGMA cache_size=-65536")
    migrate.apply(c, path, migrate.package_dir(migrations))
    return c


def _rate(path: Path, migrations: str, rows: list[tuple], columns: list[str], how: str) -> float:
    """Events per second for one transaction of `rows` written `how` (executemany|insert_all)."""
    c = _store(path, migrations)
    try:
        start = time.perf_counter()
        if how == "executemany":
            marks = ",".join("?" * len(columns))
            c.execute("BEGIN")
            c.executemany(f"INSERT INTO events ({','.join(columns)}) VALUES ({marks})", rows)
            c.execute("COMMIT")
        else:
            db = tables(c)
            with db.atomic():
                db["events"].insert_all(
                    (dict(zip(columns, r, strict=True)) for r in rows), batch_size=1000
                )
        return len(rows) / (time.perf_counter() - start)
    finally:
        c.close()


def _single_rate(path: Path, rows: list[tuple], how: str) -> float:
    """Events per second appended one per commit, as the journal's append does."""
    c = _store(path, "laptop/migrations")
    db = tables(c)
    marks = ",".join("?" * len(JOURNAL_COLUMNS))
    sql = f"INSERT INTO events ({','.join(JOURNAL_COLUMNS)}) VALUES ({marks})"
    try:
        start = time.perf_counter()
        for r in rows:
            if how == "execute":
                c.execute("BEGIN")
                c.execute(sql, r)
                c.execute("COMMIT")
            else:
                with db.atomic():
                    db["events"].insert(dict(zip(JOURNAL_COLUMNS, r, strict=True)))
        return len(rows) / (time.perf_counter() - start)
    finally:
        c.close()


def _index_cost(path: Path, rows: list[tuple], teachers: int) -> tuple[float, float]:
    """Seconds to insert a bundle's rows (executemany) and to index its enrolments."""
    c = _store(path, "county/migrations")
    dev = rows[0][2]
    enrolments = [
        (
            len(rows) + i + 1,
            f"enrol-{i}",
            dev,
            f"t-{i:016x}",
            "teacher.enrolled",
            f'{{"id_number":"5116211985031{i:05d}","name":"教师{i}","school":"第{i % 40}小学",'
            '"stage":"primary","subject":"语文"}',
            0,
            0,
            "b",
            "0" * 64,
            "f" * 64,
            "bundle",
        )
        for i in range(teachers)
    ]
    data = [r + ("bundle",) for r in rows] + enrolments
    cols = [*JOURNAL_COLUMNS, "bundle_id"]
    try:
        start = time.perf_counter()
        c.execute("BEGIN")
        c.executemany(
            f"INSERT INTO events ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", data
        )
        inserted = time.perf_counter() - start
        start = time.perf_counter()
        people_search.add_imported(c, dev, 1, len(data), "bundle")
        indexed = time.perf_counter() - start
        c.execute("COMMIT")
        found = c.execute("SELECT count(*) FROM search_people").fetchone()[0]
        assert found == teachers, found
        return inserted, indexed
    finally:
        c.close()


def run(quick: bool) -> list[tuple]:
    n_batch, n_single = (20_000, 300) if quick else (100_000, 2000)
    tmp = Path(tempfile.mkdtemp())
    try:
        (tmp / "dev").mkdir()
        dev = device.load_or_create(tmp / "dev")
        rows = synthetic_rows(dev, n_batch)
        out = []
        for name, migrations, data, cols in (
            ("journal append_many", "laptop/migrations", rows, JOURNAL_COLUMNS),
            (
                "county import insert",
                "county/migrations",
                [r + ("bundle",) for r in rows],
                [*JOURNAL_COLUMNS, "bundle_id"],
            ),
        ):
            raw = _rate(tmp / f"{name}-raw.db", migrations, data, cols, "executemany")
            su = _rate(tmp / f"{name}-su.db", migrations, data, cols, "insert_all")
            out.append(
                (
                    f"{name}: executemany vs sqlite-utils insert_all (n={n_batch:,})",
                    f"{raw:,.0f} ev/s",
                    "—",
                    f"insert_all {su:,.0f} ev/s ({su / raw:.0%} of executemany)",
                )
            )
        raw = _single_rate(tmp / "single-raw.db", rows[:n_single], "execute")
        su = _single_rate(tmp / "single-su.db", rows[:n_single], "insert")
        out.append(
            (
                f"journal append, one per commit: execute vs table.insert (n={n_single:,})",
                f"{raw:,.0f} ev/s",
                "—",
                f"table.insert {su:,.0f} ev/s ({su / raw:.0%} of execute)",
            )
        )
        inserted, indexed = _index_cost(tmp / "index.db", rows, 500)
        out.append(
            (
                f"search index at import: {n_batch:,} events, 500 enrolments",
                f"{indexed * 1000:.1f} ms",
                "not measurable beside the insert",
                f"insert {inserted * 1000:.0f} ms → index adds {indexed / inserted:.1%}",
            )
        )
        return out
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    import sys

    for row in run("--quick" in sys.argv):
        print("  ".join(row))
