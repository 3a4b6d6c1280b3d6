"""The search box on the teacher's home page, by keyboard, in Chinese, over the real demo pack:
words typed through the input method list the lessons that hold them, Enter opens the lesson's window, Escape brings the
course tree back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.demo import demo_publisher
from app.gui.school.lesson import LessonWindow
from app.gui.school.main_window import MainWindow
from sync.demo.simulate import ensure_demo_profile
from sync.laptop.laptop import Laptop
from tests.support.ime import commit


@pytest.fixture
def home(qtbot, zh_app, tmp_path, demo_pack):
    ensure_demo_profile(
        tmp_path / "demo", packs=[demo_pack], publisher=demo_publisher(), teachers=1, days=1
    )
    lp = Laptop.open(tmp_path / "demo")
    win = MainWindow(lp)
    qtbot.addWidget(win)
    win.show()
    win.show_home(lp.teachers.all()[0])
    yield win
    lp.close()


def listed(win) -> list[str]:
    hits = win.home.search.hits
    return [hits.item(i).text() for i in range(hits.count())]


def test_typing_words_of_a_reading_then_enter_opens_that_lesson(qtbot, home):
    box = home.home.search.box
    assert box.placeholderText() == "搜索课程和阅读材料"
    box.setFocus()
    commit(box, "方言童谣")
    qtbot.waitUntil(lambda: any("方言童谣" in t for t in listed(home)))
    assert not home.home.courses.isVisible() and home.home.search.hits.isVisible()
    assert listed(home)[0].startswith("阅读：没有网络也能用的导入素材")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(home._lessons) == 1)
    (window,) = home._lessons
    assert isinstance(window, LessonWindow) and window.isVisible()
    assert window.lesson.id == "a5-l2"
    with qtbot.waitSignal(window.sessionSaved, timeout=10000):
        window.close()
    qtbot.waitUntil(lambda: not home._lessons)


def test_enter_straight_after_typing_opens_the_first_lesson_found(qtbot, home):
    box = home.home.search.box
    box.setFocus()
    commit(box, "条形图")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # before the typing pause has passed
    qtbot.waitUntil(lambda: len(home._lessons) == 1)
    assert home._lessons[0].lesson.id == "a1-l2"
    with qtbot.waitSignal(home._lessons[0].sessionSaved, timeout=10000):
        home._lessons[0].close()


def test_nothing_found_is_said_and_escape_brings_the_tree_back(qtbot, home):
    box = home.home.search.box
    box.setFocus()
    commit(box, "微积分")
    qtbot.waitUntil(lambda: listed(home) == ["没有课程或阅读材料包含这些词。"])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert home._lessons == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert home.home.courses.isVisible() and not home.home.search.hits.isVisible()


def test_latin_words_by_key_then_down_and_enter_open_a_lesson_found(qtbot, home):
    box = home.home.search.box
    box.setFocus()
    qtbot.keyClicks(box, "countif")  # a spreadsheet formula inside the A1 reading
    qtbot.waitUntil(lambda: home.home.search.hits.count() > 0 and "COUNTIF" in listed(home)[0])
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert home.home.search.hits.hasFocus() and home.home.search.hits.currentRow() == 0
    qtbot.keyClick(home.home.search.hits, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(home._lessons) == 1)
    assert home._lessons[0].lesson.id == "a1-l2"
    with qtbot.waitSignal(home._lessons[0].sessionSaved, timeout=10000):
        home._lessons[0].close()
