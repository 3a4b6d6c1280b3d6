"""Rows read by name: a query whose rows are sqlite3.Row, so code says row["level"], never
row[4]. Per cursor, so a connection's hot paths (the journal append, the hub's import loop)
keep plain tuples where building a named row would cost. `tables` wraps a connection for
sqlite-utils, whose rows are dicts by column name."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def named(conn: sqlite3.Connection, sql: str, args: tuple | dict = ()) -> sqlite3.Cursor:
    """`sql` run on a fresh cursor of `conn` whose rows are read by column name."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, args)


def tables(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over a connection of ours, for read-side listings, FTS and migrations
    (db["devices"].rows_where(...), table.search(...), table.transform(...)). It leaves the
    connection as we set it up: no recursive triggers switched on, no plugins run on it."""
    # Imported here, not above: it costs 0.15 s at start, which the journal's and the hub's
    # command-line runs (and the laptop's launch) would pay without ever searching.
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
