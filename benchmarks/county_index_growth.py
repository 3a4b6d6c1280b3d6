"""Why the per-event import cost grew with the hub, and what keeping the event ids in levels
changed: the county benchmark's laptops inserted raw (sqlite3 executemany, one transaction a
laptop) into databases that differ in how they keep the event id, side by side, so every
variant meets the machine as it is at that moment.

    python -m benchmarks.county_index_growth [--laptops 200] [--cache DIR]

Each laptop's bundle is decrypted once (not timed) and its rows inserted into every variant;
the per-event cost of the last tenth of the laptops is set against the first tenth's."""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import county_laptops
from benchmarks.county_scale import CACHE, INSERT, RATE, _bundle
from sync.base import migrate
from sync.base.events import ID
from sync.county import event_ids


def _unique_in_events(c: sqlite3.Connection) -> None:
    """The events table as before hub version 15: the event id UNIQUE in it (an automatic
    index), no levels."""
    indexes = [
        sql
        for (sql,) in c.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name='events' AND type='index' "
            "AND sql IS NOT NULL"
        )
    ]
    (table,) = c.execute("SELECT sql FROM sqlite_master WHERE name='events'").fetchone()
    assert PLAIN_ID in table, "the hub's events table changed: update this variant"
    c.execute("DROP TABLE events")
    c.execute(
        re.sub(r'^CREATE TABLE "?events"?', "CREATE TABLE events", table).replace(
            PLAIN_ID, PLAIN_ID + " UNIQUE"
        )
    )
    for sql in indexes:
        c.execute(sql)


def _levels(c: sqlite3.Connection, rows: list) -> None:
    """The hub's way (sync/county/event_ids.py): the ids into level 0, merged on."""
    c.executemany(INSERT, rows)
    event_ids.add(c, event_ids.as_text([r[ID] for r in rows]))
    event_ids.settle(c)


def _plain(c: sqlite3.Connection, rows: list) -> None:
    c.executemany(INSERT, rows)


PLAIN_ID = "id         TEXT NOT NULL"
VARIANTS = {
    "the hub's: event ids in levels, merged (version 15)": (lambda c: None, _levels),
    "the event id unique in the events table (version 14)": (_unique_in_events, _plain),
    "no event id index at all": (lambda c: None, _plain),
    "version 14 with a 256 MiB page cache": (
        lambda c: (_unique_in_events(c), c.execute("PRAGMA cache_size=-262144")),
        _plain,
    ),
}


def _database(path: Path, change) -> sqlite3.Connection:
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=FULL")
    c.execute("PRAGMA cache_size=-65536")  # as Hub.open
    migrate.apply(c, path, migrate.package_dir("county/migrations"))
    change(c)
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--laptops", type=int, default=200)
    ap.add_argument("--teachers", type=int, default=50)
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args()
    county = county_laptops.county_key(args.cache)
    laptops = [
        county_laptops.laptop(args.cache, county, i, args.teachers, RATE)
        for i in range(args.laptops)
    ]
    work = Path(tempfile.mkdtemp(prefix="county-index-growth-"))
    try:
        dbs = {
            name: (_database(work / f"{n}.db", change), insert)
            for n, (name, (change, insert)) in enumerate(VARIANTS.items())
        }
        per_event: dict[str, list[float]] = {name: [] for name in dbs}
        for lp in laptops:
            bundle = _bundle(str(lp.folder))
            rows = [r + [bundle.head.bundle_id] for r in bundle.rows(county.agreement)]
            for name, (c, insert) in dbs.items():
                start = time.perf_counter()
                c.execute("BEGIN")
                insert(c, rows)
                c.execute("COMMIT")
                per_event[name].append((time.perf_counter() - start) / len(rows) * 1e6)
            print(
                f"\rlaptops inserted: {lp.index + 1}/{len(laptops)}",
                end="",
                flush=True,
            )
        print()
        tenth = max(1, len(laptops) // 10)
        for n, (name, costs) in enumerate(per_event.items()):
            first, last = statistics.mean(costs[:tenth]), statistics.mean(costs[-tenth:])
            size = (work / f"{n}.db").stat().st_size / 1e6
            print(
                f"{name:60} {first:6.1f} → {last:6.1f} µs/event (×{last / first:.2f}); "
                f"{size:,.0f} MB"
            )
        for c, _insert in dbs.values():
            c.close()
    finally:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
