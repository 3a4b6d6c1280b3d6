"""The laptop window: pick a teacher → sign in → home; switch teacher at any time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QPushButton, QStackedWidget

from sync.laptop import Laptop
from sync.teachers import Teacher

from .enrol import EnrolDialog
from .home import HomePage
from .ops import run_op
from .picker import PickerPage
from .session import SessionDialog
from .signin import SignInPage
from .station import DriveWatcher, StationDialog


class MainWindow(QMainWindow):
    def __init__(self, laptop: Laptop) -> None:
        super().__init__()
        self.laptop = laptop
        self.setWindowTitle(self.tr("Songpei — teacher IT-ability training"))
        self.setMinimumSize(960, 600)
        self.resize(1280, 720)  # fits 1366×768 with a taskbar, also at 125 % scale (1093×614)
        self.stack = QStackedWidget()
        self.picker = PickerPage(laptop.is_demo)
        self.signin = SignInPage(laptop)
        self.home = HomePage(laptop)
        for page in (self.picker, self.signin, self.home):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        device = QLabel(self.tr("This computer: %1").replace("%1", laptop.journal.device_id))
        self.statusBar().addPermanentWidget(device)
        self.drive_button = QPushButton()
        self.drive_button.setVisible(False)
        self.drive_button.clicked.connect(lambda: self.open_station(self.drive_button.property("drive")))
        self.statusBar().addWidget(self.drive_button)
        self.watcher = DriveWatcher(self)
        self.watcher.drive_added.connect(self.offer_station)
        self.picker.station_requested.connect(self.choose_drive)
        self.picker.session_requested.connect(self.open_session)

        self.picker.sign_in_requested.connect(self.ask_pin)
        self.picker.enrol_requested.connect(self.enrol)
        self.signin.back.connect(self.show_picker)
        self.signin.signed_in.connect(self.show_home)
        self.home.switch_teacher.connect(self.show_picker)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.show_picker)
        self.show_picker()

    def show_picker(self) -> None:
        self.home.teacher = None
        self.stack.setCurrentWidget(self.picker)
        run_op(self, self.laptop.teachers.all, self.picker.set_teachers)

    def ask_pin(self, teacher: Teacher) -> None:
        self.signin.start(teacher)
        self.stack.setCurrentWidget(self.signin)

    def show_home(self, teacher: Teacher) -> None:
        self.home.show_teacher(teacher)
        self.stack.setCurrentWidget(self.home)
        self.home.switch_button.setFocus()

    def offer_station(self, drive: Path) -> None:
        """A trainer's drive appeared: one click opens the sync station."""
        self.drive_button.setText(self.tr("Trainer's drive found (%1): open the sync station")
                                  .replace("%1", str(drive)))
        self.drive_button.setProperty("drive", str(drive))
        self.drive_button.setVisible(True)

    def choose_drive(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the trainer's drive"))
        if folder:
            self.open_station(folder)

    def open_station(self, drive: str | Path) -> StationDialog:
        dialog = StationDialog(self.laptop, Path(drive), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._after_sync)
        dialog.open()
        return dialog

    def open_session(self) -> SessionDialog:
        known = self.drive_button.property("drive")
        dialog = SessionDialog(self.laptop, Path(known) if known else None, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_sync(self) -> None:
        if self.stack.currentWidget() is self.home and self.home.teacher is not None:
            self.home.show_teacher(self.home.teacher)  # "county confirmed" may have grown

    def enrol(self) -> None:
        dialog = EnrolDialog(self.laptop, self)
        dialog.accepted.connect(lambda: self._enrolled(dialog.teacher))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal without a nested event loop

    def _enrolled(self, teacher: Teacher) -> None:
        run_op(self, self.laptop.teachers.all, self.picker.set_teachers)
        self.ask_pin(teacher)
