"""Enrol a teacher on this laptop: profile, 身份证号 (checked, then shown masked), PIN."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sync.base import errors
from sync.laptop import pins
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import STAGES, Teacher, enrolment_problems

from ...messages import describe, stage_name, tr
from ..operations import WriteOp
from ..widgets import error_label, ok_cancel


class EnrolDialog(QDialog):
    def __init__(self, laptop: Laptop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop = laptop
        self.teacher: Teacher | None = None
        self.setWindowTitle(self.tr("Enrol a new teacher"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.id_number.setPlaceholderText(self.tr("18 characters; the last may be X"))
        self.id_number.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,17}[0-9Xx]?"), self)
        )
        self.school = QLineEdit()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("— choose —"), "")
        for code in STAGES:
            self.stage.addItem(stage_name(code), code)
        self.subject = QComboBox()
        self.subject.setEditable(True)
        self.subject.addItems(
            [
                self.tr("Chinese"),
                self.tr("Mathematics"),
                self.tr("English"),
                self.tr("Science"),
                self.tr("Morality and Law"),
                self.tr("Music"),
                self.tr("Art"),
                self.tr("Physical Education"),
                self.tr("Information Technology"),
            ]
        )
        self.subject.setCurrentIndex(-1)
        pin_rx = QRegularExpressionValidator(QRegularExpression(r"\d*"), self)
        self.pin = QLineEdit()
        self.pin_repeat = QLineEdit()
        for w in (self.pin, self.pin_repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setMaxLength(pins.MAX_LENGTH)
            w.setValidator(pin_rx)
        self.pin.setPlaceholderText(tr(self.tr("at least %1 digits"), str(pins.MIN_LENGTH)))
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("ID card number"), self.id_number)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("School stage"), self.stage)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_repeat)
        self.buttons = ok_cancel(self, self.tr("Enrol"), self.submit)
        note = QLabel(
            self.tr(
                "The ID card number is stored on this computer and sent, "
                "encrypted, only to the county office. Screens show it masked."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields = {
            "name": self.name,
            "id_number": self.id_number,
            "school": self.school,
            "stage": self.stage,
            "subject": self.subject,
        }

    def submit(self) -> None:
        values = dict(
            name=self.name.text(),
            id_number=self.id_number.text(),
            school=self.school.text(),
            stage=self.stage.currentData(),
            subject=self.subject.currentText(),
            pin=self.pin.text(),
            pin_repeat=self.pin_repeat.text(),
        )
        problems = enrolment_problems(**values)
        self._show_problems(problems)
        if problems:
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def done(teacher: Teacher) -> None:
            self.teacher = teacher
            self.accept()

        def failed(exc: BaseException) -> None:
            ok.setEnabled(True)
            field = "id_number" if isinstance(exc, errors.DuplicateIdNumber) else None
            self._show_problems({field or "": exc})

        WriteOp(
            self, self.laptop, op=lambda: self.laptop.teachers.enrol(**values), success=done
        ).failure(failed).run()

    def _show_problems(self, problems: Mapping[str, BaseException]) -> None:
        """Every wrong field at once: one line each, the fields marked (the "invalid" property,
        styled red) and the first of them given the cursor; right fields lose their mark."""
        self.error.setText("\n".join(describe(exc) for exc in problems.values()))
        wrong = [w for field, w in self._all_fields() if field in problems]
        for _field, w in self._all_fields():
            if w.property("invalid") != (w in wrong):
                w.setProperty("invalid", w in wrong)
                w.style().unpolish(w)  # a dynamic property: the style sheet is applied again
                w.style().polish(w)
        if wrong:
            wrong[0].setFocus()

    def _all_fields(self) -> list[tuple[str, QWidget]]:
        return [*self._fields.items(), ("pin", self.pin), ("pin", self.pin_repeat)]
