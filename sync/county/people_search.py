"""Finding a teacher or a school in the hub: by a teacher's name, a school's name, the last 4
characters of a 身份证号, or the whole number. A whole number matches only exactly and a part of
one only as its last 4 characters: a fragment from the middle of an ID number finds nothing, so
the search box cannot be used to guess the hidden digits.

The index is the `search_people` table (one row per person, name and school as enrolled or
changed since) with an FTS5 index on name and school (the `trigram` tokenizer: Chinese has no
spaces to split words at). Migration 0007 builds it from the events already in the hub; each
import then adds only the people its new enrolment and profile events name, from the rows it
has just inserted (never a rebuild). Queries shorter than a trigram (most Chinese names are 2
characters) scan the table with LIKE; it holds one row per teacher and name, a few thousand."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sync.base.events import TEACHER_ENROLLED, TEACHER_PROFILE_CHANGED
from sync.base.rows import tables

if TYPE_CHECKING:
    import sqlite_utils

    # teacher_rows imports the hub, which keeps this index at import
    from sync.county.teacher_rows import TeacherRow

TABLE = "search_people"
TRIGRAM = 3
TEACHER, SCHOOL = "teacher", "school"  # the dashboard's levels (sync.county.measures.LEVELS)
ID_LENGTH = 18
LAST4 = re.compile(r"[0-9]{3}[0-9Xx]")
ID_CHARS = re.compile(r"[0-9Xx*]+")

# The people named by enrolment events, then by profile changes (which name the teacher's ID
# number through the enrolment). {where} narrows each to one bundle's new rows at import. The
# partial index of profile events is named: the events' key would scan the whole bundle.
_PROFILE_TYPES = f"('{TEACHER_ENROLLED}', '{TEACHER_PROFILE_CHANGED}')"  # as the index says
_ADD = (
    f"""
INSERT OR IGNORE INTO {TABLE} (id_number, name, school, last4)
SELECT upper(json_extract(ev.payload, '$.id_number')), json_extract(ev.payload, '$.name'),
       json_extract(ev.payload, '$.school'),
       upper(substr(json_extract(ev.payload, '$.id_number'), -4))
FROM events ev INDEXED BY hub_events_profiles
WHERE ev.type IN {_PROFILE_TYPES} AND ev.type = '{TEACHER_ENROLLED}' {{where}}
""",
    f"""
INSERT OR IGNORE INTO {TABLE} (id_number, name, school, last4)
SELECT upper(json_extract(en.payload, '$.id_number')),
       coalesce(json_extract(ev.payload, '$.name'), json_extract(en.payload, '$.name')),
       coalesce(json_extract(ev.payload, '$.school'), json_extract(en.payload, '$.school')),
       upper(substr(json_extract(en.payload, '$.id_number'), -4))
FROM events ev INDEXED BY hub_events_profiles JOIN events en
  ON en.teacher_id = ev.teacher_id AND en.type = '{TEACHER_ENROLLED}'
WHERE ev.type IN {_PROFILE_TYPES} AND ev.type = '{TEACHER_PROFILE_CHANGED}' {{where}}
""",
)


@dataclass(frozen=True)
class Found:
    """A teacher or a school, with the dashboard's key for its row at its level."""

    level: str  # teacher | school
    name: str  # the teacher's or the school's
    school: str  # the teacher's school; the school itself
    masked_id: str  # a teacher's ID as screens show it; "" for a school
    key: tuple[str, ...]  # sync.county.measures.key_of at `level`


def create(db: sqlite_utils.Database) -> None:
    """The table, its indexes and its FTS5 index, filled from the events already here (safe to
    run again: a migration interrupted half-way is run again whole)."""
    table = db.table(TABLE)
    table.create(
        {"id": int, "id_number": str, "name": str, "school": str, "last4": str},
        pk="id",
        not_null={"id_number", "name", "school", "last4"},
        if_not_exists=True,
    )
    table.create_index(["id_number", "name", "school"], unique=True, if_not_exists=True)
    table.create_index(["last4"], if_not_exists=True)
    table.enable_fts(["name", "school"], tokenize="trigram", create_triggers=True, replace=True)
    table.rebuild_fts()
    for sql in _ADD:
        db.execute(sql.format(where=""))


def add_imported(
    conn: sqlite3.Connection, device_id: str, first: int, last: int, bundle_id: str
) -> None:
    """The people one bundle's newly inserted rows enrol or change (its events' own index)."""
    for sql in _ADD:
        conn.execute(
            sql.format(where="AND ev.device_id=? AND ev.seq BETWEEN ? AND ? AND ev.bundle_id=?"),
            (device_id, first, last, bundle_id),
        )


def find(conn: sqlite3.Connection, query: str, rows: list[TeacherRow]) -> list[Found]:
    """Teachers, then schools, matching `query`, as rows of the dashboard (`rows`: the teacher
    rows it shows, which place each person in a district, township and school)."""
    q = query.strip()
    if not q:
        return []
    db = tables(conn)
    people = {r.id_number: r for r in rows}
    ids: list[str] = []
    schools: list[str] = []
    if ID_CHARS.fullmatch(q):  # digits: an ID number, whole or its last 4, never a part
        if "*" in q:  # copied from a screen: only its last 4 are there to match
            q = q[-4:]
        if LAST4.fullmatch(q):
            ids = [r["id_number"] for r in db.table(TABLE).rows_where("last4 = ?", [q.upper()])]
        elif len(q) == ID_LENGTH:
            ids = [r["id_number"] for r in db.table(TABLE).rows_where("id_number = ?", [q.upper()])]
    else:
        words = q.split()
        if all(len(w) >= TRIGRAM for w in words):
            matched = db.table(TABLE).search(q, columns=["id_number", "name", "school"], quote=True)
        else:
            where = " AND ".join("(name || ' ' || school) LIKE ? ESCAPE '\\'" for _ in words)
            matched = db.table(TABLE).rows_where(where, [f"%{_escape_like(w)}%" for w in words])
        for r in matched:
            if all(w in r["name"] for w in words):
                ids.append(r["id_number"])
            if all(w in r["school"] for w in words):
                schools.append(r["school"])
    found: dict[tuple[str, ...], Found] = {}
    for id_number in ids:
        row = people.get(id_number)
        if row is not None:
            teacher = (row.district, row.township, row.school, row.id_number)
            found.setdefault(teacher, Found(TEACHER, row.name, row.school, row.masked_id, teacher))
    wanted = set(schools)
    for row in rows:
        if row.school in wanted:
            school = (row.district, row.township, row.school)
            found.setdefault(school, Found(SCHOOL, row.school, row.school, "", school))
    return list(found.values())


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
