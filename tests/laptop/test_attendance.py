"""送教 sessions: teachers sign with their PIN, the trainer's key co-signs, the county checks."""

from __future__ import annotations

import pytest

from content.keys import generate
from sync.base import errors
from sync.county.hub import Hub
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import attendance
from sync.laptop.outbox import export_bundle
from tests.support.county import COUNTY

TRAINER = generate("trainer", "张老师（县教研室）")


@pytest.fixture
def visit(laptop):
    simulate(laptop, teachers=3, days=2, seed=12)
    laptop.add_trust(COUNTY.public)
    return laptop, attendance.open_session(
        TRAINER, "用投影仪上好一节课", 3, laptop.journal.now_ms()
    )


def test_attendance_counts_hours_once_and_needs_the_pin(visit):
    laptop, session = visit
    a, b, _ = laptop.teachers.all()
    before = laptop.progress(a.id).face_to_face_hours
    with pytest.raises(errors.WrongPin):
        attendance.sign(laptop, session, TRAINER, a.id, "0000")
    attendance.sign(laptop, session, TRAINER, a.id, DEMO_PIN)
    with pytest.raises(attendance.AlreadySigned):
        attendance.sign(laptop, session, TRAINER, a.id, DEMO_PIN)
    assert laptop.progress(a.id).face_to_face_hours == before + 3
    assert laptop.progress(b.id).face_to_face_hours == 0
    assert attendance.signed_teachers(laptop, session) == {a.id}


def test_bad_sessions_are_refused():
    with pytest.raises(errors.EmptyField):
        attendance.open_session(TRAINER, " ", 2, 0)
    with pytest.raises(errors.InvalidChoice):
        attendance.open_session(TRAINER, "x", 12, 0)
    with pytest.raises(errors.InvalidChoice):
        attendance.open_session(COUNTY, "x", 2, 0)


def test_county_checks_the_trainer_signature(visit, tmp_path):
    laptop, session = visit
    a, b, c = laptop.teachers.all()
    attendance.sign(laptop, session, TRAINER, a.id, DEMO_PIN)
    stranger = generate("trainer", "不认识的人")
    attendance.sign(laptop, attendance.open_session(stranger, "x", 2, 0), stranger, b.id, DEMO_PIN)
    # a laptop owner who edits the hours in the payload after signing (re-chaining the journal
    # is beside the point here: the statement signature is what must not hold)
    ev = laptop.journal.events(teacher_id=a.id, types=[attendance.TYPE])[0]
    forged = dict(ev.data, hours=8)
    laptop.journal.append(c.id, attendance.TYPE, forged)

    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "k")
    hub.add_trainer(TRAINER.public)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    (r,) = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    flags = dict(
        (t, k)
        for t, k in hub.conn.execute(
            "SELECT teacher_id, kind FROM flags WHERE kind LIKE 'attendance-%'"
        )
    )
    assert flags == {b.id: "attendance-unknown-trainer", c.id: "attendance-mismatch"}
    assert r.status == "imported"
    hub.close()
