"""Small pieces every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def error_label() -> QLabel:
    """Where a dialog says what is wrong (red, wrapping; styled by the "error" name)."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (named for what it does) and Cancel; OK runs `on_ok`, which accepts when it is done."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel"))
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box
