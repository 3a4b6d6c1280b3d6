"""Start the desktop app: on the first start ask what this computer is for, then open the school
laptop's window (school.launch) or the county office's (county.launch)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from sync.base import settings
from sync.base.errors import SongpeiError

from ..messages import describe
from . import style


def _role(data_dir: Path) -> str | None:
    """What this computer is for; asked on the very first start (see role.py)."""
    role = settings.role(data_dir)
    if role is not None:
        return role
    from .role import RoleDialog

    dialog = RoleDialog()
    if not dialog.exec() or dialog.role is None:
        raise SystemExit(0)
    if dialog.role == settings.LAPTOP:
        try:
            settings.set_role(data_dir, settings.LAPTOP)
        except SongpeiError as exc:  # Laptop.open below names the folder's problem
            print(describe(exc), file=sys.stderr)
    return dialog.role


def _stored_hub(data_dir: Path) -> Path | None:
    hub = settings.read(data_dir).get("hub")
    return Path(hub) if isinstance(hub, str) and hub else None


def run_demo_county(data_dir: Path, reset: bool = False) -> int:
    """`songpei demo --county`: the county window on the demo county (in the demo folder)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName("Songpei")
    style.apply(app)
    from .county.demo_launch import run_demo_county as run

    try:
        return run(data_dir, reset)
    except SongpeiError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Launch", "Songpei"), describe(exc))
        print(describe(exc), file=sys.stderr)
        return 1


def run_gui(
    data_dir: Path, demo: bool = False, reset: bool = False, county: Path | None = None
) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName("Songpei")
    style.apply(app)
    if county is not None or not demo and _role(data_dir) == settings.COUNTY:
        from .county.launch import run_county

        return run_county(data_dir, county or _stored_hub(data_dir))
    from .school.launch import run_school

    return run_school(data_dir, demo, reset)
