"""The laptop window as a teacher uses it: by keyboard, in Chinese, on a real journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.school.enrol import EnrolDialog
from app.gui.school.main_window import MainWindow
from sync.demo.simulate import DEMO_PIN, simulate
from tests.support.ids import valid_id


@pytest.fixture
def window(qtbot, zh_app, laptop):
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def filled(laptop):
    simulate(laptop, teachers=3, days=20, seed=4)
    return laptop


def test_empty_laptop_invites_enrolment(window, qtbot):
    qtbot.waitUntil(lambda: window.picker.empty.isVisible())
    picker = window.picker
    assert "欢迎" in picker.empty.text() and "还没有注册教师" in picker.empty.text()
    # no list to choose from, so neither "choose your name" nor 登录 is offered
    assert not picker.hint.isVisible() and not picker.sign_in_button.isVisible()
    assert picker.empty.height() > picker.height() // 3  # the welcome fills the page's middle
    qtbot.keyClick(picker.enrol_button, Qt.Key.Key_Return)  # Enter enrols the first teacher
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EnrolDialog))
    QApplication.activeModalWidget().reject()
    assert window.windowTitle().startswith("送培")


def test_keyboard_only_sign_in_to_home(qtbot, zh_app, filled):
    win = MainWindow(filled)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.picker.list.count() == 3)
    second = filled.teachers.all()[1]
    qtbot.keyClick(win.picker.list, Qt.Key_Down)
    qtbot.keyClick(win.picker.list, Qt.Key_Return)
    assert win.stack.currentWidget() is win.signin
    assert second.name in win.signin.title.text()

    qtbot.keyClicks(win.signin.pin, "0000")
    qtbot.keyClick(win.signin.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: "PIN 码错误" in win.signin.error.text())
    assert win.stack.currentWidget() is win.signin

    qtbot.keyClicks(win.signin.pin, DEMO_PIN)
    qtbot.keyClick(win.signin.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    assert win.home.greeting.text() == f"{second.name} 老师，您好"
    assert second.id_number not in win.home.profile.text()
    assert second.masked_id in win.home.profile.text()

    expected = filled.progress(second.id)
    shown = f"{expected.total_hours:.1f} / 50.0 学时"
    qtbot.waitUntil(
        lambda: any(
            shown == w.text() for w in win.home.hours_box.findChildren(type(win.home.greeting))
        )
    )
    assert win.home.recent.count() > 0
    # China time, whatever zone the computer is set to: the county shows the same time
    latest = filled.recent(second.id)[0].wall_ms
    china = dt.datetime.fromtimestamp(latest / 1000, dt.timezone(dt.timedelta(hours=8)))
    assert win.home.recent.item(0).text().startswith(china.strftime("%Y-%m-%d %H:%M"))
    assert win.home.courses.topLevelItemCount() == len(filled.catalog.courses)

    qtbot.mouseClick(win.home.switch_button, Qt.LeftButton)
    assert win.stack.currentWidget() is win.picker


def test_enrol_refuses_bad_input_then_accepts(window, qtbot, laptop):
    qtbot.waitUntil(lambda: window.picker.enrol_button.isVisible())
    qtbot.mouseClick(window.picker.enrol_button, Qt.LeftButton)
    dialog = window.findChild(EnrolDialog)
    assert dialog is not None and dialog.isVisible()

    dialog.submit()  # everything empty: every field is named at once
    assert dialog.error.text().splitlines()[:3] == [
        "请填写：姓名。",
        "请填写：身份证号。",
        "请填写：学校。",
    ]

    dialog.name.setText("李春梅")  # typed through an IME, not key by key
    good = valid_id()
    qtbot.keyClicks(dialog.id_number, good[:17] + ("1" if good[17] == "0" else "0"))
    dialog.school.setText("岳池县花桥中心小学")
    dialog.stage.setCurrentIndex(2)
    dialog.subject.setEditText("数学")
    qtbot.keyClicks(dialog.pin, "12")
    qtbot.keyClicks(dialog.pin_repeat, "12")
    dialog.submit()
    qtbot.waitUntil(lambda: "身份证号无效" in dialog.error.text())
    assert "校验码不符" in dialog.error.text()
    assert dialog.id_number.hasFocus() or not dialog.isActiveWindow()

    dialog.id_number.setText(good)
    dialog.submit()
    qtbot.waitUntil(lambda: "PIN 码太短" in dialog.error.text())
    assert laptop.teachers.all() == []  # nothing half-written

    dialog.pin.setText("2468")
    dialog.pin_repeat.setText("2468")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    (teacher,) = laptop.teachers.all()
    assert teacher.name == "李春梅" and teacher.stage == "primary"
    assert window.stack.currentWidget() is window.signin
    assert teacher.name in window.signin.title.text()
    qtbot.waitUntil(lambda: window.picker.list.count() == 1)


def test_pin_field_takes_digits_only(qtbot, zh_app, laptop):
    dialog = EnrolDialog(laptop)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "12ab34")
    assert dialog.pin.text() == "1234"
    qtbot.keyClicks(dialog.id_number, "11010519491231002x")
    assert dialog.id_number.text() == "11010519491231002x"


def test_window_fits_1366x768_at_125_percent(window, filled):
    # 1366×768 at 125 % leaves 1093×614 device-independent pixels, minus the taskbar.
    for page in (window.picker, window.signin, window.home):
        window.stack.setCurrentWidget(page)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1093 and hint.height() <= 614, (page, hint)


def test_home_can_be_shown_again_and_again(qtbot, zh_app, filled):
    win = MainWindow(filled)
    qtbot.addWidget(win)
    win.show()
    teacher = filled.teachers.all()[0]
    for _ in range(3):  # after every dialog the home page fills itself again
        win.show_home(teacher)
        qtbot.waitUntil(lambda: "学时" in win.home.status.text())
        qtbot.wait(50)
    assert win.home.status.isVisible()
