"""Mail: the county's signed receipts for every laptop, written to the trainer's drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.keys import PrivateKey
from sync.county.hub import Hub
from sync.county.mail import write_mail

from ...messages import describe, tr
from ..drives import start_folder
from ..operations import WriteOp


class MailPage(QWidget):
    def __init__(self, hub: Hub, key: PrivateKey) -> None:
        super().__init__()
        self.hub, self.key = hub, key
        self.drive: Path | None = None
        title = QLabel(self.tr("Mail for the schools"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "Receipts tell each laptop which records the county holds (the "
                "teachers then see “county confirmed”). The trainer takes the "
                "drive to the schools."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.drive_label = QLabel(self.tr("No drive chosen yet."))
        self.drive_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Choose a drive or folder…"))
        self.choose.clicked.connect(self.choose_drive)
        self.write = QPushButton(self.tr("&Write receipts to the drive"))
        self.write.setEnabled(False)
        self.write.clicked.connect(self.write_receipts)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.write)
        row.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        for w in (title, note, self.drive_label):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.list, 1)

    def set_drive(self, drive: Path) -> None:
        self.drive = Path(drive)
        self.drive_label.setText(tr(self.tr("Drive: %1"), str(drive)))
        self.write.setEnabled(True)
        self.write.setDefault(True)

    def choose_drive(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the trainer's drive"), start_folder()
        )
        if folder:
            self.set_drive(Path(folder))

    def write_receipts(self) -> None:
        drive = self.drive
        if drive is None:
            return
        self.write.setEnabled(False)
        WriteOp(
            self, self.hub, op=lambda: write_mail(self.hub, drive, self.key), success=self._written
        ).failure(self._failed).run()

    def _written(self, paths: list[Path]) -> None:
        self.write.setEnabled(True)
        self.list.clear()
        if paths:
            self.outcome.setText(
                tr(
                    self.tr(
                        "Wrote %1 receipts to %2, signed and checked. The "
                        "county's public key is on the drive too."
                    ),
                    str(len(paths)),
                    str(paths[0].parent),
                )
            )
        else:
            self.outcome.setText(
                self.tr(
                    "No laptop has records here yet, so there are no "
                    "receipts to write. The county's public key was put "
                    "on the drive for new laptops."
                )
            )
        for p in paths:
            self.list.addItem(tr(self.tr("Receipt for laptop %1"), p.stem))

    def _failed(self, exc: BaseException) -> None:
        self.write.setEnabled(True)
        self.outcome.setText(describe(exc))
