"""Reports: the files the county sends on, made by the same core functions the command line
uses (the platform's CSV template, xAPI statements)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sync.county import xapi
from sync.county.hub import Hub
from sync.county.teacher_rows import teacher_rows, write_csv

from ...messages import describe, tr
from ..drives import documents_folder
from ..operations import WriteOp
from .lrs_dialog import LrsDialog


def export_csv(hub: Hub, path: Path) -> tuple[int, int]:
    """As `songpei hub report --format csv`: (teachers, of them finished)."""
    catalog, rules = hub.content()
    rows = teacher_rows(hub, catalog, rules)
    write_csv(rows, path, rules.title)
    return len(rows), sum(r.met for r in rows)


class ReportsPage(QWidget):
    def __init__(self, hub: Hub) -> None:
        super().__init__()
        self.hub = hub
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        self.csv = QPushButton(self.tr("Hours for the platform (&CSV)…"))
        self.csv.clicked.connect(self.ask_csv)
        csv_note = QLabel(
            self.tr("Every teacher's hours in the platform's import template; opens in Excel.")
        )
        self.xapi = QPushButton(self.tr("Learning records (&xAPI)…"))
        self.xapi.clicked.connect(self.ask_xapi)
        xapi_note = QLabel(
            self.tr(
                "xAPI statements for a learning record store; no ID card numbers leave the county."
            )
        )
        self.lrs = QPushButton(self.tr("Send to a learning record &store…"))
        self.lrs.clicked.connect(self.ask_lrs)
        lrs_note = QLabel(
            self.tr(
                "The same statements, sent to the county's LRS; a statement it holds with other "
                "content is named, every other one is delivered."
            )
        )
        for n in (csv_note, xapi_note, lrs_note):
            n.setObjectName("note")
            n.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.csv, 0, 0)
        grid.addWidget(csv_note, 0, 1)
        grid.addWidget(self.xapi, 1, 0)
        grid.addWidget(xapi_note, 1, 1)
        grid.addWidget(self.lrs, 2, 0)
        grid.addWidget(lrs_note, 2, 1)
        grid.setColumnStretch(1, 1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the hours table"),
            str(Path(documents_folder()) / "学时.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.write_csv(Path(path))

    def write_csv(self, path: Path) -> None:
        WriteOp(
            self,
            self.hub,
            op=lambda: export_csv(self.hub, path),
            success=lambda n: self.outcome.setText(
                tr(
                    self.tr("Saved %1: %2 teachers, %3 of them finished."),
                    str(path),
                    str(n[0]),
                    str(n[1]),
                )
            ),
        ).failure(self._failed).with_busy_text(self.tr("Adding up every teacher's hours…")).run()

    def ask_xapi(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the xAPI statements"),
            str(Path(documents_folder()) / "xapi.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.write_xapi(Path(path))

    def write_xapi(self, path: Path) -> None:
        WriteOp(
            self,
            self.hub,
            op=lambda: xapi.write_file(self.hub, path),
            success=lambda n: self.outcome.setText(
                tr(self.tr("Saved %1: %2 xAPI statements."), str(path), str(n))
            ),
        ).failure(self._failed).run()

    def ask_lrs(self) -> None:
        dialog = LrsDialog(self)
        if dialog.exec():
            self.send_xapi(dialog.url.text().strip(), dialog.user.text(), dialog.password.text())

    def send_xapi(self, url: str, user: str, password: str) -> None:
        def progress(sent: int, total: int) -> None:
            self.outcome.setText(
                tr(self.tr("Sending to the learning record store: %1 of %2"), str(sent), str(total))
            )

        WriteOp(
            self,
            self.hub,
            op=lambda report: xapi.post(self.hub, url, user, password, progress=report),
            success=lambda r: self.outcome.setText(
                tr(
                    self.tr(
                        "Sent %1 statements to %2 (%3 of them it held already, never stored twice)."
                    ),
                    str(r.sent),
                    url,
                    str(r.already),
                )
            ),
        ).failure(self._failed).with_progress(progress).run()

    def _failed(self, exc: BaseException) -> None:
        self.outcome.setText(describe(exc))
