"""A teacher's whole first visit, in the real main window on a real data folder with the demo
pack installed, in Chinese, mostly by keyboard: enrol and sign in with a PIN, study a video
lesson (the deterministic player, time from a fake clock), pass a self-test answering by keys,
choose ability points and submit evidence with a real file, print the transcript and read the
PDF back. Each step checks what the teacher would see on the screen."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeWidgetItemIterator

from app.gui.saved_pdf import SavedPdf
from app.gui.school import main_window
from app.gui.school.enrol import EnrolDialog
from app.gui.school.evidence import ChoosePointsDialog, EvidenceDialog
from app.gui.school.lesson import LessonWindow
from app.gui.school.main_window import MainWindow
from app.gui.school.quiz import DONE, QuizDialog
from app.player import backend as B
from app.player.dummy import DummyBackend
from content.demo_key import demo_publisher
from content.figures import hours_text
from content.rules import LESSON_SESSION
from sync.laptop import evidence
from sync.laptop import self_tests as qa
from sync.laptop.laptop import DEMO_MARKER, Laptop
from tests.support.ids import valid_id
from tests.support.quiz_keys import answer

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
PIN = "2468"


class Clock:
    """The time-on-task tests' clock: it moves only when the test says so."""

    def __init__(self) -> None:
        self.t = 10_000.0

    def __call__(self) -> float:
        return self.t


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def dialog_of(qtbot, win, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(kind)), timeout=5000)
    dialog = next(d for d in win.findChildren(kind) if d.isVisible())
    active(qtbot, dialog)
    return dialog


def open_from_home(qtbot, win, lesson_id: str) -> None:
    """Select the lesson in the home page's course tree and press Enter, as she would."""
    tree = win.home.courses
    it = QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        picked = it.value().data(0, Qt.ItemDataRole.UserRole)
        if picked is not None and picked[1].id == lesson_id:
            tree.setFocus()
            tree.setCurrentItem(it.value())
            press(qtbot, Qt.Key.Key_Return)
            return
        it += 1
    raise AssertionError(f"{lesson_id} is not on the home page")


def row_text(win, lesson_id: str) -> str:
    it = QTreeWidgetItemIterator(win.home.courses)
    while it.value() is not None:
        picked = it.value().data(0, Qt.ItemDataRole.UserRole)
        if picked is not None and picked[1].id == lesson_id:
            return " ".join(it.value().text(c) for c in range(3))
        it += 1
    return ""


def test_a_teachers_first_visit(qtbot, zh_app, tmp_path, demo_pack, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / DEMO_MARKER).touch()  # the demo publisher's packs install on demo profiles only
    lp = Laptop.open(data)
    lp.add_trust(demo_publisher(), demo_only=True)
    lp.install_pack(demo_pack)
    clock = Clock()
    players: list[DummyBackend] = []

    def lesson_window(*args, **kw):
        players.append(DummyBackend(clock, duration_s=1800))
        return LessonWindow(*args, backend=players[-1], clock=clock, **kw)

    monkeypatch.setattr(main_window, "LessonWindow", lesson_window)
    win = MainWindow(lp)
    qtbot.addWidget(win)
    win.show()
    active(qtbot, win)

    # --- enrol, then sign in with the PIN --------------------------------------------------
    qtbot.waitUntil(lambda: win.picker.enrol_button.isVisible())
    win.picker.enrol_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    enrol = dialog_of(qtbot, win, EnrolDialog)
    enrol.name.setText("王晓燕")  # names come through the input method
    enrol.school.setText("岳池县花桥镇中心小学")
    qtbot.keyClicks(enrol.id_number, valid_id(seq="024"))
    enrol.stage.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    enrol.subject.setEditText("数学")
    qtbot.keyClicks(enrol.pin, PIN)
    qtbot.keyClicks(enrol.pin_repeat, PIN)
    with qtbot.waitSignal(enrol.accepted, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.signin
    assert "王晓燕" in win.signin.title.text() and "欢迎" in win.signin.title.text()
    active(qtbot, win)
    win.signin.pin.setFocus()
    qtbot.keyClicks(win.signin.pin, PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    assert "王晓燕" in win.home.greeting.text()
    # a video's nominal time is its length (about a minute and a half), not half a 学时
    nominal = lp.catalog.lesson("a1-l1").nominal_seconds(lp.rules.seconds_per_hour)
    assert 60 <= nominal <= 120
    minutes = nominal // 60
    qtbot.waitUntil(lambda: f"0 / {minutes} 分钟" in row_text(win, "a1-l1"))
    teacher = win.home.teacher

    # --- study the A1 video: 25 minutes of play count its length, no more ------------------
    open_from_home(qtbot, win, "a1-l1")
    qtbot.waitUntil(lambda: len(win._lessons) == 1)  # it opens once the journal is read
    (lesson,) = win._lessons
    lesson._timer.stop()  # the test ticks, with its own clock
    active(qtbot, lesson)
    assert lesson.title.text() == "视频：五分钟小测，摸清学情"
    press(qtbot, Qt.Key.Key_Space)  # play
    assert players[0].state() == B.PLAYING and lesson.play_button.text() == "暂停"
    for _ in range(25 * 60):
        clock.t += 1
        lesson.tick()
    assert lesson.counted_seconds() == nominal
    assert lesson.counted.text() == (
        f"已计时：{minutes} 分钟（共 {minutes} 分钟） · 本课时的全部时长已计满"
    )
    with qtbot.waitSignal(lesson.sessionSaved, timeout=5000):
        lesson.close()
    (session,) = lp.journal.events(teacher_id=teacher.id, types=[LESSON_SESSION])
    assert session.data["lesson"] == "a1-l1" and session.data["active_seconds"] >= nominal
    qtbot.waitUntil(lambda: f"{minutes} / {minutes} 分钟" in row_text(win, "a1-l1"))

    # --- the A1 self-test, answered by keys only --------------------------------------------
    active(qtbot, win)
    open_from_home(qtbot, win, "a1-t1")
    quiz = dialog_of(qtbot, win, QuizDialog)
    assert "12 道题" in quiz.intro.text()
    press(qtbot, Qt.Key.Key_Return)  # 开始
    for q, editor in zip(quiz.items, quiz.editors, strict=True):
        answer(qtbot, q, editor, quiz.seed, right=True)
        press(qtbot, Qt.Key.Key_Return)  # 下一题 / 交卷
    qtbot.waitUntil(lambda: quiz.state == DONE, timeout=5000)
    assert quiz.score_label.text() == "得分：100.0（满分 100）"
    assert quiz.verdict.text() == "合格。"
    press(qtbot, Qt.Key.Key_Return)  # 关闭
    qtbot.waitUntil(lambda: not quiz.isVisible())
    (attempt,) = qa.attempts(lp.journal, teacher.id, "a1-t1")
    assert attempt.passed and attempt.score == 100.0

    # --- choose three ability points, then hand in A1's evidence with a real file -----------
    active(qtbot, win)
    win.home.points_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    points = dialog_of(qtbot, win, ChoosePointsDialog)
    points.list.setFocus()
    points.list.setCurrentRow(0)
    for _ in range(points.list.count()):
        press(qtbot, Qt.Key.Key_Space)  # tick
        press(qtbot, Qt.Key.Key_Down)
    assert points.codes() == ["A1", "A3", "A5"]
    with qtbot.waitSignal(points.accepted, timeout=5000):
        points.buttons.button(points.buttons.StandardButton.Ok).setFocus()
        press(qtbot, Qt.Key.Key_Space)
    assert evidence.chosen_points(lp, teacher.id) == ["A1", "A3", "A5"]

    plan = tmp_path / "学情分析方案.txt"
    plan.write_text(
        "分析目的：了解学生对“平均分”的掌握情况。\n方法：课前 4 道题纸笔快测，"
        "电子表格统计每题正确率。\n",
        "utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(plan), ""))
    )
    active(qtbot, win)
    open_from_home(qtbot, win, "a1-p1")
    ev = dialog_of(qtbot, win, EvidenceDialog)
    assert "A1" in ev.windowTitle()
    ev.editors["plan"].choose.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # 选择文件… (the system's file dialog)
    assert ev.editors["plan"].chosen.text() == "学情分析方案.txt"
    ev.editors["explanation"].text.setPlainText("第 3 题正确率 35%，是全班的共性问题，下节课重讲。")
    ev.editors["reflection"].text.setPlainText(
        "快测 5 分钟完成，数据清楚；下次把错误选项设计得更有针对性。"
    )
    submit = ev.buttons.button(ev.buttons.StandardButton.Ok)
    assert submit.text() == "提交"
    with qtbot.waitSignal(ev.accepted, timeout=5000):
        submit.setFocus()
        press(qtbot, Qt.Key.Key_Space)
    (sub,) = lp.journal.events(teacher_id=teacher.id, types=[evidence.SUBMITTED])
    stored = sub.data["slots"]["plan"]
    assert stored["name"] == "学情分析方案.txt" and stored["size"] == plan.stat().st_size

    # --- the transcript, printed to a PDF and read back --------------------------------------
    out = tmp_path / "学时证明-王晓燕.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    active(qtbot, win)
    win.home.transcript_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(win.findChildren(SavedPdf)), timeout=10000)
    (saved,) = win.findChildren(SavedPdf)
    assert "学时证明已保存" in saved.text() and str(out) in saved.informativeText()
    saved.close()
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "王晓燕" in text and "岳池县花桥镇中心小学" in text
    p = lp.progress(teacher.id)  # the video's length and the self-test's time, in tenths
    assert f"网络研修 {hours_text(p.online_hours)}" in text
    assert f"A1 技术支持的学情分析 {hours_text(p.course_tenths.get('a1', 0) / 10)}" in text
    assert "自测：技术支持的学情分析 100.0 合格" in text
    assert "A1 技术支持的学情分析 10.0 待评价" in text
    assert "本机记录，待县级认定" in text
    lp.close()
