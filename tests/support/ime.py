"""Chinese typed as a village laptop types it: a pinyin input method commits the characters to
the focused widget in one QInputMethodEvent (QTest's key clicks carry Latin-1 only)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit(widget: QWidget, text: str) -> None:
    """`text` arrives in `widget` as an input method's commit, one character group at a time."""
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
