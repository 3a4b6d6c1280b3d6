-- Journal version 3: lesson sessions in progress. One row per open session, rewritten every
-- few seconds of counted time and removed in the same transaction that writes the session's
-- lesson.session event. A row left behind by a crash is turned into that event on the next
-- start; its session_id becomes the event id, so it can never be counted twice.
CREATE TABLE lesson_checkpoints (
    session_id     TEXT PRIMARY KEY,
    teacher_id     TEXT NOT NULL,
    lesson_id      TEXT NOT NULL,
    active_seconds INTEGER NOT NULL,
    position_s     REAL NOT NULL,
    completed      INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL
);
CREATE INDEX lesson_checkpoints_by_lesson ON lesson_checkpoints (teacher_id, lesson_id);
