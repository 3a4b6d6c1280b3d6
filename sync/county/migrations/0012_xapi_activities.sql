-- Hub version 12: the definition each xAPI activity was first stated with. A statement's id
-- is fixed by the fact it states, and an LRS refuses (409) a statement it holds under that id
-- with any other content, activity definitions included. The names come from the published
-- content, which a newer pack may reword; kept here from the first export on, they never
-- change, so every later export of a fact is the statement the LRS already holds.
CREATE TABLE IF NOT EXISTS xapi_activities (
    id         TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    first_ms   INTEGER NOT NULL
) WITHOUT ROWID;
