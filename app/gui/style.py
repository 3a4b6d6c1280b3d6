"""Look and feel for old laptops and tired eyes: large type, large click targets, and the
bundled CJK font registered first so Chinese never falls back to boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..fonts import find_cjk_font

STYLE = """
QWidget { font-size: 11pt; }
QLabel#pageTitle { font-size: 18pt; font-weight: bold; }
QLabel#note { color: #555; }
QLabel#welcome { font-size: 13pt; padding: 24px 120px; }
QLabel#banner { background: #fff4d6; border: 1px solid #e0c070; padding: 6px; }
QLabel#error { color: #b00020; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #b00020; }
QPushButton { min-height: 36px; padding: 4px 18px; }
QListWidget::item { padding: 8px; }
QProgressBar { min-height: 22px; }
"""


def apply(app: QApplication) -> None:
    path = find_cjk_font()
    if path is not None:
        fid = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        if families:
            font = QFont(families[0])
            font.setPointSize(11)
            app.setFont(font)
    app.setStyleSheet(STYLE)
