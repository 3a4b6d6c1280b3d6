"""The home page teaches the installed pack: its courses, and no demo note."""

from __future__ import annotations

from app.gui.school.main_window import MainWindow
from tests.support.ids import valid_id
from tests.support.packs import PUBLISHER, built_pack


def test_home_shows_the_installed_pack(qtbot, zh_app, laptop, tmp_path):
    teacher = laptop.teachers.enrol(
        "王老师", valid_id(), "岳池县中心小学", "primary", "数学", pin="2468"
    )
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.show()
    win.home.show_teacher(teacher)
    qtbot.waitUntil(lambda: win.home.courses.topLevelItemCount() == 3)
    assert not win.home.courses_note.isHidden()  # the demo catalogue says what it is

    laptop.add_trust(PUBLISHER.public)
    laptop.install_pack(built_pack(tmp_path))
    win.home.show_teacher(teacher)
    qtbot.waitUntil(lambda: win.home.courses.topLevelItemCount() == 1)
    assert win.home.courses.topLevelItem(0).text(0) == "A5 课堂导入"
    assert win.home.courses.topLevelItem(0).childCount() == 4
    assert win.home.courses_note.isHidden()
