"""Hub version 10: the tables each import keeps so that its checks read indexes, never the
events (sync/county/import_tables.py): who each teacher account is, seconds per teacher and
day, each lesson session's span; and an index to find a teacher's flags. Built here from the
events already in the hub; safe to run again (it rebuilds them whole)."""

from sync.county import import_tables

TABLES = """
CREATE TABLE IF NOT EXISTS identities (
    person     TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    PRIMARY KEY (person, teacher_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS hub_identities_teacher ON identities (teacher_id);
CREATE INDEX IF NOT EXISTS hub_identities_device ON identities (device_id);
CREATE TABLE IF NOT EXISTS teacher_days (
    teacher_id TEXT NOT NULL,
    day        TEXT NOT NULL,
    seconds    INTEGER NOT NULL,
    PRIMARY KEY (teacher_id, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spans (
    teacher_id TEXT NOT NULL,
    start_ms   INTEGER NOT NULL,
    end_ms     INTEGER NOT NULL,
    PRIMARY KEY (teacher_id, start_ms, end_ms)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS hub_flags_by_teacher ON flags (teacher_id, kind);
"""


def migrate(db):
    for statement in TABLES.split(";"):
        if statement.strip():
            db.conn.execute(statement)
    import_tables.rebuild(db.conn)
