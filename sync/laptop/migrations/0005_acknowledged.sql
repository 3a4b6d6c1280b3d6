-- Journal version 5: what the county holds of this laptop, as its latest receipts say. Until
-- now the acknowledged point only rose (the highest acked_seq of any receipt); a county
-- restored from an older copy holds less, and its receipt must lower the point so that the
-- next export sends the missing events again. acked_hash is the hash the county holds at
-- acked_seq (NULL from a format 1 receipt); outcome 'fork' marks a receipt whose hash is not
-- this laptop's: the county holds another history under this laptop's name.
ALTER TABLE receipts ADD COLUMN acked_hash TEXT;
ALTER TABLE receipts ADD COLUMN outcome TEXT NOT NULL DEFAULT 'applied';
-- One row: the point up to which the next export need not send, and the issue time of the
-- receipt that set it (a receipt issued earlier never raises it again).
CREATE TABLE acknowledged (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    acked_seq  INTEGER NOT NULL,
    issued_ms  INTEGER NOT NULL,
    receipt_id TEXT NOT NULL
);
INSERT INTO acknowledged
    SELECT 1, acked_seq, issued_ms, receipt_id FROM receipts
    ORDER BY acked_seq DESC, issued_ms DESC LIMIT 1;
