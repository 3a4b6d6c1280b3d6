"""The school's settings, for a member of the school team: its teaching environment (教学环境),
which decides the ability points its teachers may choose (sync.laptop.school)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from content.ability_points import ENVIRONMENTS
from sync.laptop import school
from sync.laptop.laptop import Laptop
from sync.laptop.teachers import Teacher

from ...messages import describe, environment_name
from ..operations import ReadOp, WriteOp
from ..widgets import error_label, ok_cancel


class SchoolSettingsDialog(QDialog):
    def __init__(self, laptop: Laptop, member: Teacher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop, self.member = laptop, member
        self.saved: str | None = None  # the environment written, once saved
        self.setWindowTitle(self.tr("School settings"))
        self.setMinimumWidth(560)
        box = QGroupBox(self.tr("Teaching environment of this school (教学环境)"))
        rows = QVBoxLayout(box)
        points = {
            "A": self.tr("Projector or screen in the classroom: teachers choose A points."),
            "B": self.tr(
                "Also devices and a network students learn with, in class and beyond: "
                "teachers choose A and B points."
            ),
            "C": self.tr(
                "Also a smart classroom with a device for every student and learning data: "
                "teachers choose A, B and C points."
            ),
        }
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for code in ENVIRONMENTS:
            radio = QRadioButton(environment_name(code))
            self.group.addButton(radio)
            self.choices[code] = radio
            rows.addWidget(radio)
            # what the environment means, under its name: a radio button's own text never
            # wraps, and at 125 % these sentences are wider than the dialog
            meaning = QLabel(points[code])
            meaning.setObjectName("note")
            meaning.setWordWrap(True)
            meaning.setContentsMargins(24, 0, 0, 6)
            meaning.setBuddy(radio)
            rows.addWidget(meaning)
        self.note = QLabel(
            self.tr(
                "A richer environment includes the poorer ones. Until the school chooses, "
                "teachers see the points of every environment."
            )
        )
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        rows.addWidget(self.note)
        self.error = error_label()
        self.buttons = ok_cancel(self, self.tr("Save"), self.submit)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)  # until the setting has been read
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ReadOp(self, laptop, op=laptop.school_environment, success=self._show).run()

    def _show(self, environment: str | None) -> None:
        if environment in self.choices:
            self.choices[environment].setChecked(True)
        self.ok.setEnabled(True)

    def chosen(self) -> str | None:
        return next((c for c, radio in self.choices.items() if radio.isChecked()), None)

    def submit(self) -> None:
        code = self.chosen()
        if code is None:
            self.error.setText(self.tr("Choose the school's teaching environment."))
            return
        self.ok.setEnabled(False)

        def done(_event) -> None:
            self.saved = code
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.error.setText(describe(exc))

        WriteOp(
            self,
            self.laptop,
            op=lambda: school.set_environment(self.laptop, self.member.id, code),
            success=done,
        ).failure(failed).run()
