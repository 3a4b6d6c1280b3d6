-- The laptop journal, version 1. See docs/formats.md ("Journal").
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only: one row per learning fact, in per-device sequence order with no gaps.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    device_id  TEXT NOT NULL,
    teacher_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    wall_ms    INTEGER NOT NULL,
    mono_ms    INTEGER NOT NULL,
    boot_id    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX events_by_teacher ON events (teacher_id, seq);
CREATE INDEX events_by_type ON events (type, seq);

CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Local sign-in secrets: never exported, never part of the chain.
CREATE TABLE pins (
    teacher_id      TEXT PRIMARY KEY,
    salt            BLOB NOT NULL,
    hash            BLOB NOT NULL,
    scrypt_n        INTEGER NOT NULL,
    scrypt_r        INTEGER NOT NULL,
    scrypt_p        INTEGER NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER NOT NULL DEFAULT 0
);
