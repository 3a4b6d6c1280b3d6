"""整校推进 at the county: the documents each school's 信息化管理团队 files on its laptop (the
信息化发展规划 and the 校本研修方案) and the county's rating of each (合格 / 不合格).

A `school.document_filed` event travels in the ordinary bundle with its file (the file goes
into the hub's evidence store like any evidence file); the import keeps one row per filed
document in `school_documents` (hub migration 0014), under the school the filer's profile
named when the document was filed, so the county's list is read per school by an index. A
rating is a new row in `school_document_ratings`: the latest counts, the history stays, and
each names who rated and when."""

from __future__ import annotations

import re
import sqlite3
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sync.base.events import (
    DEVICE,
    ID,
    PAYLOAD,
    SCHOOL_DOCUMENT_FILED,
    SCHOOL_DOCUMENT_KINDS,
    SEQ,
    TEACHER,
    TEACHER_ENROLLED,
    TEACHER_PROFILE_CHANGED,
    WALL_MS,
    payload_object,
)
from sync.base.rows import named
from sync.county.decisions import MAX_TEXT, CountyActionRefused, profiles

if TYPE_CHECKING:  # the hub imports this module to keep the table at each import
    from sync.county.hub import Hub

# The county's words for a school's document and the codes kept.
LEVELS = {"合格": "pass", "不合格": "fail"}
LEVEL_CODES = ("pass", "fail")
_DIGEST = re.compile(r"[0-9a-f]{64}")
# The first seven event columns in COLUMNS order, so SEQ, ID, … of sync.base.events read them.
_FILED = (
    "SELECT seq, id, device_id, teacher_id, type, payload, wall_ms FROM events "
    f"WHERE type = '{SCHOOL_DOCUMENT_FILED}' ORDER BY device_id, seq"
)


@dataclass(frozen=True)
class DocumentRating:
    rating_id: str
    event_id: str
    level: str  # pass | fail
    comment: str
    officer: str
    rated_ms: int


@dataclass(frozen=True)
class SchoolDocument:
    event_id: str  # the school.document_filed event's id
    school: str
    kind: str  # development_plan | training_plan
    name: str  # the file's name on the laptop
    size: int
    sha256: str
    device_id: str
    teacher_id: str
    filer_name: str  # the 信息化管理团队 member who filed it ("" if the hub has no enrolment)
    filed_ms: int
    present: bool  # the file itself is in the hub's store
    rating: DocumentRating | None  # the county's latest rating, None before the first


@dataclass(frozen=True)
class SchoolRow:
    """One school as the county's 整校推进 list shows it: each kind's latest document, or None
    when none has arrived yet; `earlier` are the versions a later filing replaced."""

    school: str
    latest: dict[str, SchoolDocument | None]
    earlier: tuple[SchoolDocument, ...]


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _school_of(conn: sqlite3.Connection, teacher_id: str, at_ms: int) -> str:
    """The school the teacher's profile named at `at_ms` (their enrolment and later changes,
    read through the index on teacher_id); their earliest if every profile event is later."""
    school = ""
    for payload, wall_ms in conn.execute(
        "SELECT payload, wall_ms FROM events WHERE teacher_id=? AND type IN "
        f"('{TEACHER_ENROLLED}', '{TEACHER_PROFILE_CHANGED}') ORDER BY wall_ms, seq",
        (teacher_id,),
    ):
        found = (payload_object(payload) or {}).get("school")
        if isinstance(found, str) and found and (wall_ms <= at_ms or not school):
            school = found
    return school


def _document(payload: str) -> tuple[str, dict] | None:
    """(kind, file reference) of a filed document, or None when the payload does not name a
    known kind and a stored file by its hash (such an event stays in the events, unlisted)."""
    data = payload_object(payload) or {}
    kind, ref = data.get("kind"), data.get("file")
    if kind not in SCHOOL_DOCUMENT_KINDS or not isinstance(ref, dict):
        return None
    if not _DIGEST.fullmatch(str(ref.get("sha256", ""))) or type(ref.get("size")) is not int:
        return None
    return str(kind), ref


def add_imported(conn: sqlite3.Connection, rows: Iterable[Sequence]) -> int:
    """Keep a row per filed document among one bundle's newly inserted rows (events column
    order), inside the import's transaction; returns how many were kept."""
    kept = 0
    for r in rows:
        found = _document(r[PAYLOAD])
        if found is None:
            continue
        kind, ref = found
        kept += conn.execute(
            "INSERT OR IGNORE INTO school_documents VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                r[ID],
                r[DEVICE],
                r[SEQ],
                r[TEACHER],
                _school_of(conn, r[TEACHER], r[WALL_MS]),
                kind,
                ref["sha256"],
                str(ref.get("name") or ""),
                ref["size"],
                r[WALL_MS],
            ),
        ).rowcount
    return kept


def rebuild(conn: sqlite3.Connection) -> None:
    """Every filed document the hub's events hold (hub migration 0014, for hubs that imported
    some before the table existed); rows already kept stay as they are."""
    add_imported(conn, conn.execute(_FILED).fetchall())


def documents(hub: Hub, school: str | None = None) -> list[SchoolDocument]:
    """Every filed document (or one school's), by school, kind and newest first, each with the
    county's latest rating and whether its file reached the hub's store."""
    conn = hub.conn
    sql = "SELECT * FROM school_documents"
    args: tuple = ()
    if school is not None:
        sql += " WHERE school=?"
        args = (school,)
    sql += " ORDER BY school, kind, filed_ms DESC, seq DESC"
    latest = _latest_ratings(conn)
    people = profiles(conn)
    return [
        SchoolDocument(
            r["event_id"],
            r["school"],
            r["kind"],
            r["name"],
            r["size"],
            r["sha256"],
            r["device_id"],
            r["teacher_id"],
            people.get(r["teacher_id"], ("", {}))[1].get("name", ""),
            r["filed_ms"],
            hub.evidence_path(r["sha256"]).is_file(),
            latest.get(r["event_id"]),
        )
        for r in named(conn, sql, args)
    ]


def _latest_ratings(conn: sqlite3.Connection) -> dict[str, DocumentRating]:
    return {
        r["event_id"]: _rating(r)
        for r in named(
            conn,
            "SELECT * FROM school_document_ratings WHERE id IN (SELECT max(id) FROM "
            "school_document_ratings GROUP BY event_id)",
        )
    }


def _rating(r) -> DocumentRating:
    return DocumentRating(
        r["rating_id"], r["event_id"], r["level"], r["comment"], r["officer"], r["rated_ms"]
    )


def ratings(hub: Hub, event_id: str) -> list[DocumentRating]:
    """The county's ratings of one document, oldest first (the last one counts)."""
    return [
        _rating(r)
        for r in named(
            hub.conn,
            "SELECT * FROM school_document_ratings WHERE event_id=? ORDER BY id",
            (event_id,),
        )
    ]


def by_school(found: list[SchoolDocument], schools: Iterable[str]) -> list[SchoolRow]:
    """Per school (every school in `schools` and every school that filed), each kind's latest
    document or None, and the versions a later filing replaced."""
    rows: dict[str, SchoolRow] = {
        s: SchoolRow(s, dict.fromkeys(SCHOOL_DOCUMENT_KINDS), ()) for s in schools
    }
    for doc in found:  # newest first within a school and kind
        row = rows.setdefault(
            doc.school, SchoolRow(doc.school, dict.fromkeys(SCHOOL_DOCUMENT_KINDS), ())
        )
        if row.latest[doc.kind] is None:
            row.latest[doc.kind] = doc
        else:
            rows[doc.school] = SchoolRow(row.school, row.latest, (*row.earlier, doc))
    return [rows[s] for s in sorted(rows)]


def known_schools(hub: Hub) -> set[str]:
    """Every school a teacher's profile names: schools that filed nothing are listed too."""
    return {p.get("school", "") for _dev, p in profiles(hub.conn).values()} - {""}


def rate(hub: Hub, event_id: str, level: str, comment: str, officer: str) -> DocumentRating:
    """The county's rating of one filed document: 合格 (pass) or 不合格 (fail, which needs a
    comment saying why). Rating again is a new row (the latest counts, the history stays);
    repeating the latest rating word for word writes nothing."""
    code = LEVELS.get(level.strip(), level.strip())
    if code not in LEVEL_CODES:
        raise CountyActionRefused(reason="bad-document-level", value=level)
    officer = (officer or "").strip()[:MAX_TEXT]
    if not officer:
        raise CountyActionRefused(reason="officer-required", value="")
    comment = (comment or "").strip()[:MAX_TEXT]
    if code == "fail" and not comment:
        raise CountyActionRefused(reason="comment-required", value="")
    conn = hub.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if (
            conn.execute("SELECT 1 FROM school_documents WHERE event_id=?", (event_id,)).fetchone()
            is None
        ):
            raise CountyActionRefused(reason="unknown-document", value=event_id)
        last = named(
            conn,
            "SELECT * FROM school_document_ratings WHERE event_id=? ORDER BY id DESC LIMIT 1",
            (event_id,),
        ).fetchone()
        if last is not None and (last["level"], last["comment"]) == (code, comment):
            conn.execute("COMMIT")
            return _rating(last)
        rating = DocumentRating(str(uuid.uuid4()), event_id, code, comment, officer, _now_ms())
        conn.execute(
            "INSERT INTO school_document_ratings "
            "(rating_id, event_id, level, comment, officer, rated_ms) VALUES (?,?,?,?,?,?)",
            (rating.rating_id, event_id, code, comment, officer, rating.rated_ms),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return rating
