"""The device register: laptops waiting for approval, enrolled and revoked, with the key
fingerprint a person compares with the school before approving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.keys import PrivateKey
from sync.county.hub import Hub, ImportResult
from sync.county.listings import DeviceRow, device_rows

from ...messages import device_status, tr, when
from ..operations import ReadOp, WriteOp
from .fingerprint_check import FingerprintCheck
from .results import result_text, summary_text
from .tables import RowTable


class DevicesPage(QWidget):
    changed = Signal()

    def __init__(self, hub: Hub, key: PrivateKey) -> None:
        super().__init__()
        self.hub, self.key = hub, key
        self.rows: list[DeviceRow] = []
        title = QLabel(self.tr("School laptops"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "A new laptop waits until you approve it. Before approving, read "
                "its key fingerprint to the school on the phone and make sure "
                "it matches."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.table = RowTable(
            [
                self.tr("Status"),
                self.tr("Laptop"),
                self.tr("Key fingerprint"),
                self.tr("Schools"),
                self.tr("First seen"),
                self.tr("Last import"),
            ]
        )
        self.table.chosen.connect(self._selection)
        self.table.activated.connect(lambda _i: self.approve())
        self.check: FingerprintCheck | None = None  # the open approval question, if any
        self.approve_button = QPushButton(self.tr("&Approve and import its records…"))
        self.approve_button.clicked.connect(self.approve)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVisible(False)
        self.results.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(self.results)
        self._selection()

    def refresh(self) -> None:
        ReadOp(self, self.hub, op=lambda: device_rows(self.hub), success=self._show).run()

    def _show(self, rows: list[DeviceRow]) -> None:
        self.rows = rows
        self.table.fill(
            rows,
            lambda r: [
                device_status(r.status),
                r.device_id,
                r.fingerprint,
                "、".join(r.schools) or "—",
                when(r.first_seen_ms),
                when(r.last_import_ms),
            ],
            lambda r: r.device_id,
        )
        self._selection()

    def current(self) -> DeviceRow | None:
        device_id = self.table.selected_key()
        return next((r for r in self.rows if r.device_id == device_id), None)

    def _selection(self) -> None:
        r = self.current()
        self.approve_button.setEnabled(r is not None and r.status == "pending")
        self.revoke_button.setEnabled(r is not None and r.status != "revoked")

    def approve(self) -> None:
        r = self.current()
        if r is None or r.status != "pending":
            return
        check = FingerprintCheck(r.device_id, r.fingerprint, self)
        check.accepted.connect(lambda: self._approve(r))
        check.finished.connect(check.deleteLater)
        check.open()  # window-modal without a nested event loop
        self.check = check

    def _approve(self, r: DeviceRow) -> None:
        self.approve_button.setEnabled(False)
        WriteOp(
            self,
            self.hub,
            op=lambda: self.hub.approve(r.device_id, self.key),
            success=lambda results: self._approved(r, results),
        ).with_busy_text(self.tr("Importing the laptop's records…")).run()

    def _approved(self, r: DeviceRow, results: list[ImportResult]) -> None:
        self.outcome.setText(tr(self.tr("Approved %1. %2"), r.device_id, summary_text(results)))
        self.results.clear()
        for x in results:
            self.results.addItem(QListWidgetItem(result_text(x)))
        self.results.setVisible(bool(results))
        self.changed.emit()

    def revoke(self) -> None:
        r = self.current()
        if r is None or r.status == "revoked":
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke a laptop"),
            tr(
                self.tr(
                    "Revoke the laptop %1 (%2)? Its bundles will be held in "
                    "quarantine from now on. Do this when a laptop is stolen or "
                    "its key has leaked."
                ),
                r.device_id,
                "、".join(r.schools) or "—",
            ),
            parent=self,
        )
        yes = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        if box.clickedButton() is not yes:
            return
        WriteOp(
            self,
            self.hub,
            op=lambda: self.hub.revoke(r.device_id),
            success=lambda _: self._revoked(r),
        ).run()

    def _revoked(self, r: DeviceRow) -> None:
        self.outcome.setText(tr(self.tr("Revoked %1."), r.device_id))
        self.results.setVisible(False)
        self.changed.emit()
