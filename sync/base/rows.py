"""Rows read by name: a query whose rows are sqlite3.Row, so code says row["level"], never
row[4]. Per cursor, so a connection's hot paths (the journal append, the hub's import loop)
keep plain tuples where building a named row would cost."""

from __future__ import annotations

import sqlite3


def named(conn: sqlite3.Connection, sql: str, args: tuple | dict = ()) -> sqlite3.Cursor:
    """`sql` run on a fresh cursor of `conn` whose rows are read by column name."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, args)
