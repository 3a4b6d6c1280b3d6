"""The county office's window: a side list of pages (overview, import, laptops, evidence,
whole-school plans, anomalies, quarantine, mail, reports); a plugged-in trainer's drive is
offered for import and mail at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from content.keys import PrivateKey
from sync.county.hub import Hub

from ...messages import tr
from ..drives import DriveWatcher
from ..operations import worker
from .dashboard_page import DashboardPage
from .devices_page import DevicesPage
from .evidence_page import EvidencePage
from .flags_page import FlagsPage
from .import_page import ImportPage
from .mail_page import MailPage
from .quarantine_page import QuarantinePage
from .reports_page import ReportsPage
from .school_documents_page import SchoolDocumentsPage


class CountyWindow(QMainWindow):
    def __init__(self, hub: Hub, key: PrivateKey, watch_drives: bool = True) -> None:
        super().__init__()
        self.hub, self.key = hub, key
        self.setWindowTitle(tr(self.tr("Songpei — county office: %1"), hub.path.name))
        self.setMinimumSize(900, 560)  # 1366×768 at 125 % scale leaves 1093×614
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width()), min(720, room.height() - 40))
        self.queue = worker(hub)  # the hub's operations, one after another on its thread
        self.dashboard = DashboardPage(hub)
        self.importer = ImportPage(hub, key)
        self.devices = DevicesPage(hub, key)
        self.quarantine = QuarantinePage(hub)
        self.evidence = EvidencePage(hub, officer=key.name)
        self.plans = SchoolDocumentsPage(hub, officer=key.name)
        self.flags = FlagsPage(hub)
        self.mail = MailPage(hub, key)
        self.reports = ReportsPage(hub, key)
        self.pages: list[tuple[QWidget, str]] = [
            (self.dashboard, self.tr("Overview")),
            (self.importer, self.tr("Import")),
            (self.devices, self.tr("Laptops")),
            (self.evidence, self.tr("Evidence")),
            (self.plans, self.tr("Whole-school")),
            (self.flags, self.tr("Anomalies")),
            (self.quarantine, self.tr("Quarantine")),
            (self.mail, self.tr("Mail")),
            (self.reports, self.tr("Reports")),
        ]
        self.stack = QStackedWidget()
        self.side = QListWidget()
        self.side.setObjectName("sideList")
        self.side.setAccessibleName(self.tr("Pages"))
        for n, (page, name) in enumerate(self.pages, start=1):
            self.stack.addWidget(page)
            self.side.addItem(name)
            self.side.item(n - 1).setToolTip(f"Ctrl+{n}")
            QShortcut(
                QKeySequence(f"Ctrl+{n}"),
                self,
                lambda n=n: self.side.setCurrentRow(n - 1),
            )
        self.side.setFixedWidth(self.side.sizeHintForColumn(0) + 40)
        self.side.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.statusBar().addPermanentWidget(
            QLabel(
                tr(
                    self.tr("County key %1 (fingerprint %2)"),
                    key.name or key.public.key_id,
                    key.public.fingerprint,
                )
            )
        )
        self.importer.imported.connect(lambda _r: self.refresh())
        self.devices.changed.connect(self.refresh)
        self.quarantine.changed.connect(self.refresh)
        self.watcher = DriveWatcher(self) if watch_drives else None
        if self.watcher is not None:
            self.watcher.drive_added.connect(self.drive_found)
        self.side.setCurrentRow(0)
        self.refresh()

    def refresh(self) -> None:
        """Everything the hub shows, read again (one after another on the hub's worker)."""
        self.dashboard.refresh()
        self.devices.refresh()
        self.evidence.refresh()
        self.plans.refresh()
        self.flags.refresh()
        self.quarantine.refresh()

    def drive_found(self, drive: Path) -> None:
        self.importer.offer_drive(drive)
        self.mail.set_drive(drive)
        self.statusBar().showMessage(
            tr(self.tr("A trainer's drive was plugged in: %1"), str(drive)), 15000
        )
        self.side.setCurrentRow(1)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.queue.running:  # the hub is mid-write: let it finish first
            event.ignore()
            self.statusBar().showMessage(self.tr("Please wait: the hub is still working."), 5000)
            self.queue.idle.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            return
        super().closeEvent(event)
