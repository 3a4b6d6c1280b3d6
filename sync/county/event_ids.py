"""Every event id the hub holds, kept so that the import's cost does not grow with the hub.

The hub refuses an event id already used under another place (a cloned or forged journal) and
the id names the event's xAPI statement, so the ids must be checked against every one held.
Event ids are random UUIDs made on the laptops: kept in one index, a laptop's 10,000 new ids
land on about as many different pages of it once it is large, each page rewritten whole at
the commit and again at the checkpoint, and the import's cost per event doubled over a
county-year (docs/scale.md, "The event ids, in levels").

So the ids are kept in levels, as a log-structured merge tree keeps keys: a bundle's new ids
go into the small level 0, whose pages a laptop's ids share; when a level passes its limit it
is merged into the next in id order, which rewrites each page of the next level once for a
whole batch of ids instead of once for every few. The check reads every level (one index
probe each, reads only). The levels are disjoint: an id is added once, to level 0, only when
no level holds it, and a merge moves it."""

from __future__ import annotations

import json
import sqlite3

# Level 0 takes a few laptops' ids, level 1 ten times that; level 2 holds the rest.
LIMITS = (50_000, 500_000)
LEVELS = tuple(f"event_ids_{n}" for n in range(len(LIMITS) + 1))

SCHEMA = "".join(
    f"CREATE TABLE IF NOT EXISTS {t} (id TEXT PRIMARY KEY) WITHOUT ROWID;\n" for t in LEVELS
)
_HELD = " OR ".join(f"EXISTS (SELECT 1 FROM {t} WHERE id = value)" for t in LEVELS)
_DEEPER = " OR ".join(f"EXISTS (SELECT 1 FROM {t} WHERE id = value)" for t in LEVELS[1:])


def as_text(ids: list[str]) -> str:
    """Ids as one JSON array, read by SQLite's json_each: one call for a batch of thousands."""
    return json.dumps(ids)


def held(conn: sqlite3.Connection, ids: str) -> set[str]:
    """Those of the ids (as_text) the hub already holds, in any level."""
    return {i for (i,) in conn.execute(f"SELECT value FROM json_each(?) WHERE {_HELD}", (ids,))}


def add(conn: sqlite3.Connection, ids: str) -> int:
    """Keep the ids (as_text) that no deeper level holds, in level 0; returns how many were
    kept. Raises sqlite3.IntegrityError if one repeats, within them or in level 0. So a batch
    whose ids are all new is checked and kept in one statement; fewer kept than given, or the
    error, means some id is held already (`held` then names them)."""
    return conn.execute(
        f"INSERT INTO {LEVELS[0]} (id) SELECT value FROM json_each(?) WHERE NOT ({_DEEPER})",
        (ids,),
    ).rowcount


def settle(conn: sqlite3.Connection, limits: tuple[int, ...] = LIMITS) -> None:
    """Merge each level past its limit into the next, in id order; in the caller's
    transaction (the import's), so a bundle's ids are never half moved."""
    for n, limit in enumerate(limits):
        small, large = LEVELS[n], LEVELS[n + 1]
        # A count reads the whole level: level 0 is small, and a deeper one is counted only
        # when the level above has just been merged into it.
        if conn.execute(f"SELECT count(*) FROM {small}").fetchone()[0] < limit:
            return
        # OR IGNORE: the levels are disjoint, so nothing is ignored; but a statement that
        # cannot abort needs no statement journal, which for a merge of 500,000 ids holds
        # every page it changes (tens of MB, in memory with temp_store=MEMORY).
        conn.execute(f"INSERT OR IGNORE INTO {large} (id) SELECT id FROM {small} ORDER BY id")
        conn.execute(f"DELETE FROM {small}")


def fill(conn: sqlite3.Connection) -> None:
    """Put every event id the events table holds into the last level (hub migration 0015),
    in id order."""
    conn.execute(f"INSERT INTO {LEVELS[-1]} (id) SELECT id FROM events ORDER BY id")
