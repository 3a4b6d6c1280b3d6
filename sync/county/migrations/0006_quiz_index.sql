-- Hub version 6: the report's best self-test score and tests passed read only quiz attempts.
CREATE INDEX hub_events_quiz ON events (teacher_id) WHERE type = 'quiz.attempt';
