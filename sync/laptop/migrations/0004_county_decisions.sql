-- Journal version 4: the county's decisions on this laptop's evidence submissions (学时认定),
-- as signed receipts bring them. Kept beside the journal, like the receipts: they are the
-- county's word, not the teacher's record. Never updated: the highest serial per submission
-- is the county's latest word; a decision already held is ignored when mail comes again.
CREATE TABLE county_decisions (
    decision_id   TEXT PRIMARY KEY,
    serial        INTEGER NOT NULL,
    submission_id TEXT NOT NULL,
    teacher_id    TEXT NOT NULL,
    point         TEXT NOT NULL,
    level         TEXT NOT NULL,
    recognised    INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    decided_ms    INTEGER NOT NULL,
    receipt_id    TEXT NOT NULL,
    applied_ms    INTEGER NOT NULL
);
CREATE INDEX county_decisions_by_teacher ON county_decisions (teacher_id);
