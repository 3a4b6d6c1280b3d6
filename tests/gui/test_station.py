"""The sync station as a trainer meets it: plug in the drive, check the county key, sync."""

from __future__ import annotations

import os
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from app.gui.drives import DriveWatcher
from app.gui.school.main_window import MainWindow
from app.gui.school.station import StationDialog
from content.keys import generate
from sync.base.drive import Drive
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.demo.simulate import simulate

COUNTY = generate("county", "岳池县教师发展中心")


def test_a_visit_from_the_first_key_to_county_confirmed(qtbot, zh_app, laptop, tmp_path):
    simulate(laptop, teachers=2, days=10, seed=3)
    drive = tmp_path / "usb"
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    write_mail(hub, drive, COUNTY)  # the county's first mail carries its public key

    dialog = StationDialog(laptop, drive)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert COUNTY.public.fingerprint in dialog.county.text() and "电话" in dialog.county.text()
    # The school reads its own fingerprint to the county from here (or from the first screen).
    assert dialog.device_label.text().startswith("本机：" + laptop.journal.device_id)
    assert laptop.fingerprint in dialog.device_label.text()
    assert dialog.trust_button.isVisible() and not dialog.go.isEnabled()
    qtbot.mouseClick(dialog.trust_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan.county is not None)
    assert laptop.trust().county_key() == COUNTY.public
    assert f"{laptop.journal.last_seq()}" in dialog.records.text()

    qtbot.mouseClick(dialog.go, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and not dialog.progress.isVisible())
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any("已把第 1–" in t and "加密" in t for t in texts), texts

    hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
    (r,) = hub.import_paths([drive], COUNTY)
    assert r.status == "imported"
    write_mail(hub, drive, COUNTY)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.go.isEnabled())
    assert "县级回执" in dialog.receipt.text()
    qtbot.mouseClick(dialog.go, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            "县级已确认" in dialog.results.item(i).text() for i in range(dialog.results.count())
        )
    )
    assert laptop.acked_seq() == laptop.journal.last_seq()
    qtbot.waitUntil(lambda: dialog.records.text() == "县级已确认全部记录。")
    hub.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a test volume needs root")
def test_the_copy_says_its_speed_and_the_time_left(qtbot, zh_app, laptop, tmp_path):
    dialog = StationDialog(laptop, tmp_path / "usb")
    qtbot.addWidget(dialog)
    dialog._started = time.monotonic() - 4.0  # four seconds into a copy of 100 MB
    dialog._progress(20_000_000, 100_000_000)
    assert dialog.progress.value() == 200
    text = dialog.progress.text()
    assert text.startswith("正在安装内容：20%，5.0 MB/秒，约剩") and "16 秒" in text, text


def test_plugging_in_a_drive_offers_the_station(qtbot, zh_app, laptop, tmp_path):
    media = tmp_path / "media"
    usb = media / "USB-DISK"
    usb.mkdir(parents=True)
    watcher = DriveWatcher(bases=[media])
    assert watcher.known == set()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(usb)]).returncode:
        pytest.skip("cannot mount here")
    try:
        Drive(usb).ensure()
        with qtbot.waitSignal(watcher.drive_added, timeout=5000) as seen:
            watcher.poll()
        assert seen.args == [usb]
        win = MainWindow(laptop)
        qtbot.addWidget(win)
        win.show()
        assert laptop.fingerprint in win.picker.device_label.text()
        win.offer_station(usb)
        assert win.drive_button.isVisible() and "同步站" in win.drive_button.text()
        qtbot.mouseClick(win.drive_button, Qt.LeftButton)
        dialog = win.findChild(StationDialog)
        assert dialog is not None and dialog.drive == usb
    finally:
        subprocess.run(["umount", "-l", str(usb)])


def test_the_station_installs_packs_from_the_drive(qtbot, zh_app, laptop, tmp_path):
    from tests.support.packs import PUBLISHER, built_pack, copy_pack

    laptop.add_trust(PUBLISHER.public)
    drive = tmp_path / "usb"
    copy_pack(built_pack(tmp_path, video_bytes=8 * 1024 * 1024), Drive(drive).ensure().packs)
    dialog = StationDialog(laptop, drive)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "内容包：1 个" in dialog.packs.text() and dialog.go.isEnabled()
    seen = []
    formats = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.progress.valueChanged.connect(lambda _v: formats.append(dialog.progress.format()))
    qtbot.mouseClick(dialog.go, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.results.count() > 0 and not dialog.progress.isVisible(), timeout=20000
    )
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any("已安装内容包" in t for t in texts), texts
    assert any(0 < v < 1000 for v in seen), "the bar showed the copy going"
    assert all(f.startswith("正在安装内容：%p%") for f in formats if f != "%p%"), formats
    # Result lines wrap inside the dialog, which stays on the screen.
    assert dialog.results.wordWrap()
    assert dialog.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert [c.title for c in laptop.catalog.courses] == ["A5 课堂导入"]
    qtbot.waitUntil(dialog.go.isEnabled)  # the plan is read again after a sync
    qtbot.mouseClick(dialog.go, Qt.LeftButton)  # plugged in again: nothing to copy
    qtbot.waitUntil(
        lambda: any(
            "已经安装过了" in dialog.results.item(i).text() for i in range(dialog.results.count())
        ),
        timeout=20000,
    )
