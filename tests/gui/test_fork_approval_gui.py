"""The county officer approves a held second history of a laptop (its disk was copied to
another) from the quarantine page: one button, and the next receipt for that laptop names the
branch; the copied laptop's sync station then takes on its new identity."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from app.gui.county.window import CountyWindow
from app.gui.school.main_window import MainWindow
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.laptop.outbox import export_bundle
from tests.county.test_cloned_laptops import cloned
from tests.support.county import COUNTY


def test_the_quarantine_page_approves_a_held_fork(qtbot, zh_app, tmp_path):
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    a, b, shared = cloned(tmp_path, hub)
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    (held,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    a.close()
    b.close()
    win = CountyWindow(hub, COUNTY, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.queue.running and bool(win.dashboard.model.rows), timeout=30000)
    page = win.quarantine
    win.side.setCurrentRow(win.stack.indexOf(page))
    qtbot.waitUntil(lambda: not win.queue.running and page.table.rowCount() == 1, timeout=30000)
    page.table.selectRow(0)
    assert page.current().id == held.quarantine_id
    assert "另一份记录历史" in page.detail.text() and str(shared + 1) in page.detail.text()
    assert page.fork_button.text() == "批准为一台独立的电脑(&A)"
    assert page.fork_button.isEnabled()
    qtbot.mouseClick(page.fork_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not win.queue.running and "已批准" in page.table.text(0, 4), timeout=10000
    )
    device = held.device_id
    assert hub.rekeys(device) == [(b.journal.events()[-1].hash, shared + 1)]
    assert page.table.rowCount() == 1  # still held until the laptop returns under its new name
    page.table.selectRow(0)
    assert not page.fork_button.isEnabled()  # approved once

    win.mail.set_drive(tmp_path / "mail")
    win.mail.write_receipts()
    qtbot.waitUntil(lambda: not win.queue.running, timeout=10000)
    receipt = tmp_path / "mail" / "songpei" / "to-school" / f"{device}.receipt"
    body = json.loads(json.loads(receipt.read_text("utf-8"))["body"])
    assert body["rekeys"] == [{"branch_head": hub.rekeys(device)[0][0], "fork_seq": shared + 1}]
    win.close()
    hub.close()


def test_the_sync_station_of_the_copied_laptop_takes_on_its_new_identity(qtbot, zh_app, tmp_path):
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    a, b, shared = cloned(tmp_path, hub)
    old = b.journal.device_id
    hub.import_paths(export_bundle(a, tmp_path / "usb-a").paths, COUNTY)
    (held,) = hub.import_paths(export_bundle(b, tmp_path / "usb-b").paths, COUNTY)
    hub.approve_fork(held.quarantine_id)
    drive = tmp_path / "usb"
    write_mail(hub, drive, COUNTY)
    win = MainWindow(b)
    qtbot.addWidget(win)
    win.show()
    assert old in win.device.text()
    dialog = win.open_station(drive)
    qtbot.waitUntil(lambda: dialog.go.isEnabled())
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.results.count() > 1 and not dialog.progress.isVisible())
    new = b.journal.device_id
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert new != old and any(f"它现在是电脑 {new}" in t for t in texts), texts
    assert any(f"已把第 {shared + 1}–{b.journal.last_seq()} 条" in t for t in texts), texts
    dialog.accept()
    qtbot.waitUntil(lambda: new in win.device.text())
    (back,) = hub.import_paths([drive], COUNTY)
    assert (back.status, back.device_id) == ("imported", new)
    win.close()
    a.close()
    b.close()
    hub.close()
