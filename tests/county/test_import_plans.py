"""The import's cost must not grow with the hub: every statement the import path runs is read
through SQLite's EXPLAIN QUERY PLAN, and none may scan the events table. The imports here
exercise every check the hub runs at import (enrolments, profile changes, one person on two
laptops with overlapping study, more than 24 hours in a day, attendance, self-tests, evidence,
a held bundle approved, a bundle already held, a fork), so each of their statements is seen."""

from __future__ import annotations

import re
import sqlite3

from sync.county.hub import Hub
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop.laptop import Laptop
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY, TRAINER, quiz_payload
from tests.support.ids import valid_id

# Statements that name no table to scan (transactions, savepoints) have no plan to read;
# "-- " marks a statement a trigger or the full-text index runs inside another one.
_NO_PLAN = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b", re.I)
_INNER = "-- "
_ALIAS = re.compile(r"\bevents\s+(?:AS\s+)?(?!WHERE\b|INDEXED\b|ON\b|JOIN\b)(\w+)", re.I)


def _scans_of_events(conn: sqlite3.Connection, sql: str) -> list[str]:
    """The plan lines of `sql` that read the events table whole (itself or by an index)."""
    names = {"events"} | {a.lower() for a in _ALIAS.findall(sql)}
    lines = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    return [
        line
        for line in lines
        if (m := re.match(r"SCAN (\w+)", line)) is not None and m.group(1).lower() in names
    ]


def _laptop(path, name: str, id_number: str, wall: int, hours: int) -> Laptop:
    lp = Laptop.open(path)
    lp.add_trust(COUNTY.public)
    simulate(lp, teachers=3, days=8, seed=len(name))
    t = lp.teachers.enrol(name, id_number, "岳池县中心小学", "primary", "数学", DEMO_PIN)
    lp.teachers.change_profile(t.id, school="岳池县花桥镇中心小学")
    for _ in range(hours):  # hour-long sessions, all ending at `wall` (within one day)
        lp.journal.append(
            t.id, "lesson.session", {"lesson": "a1-l1", "active_seconds": 3600}, wall_ms=wall
        )
    lp.journal.append(t.id, "quiz.attempt", quiz_payload("a1-t1", 80.0))
    from sync.laptop import attendance

    s = attendance.open_session(TRAINER, "送教活动", 3, lp.journal.now_ms())
    attendance.sign(lp, s, TRAINER, t.id, DEMO_PIN)
    return lp


def test_the_import_path_never_scans_the_events_table(tmp_path):
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.add_trainer(TRAINER.public)
    seen: list[str] = []
    hub.conn.set_trace_callback(seen.append)
    same = valid_id(seq="417")
    wall = 1_790_000_000_000
    school = _laptop(tmp_path / "school", "王芳", same, wall, 2)
    home = _laptop(tmp_path / "home", "王芳", same, wall, 26)  # 26 hours, overlapping
    hub.enrol(school.journal.device_id, school.journal.device.public_bytes)
    (first,) = hub.import_paths(export_bundle(school, tmp_path / "usb-1").paths, COUNTY)
    assert first.status == "imported"
    # the home laptop is unknown: held, then approved; then its bundle once more
    (held,) = hub.import_paths(export_bundle(home, tmp_path / "usb-2").paths, COUNTY)
    assert held.status == "quarantined"
    (approved,) = hub.approve(home.journal.device_id, COUNTY)
    assert approved.status == "imported"
    assert {"several-devices", "overlap", "over-24h"} <= set(approved.flags)
    (again,) = hub.import_paths(export_bundle(home, tmp_path / "usb-2").paths, COUNTY)
    assert again.status == "already-had"
    # more study later on the school laptop: a second bundle continuing its chain
    school.journal.append(
        school.teachers.all()[0].id, "lesson.session", {"lesson": "a1-l2", "active_seconds": 60}
    )
    (more,) = hub.import_paths(export_bundle(school, tmp_path / "usb-3").paths, COUNTY)
    assert more.status == "imported" and more.new_events >= 1
    hub.conn.set_trace_callback(None)
    for lp in (school, home):
        lp.close()

    inner = {s for s in seen if s.startswith(_INNER)}
    assert not [s for s in inner if re.search(r"\bevents\b", s)]  # only the search index's
    statements = {s for s in seen if not _NO_PLAN.match(s) and s not in inner}
    assert any("INSERT INTO events" in s for s in statements)  # the capture saw the import
    scans = {s: found for s in statements if (found := _scans_of_events(hub.conn, s))}
    hub.close()
    assert scans == {}


def test_a_hub_from_before_the_kept_tables_gets_them_when_opened(tmp_path):
    """Migration 0010 builds, from the events an older hub holds, the very tables that imports
    keep as they go; the checks then work on them (a later bundle of the same person on
    another laptop is flagged)."""
    from sync.base import migrate

    path = tmp_path / "hub.db"
    hub = Hub.init(path, COUNTY, tmp_path / "county.key")
    same = valid_id(seq="523")
    wall = 1_790_000_000_000
    school = _laptop(tmp_path / "school", "李静", same, wall, 26)
    hub.enrol(school.journal.device_id, school.journal.device.public_bytes)
    (r,) = hub.import_paths(export_bundle(school, tmp_path / "usb-1").paths, COUNTY)
    assert r.status == "imported" and "over-24h" in r.flags
    kept = ("identities", "teacher_days", "spans", "lesson_year_sums")
    before = {t: sorted(hub.conn.execute(f"SELECT * FROM {t}")) for t in kept}
    assert all(before.values())
    with hub.conn:  # back to version 9, as a hub made before the kept tables
        hub.conn.executescript(
            "DROP TABLE identities; DROP TABLE teacher_days; DROP TABLE spans; "
            "DROP INDEX hub_flags_by_teacher; DELETE FROM lesson_year_sums; "
            "PRAGMA user_version=9;"
        )
    hub.close()
    with Hub.open(path) as again:
        latest = migrate.steps(migrate.package_dir("county/migrations"))[-1][0]
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert {t: sorted(again.conn.execute(f"SELECT * FROM {t}")) for t in kept} == before
        home = _laptop(tmp_path / "home", "李静", same, wall, 1)
        again.enrol(home.journal.device_id, home.journal.device.public_bytes)
        (r,) = again.import_paths(export_bundle(home, tmp_path / "usb-2").paths, COUNTY)
        assert {"several-devices", "overlap"} <= set(r.flags)
    for lp in (school, home):
        lp.close()
