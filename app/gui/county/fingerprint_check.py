"""Before a laptop is approved: the officer types the last group of the key fingerprint that the
school reads from the laptop's own screen. A bundle anyone copied onto a drive cannot pass for a
school's laptop unless the school's screen shows the same key."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...messages import tr
from ..widgets import error_label, ok_cancel


class FingerprintCheck(QDialog):
    def __init__(self, device_id: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = fingerprint.split()[-1].lower()
        self.setWindowTitle(self.tr("Approve a laptop"))
        ask = QLabel(
            tr(
                self.tr(
                    "Phone the school and ask them to read the key fingerprint shown at the "
                    "bottom of the laptop's first screen (or in its sync station). The first "
                    "groups here are %1 …; type the LAST group they read (4 characters)."
                ),
                " ".join(fingerprint.split()[:2]),
            )
        )
        ask.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setMaxLength(4)
        self.field.setAccessibleName(self.tr("Last group of the fingerprint"))
        self.error = error_label()
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr(self.tr("Laptop %1, last group:"), device_id), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(ask)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Approve"), self._check))

    def _check(self) -> None:
        typed = self.field.text().strip().lower()
        if typed == self.expected:
            self.accept()
            return
        self.error.setText(
            self.tr(
                "That is not this laptop's fingerprint. Do not approve it: ask the school to "
                "read it again, and if it still differs, the records did not come from their "
                "laptop."
            )
            if typed
            else self.tr("Type the last group of the fingerprint the school reads to you.")
        )
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()
