"""Quarantine: what the hub held back for a person — bundles of laptops not yet approved or
revoked, and records that contradict the county's copy — with the reason in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sync.hub import Hub
from sync.hub_views import HeldItem, held_items

from ...messages import bundle_reason
from .hub_queue import HubQueue
from .tables import fill, make_table, selected_key, when


class QuarantinePage(QWidget):
    def __init__(self, hub: Hub, queue: HubQueue) -> None:
        super().__init__()
        self.hub, self.queue = hub, queue
        self.items: list[HeldItem] = []
        title = QLabel(self.tr("Quarantine"))
        title.setObjectName("pageTitle")
        note = QLabel(self.tr("Held back until a person decides: nothing here counts in the "
                              "reports. Approving a laptop imports its held bundles."))
        note.setObjectName("note")
        note.setWordWrap(True)
        self.count = QLabel()
        self.table = make_table([self.tr("Held since"), self.tr("Laptop"), self.tr("Reason"),
                                 self.tr("Detail")])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()  # the selected item in full (the table cells are cut short)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.table.itemSelectionChanged.connect(self._selected)

    def refresh(self) -> None:
        self.queue.run(lambda: held_items(self.hub), self._show)

    def reason_text(self, item: HeldItem) -> str:
        if item.reason == "conflict":
            return self.tr("a record contradicts the county's copy")
        return bundle_reason(item.reason)

    def detail_text(self, item: HeldItem) -> str:
        parts = []
        if item.schools:
            parts.append(self.tr("schools: %1").replace("%1", "、".join(item.schools)))
        if item.fingerprint:
            parts.append(self.tr("key fingerprint %1").replace("%1", item.fingerprint))
        if item.why:
            why = {"sequence taken by different content":
                   self.tr("the laptop sent a different record under the same number"),
                   "event id already used":
                   self.tr("a record id the county already has from elsewhere")}
            parts.append(why.get(item.why, item.why))
        if item.seq is not None:
            parts.append(self.tr("record %1").replace("%1", str(item.seq)))
        return "；".join(parts) or "—"

    def _show(self, items: list[HeldItem]) -> None:
        self.items = items
        self.count.setText(self.tr("%1 items held.").replace("%1", str(len(items)))
                           if items else self.tr("Nothing is held."))
        fill(self.table, [[when(i.at_ms), i.device_id, self.reason_text(i), self.detail_text(i)]
                          for i in items], [i.id for i in items])
        self._selected()

    def current(self) -> HeldItem | None:
        qid = selected_key(self.table)
        return next((i for i in self.items if i.id == qid), None)

    def _selected(self) -> None:
        item = self.current()
        self.detail.setText("" if item is None else self.tr("%1 — %2: %3. %4").replace(
            "%1", item.device_id).replace("%2", when(item.at_ms))
            .replace("%3", self.reason_text(item)).replace("%4", self.detail_text(item)))
