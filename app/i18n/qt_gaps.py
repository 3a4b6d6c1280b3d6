"""Qt's own file dialog in Chinese where Qt's catalogue (qtbase_zh_CN) leaves it in English.

The strings are Qt's, under Qt's own contexts (and disambiguation): they sit in our catalogue, so
when Qt asks its translator and finds nothing, ours answers. Nothing calls `qt_gaps()` to show a
window; the literal calls are how lupdate finds the strings, and a test checks each one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gaps() -> list[str]:
    """Each gap as the current language says it."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
