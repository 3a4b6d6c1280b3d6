-- The county hub, version 1. See docs/formats.md ("County hub").
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Laptops the county knows: 'pending' until a person approves, then 'enrolled'; 'revoked' when
-- stolen or leaked. Keys are compared whole, never by id.
CREATE TABLE devices (
    device_id     TEXT PRIMARY KEY,
    ed25519       BLOB NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'enrolled', 'revoked')),
    schools       TEXT NOT NULL DEFAULT '[]',
    first_seen_ms INTEGER NOT NULL,
    decided_ms    INTEGER
);

-- Every imported event, exactly as the laptop wrote it.
CREATE TABLE events (
    device_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    id         TEXT NOT NULL UNIQUE,
    teacher_id TEXT NOT NULL,
    type       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    wall_ms    INTEGER NOT NULL,
    mono_ms    INTEGER NOT NULL,
    boot_id    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    bundle_id  TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX hub_events_by_teacher ON events (teacher_id);

-- What each bundle did; re-importing a bundle finds it here and stops early.
CREATE TABLE bundles (
    bundle_id      TEXT PRIMARY KEY,
    trailer_sha256 TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    seq_first      INTEGER NOT NULL,
    seq_last       INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('imported', 'quarantined')),
    new_events     INTEGER NOT NULL,
    at_ms          INTEGER NOT NULL
);

-- Held back for a person: bundles of unknown or revoked devices (a copy kept in the hub's
-- folder), and events that contradict what the hub already has.
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    stored      TEXT,
    resolved_ms INTEGER
);

-- Things a person should look at: broken chains, forks, skewed clocks, implausible days.
CREATE TABLE flags (
    id         INTEGER PRIMARY KEY,
    device_id  TEXT NOT NULL,
    seq        INTEGER,
    teacher_id TEXT,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    at_ms      INTEGER NOT NULL,
    closed_ms  INTEGER,
    note       TEXT
);
