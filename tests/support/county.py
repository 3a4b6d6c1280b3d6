"""A county hub with real learning in it: a pack of three ability points on the laptop and the
hub, simulated study, face-to-face sessions co-signed by a trainer, evidence rated by the
school team, self-test attempts, exported as a bundle and imported, with the real Guang'an
targets table loaded. Some teachers finish, most do not."""

from __future__ import annotations

import random
import sqlite3
import uuid
from importlib import resources
from pathlib import Path

from content.keys import generate
from content.targets import GUANGAN_TABLE, parse_targets
from sync.county import event_ids
from sync.county.hub import Hub
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import attendance, evidence
from sync.laptop.outbox import export_bundle
from tests.support.evidence import install_points_pack
from tests.support.ids import valid_id
from tests.support.packs import PUBLISHER

COUNTY = generate("county", "岳池县")
TRAINER = generate("trainer", "王老师")
# the real table as the kit ships it (a file on disk: the command line is given its path)
TARGETS = Path(str(resources.files("content").joinpath(GUANGAN_TABLE)))
POINT_HOURS = {"A1": 12, "A3": 12, "A5": 12}  # 36 rated + 16 face-to-face: the hours met


def quiz_payload(lesson: str, score: float, pass_mark: float = 60) -> dict:
    """A `quiz.attempt` payload as sync.laptop.self_tests.make_payload writes it."""
    return {
        "lesson": lesson,
        "pack": "demo",
        "pack_version": 1,
        "seed": 7,
        "items": ["q1", "q2"],
        "answers": [None, None],
        "fractions": [0.0, 0.0],
        "score": score,
        "passed": score >= pass_mark,
        "pass_mark": pass_mark,
        "started_mono_ms": 0,
        "finished_mono_ms": 60_000,
        "duration_s": 60.0,
        "time_limit_s": None,
        "timed_out": False,
    }


def county_hub(
    laptop, tmp_path, teachers: int = 8, seed: int = 31, programme: dict | None = None
) -> tuple[Hub, dict]:
    """The hub, and what the laptop itself says of each teacher (by 身份证号): hours from
    laptop.progress, and the self-test scores written. `programme`: the pack's programme
    data (the shipped national-2.0 by default)."""
    pack = install_points_pack(laptop, tmp_path, POINT_HOURS, programme)
    simulate(laptop, teachers=teachers, days=55, seed=seed)
    rng = random.Random(seed)
    people = laptop.teachers.all()
    head = laptop.teachers.enrol(
        "李校长", valid_id(seq="901"), people[0].school, "primary", "数学", DEMO_PIN, DEMO_PIN
    )
    head = laptop.teachers.set_school_team(head.id, True)
    scores: dict[str, list[tuple[str, float]]] = {}
    for i, t in enumerate(people):
        if i % 2 == 0:  # half of them come to 送教 on two days, 7 hours twice a day
            for k in range(4):
                opened = laptop.journal.now_ms() - (k // 2) * 86_400_000
                s = attendance.open_session(TRAINER, f"送教活动 {k + 1}", 7, opened)
                attendance.sign(laptop, s, TRAINER, t.id, DEMO_PIN)
        if i % 4 == 0:  # and half of those have all three points rated: they finish
            evidence.choose_points(laptop, t.id, list(POINT_HOURS))
            for code in POINT_HOURS:
                slots: dict = {"plan": "方案", "reflection": "反思"}
                if code == "A3":  # its classroom clip is required
                    slots["media"] = tmp_path / "课堂片段.jpg"
                    slots["media"].write_bytes(b"\xff\xd8\xff\xe0 clip")
                sub = evidence.submit(laptop, t.id, code, slots)
                evidence.rate(laptop, head.id, sub.id, "合格")
        if i % 3 != 2:  # two in three try self-tests, some twice
            for lesson in ("a1-t1", "a3-t1")[: 1 + i % 2]:
                for _ in range(1 + rng.randrange(2)):
                    # the first self-test goes better than the second: best is a max
                    score = round(
                        rng.uniform(55, 100) if lesson == "a1-t1" else rng.uniform(30, 65), 2
                    )
                    scores.setdefault(t.id_number, []).append((lesson, score))
                    laptop.journal.append(
                        t.id,
                        "quiz.attempt",
                        quiz_payload(lesson, score),
                        event_id=str(uuid.uuid4()),
                    )
    laptop.add_trust(COUNTY.public)
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    hub.add_publisher(PUBLISHER.public)
    hub.install_pack(pack)
    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    hub.add_trainer(TRAINER.public)
    results = hub.import_paths(export_bundle(laptop, tmp_path / "usb").paths, COUNTY)
    assert [r.status for r in results] == ["imported"], results
    hub.set_targets(parse_targets(TARGETS.read_bytes(), str(TARGETS)))
    truth = {}
    for t in laptop.teachers.all():  # the head too: enrolled, never studied
        p = laptop.progress(t.id)
        mine = scores.get(t.id_number, [])
        truth[t.id_number] = {
            "name": t.name,
            "school": t.school,
            "online": p.online_hours,
            "face_to_face": p.face_to_face_hours,
            "practice": p.practice_hours,
            "total": p.total_hours,
            "met": p.met,
            "best": max((s for _, s in mine), default=None),
            "passed": len({lesson for lesson, s in mine if s >= 60}),
        }
    return hub, truth


def back_to_version_14(path: Path) -> None:
    """Take a closed hub back to version 14, as a county's hub made by the version before is:
    the event id unique in the events table itself, no levels of ids."""
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("BEGIN")
    (table,) = old.execute("SELECT sql FROM sqlite_master WHERE name='events'").fetchone()
    indexes = [
        sql
        for (sql,) in old.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name='events' AND type='index' AND "
            "name <> 'hub_events_submission_ids' AND sql IS NOT NULL"
        )
    ]
    old.execute(
        table.replace('CREATE TABLE "events"', "CREATE TABLE v14", 1).replace(
            "id         TEXT NOT NULL", "id         TEXT NOT NULL UNIQUE"
        )
    )
    old.execute("INSERT INTO v14 SELECT * FROM events")
    old.execute("DROP TABLE events")
    old.execute("ALTER TABLE v14 RENAME TO events")
    for sql in indexes:
        old.execute(sql)
    for level in event_ids.LEVELS:
        old.execute(f"DROP TABLE {level}")
    old.execute("PRAGMA user_version=14")
    old.execute("COMMIT")
    old.close()
