"""Small pieces every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget


def error_label() -> QLabel:
    """Where a dialog says what is wrong (red, wrapping; styled by the "error" name)."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (named for what it does) and Cancel; OK runs `on_ok`, which accepts when it is done."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or less when the screen is smaller: 1366×768 at 125 % leaves
    1093×614 device-independent pixels, and a window taller than the screen hides its
    buttons."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - QSize(16, 40) if screen else QSize(width, height)
    widget.resize(QSize(width, height).boundedTo(room).expandedTo(widget.minimumSize()))


def open_with_system(path: Path) -> bool:
    """Hand a file to the program the system opens it with (a PDF reader, a video player);
    False when the system has none for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
