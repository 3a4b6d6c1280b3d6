"""The trainer's USB drive: one `songpei` folder that many laptops and schools share.

songpei/packs/       content packs to install on laptops
songpei/to-county/   bundles from laptops, for the county office
songpei/to-school/   county mail (receipts, rosters) for the laptops
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sync.base.durable import translate_os_error

ROOT = "songpei"


@dataclass(frozen=True)
class Drive:
    root: Path

    @property
    def base(self) -> Path:
        return self.root / ROOT

    @property
    def packs(self) -> Path:
        return self.base / "packs"

    @property
    def to_county(self) -> Path:
        return self.base / "to-county"

    @property
    def to_school(self) -> Path:
        return self.base / "to-school"

    def ensure(self) -> Drive:
        for p in (self.packs, self.to_county, self.to_school):
            try:
                p.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise translate_os_error(exc, p) from exc
        return self

    def is_songpei_drive(self) -> bool:
        return self.base.is_dir()


def mounted_drives(bases: list[Path] | None = None) -> list[Path]:
    """Removable volumes as the desktop mounts them (polled by the sync station); `bases`
    replaces the usual mount folders (/media/USER, /run/media/USER, /media)."""
    if sys.platform == "win32" and bases is None:
        import ctypes

        found = []
        mask = ctypes.windll.kernel32.GetLogicalDrives()
        for i in range(26):
            if mask & (1 << i):
                root = f"{chr(65 + i)}:\\\\"
                if ctypes.windll.kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                    found.append(Path(root))
        return found
    user = os.environ.get("USER") or ""
    if bases is None:
        bases = [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    found = []
    for base in bases:
        try:
            found += [p for p in base.iterdir() if p.is_dir() and os.path.ismount(p)]
        except OSError:
            continue
    return sorted(set(found))
