"""The tables each import keeps beside the events, so that every check the import runs reads
an index and costs the same whatever the hub already holds (a county's 200th laptop imports
like its first). Caches of the events, never the truth: `rebuild` makes them from the events
(hub migration 0009 and `Hub.rebuild_sums`), and every import adds its own new rows in the
same transaction as the events.

- identities: who each teacher account is. A person is a 身份证号, kept as an HMAC under the
  hub's pseudonym key (as the xAPI actor is), so this table holds no ID number in clear.
- teacher_days: counted seconds per teacher account and day (China time): more than 24 hours
  in a day is not study.
- spans: each lesson session's time span, per teacher account: the same person studying on
  two laptops at once is found by an index range, never by reading old payloads.
- lesson_year_sums (migration 0005): the report's sums per teacher, lesson and year.

An import first copies its new lesson sessions out of the events into the temporary table
`new_sessions` (one pass over its own rows, its JSON read once) and every table above is
added to from there."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from collections.abc import Callable

from sync.base.events import LESSON_SESSION, TEACHER_ENROLLED, TEACHER_PROFILE_CHANGED

DAY_SECONDS = 86_400
# A span is taken as at most a day long when looking for overlaps: longer is flagged as more
# than 24 hours anyway, and the bound keeps the overlap lookup an index range.
MAX_SPAN_MS = DAY_SECONDS * 1000
# The report's year and the plausibility check's day of a wall clock, China time (UTC+8).
YEAR_OF = "CAST(strftime('%Y', wall_ms / 1000, 'unixepoch', '+8 hours') AS INTEGER)"
DAY_OF = "date(wall_ms / 1000, 'unixepoch', '+8 hours')"
# The seconds a session counts for in sums (as migration 0005 reckons them), and the seconds of
# its span (0 unless a number: a forged string or list in a payload cannot stop the check).
_SUM_SECONDS = "max(coalesce(json_extract(payload, '$.active_seconds'), 0), 0)"
_SPAN_SECONDS = (
    "CASE WHEN json_type(payload, '$.active_seconds') IN ('integer', 'real') THEN "
    f"min(max(json_extract(payload, '$.active_seconds'), 0), {DAY_SECONDS}) ELSE 0 END"
)
_SESSIONS = (
    f"SELECT teacher_id, json_extract(payload, '$.lesson'), wall_ms, {YEAR_OF}, {DAY_OF}, "
    f"{_SUM_SECONDS}, wall_ms - CAST(1000 * ({_SPAN_SECONDS}) AS INTEGER) FROM events "
    f"WHERE type = '{LESSON_SESSION}'"
)
# The enrolments among the profile events, through their partial index (migration 0004).
_ENROLMENTS = (
    "SELECT teacher_id, device_id, json_extract(payload, '$.id_number') FROM events "
    f"INDEXED BY hub_events_profiles WHERE type IN ('{TEACHER_ENROLLED}', "
    f"'{TEACHER_PROFILE_CHANGED}') AND type = '{TEACHER_ENROLLED}'"
)
_BUNDLE = " AND device_id=? AND seq BETWEEN ? AND ? AND bundle_id=?"

Flag = Callable[[str | None, str, str], None]  # (teacher id, kind, detail)


def pseudonym_key(conn: sqlite3.Connection) -> bytes:
    """The hub's own secret behind every pseudonym of a person (migration 0007)."""
    row = conn.execute("SELECT value FROM meta WHERE key='pseudonym_key'").fetchone()
    return bytes.fromhex(row[0])


def person_name(key: bytes, id_number: str) -> str:
    """A person's pseudonym: an HMAC of the 身份证号 under the hub's key, never the number."""
    return "p-" + hmac.new(key, id_number.encode(), hashlib.sha256).hexdigest()[:24]


def _person(key: bytes, id_number: object) -> str:
    # Laptops keep the number upper-case (sync.base.idcard.normalise); a payload from
    # anywhere else is matched the same way. Never malformed here: the import checked it.
    return person_name(key, str(id_number).upper())


def _new_sessions(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS new_sessions (teacher_id TEXT, lesson TEXT, "
        "wall_ms INTEGER, year INTEGER, day TEXT, seconds INTEGER, start_ms INTEGER)"
    )
    conn.execute("DELETE FROM temp.new_sessions")


def _add_sessions(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """Fold temp.new_sessions into the sums, the days and the spans; returns the (teacher,
    day, seconds) of the days it touched that now hold more than 24 hours."""
    conn.execute(
        "INSERT INTO lesson_year_sums SELECT teacher_id, lesson, year, sum(seconds) FROM "
        "temp.new_sessions WHERE lesson IS NOT NULL GROUP BY 1, 2, 3 ON CONFLICT(teacher_id, "
        "lesson, year) DO UPDATE SET seconds = seconds + excluded.seconds"
    )
    # The days' totals after the upsert come back with it: the ones over 24 hours are
    # looked at by _over_a_day.
    days = conn.execute(
        "INSERT INTO teacher_days SELECT teacher_id, day, sum(seconds) FROM temp.new_sessions "
        "WHERE true GROUP BY 1, 2 ON CONFLICT(teacher_id, day) DO UPDATE SET seconds = "
        "seconds + excluded.seconds RETURNING teacher_id, day, seconds"
    )
    over = [row for row in days if row[2] > DAY_SECONDS]
    conn.execute(
        "INSERT OR IGNORE INTO spans SELECT teacher_id, start_ms, wall_ms FROM temp.new_sessions"
    )
    return over


def rebuild(conn: sqlite3.Connection) -> None:
    """Every kept table made afresh from the events (inside the caller's transaction)."""
    for table in ("lesson_year_sums", "teacher_days", "spans", "identities"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 (our own table names)
    _new_sessions(conn)
    conn.execute(f"INSERT INTO temp.new_sessions {_SESSIONS}")
    _add_sessions(conn)
    conn.execute("DELETE FROM temp.new_sessions")
    _add_identities(conn, conn.execute(_ENROLMENTS).fetchall())


def _add_identities(conn: sqlite3.Connection, enrolments: list[tuple]) -> set[str]:
    """Who the enrolled teacher accounts are; returns the people they are."""
    key = pseudonym_key(conn)
    rows = [(_person(key, number), teacher, device) for teacher, device, number in enrolments]
    conn.executemany("INSERT OR IGNORE INTO identities VALUES (?,?,?)", rows)
    return {person for person, _, _ in rows}


def add_imported(
    conn: sqlite3.Connection, device_id: str, first: int, last: int, bundle_id: str, flag: Flag
) -> list[str]:
    """Add one bundle's newly inserted rows to every kept table and run the checks that read
    them; `flag(teacher, kind, detail)` records what a person should see. Returns the kinds
    flagged (over-24h, several-devices, overlap)."""
    where = (device_id, first, last, bundle_id)
    _new_sessions(conn)
    conn.execute(f"INSERT INTO temp.new_sessions {_SESSIONS}{_BUNDLE}", where)
    over = _add_sessions(conn)
    people = _add_identities(conn, conn.execute(_ENROLMENTS + _BUNDLE, where).fetchall())
    found = []
    if _over_a_day(conn, over, flag):
        found.append("over-24h")
    found += _same_person_elsewhere(conn, device_id, people, flag)
    conn.execute("DELETE FROM temp.new_sessions")
    return found


def _over_a_day(conn: sqlite3.Connection, over: list[tuple[str, str, int]], flag: Flag) -> bool:
    """More than 24 hours of study in one day (China time) on one teacher account, counting
    every bundle the day's study came in; flagged once per teacher and day."""
    found = False
    for teacher, day, seconds in over:
        known = conn.execute(
            "SELECT 1 FROM flags WHERE teacher_id=? AND kind='over-24h' AND detail LIKE ?",
            (teacher, f"{day}:%"),
        ).fetchone()
        if not known:
            flag(teacher, "over-24h", f"{day}:{seconds}")
            found = True
    return found


def _same_person_elsewhere(
    conn: sqlite3.Connection, device_id: str, enrolled: set[str], flag: Flag
) -> list[str]:
    """One person (one 身份证号) enrolled on several laptops: say so when a bundle enrols them,
    and flag this bundle's study sessions of theirs that overlap in time with their sessions
    on another laptop (counted once by the county's reports, never twice)."""
    found: list[str] = []
    for person in sorted(enrolled):
        accounts = conn.execute(
            "SELECT teacher_id, device_id FROM identities WHERE person=?", (person,)
        ).fetchall()
        devices = sorted({d for _, d in accounts})
        if len(devices) > 1:
            flag(min(t for t, _ in accounts), "several-devices", ",".join(devices))
            found.append("several-devices")
    elsewhere = conn.execute(
        "SELECT 1 FROM identities a JOIN identities b ON b.person = a.person AND "
        "b.device_id <> a.device_id WHERE a.device_id = ? LIMIT 1",
        (device_id,),
    ).fetchone()
    if elsewhere is None:  # nobody on this laptop studies on another one: nothing to compare
        return found
    overlaps = conn.execute(
        "SELECT a.person, min(max(n.start_ms, o.start_ms)) FROM temp.new_sessions n "
        "JOIN identities a ON a.teacher_id = n.teacher_id "
        "JOIN identities b ON b.person = a.person AND b.device_id <> a.device_id "
        "JOIN spans o ON o.teacher_id = b.teacher_id AND o.start_ms > n.start_ms - ? "
        "AND o.start_ms < n.wall_ms AND o.end_ms > n.start_ms WHERE a.device_id = ? "
        "GROUP BY a.person ORDER BY 1",
        (MAX_SPAN_MS, device_id),
    ).fetchall()
    for person, start in overlaps:
        (teacher,) = conn.execute(
            "SELECT min(teacher_id) FROM identities WHERE person=?", (person,)
        ).fetchone()
        flag(teacher, "overlap", str(start))
        found.append("overlap")
    return found
