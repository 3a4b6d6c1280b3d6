-- Hub version 3: the county's targets table (专任教师总数 and yearly targets per 区县).
CREATE TABLE targets (
    district       TEXT NOT NULL,
    year           INTEGER NOT NULL,
    target         INTEGER NOT NULL,
    teachers_total INTEGER NOT NULL,
    PRIMARY KEY (district, year)
);
