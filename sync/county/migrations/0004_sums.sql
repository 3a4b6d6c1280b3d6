-- Hub version 4: sums kept at import time so the county's reports need not read every event.
-- A cache of the events, never the truth: this migration builds it from the events, and
-- every import adds to it in the same transaction as the events themselves.
CREATE TABLE lesson_sums (
    teacher_id TEXT NOT NULL,
    lesson     TEXT NOT NULL,
    seconds    INTEGER NOT NULL,
    PRIMARY KEY (teacher_id, lesson)
) WITHOUT ROWID;
INSERT INTO lesson_sums
    SELECT teacher_id, json_extract(payload, '$.lesson'),
           sum(max(coalesce(json_extract(payload, '$.active_seconds'), 0), 0))
    FROM events WHERE type = 'lesson.session' AND json_extract(payload, '$.lesson') IS NOT NULL
    GROUP BY 1, 2;

-- Rare events the reports read whole: partial indexes cost nothing for the common ones.
CREATE INDEX hub_events_profiles ON events (device_id, seq)
    WHERE type IN ('teacher.enrolled', 'teacher.profile_changed');
CREATE INDEX hub_events_attendance ON events (teacher_id)
    WHERE type = 'attendance.signed';
