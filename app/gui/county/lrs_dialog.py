"""Where the county's learning record store is and how to sign in to it, asked before the xAPI
statements are sent (as `songpei hub report --format xapi --lrs URL` does). Nothing is kept:
the password lives only as long as the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..widgets import error_label, ok_cancel


class LrsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to a learning record store"))
        self.setMinimumWidth(520)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://lrs.example.org/xAPI")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Address (xAPI endpoint)"), self.url)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(
            self.tr(
                "Statements already stored there are not stored twice; the password is not kept."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Send"), self.submit))

    def submit(self) -> None:
        if not self.url.text().strip().lower().startswith(("http://", "https://")):
            self.error.setText(
                self.tr("The address must start with http:// or https://, as the LRS gives it.")
            )
            self.url.setFocus()
            return
        self.accept()
