"""The quiz dialog, driven by keyboard alone through the real demo bank (A1 self-test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.school.quiz import ANSWERING, AT_ONCE, DONE, READY, REFUSED, QuizDialog
from sync.laptop import self_tests as qa
from tests.support.quiz import enrol, install_quiz
from tests.support.quiz_keys import answer, press

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def setup(qapp, laptop, tmp_path):
    def make(spec: str = "draw = 12, pass_mark = 60, attempts = 3, time_limit_s = 1200"):
        lesson = install_quiz(laptop, tmp_path, spec)
        return laptop, enrol(laptop), lesson

    return make


def opened(qtbot, *args, **kw) -> QuizDialog:
    dlg = QuizDialog(*args, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)

    def has_focus() -> bool:
        # As a window manager would: the new dialog becomes the active window. Under a loaded
        # machine the offscreen platform can drop one request while the previous dialog closes,
        # so it is asked again until the dialog holds the keyboard.
        if dlg.isActiveWindow() and QApplication.focusWidget() is not None:
            return True
        dlg.activateWindow()
        return False

    qtbot.waitUntil(has_focus)
    return dlg


def test_a_whole_attempt_by_keyboard_answered_right(qtbot, setup):
    laptop, teacher, lesson = setup()
    dlg = opened(qtbot, laptop, teacher, lesson, seed=2026)
    assert dlg.state == READY and "3" in dlg.intro.text()
    before = laptop.journal.last_seq()
    press(qtbot, Qt.Key.Key_Return)  # Start
    assert dlg.state == ANSWERING and len(dlg.items) == 12
    assert not dlg.countdown.isHidden()
    assert {q.type for q in dlg.items} == {
        "single",
        "multiple",
        "truefalse",
        "ordering",
        "matching",
        "short",
        "case",
    }
    for i, (q, editor) in enumerate(zip(dlg.items, dlg.editors, strict=True)):
        assert dlg.current == i
        answer(qtbot, q, editor, dlg.seed, right=True)
        press(qtbot, Qt.Key.Key_Return)  # Next; Hand in on the last
    qtbot.waitUntil(lambda: dlg.state == DONE)
    assert dlg.graded.score == 100.0 and dlg.graded.passed
    assert dlg.verdict.objectName() == "passed"
    assert laptop.journal.last_seq() == before + 1
    (a,) = qa.attempts(laptop.journal, teacher.id, lesson.id)
    assert a.score == 100.0 and a.passed and a.event_id == dlg.recorded.id
    assert list(a.items) == [q.id for q in dlg.items]
    assert dlg.review.count() == 12
    assert all(dlg.review.item(i).data(Qt.ItemDataRole.UserRole) for i in range(12))
    press(qtbot, Qt.Key.Key_Return)  # Close
    assert not dlg.isVisible()


def test_wrong_answers_fail_and_show_the_explanations(qtbot, setup):
    laptop, teacher, lesson = setup()
    dlg = opened(qtbot, laptop, teacher, lesson, seed=7)
    press(qtbot, Qt.Key.Key_Return)
    for q, editor in zip(dlg.items, dlg.editors, strict=True):
        answer(qtbot, q, editor, dlg.seed, right=False)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.state == DONE)
    assert dlg.graded.score < 60 and not dlg.graded.passed
    assert dlg.verdict.objectName() == "failed"
    for i, q in enumerate(dlg.items):
        entry = dlg.review.item(i)
        assert q.general_feedback.text in entry.text()
        assert entry.data(Qt.ItemDataRole.UserRole) is False
    (a,) = qa.attempts(laptop.journal, teacher.id, lesson.id)
    assert not a.passed and a.score == dlg.graded.score


def test_explanations_at_once_lock_the_answer_before_going_on(qtbot, setup):
    laptop, teacher, lesson = setup()
    dlg = opened(qtbot, laptop, teacher, lesson, seed=3, feedback=AT_ONCE)
    press(qtbot, Qt.Key.Key_Return)
    q, editor = dlg.items[0], dlg.editors[0]
    answer(qtbot, q, editor, dlg.seed, right=True)
    press(qtbot, Qt.Key.Key_Return)
    assert dlg.current == 0 and not dlg.feedback_labels[0].isHidden()
    assert q.general_feedback.text in dlg.feedback_labels[0].text()
    assert not editor.widget.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert dlg.current == 1
    dlg.finish()  # closing mid-attempt would ask whether to hand in
    qtbot.waitUntil(lambda: dlg.state == DONE)


def test_the_attempt_limit_refuses_to_start_and_says_why(qtbot, setup):
    laptop, teacher, lesson = setup("draw = 3, attempts = 1")
    first = opened(qtbot, laptop, teacher, lesson, seed=1)
    press(qtbot, Qt.Key.Key_Return)
    first.finish()
    qtbot.waitUntil(lambda: first.state == DONE)
    assert "0" in first.attempts_label.text()
    first.accept()
    seq = laptop.journal.last_seq()
    dlg = opened(qtbot, laptop, teacher, lesson)
    assert dlg.state == REFUSED and not dlg.refusal.isHidden() and "1" in dlg.refusal.text()
    assert dlg.pages.count() == 1 and dlg.next.isHidden()
    press(qtbot, Qt.Key.Key_Return)
    assert not dlg.isVisible() and laptop.journal.last_seq() == seq


def test_the_time_limit_hands_in_and_late_answers_do_not_count(qtbot, setup):
    laptop, teacher, lesson = setup("draw = 2, time_limit_s = 60")
    now = [100.0]
    dlg = opened(qtbot, laptop, teacher, lesson, seed=4, clock=lambda: now[0])
    press(qtbot, Qt.Key.Key_Return)
    assert dlg.countdown.text().endswith("1:00")
    now[0] = 130.0
    answer(qtbot, dlg.items[0], dlg.editors[0], dlg.seed, right=True)
    now[0] = 161.0
    dlg.tick()
    qtbot.waitUntil(lambda: dlg.state == DONE)
    assert dlg.graded.timed_out
    (a,) = qa.attempts(laptop.journal, teacher.id, lesson.id)
    assert a.timed_out and a.duration_s == 61.0
    assert a.answers[0].at_s == 30.0 and a.fractions[0] == 1.0 and a.answers[1] is None


def _prompt(qtbot, dlg) -> QMessageBox:
    """The 交卷 / 继续作答 question the dialog is asking."""
    qtbot.waitUntil(lambda: dlg.prompt is not None and dlg.prompt.isVisible())
    return dlg.prompt


def _click(qtbot, box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_closing_mid_attempt_asks_then_hands_it_in(qtbot, setup, zh_app):
    laptop, teacher, lesson = setup("draw = 3")
    dlg = opened(qtbot, laptop, teacher, lesson, seed=5)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    box = _prompt(qtbot, dlg)
    assert "现在交卷吗" in box.text()
    assert sorted(b.text() for b in box.buttons()) == sorted(["交卷", "继续作答"])
    _click(qtbot, box, "继续作答")
    assert dlg.state == ANSWERING and dlg.isVisible() and dlg.prompt is None
    press(qtbot, Qt.Key.Key_Escape)
    _click(qtbot, _prompt(qtbot, dlg), "交卷")
    qtbot.waitUntil(lambda: dlg.state == DONE)
    assert qa.attempts_used(laptop.journal, teacher.id, lesson.id) == 1


def test_handing_in_with_questions_unanswered_asks_first(qtbot, setup, zh_app):
    laptop, teacher, lesson = setup("draw = 4")
    dlg = opened(qtbot, laptop, teacher, lesson, seed=8)
    press(qtbot, Qt.Key.Key_Return)  # Start
    answer(qtbot, dlg.items[0], dlg.editors[0], dlg.seed, right=True)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Return)  # Next, past two left blank
    assert dlg.current == 3
    answer(qtbot, dlg.items[3], dlg.editors[3], dlg.seed, right=True)
    press(qtbot, Qt.Key.Key_Return)  # Hand in
    box = _prompt(qtbot, dlg)
    assert "4 道题中有 2 道还没有作答" in box.text(), box.text()
    _click(qtbot, box, "继续作答")
    assert dlg.state == ANSWERING and dlg.current == 1  # back at the first blank one
    assert qa.attempts_used(laptop.journal, teacher.id, lesson.id) == 0

    answer(qtbot, dlg.items[1], dlg.editors[1], dlg.seed, right=True)
    dlg.go(3)
    press(qtbot, Qt.Key.Key_Return)
    box = _prompt(qtbot, dlg)
    assert "4 道题中有 1 道还没有作答" in box.text(), box.text()
    _click(qtbot, box, "交卷")
    qtbot.waitUntil(lambda: dlg.state == DONE)
    (a,) = qa.attempts(laptop.journal, teacher.id, lesson.id)
    assert a.answers[2] is None and a.answers[0] is not None and a.answers[1] is not None
