from __future__ import annotations

from sync.demo.simulate import simulate
from sync.laptop.laptop import Laptop


def fingerprint(laptop):
    return [
        (e.id, e.type, e.payload, e.wall_ms)
        for e in laptop.journal.events()
        if e.type != "teacher.enrolled"
    ]


def test_same_seed_same_learning(tmp_path):
    a, b = Laptop.open(tmp_path / "a"), Laptop.open(tmp_path / "b")
    try:
        ra = simulate(a, teachers=4, days=20, seed=7)
        simulate(b, teachers=4, days=20, seed=7)
        assert ra.events_written > 50
        assert [(t.name, t.id_number) for t in a.teachers.all()] == [
            (t.name, t.id_number) for t in b.teachers.all()
        ]
        assert fingerprint(a) == fingerprint(b)
        c = Laptop.open(tmp_path / "c")
        simulate(c, teachers=4, days=20, seed=8)
        assert fingerprint(c) != fingerprint(a)
        c.close()
    finally:
        a.close()
        b.close()


def test_running_again_adds_nothing(laptop):
    first = simulate(laptop, teachers=3, days=15, seed=3)
    again = simulate(laptop, teachers=3, days=15, seed=3)
    assert again.events_written == 0
    assert again.events_skipped == first.events_written
    assert again.last_seq == first.last_seq
    assert laptop.journal.check() == []


def test_progress_matches_a_direct_recount(laptop):
    simulate(laptop, teachers=2, days=60, seed=11)
    t = laptop.teachers.all()[0]
    p = laptop.progress(t.id)
    per_lesson = {}
    for e in laptop.journal.events(teacher_id=t.id, types=["lesson.session"]):
        per_lesson[e.data["lesson"]] = (
            per_lesson.get(e.data["lesson"], 0) + e.data["active_seconds"]
        )
    expected = sum(min(s, laptop.catalog.lesson(k).hours * 2700) for k, s in per_lesson.items())
    assert abs(p.online_hours - expected / 2700) < 1e-9
    assert p.online_hours > 0
