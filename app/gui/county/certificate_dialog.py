"""结业证书 / 学时证明 for one teacher, from the county window: the officer types the teacher's
身份证号 and their own name (审核人), chooses where the PDF goes, and the hub signs and registers
it as `songpei hub certificates issue` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from content.keys import PrivateKey
from sync.county import certificates
from sync.county.hub import Hub

from ...messages import describe, tr
from ...pdf.certificate import write_certificate
from ..drives import documents_folder
from ..operations import WriteOp
from ..saved_pdf import SavedPdf
from ..widgets import error_label, ok_cancel


def issue_to_file(hub: Hub, key: PrivateKey, id_number: str, officer: str, out: Path):
    issued = certificates.issue(hub, key, id_number, officer)
    write_certificate(issued.certificate, issued.code, out)
    return issued


class CertificateDialog(QDialog):
    def __init__(self, hub: Hub, key: PrivateKey, parent=None) -> None:
        super().__init__(parent)
        self.hub, self.key = hub, key
        self.saved: SavedPdf | None = None
        self.setWindowTitle(self.tr("Certificate for a teacher"))
        note = QLabel(
            self.tr(
                "A 结业证书 when the teacher has met the requirements, otherwise a 学时证明 of the "
                "hours recognised so far. It carries a QR code signed with the county key: "
                "anyone can check it with songpei certificate verify."
            )
        )
        note.setWordWrap(True)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.officer = QLineEdit()
        self.error = error_label()
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Teacher's ID card number:"), self.id_number)
        form.addRow(self.tr("Checked by (审核人):"), self.officer)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Issue…"), self.ask))

    def ask(self) -> None:
        if not self.id_number.text().strip() or not self.officer.text().strip():
            self.say(self.tr("Type the teacher's ID card number and your name."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificate"),
            str(Path(documents_folder()) / "证书.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.issue(Path(path))

    def issue(self, out: Path) -> None:
        id_number, officer = self.id_number.text().strip(), self.officer.text().strip()
        WriteOp(
            self,
            self.hub,
            op=lambda: issue_to_file(self.hub, self.key, id_number, officer, out),
            success=lambda issued: self._issued(issued, out),
        ).failure(lambda exc: self.say(describe(exc))).with_busy_text(
            self.tr("Adding up the teacher's hours and signing…")
        ).run()

    def _issued(self, issued, out: Path) -> None:
        cert = issued.certificate
        text = tr(
            self.tr("Certificate %1 for %2: %3 hours.")
            if issued.new
            else self.tr("Certificate %1 for %2 (%3 hours) was issued before: the same one."),
            cert.number,
            cert.name,
            f"{cert.total_hours:.1f}",
        )
        self.saved = SavedPdf(self.parentWidget(), out, text)
        self.saved.open()
        self.accept()

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
