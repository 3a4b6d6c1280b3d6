-- Hub version 12: the county's annual projects and rosters (sync/county/rosters.py).
-- schools: the school roster; where a school is listed, its 区县 / 乡镇 come from here, not
-- from its name. projects: one training project of a year. selections: the teachers a project
-- selected (选送), replaced whole by each import of the project's list. exemptions: teachers
-- excused for a year (免训), who leave the 选送率 denominator. A person is the pseudonym of
-- the 身份证号 (import_tables.person_name), as in `identities`: no ID number in clear here.
CREATE TABLE IF NOT EXISTS schools (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    district TEXT NOT NULL,
    township TEXT NOT NULL,
    stage    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS projects (
    id       INTEGER PRIMARY KEY,
    year     INTEGER NOT NULL,
    name     TEXT NOT NULL,
    provider TEXT NOT NULL,
    starts   TEXT NOT NULL,
    ends     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    UNIQUE (year, name)
);
CREATE TABLE IF NOT EXISTS selections (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    person     TEXT NOT NULL,
    name       TEXT NOT NULL,
    masked_id  TEXT NOT NULL,
    school     TEXT NOT NULL,
    PRIMARY KEY (project_id, person)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS exemptions (
    person     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    masked_id  TEXT NOT NULL,
    school     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    decided_ms INTEGER NOT NULL,
    PRIMARY KEY (person, year)
) WITHOUT ROWID;
