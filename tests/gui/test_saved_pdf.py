"""打印学时证明: the transcript is saved, the message saying where stays, and 打开 / 打印 hand the
real PDF to the system."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.gui.saved_pdf import SavedPdf
from app.gui.school.main_window import MainWindow
from tests.support.quiz import enrol


class Reader(QObject):
    """Stands where the system's PDF reader is registered for file URLs (Qt's own hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


def test_the_transcript_is_saved_and_the_message_stays_with_open_and_print(
    qtbot, zh_app, laptop, tmp_path, monkeypatch
):
    teacher = enrol(laptop)
    target = tmp_path / "学时证明.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(shutil, "which", lambda name: None)  # this computer has no print system
    reader = Reader()
    QDesktopServices.setUrlHandler("file", reader, "show")
    try:
        win = MainWindow(laptop)
        qtbot.addWidget(win)
        win.show()
        win.show_home(teacher)
        qtbot.mouseClick(win.home.transcript_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(win.findChildren(SavedPdf)))
        (box,) = win.findChildren(SavedPdf)
        assert target.read_bytes().startswith(b"%PDF")
        assert "学时证明已保存" in box.text() and str(target) in box.informativeText()
        assert [b.text() for b in (box.open_button, box.print_button, box.close_button)] == [
            "打开",
            "打印…",
            "关闭",
        ]
        qtbot.wait(300)
        assert box.isVisible()  # it stays until the teacher closes it
        qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
        assert reader.opened == [target]

        box = SavedPdf(win, target, "x")
        box.open()
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
        qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
        assert reader.opened == [target, target]  # printed from the reader
        assert told and "没有设置打印机" in told[0]
    finally:
        QDesktopServices.unsetUrlHandler("file")
