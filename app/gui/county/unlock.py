"""Unlocking the county key: the hub names its key file; a person types the passphrase. A
wrong passphrase says so and lets them try again; another county's key is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content import keys
from sync.county.hub import Hub

from ...messages import describe
from ..operations import ReadOp
from ..widgets import error_label, ok_cancel


def unlock_county_key(hub: Hub, path: Path, passphrase: bytes) -> keys.PrivateKey:
    key = keys.load_private(path, passphrase, role="county")
    hub.check_key(key, path)
    return key


class UnlockDialog(QDialog):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.key: keys.PrivateKey | None = None
        self.key_path = hub.county_key_path
        self.setWindowTitle(self.tr("Open the county hub"))
        self.setMinimumWidth(620)
        title = QLabel(self.tr("Unlock the county key"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "The county key decrypts the laptops' records and signs the "
                "county's mail. Type its passphrase."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("note")
        self.hub_label = QLabel(str(hub.path))
        self.hub_label.setWordWrap(True)
        self.key_label = QLabel(str(self.key_path))
        self.key_label.setWordWrap(True)
        other = QPushButton(self.tr("Another key file…"))
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(other)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Hub:"), self.hub_label)
        form.addRow(self.tr("Key file:"), key_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons = ok_cancel(self, self.tr("Unlock"), self.unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the county key file"),
            str(self.key_path.parent),
            self.tr("Key files (*.key);;All files (*)"),
        )
        if path:
            self.key_path = Path(path)
            self.key_label.setText(path)
            self.passphrase.setFocus()

    def unlock(self) -> None:
        secret = self.passphrase.text().encode("utf-8")
        path = self.key_path
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Unlocking…"))
        ReadOp(
            self,
            self.hub,
            op=lambda: unlock_county_key(self.hub, path, secret),
            success=self._unlocked,
        ).failure(self._refused).run()

    def _unlocked(self, key: keys.PrivateKey) -> None:
        self.key = key
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(describe(exc) + " " + self.tr("Please try again."))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
