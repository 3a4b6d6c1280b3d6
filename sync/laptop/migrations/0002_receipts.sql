-- Journal version 2: county receipts applied on this laptop. Kept beside the journal, not in
-- it: a receipt is the county's word, and journalling it would make every receipt a new event
-- to export, and every export a new receipt.
CREATE TABLE receipts (
    receipt_id    TEXT PRIMARY KEY,
    county_key_id TEXT NOT NULL,
    acked_seq     INTEGER NOT NULL,
    issued_ms     INTEGER NOT NULL,
    body          TEXT NOT NULL,
    applied_ms    INTEGER NOT NULL
);
