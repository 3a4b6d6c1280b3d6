"""The school laptop's window: open the laptop (the demo profile first, for the demo), count a
lesson the app died in, and run the main window until it closes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from sync.base.errors import SongpeiError
from sync.demo.simulate import ensure_demo_profile
from sync.laptop import lesson_sessions
from sync.laptop.laptop import Laptop

from ... import crash, graphics
from ...demo import demo_packs, demo_publisher
from ...messages import describe
from .. import operations
from .main_window import MainWindow


class _FirstPaint(QObject):
    """For benchmarks/: print the wall time of the window's first paint (SONGPEI_REPORT_PAINT)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
        return False


class _Painted(QObject):
    """Clears the "starting" marker once the window has painted: the graphics driver works."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            graphics.mark_started(self.data_dir)
            obj.removeEventFilter(self)
        return False


def _excepthook(kind, value, tb) -> None:
    QMessageBox.critical(
        None, QCoreApplication.translate("Launch", "Songpei"), crash.record(kind, value, tb)
    )


def run_school(data_dir: Path, demo: bool = False, reset: bool = False) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        if demo:
            ensure_demo_profile(
                data_dir, reset=reset, packs=demo_packs(), publisher=demo_publisher()
            )
        laptop = Laptop.open(data_dir)
        lesson_sessions.recover(laptop.journal)  # a lesson the app died in counts, once
    except Exception as exc:  # noqa: BLE001 (any failure at start is shown, never a silent exit)
        graphics.mark_started(data_dir)
        if isinstance(exc, SongpeiError):
            message = describe(exc)
        else:  # a bug: its details go to a log file the trainer can pass on
            message = crash.record(type(exc), exc, exc.__traceback__)
        QMessageBox.critical(None, QCoreApplication.translate("Launch", "Songpei"), message)
        print(message, file=sys.stderr)
        return 1
    sys.excepthook = _excepthook
    window = MainWindow(laptop)
    if os.environ.get("SONGPEI_REPORT_PAINT"):
        probe = _FirstPaint(window)
        window.installEventFilter(probe)
        model = window.picker.list.model()
        model.rowsInserted.connect(
            lambda *_: (
                print(f"teachers-listed {time.time():.6f}", flush=True)
                if model.rowCount() == 1
                else None
            )
        )
    painted = _Painted(data_dir)
    window.installEventFilter(painted)
    window.show()
    try:
        return app.exec()
    finally:
        graphics.mark_started(data_dir)  # a clean exit is not a crash, painted or not
        operations.drain(laptop)
        laptop.close()
