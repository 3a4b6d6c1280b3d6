"""The county office's screens, for screenshots.py: a hub filled through real bundles from
simulated laptops (one of them still waiting for approval), opened as county staff open it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from content.keys import generate
from content.targets import parse_targets
from sync.export import export_bundle
from sync.hub import Hub
from sync.laptop import Laptop
from sync.simulate import simulate

# Targets of the size of this small demo (the real Guang'an table asks for thousands).
TARGETS = ("区县,专任教师总数,2016年目标\n广安区,6000,8\n华蓥市,2000,4\n岳池县,7228,9\n"
                    "武胜县,5100,7\n邻水县,6500,8\n前锋区,1800,3\n")
PASSPHRASE = "county-screens"


def build_hub(folder: Path) -> tuple[Hub, Path]:
    county = generate("county", "岳池县教师发展中心")
    key = folder / "county.key"
    key.write_bytes(county.to_bytes(PASSPHRASE.encode()))
    hub = Hub.init(folder / "hub.db", county, key)
    hub.set_targets(parse_targets(TARGETS.encode(), "targets.csv"))
    drive = folder / "usb"
    for n in range(6):
        laptop = Laptop.open(folder / f"laptop-{n}")
        simulate(laptop, teachers=8, days=30 + 12 * n, seed=100 + n)
        laptop.add_trust(county.public)
        export_bundle(laptop, drive)
        if n < 5:  # the last one is new: it waits in quarantine until approved
            hub.enrol(laptop.journal.device_id, laptop.journal.device.public_bytes)
        laptop.close()
    return hub, drive


def shoot_county(app: QApplication, out: Path, lang: str,
                 shoot: Callable[[QApplication, object, Path], None],
                 settle: Callable[..., None]) -> None:
    from app.gui.county.unlock import UnlockDialog
    from app.gui.county.window import CountyWindow
    from app.gui.role import RoleDialog

    role = RoleDialog()
    role.show()
    shoot(app, role, out / f"20-role-{lang}.png")
    role.close()

    hub, drive = build_hub(Path(tempfile.mkdtemp()))
    unlock = UnlockDialog(hub)
    unlock.show()
    unlock.passphrase.setText("wrong passphrase")
    unlock.unlock()
    settle(app, 1.5)
    shoot(app, unlock, out / f"21-county-unlock-wrong-{lang}.png")
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    settle(app, 1.5)
    assert unlock.key is not None

    win = CountyWindow(hub, unlock.key, watch_drives=False)
    win.move(0, 0)
    win.show()

    def idle() -> None:
        settle(app, 0.3)
        while win.queue.running:
            settle(app, 0.1)

    win.side.setCurrentRow(1)
    win.importer.offer_drive(drive)
    win.importer.start(drive)
    idle()
    shoot(app, win, out / f"22-county-import-{lang}.png")
    win.side.setCurrentRow(0)
    page = win.dashboard
    idle()
    shoot(app, win, out / f"23-county-districts-{lang}.png")
    busiest = max(range(page.proxy.rowCount()),
                  key=lambda i: page.model.row_at(page.proxy.mapToSource(
                      page.proxy.index(i, 0)).row()).enrolled)
    page.drill(page.proxy.index(busiest, 0))
    shoot(app, win, out / f"24-county-schools-{lang}.png")
    page.drill(page.proxy.index(0, 0))
    shoot(app, win, out / f"25-county-teachers-{lang}.png")
    page.level_box.setCurrentIndex(2)
    page._level_chosen(2)
    page.search.setText("王")
    shoot(app, win, out / f"26-county-search-{lang}.png")
    page.search.clear()
    page._level_chosen(0)
    win.side.setCurrentRow(2)
    idle()
    shoot(app, win, out / f"27-county-laptops-{lang}.png")
    win.side.setCurrentRow(3)
    shoot(app, win, out / f"28-county-quarantine-{lang}.png")
    devices = win.devices
    pending = next(i for i, r in enumerate(devices.rows) if r.status == "pending")
    devices.table.selectRow(pending)
    win.side.setCurrentRow(2)
    devices.approve()
    idle()
    shoot(app, win, out / f"29-county-approved-{lang}.png")
    win.side.setCurrentRow(4)
    win.mail.set_drive(drive)
    win.mail.write_receipts()
    idle()
    shoot(app, win, out / f"30-county-mail-{lang}.png")
    win.side.setCurrentRow(5)
    win.reports.write_csv(drive / "学时.csv")
    idle()
    shoot(app, win, out / f"31-county-reports-{lang}.png")
    win.close()
    hub.close()
