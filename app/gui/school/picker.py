"""First screen of a shared laptop: who is studying today?"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.demo.simulate import DEMO_PIN
from sync.laptop.teachers import Teacher

from ...messages import stage_name, tr


class PickerPage(QWidget):
    sign_in_requested = Signal(object)  # Teacher
    enrol_requested = Signal()
    station_requested = Signal()
    session_requested = Signal()

    def __init__(self, demo: bool, fingerprint: str = "") -> None:
        super().__init__()
        title = QLabel(self.tr("Who is studying today?"))
        title.setObjectName("pageTitle")
        self.banner = QLabel(
            tr(
                self.tr(
                    "Demo profile: made-up teachers; every demo PIN is %1. "
                    "Real records are kept elsewhere."
                ),
                DEMO_PIN,
            )
        )
        self.banner.setObjectName("banner")
        if not demo:
            self.banner.hide()  # (show() before it has a parent would make it a window)
        self.hint = QLabel(self.tr("Choose your name and press Enter, or enrol yourself."))
        self.hint.setObjectName("note")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Teachers on this computer"))
        self.list.itemActivated.connect(
            lambda item: self.sign_in_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        # The first run: a welcome in the middle of the page instead of an empty list.
        self.empty = QLabel(
            self.tr(
                "Welcome! No teacher is enrolled on this computer yet.\n\n"
                "Each teacher enrols once: name, ID card number, school and a PIN of her own. "
                "After that, choose your name here and type your PIN to study.\n\n"
                "Press “Enrol a new teacher” to begin."
            )
        )
        self.empty.setObjectName("welcome")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_in_button.setEnabled(False)  # until the list has loaded
        self.empty.setVisible(False)
        self.enrol_button = QPushButton(self.tr("Enrol a new teacher"))
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.station_button = QPushButton(self.tr("Sync station (trainer)"))
        self.station_button.clicked.connect(self.station_requested)
        self.session_button = QPushButton(self.tr("Face-to-face session (trainer)"))
        self.session_button.clicked.connect(self.session_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.station_button)
        buttons.addWidget(self.session_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        for w in (title, self.banner, self.hint):
            layout.addWidget(w)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        # Read out on the phone when the county approves this laptop (its last group is asked).
        self.device_label = QLabel(tr(self.tr("Key fingerprint of this computer: %1"), fingerprint))
        self.device_label.setObjectName("note")
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.device_label)

    def set_teachers(self, teachers: list[Teacher]) -> None:
        self.list.clear()
        for t in teachers:
            line2 = " · ".join((t.school, stage_name(t.stage), t.subject, t.masked_id))
            item = QListWidgetItem(f"{t.name}\n{line2}")
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.list.addItem(item)
        self.empty.setVisible(not teachers)
        self.list.setVisible(bool(teachers))
        self.hint.setVisible(bool(teachers))  # "choose your name" needs a name to choose
        self.sign_in_button.setVisible(bool(teachers))
        self.sign_in_button.setEnabled(bool(teachers))
        self.enrol_button.setDefault(not teachers)  # Enter enrols the first teacher
        if teachers:
            self.list.setCurrentRow(0)
        if self.isVisible():  # loaded in the background: a hidden page never takes the focus
            self.focus_first()

    def focus_first(self) -> None:
        (self.list if self.list.count() else self.enrol_button).setFocus()

    def _sign_in(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.sign_in_requested.emit(item.data(Qt.ItemDataRole.UserRole))
