-- Hub version 5: the county office's work. See docs/formats.md ("County hub").

-- The report's lesson sums, now per year (the year of the session's wall clock, China time),
-- so the county can ask "by the end of 2016". A cache of the events, like the table it
-- replaces: built here from the events, kept by every import in the same transaction.
CREATE TABLE lesson_year_sums (
    teacher_id TEXT NOT NULL,
    lesson     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    seconds    INTEGER NOT NULL,
    PRIMARY KEY (teacher_id, lesson, year)
) WITHOUT ROWID;
INSERT INTO lesson_year_sums
    SELECT teacher_id, json_extract(payload, '$.lesson'),
           CAST(strftime('%Y', wall_ms / 1000, 'unixepoch', '+8 hours') AS INTEGER),
           sum(max(coalesce(json_extract(payload, '$.active_seconds'), 0), 0))
    FROM events WHERE type = 'lesson.session' AND json_extract(payload, '$.lesson') IS NOT NULL
    GROUP BY 1, 2, 3;
DROP TABLE lesson_sums;

-- Practice evidence is rare beside lesson sessions: a partial index reads it whole cheaply.
CREATE INDEX hub_events_evidence ON events (device_id, seq)
    WHERE type IN ('evidence.points_chosen', 'evidence.submitted', 'evidence.rated');

-- 学时认定: the county's decisions on evidence submissions. Never updated: a new decision on
-- the same submission is a new row and the latest (highest id) wins; the history stays.
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    decision_id   TEXT NOT NULL UNIQUE,
    submission_id TEXT NOT NULL,
    teacher_id    TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    point         TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('excellent', 'pass', 'fail')),
    recognised    INTEGER NOT NULL CHECK (recognised IN (0, 1)),
    reason        TEXT NOT NULL DEFAULT '',
    officer       TEXT NOT NULL,
    decided_ms    INTEGER NOT NULL
);
CREATE INDEX hub_decisions_by_submission ON decisions (submission_id, id);
CREATE INDEX hub_decisions_by_device ON decisions (device_id);

-- A person's word on a quarantined item: approved (the device enrolled) or dismissed.
ALTER TABLE quarantine ADD COLUMN resolution TEXT;
ALTER TABLE quarantine ADD COLUMN note TEXT;
UPDATE quarantine SET resolution = 'approved' WHERE resolved_ms IS NOT NULL;
