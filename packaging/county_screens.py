"""The county office's screens, for screenshots.py: the demo county (sync.demo.county: a hub
fed through real bundles from simulated laptops, with evidence, decisions, a flag and a laptop
still waiting for approval), opened as county staff open it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from sync.county.hub import Hub
from sync.demo import county as county_demo


def shoot_county(
    app: QApplication,
    out: Path,
    lang: str,
    shoot: Callable[[QApplication, object, Path], None],
    settle: Callable[..., None],
) -> None:
    from app.gui.county.unlock import UnlockDialog
    from app.gui.county.window import CountyWindow
    from app.gui.role import RoleDialog

    role = RoleDialog()
    role.show()
    shoot(app, role, out / f"20-role-{lang}.png")
    role.close()

    found = county_demo.build(Path(tempfile.mkdtemp()) / "county", scale=0.006)
    hub = Hub.open(found.hub_path)
    unlock = UnlockDialog(hub)
    unlock.show()
    unlock.passphrase.setText("wrong passphrase")
    unlock.unlock()
    settle(app, 1.5)
    shoot(app, unlock, out / f"21-county-unlock-wrong-{lang}.png")
    unlock.passphrase.setText(found.passphrase_path.read_text().strip())
    unlock.unlock()
    settle(app, 1.5)
    assert unlock.key is not None
    unlock.close()

    win = CountyWindow(hub, unlock.key, watch_drives=False)
    win.move(0, 0)
    win.show()

    def idle() -> None:
        settle(app, 0.3)
        while win.queue.running:
            settle(app, 0.1)

    def page(widget) -> None:
        win.side.setCurrentRow(win.stack.indexOf(widget))
        idle()

    drive = found.folder / "drive"
    page(win.importer)
    win.importer.offer_drive(drive)
    win.importer.start(drive)
    idle()
    shoot(app, win, out / f"22-county-import-{lang}.png")
    dash = win.dashboard
    page(dash)
    shoot(app, win, out / f"23-county-districts-{lang}.png")
    busiest = max(
        range(dash.proxy.rowCount()),
        key=lambda i: (
            dash.model.row_at(dash.proxy.mapToSource(dash.proxy.index(i, 0)).row()).enrolled
        ),
    )
    dash.drill(dash.proxy.index(busiest, 0))
    idle()
    shoot(app, win, out / f"24-county-townships-{lang}.png")
    dash.drill(dash.proxy.index(0, 0))
    idle()
    dash.drill(dash.proxy.index(0, 0))
    idle()
    shoot(app, win, out / f"25-county-teachers-{lang}.png")
    dash.go_up()
    dash.go_up()
    dash.go_up()
    idle()
    dash.search.setText("王")
    settle(app, 0.5)
    idle()
    shoot(app, win, out / f"26-county-search-{lang}.png")
    dash.search.clear()
    settle(app, 0.5)
    idle()
    page(win.devices)
    shoot(app, win, out / f"27-county-laptops-{lang}.png")
    page(win.quarantine)
    win.quarantine.table.selectRow(0)
    shoot(app, win, out / f"28-county-quarantine-{lang}.png")
    devices = win.devices
    page(devices)
    pending = next(i for i, r in enumerate(devices.rows) if r.status == "pending")
    devices.table.selectRow(pending)
    devices.approve()
    check = devices.check
    assert check is not None
    check.field.setText(devices.rows[pending].fingerprint.split()[-1])
    shoot(app, win, out / f"29-county-approve-check-{lang}.png")
    check._check()
    idle()
    shoot(app, win, out / f"29b-county-approved-{lang}.png")
    page(win.evidence)
    win.evidence.table.selectRow(0)
    win.evidence.reject.setChecked(True)
    win.evidence.decide()
    idle()
    shoot(app, win, out / f"30-county-evidence-{lang}.png")
    page(win.plans)
    win.plans.table.selectRow(0)
    idle()
    shoot(app, win, out / f"30b-county-whole-school-{lang}.png")
    page(win.flags)
    win.flags.table.selectRow(0)
    win.flags.note.setText("已电话核实：主板电池没电")
    shoot(app, win, out / f"31-county-anomalies-{lang}.png")
    page(win.mail)
    win.mail.set_drive(drive)
    win.mail.write_receipts()
    idle()
    shoot(app, win, out / f"32-county-mail-{lang}.png")
    page(win.reports)
    win.reports.write_table("xlsx", drive / "学时.xlsx")
    idle()
    shoot(app, win, out / f"33-county-reports-{lang}.png")
    win.reports.write_pdf(drive / "进展报告.pdf")
    idle()
    shoot(app, win, out / f"34-county-report-saved-{lang}.png")
    win.reports.saved.close()
    win.close()
    hub.close()
    for w in (role, unlock, win):  # before the QApplication goes, not in the final collection
        w.deleteLater()
    settle(app, 0.2)
