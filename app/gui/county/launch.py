"""Opening the county window: the hub file (a file that is not a hub says so and lets the
person choose another), then the county key's passphrase, then the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from sync.base import settings
from sync.base.errors import SongpeiError
from sync.county.hub import Hub

from ...messages import describe
from .. import operations
from ..drives import documents_folder
from .unlock import UnlockDialog
from .window import CountyWindow

translate = QCoreApplication.translate


def choose_hub_file(parent: QWidget | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("CountyLaunch", "Choose the county hub (created with: songpei hub init)"),
        documents_folder(),
        translate("CountyLaunch", "County hub (*.db);;All files (*)"),
    )
    return Path(path) if path else None


def open_hub(path: Path | None, parent: QWidget | None = None) -> Hub | None:
    """The hub at `path`; while it is not one, say why and offer to choose another file."""
    while path is not None:
        try:
            return _upgraded(path, parent) if Hub.upgrade_pending(path) else Hub.open(path)
        except SongpeiError as exc:
            QMessageBox.warning(
                parent, translate("CountyLaunch", "Songpei — county office"), describe(exc)
            )
        path = choose_hub_file(parent)
    return None


def _upgraded(path: Path, parent: QWidget | None) -> Hub | None:
    """Open a hub that must first be brought up to date for this version: a minute for a
    county's years of events, on a worker thread, with a dialog saying what is happening."""
    done = QEventLoop()
    outcome: list = []

    def ended(result: object) -> None:
        outcome.append(result)
        done.quit()

    operations.WriteOp(parent, None, op=lambda: Hub.open(path), success=ended).failure(
        ended
    ).with_busy_text(
        translate(
            "CountyLaunch",
            "Bringing the county hub up to date for this version of Songpei. This is done "
            "once; a hub of several years takes a minute or two…",
        )
    ).run()
    done.exec()
    if not outcome:  # the event loop ended first: the session is closing
        return None
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def run_county(data_dir: Path, hub_path: Path | None) -> int:
    """Open the county window and run until it closes; the hub chosen is remembered."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hub = open_hub(hub_path or choose_hub_file())
    if hub is None:
        return 1
    try:
        dialog = UnlockDialog(hub)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
            return 0
        try:
            settings.set_role(data_dir, settings.COUNTY, hub.path)
        except SongpeiError as exc:  # the window still opens; only the memory is lost
            QMessageBox.warning(
                None, translate("CountyLaunch", "Songpei — county office"), describe(exc)
            )
        window = CountyWindow(hub, dialog.key)
        window.show()
        return app.exec()
    finally:
        operations.drain(hub)
        hub.close()
