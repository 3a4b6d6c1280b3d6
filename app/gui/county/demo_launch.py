"""`songpei demo --county`: the demo county (sync.demo.county) built once in the demo data
folder, then the county window on it. The demo county key's passphrase is public on purpose
(like the demo publisher key's), so no one is asked for it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from content.keys import PrivateKey, load_private
from sync.county.hub import Hub
from sync.demo import county as county_demo

from ...messages import describe, tr
from .. import operations
from ..operations import WriteOp
from .window import CountyWindow

translate = QCoreApplication.translate


def demo_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "county"


def open_demo(found: county_demo.DemoCounty) -> tuple[Hub, PrivateKey]:
    secret = found.passphrase_path.read_bytes().strip()
    hub = Hub.open(found.hub_path)
    key = load_private(found.key_path, secret, role="county")
    hub.check_key(key, found.key_path)
    return hub, key


def build_with_progress(folder: Path) -> county_demo.DemoCounty | None:
    """Build the demo county on a worker, with a progress dialog (one step per laptop)."""
    # None: no cancel button (Qt's null string); the stubs accept only str
    dialog = QProgressDialog(  # type: ignore[call-overload]
        translate("CountyDemo", "Building the demo county (once)…"), None, 0, 0
    )
    dialog.setWindowTitle(translate("CountyDemo", "Songpei — demo county"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    outcome: list = []

    def progressed(done: int, total: int) -> None:
        dialog.setRange(0, total)
        dialog.setValue(done)
        dialog.setLabelText(
            tr(
                translate("CountyDemo", "Building the demo county (once): laptop %1 of %2"),
                str(done),
                str(total),
            )
        )

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    WriteOp(
        dialog, None, op=lambda report: county_demo.build(folder, progress=report), success=finished
    ).failure(finished).with_progress(progressed).run()
    loop.exec()
    dialog.close()
    result = outcome[0]
    if isinstance(result, BaseException):
        QMessageBox.critical(
            None, translate("CountyDemo", "Songpei — demo county"), describe(result)
        )
        return None
    return result


def run_demo_county(data_dir: Path, reset: bool = False) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = demo_folder(data_dir)
    if reset and county_demo.built(folder) is not None:
        shutil.rmtree(folder)
    found = county_demo.built(folder) or build_with_progress(folder)
    if found is None:
        return 1
    hub, key = open_demo(found)
    try:
        window = CountyWindow(hub, key)
        window.setWindowTitle(window.windowTitle() + translate("CountyDemo", " (demo)"))
        window.show()
        return app.exec()
    finally:
        operations.drain(hub)
        hub.close()
