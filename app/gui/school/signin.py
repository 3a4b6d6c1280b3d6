"""Sign in with a PIN. Wrong PINs slow down and then lock (sync.laptop.pins decides)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sync.laptop import pins
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import describe, tr
from ..operations import WriteOp


class SignInPage(QWidget):
    signed_in = Signal(object)  # Teacher
    back = Signal()

    def __init__(self, laptop: Laptop) -> None:
        super().__init__()
        self.laptop = laptop
        self.teacher: Teacher | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        prompt = QLabel(self.tr("Please type your PIN:"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(pins.MAX_LENGTH)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.pin))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("Sign in"))
        self.ok_button.clicked.connect(self.submit)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)

        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(160, 80, 160, 80)
        for w in (self.title, prompt, self.pin, self.error):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def start(self, teacher: Teacher) -> None:
        self.teacher = teacher
        self.title.setText(tr(self.tr("%1, welcome"), teacher.name))
        self.pin.clear()
        self.error.clear()

    def focus_first(self) -> None:
        self.pin.setFocus()

    def submit(self) -> None:
        if self.teacher is None or not self.ok_button.isEnabled():
            return
        teacher_id, pin = self.teacher.id, self.pin.text()
        self.ok_button.setEnabled(False)

        def done(teacher: Teacher) -> None:
            self.ok_button.setEnabled(True)
            self.pin.clear()
            self.signed_in.emit(teacher)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.error.setText(describe(exc))
            self.pin.clear()
            self.pin.setFocus()

        WriteOp(
            self,
            self.laptop,
            op=lambda: self.laptop.teachers.sign_in(teacher_id, pin),
            success=done,
        ).failure(failed).run()
