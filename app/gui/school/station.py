"""The sync station: a trainer's drive is plugged in; one screen says what will happen (county
key, records to send, receipt to apply, packs on the drive) and does it with one click."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.laptop import station
from sync.laptop.laptop import Laptop

from ...messages import describe, tr
from ..operations import ReadOp, WriteOp
from ..widgets import fit


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    if minutes:
        return tr(
            QCoreApplication.translate("StationDialog", "%1 min %2 s"), str(minutes), str(secs)
        )
    return tr(QCoreApplication.translate("StationDialog", "%1 s"), str(secs))


class StationDialog(QDialog):
    def __init__(self, laptop: Laptop, drive: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.laptop, self.drive = laptop, drive
        self.plan: station.Plan | None = None
        self.setWindowTitle(tr(self.tr("Sync station — %1"), str(drive)))
        self.setMinimumWidth(640)
        title = QLabel(tr(self.tr("Trainer's drive: %1"), str(drive)))
        title.setObjectName("pageTitle")
        self.device_label = QLabel(
            tr(
                self.tr(
                    "This computer: %1 · key fingerprint %2 (the county asks for it before "
                    "approving this computer)"
                ),
                laptop.journal.device_id,
                laptop.fingerprint,
            )
        )
        self.device_label.setObjectName("note")
        self.device_label.setWordWrap(True)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.county = QLabel()
        self.county.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("The fingerprint matches: trust this county key"))
        self.trust_button.setVisible(False)
        self.trust_button.clicked.connect(self.trust_offered)
        self.records = QLabel()
        self.receipt = QLabel()
        self.packs = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the steps are short and cannot be counted ahead
        self.progress.setVisible(False)
        self.results = QListWidget()
        self.results.setWordWrap(True)  # long lines wrap: nobody scrolls sideways to read them
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVisible(False)
        self.go = QPushButton(self.tr("Sync now"))
        self.go.setDefault(True)
        self.go.setEnabled(False)
        self.go.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        for w in (
            title,
            self.device_label,
            self.county,
            self.trust_button,
            self.records,
            self.receipt,
            self.packs,
            self.progress,
            self.results,
        ):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        ReadOp(
            self,
            self.laptop,
            op=lambda: station.plan(self.laptop, self.drive),
            success=self._show_plan,
        ).run()

    def _show_plan(self, plan: station.Plan) -> None:
        self.plan = plan
        if plan.county is not None:
            self.county.setText(
                tr(
                    self.tr("County key: %1 (fingerprint %2)."),
                    plan.county.name or plan.county.key_id,
                    plan.county.fingerprint,
                )
            )
        elif plan.offered is not None:
            self.county.setText(
                tr(
                    self.tr(
                        "The drive carries the county key “%1”, fingerprint %2. "
                        "Before trusting it, read the fingerprint to the county "
                        "office on the phone and make sure it matches."
                    ),
                    plan.offered.name or plan.offered.key_id,
                    plan.offered.fingerprint,
                )
            )
        else:
            self.county.setText(
                self.tr(
                    "No county key on this computer or on the drive: records cannot be sent "
                    "yet. At the county office, have the county's mail (with its public key) "
                    "written onto this drive, then plug it in here again."
                )
            )
        self.trust_button.setVisible(plan.county is None and plan.offered is not None)
        self.records.setText(
            tr(self.tr("Records to send to the county: %1."), str(plan.unconfirmed))
            if plan.unconfirmed
            else self.tr("The county has confirmed every record.")
        )
        self.receipt.setText(
            self.tr("A county receipt for this computer is on the drive.")
            if plan.receipt
            else self.tr("No county receipt for this computer.")
        )
        self.packs.setText(tr(self.tr("Content packs on the drive: %1."), str(len(plan.packs))))
        self.go.setEnabled(
            bool(plan.packs) or (plan.county is not None and (plan.unconfirmed > 0 or plan.receipt))
        )
        self.go.setFocus()
        self.adjustSize()  # the wrapped county text changes height: grow, never clip it
        fit(self, self.width(), self.height())  # ...but never beyond the screen

    def trust_offered(self) -> None:
        offered = self.plan.offered if self.plan else None
        if offered is not None:
            WriteOp(
                self,
                self.laptop,
                op=lambda: self.laptop.add_trust(offered),
                success=lambda _: self.refresh(),
            ).run()

    def start(self) -> None:
        self.go.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.results.setVisible(True)
        self.results.clear()
        self._started = time.monotonic()
        WriteOp(
            self,
            self.laptop,
            op=lambda report: station.run(self.laptop, self.drive, report),
            success=self._done,
        ).with_progress(self._progress).run()

    def _progress(self, done: int, total: int) -> None:
        """Bytes of content packs copied so far; a busy bar once the packs are in."""
        if total and done < total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            elapsed = time.monotonic() - self._started
            if done and elapsed > 1:
                left = elapsed * (total - done) / done
                self.progress.setFormat(
                    tr(
                        self.tr("Installing content: %p%, %1 MB/s, about %2 left"),
                        f"{done / elapsed / 1e6:.1f}",
                        _duration(left),
                    )
                )
            else:
                self.progress.setFormat(self.tr("Installing content: %p%"))
            self.progress.setTextVisible(True)
        else:
            self.progress.setRange(0, 0)

    def _done(self, out: station.Outcome) -> None:
        self.progress.setVisible(False)
        for r in out.installed:
            m = r.manifest
            text = (
                self.tr("Content pack “%1” version %2 was already installed.")
                if r.status == "already"
                else self.tr("Installed the content pack “%1”, version %2.")
            )
            self.results.addItem(tr(text, m.title, str(m.version)))
        if out.receipt is not None and out.receipt.device_id:
            self.results.addItem(
                tr(
                    self.tr(
                        "The county approved this laptop's own history since its disk was "
                        "copied: it is now the laptop %1. The earlier record and key are kept "
                        "in %2."
                    ),
                    out.receipt.device_id,
                    out.receipt.kept,
                )
            )
        elif out.receipt is not None and out.receipt.status == "fork":
            self.results.addItem(
                self.tr(
                    "The county holds another history under this laptop's name (its disk was "
                    "probably copied to another laptop). Nothing is confirmed; the county keeps "
                    "these records until it has resolved this."
                )
            )
        elif out.receipt is not None and out.receipt.resend:
            self.results.addItem(
                tr(
                    self.tr(
                        "The county now holds records only up to %1; this export sends the "
                        "others again."
                    ),
                    str(out.receipt.acked_seq),
                )
            )
        elif out.receipt is not None and out.receipt.status != "none":
            self.results.addItem(
                tr(
                    self.tr("County confirmed (县级已确认): records up to %1."),
                    str(out.receipt.acked_seq),
                )
            )
        if out.export is not None:
            e = out.export
            if e.status == "written":
                self.results.addItem(
                    tr(
                        self.tr(
                            "Wrote records %1–%2 to the drive, encrypted for "
                            "the county and checked."
                        ),
                        str(e.first),
                        str(e.last),
                    )
                )
            elif e.status == "up-to-date":
                self.results.addItem(self.tr("The drive already carries these records."))
            else:
                self.results.addItem(self.tr("Nothing new to send."))
        for exc in out.problems:
            self.results.addItem(describe(exc))
        self.refresh()
