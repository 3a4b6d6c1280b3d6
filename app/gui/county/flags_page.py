"""Anomalies: what the hub noticed while importing (a laptop's clock, more than 24 hours in a
day, one teacher on two laptops at once …). A person looks and closes each with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.county.decisions import FlagRow
from sync.county.hub import Hub

from ...messages import describe, flag_name, tr, when
from ..operations import ReadOp, WriteOp
from ..widgets import error_label
from .tables import RowTable


class FlagsPage(QWidget):
    def __init__(self, hub: Hub) -> None:
        super().__init__()
        self.hub = hub
        self.rows: list[FlagRow] = []
        title = QLabel(self.tr("Anomalies"))
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr(
                "The hub never changes records by itself: it notes what looks "
                "wrong. Look into each one (call the school if needed) and close "
                "it with a note saying what you found."
            )
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        self.closed_too = QCheckBox(self.tr("Show &closed ones too"))
        self.closed_too.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.closed_too)
        self.table = RowTable(
            [
                self.tr("Noticed"),
                self.tr("What"),
                self.tr("Teacher"),
                self.tr("Laptop"),
                self.tr("Detail"),
                self.tr("Note"),
            ]
        )
        self.table.chosen.connect(self._selected)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What you found (required to close)"))
        self.note.textChanged.connect(lambda _t: self._selected())
        self.note.returnPressed.connect(self.close_flag)
        self.close_button = QPushButton(self.tr("C&lose with this note"))
        self.close_button.clicked.connect(self.close_flag)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.close_button)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._selected()

    def detail_text(self, f: FlagRow) -> str:
        """The flag's detail in words where its kind has a shape (see Hub._flag callers)."""
        if f.kind == "over-24h" and ":" in f.detail:
            day, seconds = f.detail.split(":", 1)
            try:
                hours = float(seconds) / 3600
            except ValueError:
                return f.detail
            return tr(self.tr("%1: %2 hours of study"), day, f"{hours:.1f}")
        if f.kind in ("clock-skew", "overlap") and f.detail.lstrip("-").isdigit():
            return tr(self.tr("the laptop said %1"), when(int(f.detail)))
        if f.kind == "several-devices":
            return tr(self.tr("laptops %1"), f.detail.replace(",", "、"))
        if f.seq is not None and not f.detail:
            return tr(self.tr("record %1"), str(f.seq))
        return f.detail or "—"

    def refresh(self) -> None:
        open_only = not self.closed_too.isChecked()
        ReadOp(self, self.hub, op=lambda: self.hub.flags(open_only), success=self._show).run()

    def _show(self, rows: list[FlagRow]) -> None:
        self.rows = rows
        still = sum(1 for f in rows if f.closed_ms is None)
        self.count.setText(
            tr(self.tr("%1 open anomalies."), str(still))
            if still
            else self.tr("No open anomalies.")
        )
        self.table.fill(
            rows,
            lambda f: [
                when(f.at_ms),
                flag_name(f.kind),
                f.teacher_name or "—",
                f.device_id,
                self.detail_text(f),
                f.note or "",
            ],
            lambda f: f.id,
        )
        self._selected()

    def current(self) -> FlagRow | None:
        fid = self.table.selected_key()
        return next((f for f in self.rows if f.id == fid), None)

    def _selected(self) -> None:
        f = self.current()
        self.close_button.setEnabled(
            f is not None and f.closed_ms is None and bool(self.note.text().strip())
        )

    def close_flag(self) -> None:
        f = self.current()
        if f is None or f.closed_ms is not None:
            return
        note = self.note.text()
        self.close_button.setEnabled(False)
        WriteOp(
            self, self.hub, op=lambda: self.hub.close_flag(f.id, note), success=self._closed
        ).failure(lambda exc: self.error.setText(describe(exc))).run()

    def _closed(self, _none: object) -> None:
        self.note.clear()
        self.error.clear()
        self.refresh()
