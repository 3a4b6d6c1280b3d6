"""The 送教 session dialog: the trainer's key from the drive, a topic, teachers signing by PIN."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.gui.school.session import KEY_ON_DRIVE, SessionDialog
from content.keys import generate
from sync.demo.simulate import DEMO_PIN, simulate
from sync.laptop import attendance

TRAINER = generate("trainer", "张老师（县教研室）")


def test_a_session_in_the_window(qtbot, zh_app, laptop, tmp_path):
    simulate(laptop, teachers=2, days=1, seed=5)
    drive = tmp_path / "usb"
    (drive / KEY_ON_DRIVE).parent.mkdir(parents=True)
    (drive / KEY_ON_DRIVE).write_bytes(TRAINER.to_bytes(b"trainer passphrase"))
    dialog = SessionDialog(laptop, drive)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_path.text() == str(drive / KEY_ON_DRIVE)
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key_Return)
    qtbot.waitUntil(lambda: "口令无法打开密钥文件" in dialog.error.text())
    # The passphrase field keeps the keyboard, its text selected: type again at once.
    assert dialog.passphrase.hasSelectedText() and dialog.focusWidget() is dialog.passphrase
    dialog.passphrase.setText("trainer passphrase")
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    dialog.start()
    assert "请填写：主题" in dialog.error.text()
    dialog.topic.setText("课堂导入的三种做法")
    dialog.hours.setValue(2.5)
    dialog.start()
    assert dialog.pages.currentIndex() == 2 and "2.5 学时" in dialog.heading.text()
    qtbot.waitUntil(lambda: dialog.teachers.count() == 2)
    first = laptop.teachers.all()[0]
    qtbot.keyClicks(dialog.pin, DEMO_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: "已签到" in dialog.status.text())
    qtbot.waitUntil(lambda: "✓" in dialog.teachers.item(0).text())
    (ev,) = laptop.journal.events(teacher_id=first.id, types=[attendance.TYPE])
    statement = json.loads(ev.data["statement"])
    assert statement["topic"] == "课堂导入的三种做法" and ev.data["hours"] == 2.5
    qtbot.keyClicks(dialog.pin, DEMO_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: "已经签到" in dialog.error.text())
    assert dialog.signed.text() == f"已签到（1 人）：{first.name}"

    # A wrong PIN says whose it was, so the next teacher in the queue is not confused.
    second = laptop.teachers.all()[1]
    dialog.teachers.setCurrentRow(1)
    qtbot.keyClicks(dialog.pin, "000000" if DEMO_PIN != "000000" else "111111")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text().startswith(second.name + "："))
    assert "PIN" in dialog.error.text() and dialog.focusWidget() is dialog.pin

    # Ending the session sums it up: who, how long, the hours each earns.
    qtbot.mouseClick(dialog.findChild(QPushButton, "finish"), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.summary.isVisible())
    text = dialog.summary.text()
    assert "课堂导入的三种做法" in text and f"1 位教师签到：{first.name}" in text
    assert "2.5 学时" in text and second.name not in text
    dialog.summary.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_trainer_key_unlocked_last_time_is_offered_again(qtbot, zh_app, laptop, tmp_path):
    drive = tmp_path / "usb"
    (drive / KEY_ON_DRIVE).parent.mkdir(parents=True)
    (drive / KEY_ON_DRIVE).write_bytes(TRAINER.to_bytes(b"trainer passphrase"))
    first = SessionDialog(laptop, drive)
    qtbot.addWidget(first)
    first.passphrase.setText("trainer passphrase")
    first.unlock()
    qtbot.waitUntil(lambda: first.pages.currentIndex() == 1)
    # Opened later from the first screen, with no drive named: the same key is offered.
    again = SessionDialog(laptop, None)
    qtbot.addWidget(again)
    assert again.key_path.text() == str(drive / KEY_ON_DRIVE)
    (drive / KEY_ON_DRIVE).unlink()  # the drive went home with the trainer: nothing offered
    assert SessionDialog(laptop, None).key_path.text() == ""
