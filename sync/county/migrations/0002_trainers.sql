-- Hub version 2: trainers whose signatures on attendance the county accepts.
CREATE TABLE trainers (
    ed25519  BLOB PRIMARY KEY,
    key_id   TEXT NOT NULL,
    name     TEXT NOT NULL DEFAULT '',
    added_ms INTEGER NOT NULL
);
