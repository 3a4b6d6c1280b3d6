"""Reports: every file the command line makes, made by the same functions (app.exports and
sync.county.xapi): the platform's hours table (Excel or CSV, in the built-in template or the
platform's own), the progress report (PDF) for a chosen year, xAPI statements to a file or to a
learning record store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.keys import PrivateKey
from sync.county import xapi
from sync.county.hub import Hub
from sync.county.platform_template import Template, load_template
from sync.county.report_figures import target_years

from ...exports import export_report
from ...messages import describe, tr
from ..drives import documents_folder
from ..operations import ReadOp, WriteOp
from ..saved_pdf import SavedPdf
from .certificate_dialog import CertificateDialog
from .lrs_dialog import LrsDialog


class ReportsPage(QWidget):
    def __init__(self, hub: Hub, key: PrivateKey) -> None:
        super().__init__()
        self.hub, self.key = hub, key
        self.template: Template | None = None  # None: the built-in template
        self.saved: SavedPdf | None = None  # the message after the PDF report is saved
        self.certificate_dialog: CertificateDialog | None = None
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        # What every report is made of: the year (for the PDF) and the platform's template.
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year of the progress report"))
        self.template_label = QLabel(self.tr("Built-in template"))
        choose_template = QPushButton(self.tr("Platform &template…"))
        choose_template.clicked.connect(self.ask_template)
        choices = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        choices.addWidget(year_label)
        choices.addWidget(self.year)
        choices.addSpacing(24)
        choices.addWidget(QLabel(self.tr("Columns:")))
        choices.addWidget(self.template_label)
        choices.addWidget(choose_template)
        choices.addStretch(1)
        self.xlsx = QPushButton(self.tr("Hours for the platform (&Excel)…"))
        self.xlsx.clicked.connect(lambda: self.ask_table("xlsx"))
        self.csv = QPushButton(self.tr("Hours for the platform (&CSV)…"))
        self.csv.clicked.connect(lambda: self.ask_table("csv"))
        table_note = QLabel(
            self.tr(
                "Every teacher's hours in the platform's import template, ready to upload to the "
                "county platform."
            )
        )
        self.pdf = QPushButton(self.tr("Progress &report (PDF)…"))
        self.pdf.clicked.connect(self.ask_pdf)
        pdf_note = QLabel(
            self.tr(
                "The year's figures by district and school against the targets, and every "
                "teacher still short of the hours: for the education bureau, signed and stamped."
            )
        )
        self.xapi = QPushButton(self.tr("Learning records (&xAPI)…"))
        self.xapi.clicked.connect(self.ask_xapi)
        xapi_note = QLabel(
            self.tr(
                "Every learning record in the standard format (xAPI) that learning platforms "
                "read, as a file; no ID card numbers leave the county."
            )
        )
        self.lrs = QPushButton(self.tr("Send to a learning record &store…"))
        self.lrs.clicked.connect(self.ask_lrs)
        lrs_note = QLabel(
            self.tr(
                "The same records, sent to the province's or county's learning record store "
                "(LRS); a record it already holds with other content is named, every other one is "
                "delivered."
            )
        )
        self.certificate = QPushButton(self.tr("Certificate for a teac&her…"))
        self.certificate.clicked.connect(self.ask_certificate)
        certificate_note = QLabel(
            self.tr(
                "结业证书 or 学时证明 for one teacher, with a QR code signed by the county key that "
                "anyone can check offline."
            )
        )
        grid = QGridLayout()
        for row, (buttons, note) in enumerate(
            [
                ((self.xlsx, self.csv), table_note),
                ((self.pdf,), pdf_note),
                ((self.xapi,), xapi_note),
                ((self.lrs,), lrs_note),
                ((self.certificate,), certificate_note),
            ]
        ):
            box = QVBoxLayout()
            for b in buttons:
                # never narrower than its words: the notes beside them wrap instead
                b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
                box.addWidget(b)
            grid.addLayout(box, row, 0)
            note.setObjectName("note")
            note.setWordWrap(True)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(choices)
        layout.addLayout(grid)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """The years the targets table knows, the latest first."""
        ReadOp(
            self,
            self.hub,
            op=lambda: target_years(self.hub.targets())[::-1],
            success=self._years,
        ).run()

    def _years(self, years: list[int]) -> None:
        chosen = self.year.currentData()
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        if not years:
            self.year.addItem(self.tr("(no targets loaded)"), None)
        if chosen in years:
            self.year.setCurrentIndex(years.index(chosen))

    def ask_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The platform's column template"),
            documents_folder(),
            self.tr("Templates (*.json);;All files (*)"),
        )
        if path:
            self.use_template(Path(path))

    def use_template(self, path: Path) -> None:
        try:
            self.template = load_template(path)
        except Exception as exc:  # noqa: BLE001 (a bad file is named, the old template kept)
            self.outcome.setText(describe(exc))
            return
        self.template_label.setText(path.name)
        self.outcome.setText(tr(self.tr("Columns from %1."), str(path)))

    def ask_table(self, fmt: str) -> None:
        name, pattern = (
            ("学时.xlsx", self.tr("Excel files (*.xlsx)"))
            if fmt == "xlsx"
            else ("学时.csv", self.tr("CSV files (*.csv)"))
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the hours table"), str(Path(documents_folder()) / name), pattern
        )
        if path:
            self.write_table(fmt, Path(path))

    def write_table(self, fmt: str, path: Path) -> None:
        template = self.template
        WriteOp(
            self,
            self.hub,
            op=lambda: export_report(self.hub, fmt, path, template=template),
            success=lambda n: self.outcome.setText(
                tr(
                    self.tr("Saved %1: %2 teachers, %3 of them finished."),
                    str(path),
                    str(n[0]),
                    str(n[1]),
                )
            ),
        ).failure(self._failed).with_busy_text(self.tr("Adding up every teacher's hours…")).run()

    def ask_pdf(self) -> None:
        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the progress report"),
            str(Path(documents_folder()) / f"进展报告-{year or ''}.pdf".replace("-.pdf", ".pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        year = self.year.currentData()
        WriteOp(
            self,
            self.hub,
            op=lambda: export_report(self.hub, "pdf", path, year=year),
            success=lambda n: self._pdf_saved(path, n),
        ).failure(self._failed).with_busy_text(self.tr("Making the progress report…")).run()

    def _pdf_saved(self, path: Path, n: tuple[int, int]) -> None:
        said = tr(
            self.tr("The progress report is saved: %1 teachers, %2 of them finished."),
            str(n[0]),
            str(n[1]),
        )
        self.outcome.setText(said)
        self.saved = SavedPdf(self, path, said)
        self.saved.open()

    def ask_certificate(self) -> None:
        self.certificate_dialog = CertificateDialog(self.hub, self.key, self)
        self.certificate_dialog.open()

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
