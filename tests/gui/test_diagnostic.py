"""The 1.0 diagnostic test: the demo pack's real bank, a pre-test and a post-test taken by
keyboard, the grid in words, recommended lessons that open, and the events in the journal."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from app.gui.school.diagnostic import DiagnosticDialog, shade
from app.gui.school.quiz import DONE, READY, REFUSED
from content import quiz
from content.demo_key import demo_publisher
from content.errors import PackRefused
from content.pack import parse_manifest
from sync.laptop import diagnostic
from sync.laptop.laptop import DEMO_MARKER
from tests.support.quiz import enrol, install_quiz
from tests.support.quiz_keys import answer, press


@pytest.fixture
def demo(laptop, demo_pack):
    (laptop.data_dir / DEMO_MARKER).touch()  # the demo key signs packs for demo profiles only
    laptop.add_trust(demo_publisher(), demo_only=True)
    laptop.install_pack(demo_pack)
    return laptop, enrol(laptop)


def opened(qtbot, *args, **kw) -> DiagnosticDialog:
    dlg = DiagnosticDialog(*args, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dlg


def take(qtbot, dlg, right) -> None:
    """Answer every question by keyboard: `right(question)` says whether to answer it right."""
    press(qtbot, Qt.Key.Key_Return)  # Start
    for q, editor in zip(dlg.items, dlg.editors, strict=True):
        answer(qtbot, q, editor, dlg.seed, right=right(q))
        press(qtbot, Qt.Key.Key_Return)  # Next / Hand in
    qtbot.waitUntil(lambda: dlg.state == DONE)


def test_the_demo_bank_fills_every_cell_of_the_grid(demo):
    laptop, _ = demo
    d = diagnostic.load(laptop)
    assert d.pack_id == "songpei-demo-2.0" and d.spec.bank == "quizzes/diagnostic.json"
    cells = {(q.tags.dimension, q.tags.level) for q in d.bank}
    assert cells == set(quiz.CELLS)


def shade_of(cell: QLabel) -> str:
    return cell.styleSheet().split("background:")[1].split(";")[0].strip()


def test_pre_test_then_post_test_by_keyboard(qtbot, demo):
    laptop, teacher = demo
    dlg = opened(qtbot, laptop, teacher, seed=11)
    assert dlg.state == READY and dlg.start_button.text() == "Start the pre-test"
    take(qtbot, dlg, lambda q: q.tags.dimension == "literacy")

    # The grid says it in words, not colour alone.
    lit = dlg.grid_view.cells[("literacy", "I")]
    ass = dlg.grid_view.cells[("assessment", "I")]
    assert lit.text().startswith("Proficient · 100%") and lit.property("colour") == quiz.GREEN
    assert ass.text().startswith("Not yet mastered · 0%") and ass.property("colour") == quiz.RED
    # Shaded by the score, darker where stronger; no cell is painted as a failure.
    assert shade_of(lit) == shade(100.0) and shade_of(ass) == shade(0.0)
    assert QColor(shade_of(lit)).lightness() < QColor(shade_of(ass)).lightness()
    # What to study first: a weak cell, named in words.
    assert dlg.first_label.text().startswith("Study first: ") and "0%" in dlg.first_label.text()
    assert "Technical literacy" not in dlg.first_label.text()
    (pre,) = diagnostic.attempts(laptop.journal, teacher.id)
    assert pre.phase == diagnostic.PRE and pre.event_id == dlg.recorded.id
    assert pre.grid[("literacy", "II")].percent == 100.0
    assert pre.grid[("development", "II")].percent == 0.0

    # Recommended lessons for the weak cells; Enter opens the first one.
    shown = [dlg.recommended.item(i).text() for i in range(dlg.recommended.count())]
    assert "A1 技术支持的学情分析 · " + laptop.catalog.lesson("a1-l1").title in shown
    assert QApplication.focusWidget() is dlg.recommended
    opened_lessons = []
    dlg.lesson_requested.connect(lambda course, lesson: opened_lessons.append(lesson.id))
    press(qtbot, Qt.Key.Key_Return)
    assert len(opened_lessons) == 1 and not dlg.isVisible()
    assert opened_lessons[0] == dlg.report.lessons[0].id

    # The post-test shows the pre-test's grid first, then the change per cell.
    post = opened(qtbot, laptop, teacher, seed=12)
    assert post.start_button.text() == "Start the post-test"
    assert post.grid_view.cells[("assessment", "I")].text().startswith("Not yet mastered")
    take(qtbot, post, lambda q: True)
    ass = post.grid_view.cells[("assessment", "I")].text()
    assert ass.startswith("Proficient · 100%")
    assert "pre-test: Not yet mastered 0%" in ass and "+100 points" in ass
    assert "+0 points" in post.grid_view.cells[("literacy", "I")].text()
    assert "pre-test:" in post.score_label.text() and post.recommended.count() == 0
    assert post.recommended_note.text().startswith("Every tested cell is 熟练")
    assert post.first_label.isHidden()
    first, second = diagnostic.attempts(laptop.journal, teacher.id)
    assert (first.phase, second.phase) == (diagnostic.PRE, diagnostic.POST)
    with laptop.journal.reader() as conn:
        stored = json.loads(
            conn.execute("SELECT payload FROM events WHERE id = ?", (second.event_id,)).fetchone()[
                0
            ]
        )
    assert stored["grid"]["assessment/I"][0] == stored["grid"]["assessment/I"][1] > 0


def test_handing_the_same_attempt_in_twice_writes_it_once(demo):
    laptop, teacher = demo
    d = diagnostic.load(laptop)
    items = quiz.draw(d.bank, None, 1)
    result = quiz.grade(items, {})
    payload = diagnostic.make_payload(d, 1, items, {}, result, 0, 1000)
    a = diagnostic.record(laptop.journal, teacher.id, payload, "attempt-1")
    b = diagnostic.record(laptop.journal, teacher.id, payload, "attempt-1")
    assert a.id == b.id and len(diagnostic.attempts(laptop.journal, teacher.id)) == 1


def test_without_a_diagnostic_the_dialog_says_so(qtbot, laptop, tmp_path):
    install_quiz(laptop, tmp_path)  # a pack without a diagnostic test
    dlg = opened(qtbot, laptop, enrol(laptop))
    assert dlg.state == REFUSED
    assert "No content pack on this computer has a diagnostic test" in dlg.refusal.text()


def test_a_diagnostic_bank_not_in_the_file_list_is_refused():
    from content.pack import FORMAT, KIND, canonical

    draft = {
        "format": FORMAT,
        "kind": KIND,
        "id": "x",
        "version": 1,
        "title": "x",
        "publisher_key_id": "k",
        "created": "2026-01-01",
        "programme": {
            "format": 1,
            "id": "p",
            "title": "p",
            "goal_hours": 50,
            "min_practice_share": 0.5,
            "min_online_hours": 0,
            "min_practice_hours": 0,
            "cycle_years": 5,
            "seconds_per_hour": 2700,
        },
        "ability_points": [],
        "courses": [],
        "files": [],
        "total_size": 0,
        "diagnostic": {"title": "诊断测评", "bank": "quizzes/diagnostic.json"},
    }
    with pytest.raises(PackRefused) as e:
        parse_manifest(canonical(draft))
    assert e.value.args_ == {
        "code": "bad_manifest",
        "field": "diagnostic.bank",
        "problem": "file_not_listed",
    }


def test_a_damaged_diagnostic_bank_is_named_not_crashed_on(qtbot, demo):
    from sync.base import library

    laptop, teacher = demo
    (pack,) = library.installed(laptop.data_dir)
    bank = (
        library.library_dir(laptop.data_dir) / pack.folder / "files" / "quizzes" / "diagnostic.json"
    )
    bank.write_bytes(b'{"format": 1, "questions": [')
    dlg = opened(qtbot, laptop, teacher)
    assert dlg.state == REFUSED
    assert dlg.refusal.text() == (
        "The diagnostic test's questions cannot be read. Install its content pack again."
    )
    assert diagnostic.attempts(laptop.journal, teacher.id) == []


def test_the_home_page_opens_the_diagnostic_and_a_recommended_lesson(qtbot, demo, monkeypatch):
    from app.gui.school import main_window
    from app.gui.school.lesson import LessonWindow
    from app.gui.school.main_window import MainWindow
    from app.player.dummy import DummyBackend

    laptop, teacher = demo
    monkeypatch.setattr(
        main_window, "LessonWindow", lambda *a, **k: LessonWindow(*a, backend=DummyBackend(), **k)
    )
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.show()
    win.show_home(teacher)
    assert win.home.diagnostic_button.text() == "Diagnostic test"
    qtbot.mouseClick(win.home.diagnostic_button, Qt.MouseButton.LeftButton)
    (dlg,) = win.findChildren(DiagnosticDialog)
    assert dlg.isVisible() and dlg.start_button.text() == "Start the pre-test"
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    take(qtbot, dlg, lambda q: False)
    first = dlg.report.lessons[0]
    press(qtbot, Qt.Key.Key_Return)  # opens the first recommended lesson
    qtbot.waitUntil(lambda: len(win._lessons) == 1)
    assert win._lessons[0].lesson == first
    with qtbot.waitSignal(win._lessons[0].sessionSaved, timeout=5000):
        win._lessons[0].close()
