"""The home page's hours, on the real demo pack and a real journal: a practice reading kept
open earns nothing, rated evidence earns its point's hours, and the figures on the rows are
the ones the summary adds up (the same numbers compute_progress gives the transcript)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from content.figures import hours_text
from sync.base.events import LESSON_SESSION
from sync.laptop import evidence
from sync.laptop.transcript_facts import laptop_facts


def test_home_rows_add_up_to_the_summary(qtbot, zh_app, tmp_path, demo_pack):
    from app.demo import demo_publisher
    from app.gui.school.main_window import MainWindow
    from sync.demo.simulate import ensure_demo_profile
    from sync.laptop.laptop import Laptop

    ensure_demo_profile(
        tmp_path / "demo", packs=[demo_pack], publisher=demo_publisher(), teachers=2, days=3
    )
    lp = Laptop.open(tmp_path / "demo")
    teacher, head = lp.teachers.all()
    head = lp.teachers.set_school_team(head.id, True)
    course = lp.catalog.courses[0]
    reading = next(x for x in course.lessons if x.category == "practice")
    video = next(x for x in course.lessons if x.kind == "video")
    for _ in range(8):  # a practice reading left open for eight hours
        lp.journal.append(
            teacher.id, LESSON_SESSION, {"lesson": reading.id, "active_seconds": 3600}
        )
    assert lp.progress(teacher.id).practice_hours == 0.0
    evidence.choose_points(lp, teacher.id, sorted(lp.ability_points()))
    slots = {"plan": "方案", "explanation": "报告", "reflection": "反思"}
    sub = evidence.submit(lp, teacher.id, course.ability_point, slots)
    evidence.rate(lp, head.id, sub.id, "合格")
    progress = lp.progress(teacher.id)
    point_hours = lp.ability_points()[course.ability_point].practice_hours
    assert progress.practice_hours == point_hours  # once, from the rating alone

    win = MainWindow(lp)
    qtbot.addWidget(win)
    win.show()
    win.show_home(teacher)
    qtbot.waitUntil(lambda: win.home.courses.topLevelItemCount() == len(lp.catalog.courses))
    labels = [w.text() for w in win.home.hours_box.findChildren(QLabel)]
    p = progress
    assert f"{hours_text(p.total_hours)} / 50.0 学时" in labels
    assert f"{hours_text(p.practice_hours)} / 25.0 学时" in labels
    assert f"{hours_text(p.online_hours)} 学时（不设下限）" in labels
    assert "已有 1 个能力点评为合格或优秀（需 3 个）" in labels
    heads = [win.home.courses.topLevelItem(i) for i in range(len(lp.catalog.courses))]
    # the course rows add up to the online figure of the summary
    assert sum(float(h.text(2).split()[0]) for h in heads) == p.online_hours
    first = heads[0]
    rows = {first.child(i).text(0): first.child(i).text(2) for i in range(first.childCount())}
    assert (
        rows[reading.title]
        == f"{hours_text(point_hours)} / {hours_text(point_hours)} 学时（按成果评价）"
    )
    # a video's nominal time is its length, not half a 学时
    assert video.duration_s is not None and video.duration_s < 120
    assert rows[video.title].endswith(f"/ {video.nominal_seconds(2700) // 60} 分钟")
    # and the transcript states the same figures
    facts = laptop_facts(lp, teacher.id)
    assert (facts["hours"]["online"], facts["hours"]["practice"]) == (
        p.online_hours,
        p.practice_hours,
    )
    assert [c["online"] for c in facts["courses"]] == [
        p.course_tenths[c["id"]] / 10 for c in facts["courses"]
    ]
    win.close()
    lp.close()
