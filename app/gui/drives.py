"""Noticing a trainer's drive: both the laptop's window and the county's watch for one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from sync.base.drive import mounted_drives

POLL_MS = 2000


class DriveWatcher(QObject):
    """Polls the mounted volumes; says when a drive carrying a `songpei` folder appears."""

    drive_added = Signal(object)  # Path

    def __init__(self, parent: QObject | None = None, bases: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.bases = bases
        self.known: set[Path] = set(self._songpei_drives())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def _songpei_drives(self) -> list[Path]:
        return [d for d in mounted_drives(self.bases) if (d / "songpei").is_dir()]

    def poll(self) -> None:
        now = set(self._songpei_drives())
        for drive in sorted(now - self.known):
            self.drive_added.emit(drive)
        self.known = now
