"""Focus and Enter act on the page that is shown, never on a hidden one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.gui.school.enrol import EnrolDialog
from app.gui.school.main_window import MainWindow
from sync.demo.simulate import DEMO_PIN
from tests.support.ids import valid_id


def _failures(laptop, teacher_id: str) -> int:
    with laptop.journal.reader() as conn:
        return conn.execute(
            "SELECT failures FROM pins WHERE teacher_id=?", (teacher_id,)
        ).fetchone()[0]


def _enrol(laptop, name: str, pin: str, seq: str):
    return laptop.teachers.enrol(
        name=name,
        id_number=valid_id(seq=seq),
        school="岳池县花桥中心小学",
        stage="primary",
        subject="数学",
        pin=pin,
        pin_repeat=pin,
    )


@pytest.fixture
def window(qtbot, zh_app, laptop):
    win = MainWindow(laptop)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def _focus_in(page) -> bool:
    focused = page.window().focusWidget()
    return focused is not None and (focused is page or page.isAncestorOf(focused))


def test_pin_after_enrolment_is_checked_for_the_new_teacher(qtbot, laptop, window):
    first = _enrol(laptop, "王芳", "1357", "011")
    second = _enrol(laptop, "刘洋", "2468", "013")
    window.show_picker()
    qtbot.waitUntil(lambda: window.picker.list.count() == 2)

    qtbot.mouseClick(window.picker.enrol_button, Qt.LeftButton)
    dialog = window.findChild(EnrolDialog)
    dialog.name.setText("张伟")
    dialog.id_number.setText(valid_id())
    dialog.school.setText("岳池县花桥中心小学")
    dialog.stage.setCurrentIndex(1)
    dialog.subject.setEditText("语文")
    qtbot.keyClicks(dialog.pin, "8642")
    qtbot.keyClicks(dialog.pin_repeat, "8642")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.picker.list.count() == 3)  # the list reloads behind
    qtbot.wait(50)
    assert window.stack.currentWidget() is window.signin
    assert "张伟" in window.signin.title.text()
    # When the dialog closes the window takes its keyboard focus back to its focus widget.
    window.activateWindow()
    typed_into = window.focusWidget()
    assert typed_into is window.signin.pin

    # The teacher types where the cursor is, and presses Enter.
    qtbot.keyClicks(typed_into, "8642")
    qtbot.keyClick(typed_into, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    assert window.home.teacher.name == "张伟"
    assert _failures(laptop, first.id) == 0
    assert _failures(laptop, second.id) == 0


def test_every_page_switch_focuses_the_shown_page(qtbot, laptop, window):
    teacher = _enrol(laptop, "王芳", "1357", "011")
    _enrol(laptop, "刘洋", "2468", "013")
    switches = [
        ("picker", window.show_picker, window.picker),
        ("signin", lambda: window.ask_pin(teacher), window.signin),
        ("home", lambda: window.show_home(teacher), window.home),
        ("picker again", window.show_picker, window.picker),
        ("enrolled", lambda: window._enrolled(teacher), window.signin),
        ("back", window.signin.back.emit, window.picker),
        ("signed in", lambda: window.signin.signed_in.emit(teacher), window.home),
        ("switch teacher", window.home.switch_button.click, window.picker),
    ]
    for name, switch, page in switches:
        switch()
        qtbot.wait(100)  # lists reload in the background and must not take the focus back
        assert window.stack.currentWidget() is page, name
        assert _focus_in(page), (name, QApplication.focusWidget())


def test_signing_in_by_keyboard_with_demo_pin_on_picker(qtbot, laptop, window):
    """Enter on the picker opens the chosen teacher, and the PIN field has the cursor."""
    _enrol(laptop, "王芳", DEMO_PIN, "011")
    window.show_picker()
    qtbot.waitUntil(lambda: window.picker.list.count() == 1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.picker.list)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert window.stack.currentWidget() is window.signin
    assert QApplication.focusWidget() is window.signin.pin


def test_county_page_switches_keep_the_keyboard_on_what_is_shown(qtbot, zh_app, tmp_path):
    from app.gui.county.window import CountyWindow
    from tests.support.county_gui import COUNTY, county_hub

    hub = county_hub(tmp_path)
    try:
        win = CountyWindow(hub, COUNTY, watch_drives=False)
        qtbot.addWidget(win)
        win.show()
        win.activateWindow()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: not win.queue.running)
        for n, (page, _name) in enumerate(win.pages, start=1):
            qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # 查找
            qtbot.keyClick(win, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
            assert win.stack.currentWidget() is page, n
            focused = win.focusWidget()
            assert focused is win.side or page.isAncestorOf(focused), (n, focused)
            qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            focused = win.focusWidget()
            assert focused.isVisible(), (n, focused)
            assert focused is win.side or page.isAncestorOf(focused), (n, focused)
        win.close()
    finally:
        hub.close()
