"""The dashboard names the level it reports on, says how many schools the roster does not list,
and shows 选送 / 选送率 / 报到率 in a year with a project, as sync.county.measures has them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.county.window import CountyWindow
from sync.county import rosters
from sync.county.measures import summary
from sync.county.roster_files import parse_roster, parse_selection
from sync.laptop.laptop import Laptop
from tests.support.county_gui import COUNTY, county_hub, laptop_on_drive


def test_the_dashboard_shows_selection_and_the_roster(qtbot, zh_app, tmp_path):
    hub = county_hub(tmp_path)
    drive = tmp_path / "usb"
    lp: Laptop = laptop_on_drive(tmp_path, "a", 6, 41, drive)
    hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
    assert [r.status for r in hub.import_paths([drive], COUNTY)] == ["imported"]
    people = lp.teachers.all()
    lp.close()
    schools = sorted({t.school for t in people})

    win = CountyWindow(hub, COUNTY, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    page = win.dashboard
    qtbot.waitUntil(lambda: not win.queue.running and bool(page.model.rows), timeout=30000)
    year = page.current_year()
    # the targets list 区 and 县: the page reports on a 市; no roster yet, every school guessed
    assert page.where.text().startswith("全市：全部区县")
    assert f"有 {len(schools)} 所学校不在学校名册中" in page.where.text()
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert "选送" not in headers  # no project in the year: no selection columns

    roster = "学校代码,学校,区县,乡镇,学段\n" + "".join(
        f"51160{i},{s},{s[:3]},,小学\n" for i, s in enumerate(schools[1:])
    )
    rosters.set_roster(hub, parse_roster(roster.encode(), "名册.csv"))
    p = rosters.add_project(
        hub, year, "送教下乡", "县教师发展中心", f"{year}-03-01", f"{year}-12-31", "mixed"
    )
    chosen = people[:4]
    listing = "姓名,身份证号,学校\n" + "".join(
        f"{t.name},{t.id_number},{t.school}\n" for t in chosen
    )
    rosters.set_selection(hub, p.id, parse_selection(listing.encode(), "名单.csv"))
    page.refresh()
    qtbot.waitUntil(lambda: not win.queue.running and "有 1 所学校" in page.where.text())

    tip = Qt.ItemDataRole.ToolTipRole
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal, tip)
        for c in range(page.model.columnCount())
    ]
    col = {h: c for c, h in enumerate(headers)}
    districts = summary(hub, year, "district")
    assert sum(d.selected or 0 for d in districts) == len(chosen)
    for i, d in enumerate(page.model.rows):
        assert d == districts[i]
        for name, rate in (("选送率", d.selection_rate), ("报到率", d.report_rate)):
            shown = page.model.data(page.model.index(i, col[name]))
            assert shown == ("—" if rate is None else f"{100 * rate:.1f}%")
    assert "选送" not in col  # districts show the rate; the count is a level down
    win.resize(1093, 614)  # 1366×768 at 125 %: every district column in view
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)
    busy = next(d for d in districts if d.selected)
    assert busy.report_rate == 1.0  # every selected teacher is enrolled on the laptop
    assert busy.selection_rate == busy.selected / busy.teachers_total
    hub.close()
