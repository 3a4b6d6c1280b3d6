"""Qt's own file dialog speaks Chinese on a Chinese laptop, and opens where the files are."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from app.gui.drives import documents_folder, start_folder
from app.i18n.qt_gaps import qt_gaps

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def shown_words(dialog: QFileDialog) -> list[str]:
    """What a teacher reads on the dialog's own labels, buttons and tooltips."""
    words = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    for b in dialog.findChildren(QAbstractButton):
        if b.isVisible():
            words += [b.text(), b.toolTip()]
    return [w for w in words if w]


def test_the_file_dialog_has_no_english_label_left(qtbot, zh_app, tmp_path):
    (tmp_path / "作业").mkdir()
    (tmp_path / "教案.docx").write_bytes(b"x" * 70)
    dialog = QFileDialog(None, "选择文件", str(tmp_path), "*")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    latin = [w for w in shown_words(dialog) if LATIN_WORD.search(w.replace("&", ""))]
    assert latin == [], latin
    assert "查找范围" in " ".join(shown_words(dialog))
    root = view.rootIndex()
    kinds = {
        model.data(model.index(r, 0, root)): model.data(model.index(r, 2, root))
        for r in range(model.rowCount(root))
    }
    assert kinds["作业"] == "文件夹"


def test_every_gap_is_translated_and_english_stays_english(zh_app):
    from app import i18n

    assert all(not LATIN_WORD.search(text.replace("&", "")) for text in qt_gaps()), qt_gaps()
    i18n.install(zh_app, "en")
    try:
        assert qt_gaps() == ["&Look in:", "Files of &type:", "Folder"]
    finally:
        i18n.install(zh_app, "zh_CN")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："


def test_dialogs_open_at_the_drive_or_in_documents(qapp, tmp_path):
    nothing_plugged = tmp_path / "media"
    nothing_plugged.mkdir()
    documents = Path(os.environ["HOME"]) / "Documents"
    documents.mkdir(exist_ok=True)
    assert documents_folder() == str(documents)
    assert start_folder([nothing_plugged]) == str(documents)
    # The root folder holds mounted volumes on every Linux machine (/proc, /sys): with one
    # plugged in under the folder looked at, the dialog opens there, not in Documents.
    mounted = start_folder([Path("/")])
    assert os.path.ismount(mounted) and mounted != str(documents)


def test_every_file_filter_keeps_its_pattern_in_chinese():
    """Qt reads a filter's patterns between ASCII parentheses: "文件（*.pdf）" would match
    nothing and the dialog would show no file."""
    import xml.etree.ElementTree as ET

    from app.i18n import TRANSLATIONS

    for message in ET.parse(TRANSLATIONS / "songpei_zh_CN.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        if re.search(r"\(\*[.\w]*\)", source) or source.endswith("files (%1)"):
            translated = message.findtext("translation") or ""
            assert re.findall(r"\(([*%][^)]*)\)", translated) == re.findall(
                r"\(([*%][^)]*)\)", source
            ), (source, translated)
