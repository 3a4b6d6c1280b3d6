"""Hub version 15: event ids kept in levels (sync/county/event_ids.py) instead of the events
table's own unique index, whose growth made each laptop's import cost more than the one
before. The events table is rebuilt without UNIQUE on the id (SQLite cannot drop a column's
constraint in place), its indexes made again, and every id it holds put into the last level.
An evidence submission is still found by its id (the county's 学时认定 names it), through a
partial index of submissions only."""

import re

from sync.county import event_ids

UNIQUE_ID = "id         TEXT NOT NULL UNIQUE"  # as hub migration 0001 declared it
SUBMISSIONS = (
    "CREATE INDEX IF NOT EXISTS hub_events_submission_ids ON events (id) "
    "WHERE type = 'evidence.submitted'"
)


def migrate(db):
    conn = db.conn
    for statement in event_ids.SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    (table,) = conn.execute("SELECT sql FROM sqlite_master WHERE name='events'").fetchone()
    if UNIQUE_ID in table:  # the version-14 table (a step run again finds it rebuilt)
        indexes = [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='events' "
                "AND sql IS NOT NULL"
            )
        ]
        # The name as SQLite keeps it: quoted once the table has been renamed.
        rebuilt = re.sub(r'^CREATE TABLE "?events"?', "CREATE TABLE events_rebuilt", table)
        conn.execute(rebuilt.replace(UNIQUE_ID, "id         TEXT NOT NULL"))
        conn.execute("INSERT INTO events_rebuilt SELECT * FROM events")
        conn.execute("DROP TABLE events")
        conn.execute("ALTER TABLE events_rebuilt RENAME TO events")
        for sql in indexes:
            conn.execute(sql)
        event_ids.fill(conn)
    conn.execute(SUBMISSIONS)
