"""The school's teaching environment on screen, offscreen: a member of the school team sets it
in School settings, and a teacher's choice of ability points then offers only the points that
environment allows; the setting is read back after the laptop is opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.operations import drain
from app.gui.school.evidence import ChoosePointsDialog
from app.gui.school.main_window import MainWindow
from app.gui.school.school_settings import SchoolSettingsDialog
from sync.laptop.laptop import Laptop
from tests.support.evidence import enrol, install_points_pack

POINTS = {"A1": 10, "A3": 8, "A5": 6, "B6": 6, "C2": 6}


@pytest.fixture
def school(laptop, tmp_path):
    install_points_pack(laptop, tmp_path, POINTS)
    teacher = enrol(laptop, "王芳", "011")
    head = enrol(laptop, "李校长", "023", school_team=True)
    return laptop, teacher, head


def offered(dialog: ChoosePointsDialog) -> list[str]:
    items = (dialog.list.item(i) for i in range(dialog.list.count()))
    return [x.data(Qt.ItemDataRole.UserRole) for x in items]


def set_environment(qtbot, laptop, head, code: str) -> SchoolSettingsDialog:
    dialog = SchoolSettingsDialog(laptop, head)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ok.isEnabled)  # the current setting has been read
    dialog.choices[code].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok.click()
    return dialog


def test_a_school_set_to_a_offers_only_a_points(qtbot, zh_app, school):
    laptop, teacher, head = school
    before = ChoosePointsDialog(laptop, teacher)
    qtbot.addWidget(before)
    assert offered(before) == list(POINTS)  # not set yet: every environment
    assert "学校设置" in before.environment.text()

    dialog = set_environment(qtbot, laptop, head, "A")
    assert dialog.saved == "A" and laptop.school_environment() == "A"
    choose = ChoosePointsDialog(laptop, teacher)
    qtbot.addWidget(choose)
    assert offered(choose) == ["A1", "A3", "A5"]
    assert "多媒体教学环境" in choose.environment.text()


def test_blended_offers_a_and_b_and_the_choice_is_saved(qtbot, zh_app, school):
    laptop, teacher, head = school
    set_environment(qtbot, laptop, head, "B")
    choose = ChoosePointsDialog(laptop, teacher)
    qtbot.addWidget(choose)
    assert offered(choose) == ["A1", "A3", "A5", "B6"]
    for i in range(choose.list.count()):
        if choose.list.item(i).data(Qt.ItemDataRole.UserRole) in ("A1", "A3", "B6"):
            choose.list.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(choose.accepted, timeout=5000):
        choose.submit()
    assert choose.chosen == ["A1", "A3", "B6"]


def test_nothing_chosen_is_worded_and_nothing_written(qtbot, zh_app, school):
    laptop, _, head = school
    dialog = SchoolSettingsDialog(laptop, head)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ok.isEnabled)
    before = laptop.journal.last_seq()
    dialog.submit()
    assert "教学环境" in dialog.error.text() and dialog.result() == 0
    assert laptop.journal.last_seq() == before


def test_the_setting_is_shown_again_after_a_restart(qtbot, zh_app, school):
    laptop, _, head = school
    set_environment(qtbot, laptop, head, "C")
    data_dir = laptop.data_dir
    laptop.close()
    with Laptop.open(data_dir) as again:
        dialog = SchoolSettingsDialog(again, head)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.ok.isEnabled)
        assert dialog.chosen() == "C" and dialog.choices["C"].isChecked()
        dialog.reject()
        drain(again)


def test_only_the_school_team_sees_school_settings(qtbot, zh_app, school):
    laptop, teacher, head = school
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.show()
    win.show_home(teacher)
    assert not win.home.settings_button.isVisible()
    win.show_home(head)
    assert win.home.settings_button.isVisible()
    assert win.home.settings_button.text() == "学校设置"
    win.home.settings_button.click()
    dialog = win.findChild(SchoolSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
