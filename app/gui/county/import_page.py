"""Import: bundles from a trainer's drive (noticed when plugged in) or any folder, with a
progress bar that appears only if the import takes a while, then one line per bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.keys import PrivateKey
from sync.county.hub import Hub, ImportResult

from ...messages import tr
from ..drives import start_folder
from ..operations import BUSY_DELAY_MS, WriteOp
from .results import result_kind, result_text, summary_text

COLOURS = {"good": "#1b7f3b", "same": "#555555", "held": "#a05a00", "bad": "#b00020"}


class ImportPage(QWidget):
    imported = Signal(object)  # list[ImportResult], after the hub changed

    def __init__(self, hub: Hub, key: PrivateKey) -> None:
        super().__init__()
        self.hub, self.key = hub, key
        self.source: Path | None = None
        self.results: list[ImportResult] = []
        title = QLabel(self.tr("Import records from a drive"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "Plug in the trainer's drive, or choose a folder holding bundles. "
                "Importing twice is safe: nothing is counted twice."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.found = QPushButton()
        self.found.setVisible(False)
        self.found.clicked.connect(lambda: self.start(Path(self.found.property("drive"))))
        self.choose = QPushButton(self.tr("&Choose a drive or folder…"))
        self.choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.found, 1)
        row.addStretch(0)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self._shown_later = QTimer(self)
        self._shown_later.setSingleShot(True)
        self._shown_later.timeout.connect(lambda: self.progress.setVisible(True))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def offer_drive(self, drive: Path) -> None:
        self.found.setText(tr(self.tr("Import from the drive %1"), str(drive)))
        self.found.setProperty("drive", str(drive))
        self.found.setVisible(True)
        self.found.setDefault(True)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the drive or folder with the bundles"), start_folder()
        )
        if folder:
            self.start(Path(folder))

    def start(self, source: Path) -> None:
        self.source = source
        self.choose.setEnabled(False)
        self.found.setEnabled(False)
        self.list.clear()
        self.summary.setText(tr(self.tr("Importing from %1…"), str(source)))
        self.progress.setRange(0, 0)
        self._shown_later.start(BUSY_DELAY_MS)  # quick imports never flash a bar
        hub, key = self.hub, self.key
        WriteOp(
            self, hub, op=lambda report: hub.import_paths([source], key, report), success=self._done
        ).failure(self._failed).with_progress(self._progress).run()

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(
                tr(self.tr("Bundle %1 of %2"), str(min(done + 1, total)), str(total))
            )

    def _finish(self) -> None:
        self._shown_later.stop()
        self.progress.setVisible(False)
        self.choose.setEnabled(True)
        self.found.setEnabled(True)

    def _done(self, results: list[ImportResult]) -> None:
        self._finish()
        self.results = results
        self.summary.setText(summary_text(results))
        for r in results:
            item = QListWidgetItem(result_text(r))
            item.setForeground(QBrush(QColor(COLOURS[result_kind(r)])))
            item.setData(Qt.ItemDataRole.UserRole, r.status)
            self.list.addItem(item)
        self.imported.emit(results)

    def _failed(self, exc: BaseException) -> None:
        from ...messages import describe

        self._finish()
        self.summary.setText(describe(exc))
