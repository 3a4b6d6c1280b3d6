"""Noticing a trainer's drive: both the laptop's window and the county's watch for one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from sync.base.drive import mounted_drives

POLL_MS = 2000


def songpei_drives(drives: list[Path]) -> list[Path]:
    """Those of `drives` that carry a `songpei` folder: a trainer's drives."""
    return [d for d in drives if (d / "songpei").is_dir()]


def documents_folder() -> str:
    """Where a saved file goes first: the user's Documents folder (文档), or home without one."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def start_folder(bases: list[Path] | None = None) -> str:
    """Where a file dialog that picks from a drive opens: the plugged-in drive (one carrying a
    songpei folder first), else the Documents folder, so nobody starts from the program's own
    folder."""
    drives = mounted_drives(bases)
    ours = songpei_drives(drives)
    if ours or drives:
        return str((ours or drives)[0])
    return documents_folder()


class DriveWatcher(QObject):
    """Polls the mounted volumes; says when a drive carrying a `songpei` folder appears."""

    drive_added = Signal(object)  # Path

    def __init__(self, parent: QObject | None = None, bases: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.bases = bases
        self.known: set[Path] = set(songpei_drives(mounted_drives(self.bases)))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def poll(self) -> None:
        now = set(songpei_drives(mounted_drives(self.bases)))
        for drive in sorted(now - self.known):
            self.drive_added.emit(drive)
        self.known = now
