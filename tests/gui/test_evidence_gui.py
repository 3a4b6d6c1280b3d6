"""The evidence dialogs, offscreen: a refusal is worded next to the form and writes nothing;
a good submission and a rating reach the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox

from app.gui.school.evidence import ChoosePointsDialog, EvidenceDialog, RatingDialog
from sync.laptop import evidence
from tests.support.evidence import enrol, install_points_pack


@pytest.fixture
def school(laptop, tmp_path):
    install_points_pack(laptop, tmp_path)
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    evidence.choose_points(laptop, teacher.id, ["A1", "A3", "A5"])
    return laptop, teacher, head


def test_evidence_dialog_refuses_then_submits(qtbot, qapp, school, tmp_path):
    laptop, teacher, _ = school
    dialog = EvidenceDialog(laptop, teacher, "A1")
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {"plan", "media", "reflection"}
    assert dialog.editors["media"].text is None  # media takes a file only
    assert "mp4" in dialog.editors["media"].rules.text()
    before = laptop.journal.last_seq()
    dialog.editors["plan"].text.setPlainText("教学设计")
    big = tmp_path / "clip.mp4"
    big.write_bytes(b"v" * 5000)
    dialog.editors["media"].set_file(big)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "clip.mp4" in dialog.error.text() and laptop.journal.last_seq() == before
    dialog.editors["media"].set_file(None)
    dialog.submit()  # the reflection is still empty
    qtbot.waitUntil(lambda: "反思" in dialog.error.text())
    dialog.editors["reflection"].text.setPlainText("效果不错")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert dialog.submitted.data["slots"] == {"plan": "教学设计", "reflection": "效果不错"}
    assert dialog.last.isHidden()  # nothing submitted before


def test_evidence_dialog_shows_the_last_rating_and_comment(qtbot, qapp, school):
    laptop, teacher, head = school
    sub = evidence.submit(laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思"})
    evidence.rate(laptop, head.id, sub.id, "不合格", "缺少统计图")
    dialog = EvidenceDialog(laptop, teacher, "A1")
    qtbot.addWidget(dialog)
    assert "缺少统计图" in dialog.last.text() and not dialog.last.isHidden()


def test_submitted_evidence_reopens_read_only_with_files_and_status(qtbot, qapp, school, tmp_path):
    laptop, teacher, head = school
    clip = tmp_path / "课堂.mp4"
    clip.write_bytes(b"v" * 70)
    evidence.submit(
        laptop, teacher.id, "A1", {"plan": "教学设计：统计图", "media": clip, "reflection": "反思"}
    )
    dialog = EvidenceDialog(laptop, teacher, "A1")
    qtbot.addWidget(dialog)
    dialog.show()
    ed = dialog.editors
    assert "教学设计：统计图" in ed["plan"].previous.text()
    assert "课堂.mp4 (70 bytes)" in ed["media"].previous.text()
    assert ed["plan"].text.isHidden() and ed["media"].choose.isHidden()
    assert "waiting for the school team's rating" in dialog.last.text()
    assert not dialog.ok.isEnabled() and not dialog.ok.isVisible()  # no 提交 offered
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close" and close.isVisible()
    before = laptop.journal.last_seq()
    dialog.submit()  # even if called, the rule holds: nothing new is written
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "already submitted" in dialog.error.text()
    assert laptop.journal.last_seq() == before


def test_after_a_fail_the_point_is_submitted_again_as_a_new_event(qtbot, qapp, school):
    laptop, teacher, head = school
    first = evidence.submit(laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思"})
    evidence.rate(laptop, head.id, first.id, "不合格", "缺少统计图")
    dialog = EvidenceDialog(laptop, teacher, "A1")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Fail" in dialog.last.text() and "缺少统计图" in dialog.last.text()
    assert "方案" in dialog.editors["plan"].previous.text()
    assert dialog.ok.isEnabled() and dialog.ok.isVisible()
    assert not dialog.editors["plan"].text.isHidden()
    dialog.editors["plan"].text.setPlainText("新方案，附统计图")
    dialog.editors["reflection"].text.setPlainText("新反思")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert dialog.submitted.id != first.id
    subs = evidence.submissions(laptop, teacher.id)
    assert [s.slots["plan"] for s in subs] == ["方案", "新方案，附统计图"]
    assert subs[0].rating.level == "fail"


def test_rating_dialog_lists_others_and_saves_a_rating(qtbot, qapp, school, tmp_path, monkeypatch):

    laptop, teacher, head = school
    clip = tmp_path / "课堂.jpg"
    clip.write_bytes(b"\xff\xd8 picture")
    sub = evidence.submit(
        laptop, teacher.id, "A1", {"plan": "方案", "reflection": "反思", "media": clip}
    )
    dialog = RatingDialog(laptop, head)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert "王芳" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    # Parts in the pack's order (设计方案, 课堂片段, 反思), whatever order they were handed in.
    shown_work = dialog.detail.toPlainText()
    assert (
        shown_work.index("【设计方案】")
        < shown_work.index("【课堂片段】")
        < shown_work.index("【反思】")
    )
    assert "方案" in shown_work and "(10 bytes)" in shown_work  # a small file in bytes, not 0 KB
    # The criteria beside the work, in their own box.
    assert "有学情分析方案与实施记录" in dialog.criteria.text()
    assert "学情分析结论指导了教学设计" in dialog.criteria.text()
    boxes = [b.title() for b in dialog.findChildren(QGroupBox)]
    assert len(boxes) == 4 and all(boxes), boxes
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    assert dialog.files.count() == 1 and dialog.open_button.isEnabled()
    dialog.open_file()
    qtbot.waitUntil(lambda: opened != [])
    copy = Path(opened[0])
    assert copy.name == "课堂.jpg" and copy.read_bytes() == clip.read_bytes()
    assert copy != evidence.stored_path(laptop, sub.data["slots"]["media"]["sha256"])
    dialog.rate()
    assert dialog.error.text() != ""  # no level chosen yet
    dialog.level_group.button(1).setChecked(True)  # pass
    dialog.comment.setPlainText("符合要求")
    dialog.rate()
    qtbot.waitUntil(lambda: evidence.submissions(laptop, teacher.id)[0].rating is not None)
    rating = evidence.submissions(laptop, teacher.id)[0].rating
    assert (rating.level, rating.comment, rating.rater_id) == ("pass", "符合要求", head.id)
    assert sub.id == evidence.submissions(laptop, teacher.id)[0].id
    # After saving, the rating and its comment stay on the screen, also once the list reloads.
    qtbot.waitUntil(
        lambda: "Rating saved" in dialog.status.text() or "A new rating" in dialog.status.text()
    )
    dialog.list.setCurrentRow(0)
    assert dialog.comment.toPlainText() == "符合要求"
    assert dialog.level_group.checkedId() == 1


def test_rating_dialog_is_closed_to_teachers_outside_the_school_team(qtbot, qapp, school):
    laptop, teacher, _ = school
    dialog = RatingDialog(laptop, teacher)
    qtbot.addWidget(dialog)
    assert dialog.status.text() != "" and not dialog.rate_button.isEnabled()


def test_choosing_points_needs_the_programme_minimum(qtbot, qapp, laptop, tmp_path):
    from PySide6.QtCore import Qt

    install_points_pack(laptop, tmp_path)
    teacher = enrol(laptop, "王芳", "011")
    dialog = ChoosePointsDialog(laptop, teacher)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3 and dialog.codes() == []
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    qtbot.waitUntil(lambda: "3" in dialog.error.text())
    assert evidence.chosen_points(laptop, teacher.id) == []
    for i in (1, 2):
        dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert evidence.chosen_points(laptop, teacher.id) == ["A1", "A3", "A5"]


def test_home_routes_a_practice_lesson_to_its_evidence(qtbot, zh_app, tmp_path, demo_pack):
    from app.demo import demo_publisher
    from app.gui.school.evidence import ChoosePointsDialog, EvidenceDialog
    from app.gui.school.main_window import MainWindow
    from sync.demo.simulate import ensure_demo_profile
    from sync.laptop import evidence
    from sync.laptop.laptop import Laptop

    ensure_demo_profile(
        tmp_path / "demo", packs=[demo_pack], publisher=demo_publisher(), teachers=1, days=1
    )
    lp = Laptop.open(tmp_path / "demo")
    win = MainWindow(lp)
    qtbot.addWidget(win)
    win.show()
    teacher = lp.teachers.all()[0]
    win.show_home(teacher)
    course = lp.catalog.courses[0]
    practice = next(x for x in course.lessons if x.category == "practice")
    win.home.lesson_requested.emit(course, practice)
    assert win.findChild(ChoosePointsDialog) is not None  # first, choose the points
    evidence.choose_points(lp, teacher.id, sorted(lp.ability_points()))
    win.home.lesson_requested.emit(course, practice)
    dialogs = win.findChildren(EvidenceDialog)
    assert dialogs and dialogs[-1].isVisible()
    for d in win.findChildren(ChoosePointsDialog) + dialogs:
        d.reject()
    lp.close()


def test_home_opens_a_video_lesson_in_its_window(qtbot, zh_app, tmp_path, demo_pack):
    from app.demo import demo_publisher
    from app.gui.school.lesson import LessonWindow
    from app.gui.school.main_window import MainWindow
    from sync.demo.simulate import ensure_demo_profile
    from sync.laptop.laptop import Laptop

    ensure_demo_profile(
        tmp_path / "demo", packs=[demo_pack], publisher=demo_publisher(), teachers=1, days=1
    )
    lp = Laptop.open(tmp_path / "demo")
    win = MainWindow(lp)
    qtbot.addWidget(win)
    win.show()
    win.show_home(lp.teachers.all()[0])
    course = lp.catalog.courses[0]
    video = next(x for x in course.lessons if x.kind == "video")
    win.home.lesson_requested.emit(course, video)
    qtbot.waitUntil(lambda: len(win._lessons) == 1)  # it opens once the journal is read
    (window,) = win._lessons
    assert isinstance(window, LessonWindow) and window.isVisible()
    with qtbot.waitSignal(window.sessionSaved, timeout=10000):
        window.close()
    qtbot.waitUntil(lambda: not win._lessons)
    lp.close()


def test_a_file_of_the_wrong_type_is_named_with_the_allowed_types(qtbot, zh_app, school, tmp_path):
    laptop, teacher, _ = school
    dialog = EvidenceDialog(laptop, teacher, "A1")
    qtbot.addWidget(dialog)
    before = laptop.journal.last_seq()
    dialog.editors["plan"].text.setPlainText("教学设计")
    dialog.editors["reflection"].text.setPlainText("效果不错")
    exe = tmp_path / "课堂实录.exe"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    dialog.editors["media"].set_file(exe)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "课堂实录.exe 不能放入“课堂片段”：允许的文件类型为 mp4, jpg。"
    assert laptop.journal.last_seq() == before
    assert dialog.editors["plan"].text.toPlainText() == "教学设计"  # nothing typed is lost
    dialog.show()  # a short window: the slot the message names is scrolled into view
    dialog.resize(760, 420)
    dialog.slots_area.verticalScrollBar().setValue(0)
    dialog.editors["media"].set_file(exe)
    dialog.submit()
    media = dialog.editors["media"]
    view = dialog.slots_area.viewport()

    def media_in_view() -> bool:
        top = media.mapTo(view, media.rect().topLeft()).y()
        return top >= 0 and top + media.choose.height() <= view.height()

    qtbot.waitUntil(media_in_view)
