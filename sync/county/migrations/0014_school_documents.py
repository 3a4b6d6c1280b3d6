"""Hub version 14: 整校推进. The documents each school's 信息化管理团队 files (信息化发展规划,
校本研修方案), one row per filing under the school its filer's profile named then, and the
county's ratings of them (合格 / 不合格), one row per rating so the history stays
(sync/county/school_documents.py). Filled here from the events already in the hub."""

from sync.county import school_documents

TABLES = """
CREATE TABLE IF NOT EXISTS school_documents (
    event_id   TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    teacher_id TEXT NOT NULL,
    school     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    filed_ms   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS hub_school_documents_by_school
    ON school_documents (school, kind, filed_ms);
CREATE TABLE IF NOT EXISTS school_document_ratings (
    id        INTEGER PRIMARY KEY,
    rating_id TEXT NOT NULL UNIQUE,
    event_id  TEXT NOT NULL REFERENCES school_documents (event_id),
    level     TEXT NOT NULL CHECK (level IN ('pass', 'fail')),
    comment   TEXT NOT NULL DEFAULT '',
    officer   TEXT NOT NULL,
    rated_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS hub_school_document_ratings_by_document
    ON school_document_ratings (event_id, id);
"""


def migrate(db):
    for statement in TABLES.split(";"):
        if statement.strip():
            db.conn.execute(statement)
    school_documents.rebuild(db.conn)
