"""After a PDF is saved: a message that stays until closed, saying where the file is, with
打开 (the system's PDF reader) and 打印 (the system's printing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..messages import tr
from .widgets import open_with_system


def print_pdf(parent: QWidget | None, path: Path) -> str:
    """Hand the file to the system's printing; returns what to tell the user ('' when the
    printer took it or the user cancelled)."""
    translate = QCoreApplication.translate
    if sys.platform == "win32":  # the PDF reader's own "print" verb, as Explorer's menu does
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return ""
    lp = shutil.which("lp")
    if lp is None or not QPrinterInfo.availablePrinterNames():
        open_with_system(path)
        return translate(
            "SavedPdf",
            "No printer is set up on this computer. The file opens in the PDF reader: print it "
            "from there, or copy it to a computer with a printer.",
        )
    printer = QPrinter()
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return ""
    done = subprocess.run(
        [lp, "-d", printer.printerName(), "-n", str(printer.copyCount()), str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return tr(
            translate("SavedPdf", "The printer %1 did not take the file: %2"),
            printer.printerName(),
            (done.stderr or done.stdout).strip(),
        )
    return ""


class SavedPdf(QMessageBox):
    """Where the file went (selectable, so it can be copied), and what to do with it next."""

    def __init__(self, parent: QWidget | None, path: Path, text: str) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Saved"))
        self.setText(text)
        self.setInformativeText(tr(self.tr("Saved as: %1"), str(path)))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        self.print_button = self.addButton(self.tr("Print…"), QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            open_with_system(self.path)
        elif button is self.print_button:
            said = print_pdf(self.parentWidget(), self.path)
            if said:
                QMessageBox.information(self.parentWidget(), self.windowTitle(), said)
