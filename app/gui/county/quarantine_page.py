"""Quarantine: what the hub held back for a person — bundles of laptops not yet approved or
revoked, second histories of a laptop, and records that contradict the county's copy — with
the reason in words. Approving a laptop (Laptops page) imports its held bundles; a second
history (a copied disk) is approved here as a laptop of its own; anything else is dismissed
with a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.county.decisions import QuarantineRow
from sync.county.hub import Hub

from ...messages import bundle_reason, describe, tr, when
from ..operations import ReadOp, WriteOp
from ..widgets import error_label
from .tables import RowTable


class QuarantinePage(QWidget):
    changed = Signal()

    def __init__(self, hub: Hub) -> None:
        super().__init__()
        self.hub = hub
        self.items: list[QuarantineRow] = []
        title = QLabel(self.tr("Quarantine"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "Held back until a person decides: nothing here counts in the "
                "reports. Approving a laptop imports its held bundles; anything "
                "else is dismissed with a note."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.count = QLabel()
        self.resolved_too = QCheckBox(self.tr("Show &dealt-with ones too"))
        self.resolved_too.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.resolved_too)
        self.table = RowTable(
            [
                self.tr("Held since"),
                self.tr("Laptop"),
                self.tr("Reason"),
                self.tr("Detail"),
                self.tr("Outcome"),
            ]
        )
        self.table.chosen.connect(self._selected)
        self.detail = QLabel()  # the selected item in full (the table cells are cut short)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why it is dismissed (required)"))
        self.note.textChanged.connect(lambda _t: self._selected())
        self.note.returnPressed.connect(self.dismiss)
        self.dismiss_button = QPushButton(self.tr("D&ismiss with this note"))
        self.dismiss_button.clicked.connect(self.dismiss)
        # A second history of a laptop (its disk copied to another): approving it lets that
        # laptop take on its own identity at its next receipt, and its records count then.
        self.fork_button = QPushButton(self.tr("&Approve as a laptop of its own"))
        self.fork_button.setToolTip(
            self.tr(
                "The laptop holding this history takes on a new identity when it applies "
                "the next receipts; its records are imported from its next bundle. The "
                "other laptop is unaffected."
            )
        )
        self.fork_button.clicked.connect(self.approve_fork)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.fork_button)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._selected()

    def refresh(self) -> None:
        open_only = not self.resolved_too.isChecked()
        ReadOp(self, self.hub, op=lambda: self.hub.quarantined(open_only), success=self._show).run()

    def reason_text(self, item: QuarantineRow) -> str:
        if item.reason == "conflict":
            return self.tr("a record contradicts the county's copy")
        return bundle_reason(item.reason)

    def detail_text(self, item: QuarantineRow) -> str:
        d = item.detail
        parts = []
        if item.schools:
            parts.append(tr(self.tr("schools: %1"), "、".join(item.schools)))
        if isinstance(d.get("fork_seq"), int):
            parts.append(tr(self.tr("differs from record %1 on"), str(d["fork_seq"])))
        if d.get("fingerprint"):
            parts.append(tr(self.tr("key fingerprint %1"), str(d["fingerprint"])))
        why = {
            "sequence taken by different content": self.tr(
                "the laptop sent a different record under the same number"
            ),
            "event id already used": self.tr("a record id the county already has from elsewhere"),
            "damaged": self.tr("its first record is not a readable claim for this laptop"),
            "not-approved": self.tr("the county approved no such history"),
            "bad-signature": self.tr("the claim is not signed by the enrolled laptop's key"),
            "other-branch": self.tr("its records are not the history the county approved"),
        }
        if d.get("why"):
            parts.append(why.get(d["why"], str(d["why"])))
        event = d.get("event")
        if isinstance(event, list) and event and isinstance(event[0], int):
            parts.append(tr(self.tr("record %1"), str(event[0])))
        if d.get("text"):
            parts.append(str(d["text"]))
        return "；".join(parts) or "—"

    def outcome_text(self, item: QuarantineRow) -> str:
        if item.resolved_ms is None and item.branch_approved:
            return self.tr("approved: waiting for the laptop under its new identity")
        if item.resolved_ms is None:
            return self.tr("waiting")
        if item.resolution == "approved":
            return self.tr("imported when the laptop was approved")
        if item.resolution == "rekeyed":
            return tr(self.tr("imported from the laptop's new identity %1"), item.note or "")
        return tr(self.tr("dismissed: %1"), item.note or "")

    def _show(self, items: list[QuarantineRow]) -> None:
        self.items = items
        waiting = sum(1 for i in items if i.resolved_ms is None)
        self.count.setText(
            tr(self.tr("%1 items held."), str(waiting)) if waiting else self.tr("Nothing is held.")
        )
        self.table.fill(
            items,
            lambda i: [
                when(i.at_ms),
                i.device_id,
                self.reason_text(i),
                self.detail_text(i),
                self.outcome_text(i),
            ],
            lambda i: i.id,
        )
        self._selected()

    def current(self) -> QuarantineRow | None:
        qid = self.table.selected_key()
        return next((i for i in self.items if i.id == qid), None)

    def _selected(self) -> None:
        item = self.current()
        self.detail.setText(
            ""
            if item is None
            else tr(
                self.tr("%1 — %2: %3. %4"),
                item.device_id,
                when(item.at_ms),
                self.reason_text(item),
                self.detail_text(item),
            )
        )
        self.dismiss_button.setEnabled(
            item is not None and item.resolved_ms is None and bool(self.note.text().strip())
        )
        self.fork_button.setEnabled(
            item is not None
            and item.reason == "fork"
            and item.resolved_ms is None
            and not item.branch_approved
        )

    def approve_fork(self) -> None:
        item = self.current()
        if item is None or item.reason != "fork" or item.resolved_ms is not None:
            return
        self.fork_button.setEnabled(False)
        WriteOp(
            self,
            self.hub,
            op=lambda: self.hub.approve_fork(item.id),
            success=self._decided,
        ).failure(lambda exc: self.error.setText(describe(exc))).run()

    def dismiss(self) -> None:
        item = self.current()
        if item is None or item.resolved_ms is not None:
            return
        note = self.note.text()
        self.dismiss_button.setEnabled(False)
        WriteOp(
            self,
            self.hub,
            op=lambda: self.hub.dismiss_quarantine(item.id, note),
            success=self._decided,
        ).failure(lambda exc: self.error.setText(describe(exc))).run()

    def _decided(self, _none: object) -> None:
        self.note.clear()
        self.error.clear()
        self.changed.emit()
