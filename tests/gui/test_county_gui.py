"""The county window as county staff meet it: unlock the key, import a drive, approve a new
laptop, read who is behind (the same numbers hub_report gives), write mail, export."""

from __future__ import annotations

import csv
import json
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.county.dashboard_model import DashboardFilter, DashboardModel
from app.gui.county.lrs_dialog import LrsDialog
from app.gui.county.unlock import UnlockDialog
from app.gui.county.window import CountyWindow
from content.keys import fingerprint
from sync.base import settings
from sync.county import xapi
from sync.county.measures import summary, years
from sync.laptop.laptop import Laptop
from tests.support.county import back_to_version_14
from tests.support.county_gui import COUNTY, PASSPHRASE, county_hub, laptop_on_drive
from tests.support.ralph import PASSWORD as LRS_PASSWORD
from tests.support.ralph import USER as LRS_USER


@pytest.fixture
def hub(tmp_path):
    h = county_hub(tmp_path)
    yield h
    h.close()


def window(qtbot, hub) -> CountyWindow:
    win = CountyWindow(hub, COUNTY, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.queue.running)
    return win


def test_the_key_opens_with_its_passphrase_and_a_wrong_one_says_so(qtbot, zh_app, hub):
    dialog = UnlockDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(hub.county_key_path) in dialog.key_label.text()
    dialog.passphrase.setText("不是这个口令")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter unlocks
    qtbot.waitUntil(lambda: "口令" in dialog.error.text() and "再试" in dialog.error.text())
    assert dialog.key is None and dialog.isVisible()
    assert str(hub.county_key_path) in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.key is not None)
    assert dialog.key.public == COUNTY.public and not dialog.isVisible()


def test_another_countys_key_is_refused(qtbot, zh_app, hub, tmp_path):
    from content.keys import generate

    other = tmp_path / "other.key"
    other.write_bytes(generate("county", "别的县").to_bytes(PASSPHRASE.encode()))
    dialog = UnlockDialog(hub)
    qtbot.addWidget(dialog)
    dialog.key_path = other
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(
        lambda: (
            "不是本县级数据库" in dialog.error.text() or COUNTY.public.key_id in dialog.error.text()
        )
    )
    assert dialog.key is None


def test_a_file_that_is_not_a_hub_is_named(qtbot, zh_app, tmp_path, monkeypatch):
    from app.gui.county import launch

    bogus = tmp_path / "学时.csv"
    bogus.write_text("姓名,学时\n", encoding="utf-8")
    said = []

    def answer():
        box = QApplication.activeModalWidget()
        said.append(box.text())
        box.accept()

    QTimer.singleShot(200, answer)
    # After the message, the person is offered another file; here they cancel.
    monkeypatch.setattr(launch, "choose_hub_file", lambda parent=None: None)
    assert launch.open_hub(bogus) is None
    assert str(bogus) in said[0] and "县级数据库" in said[0]


def test_a_hub_of_the_version_before_opens_brought_up_to_date(qtbot, zh_app, hub, tmp_path):
    """A county's hub made by the version before: opening it rebuilds its events table (a
    minute at a county's size), on a worker thread under a dialog saying so; nothing is lost."""
    from app.gui.county import launch
    from sync.county.hub import Hub

    path, before = hub.path, hub.checksums()["events"]
    hub.close()
    back_to_version_14(path)
    assert Hub.upgrade_pending(path)
    opened = launch.open_hub(path)
    assert opened is not None
    try:
        assert not Hub.upgrade_pending(path)
        assert opened.checksums()["events"] == before
        assert (path.parent / f"{path.name}.v14.bak").is_file()  # the file as it was, kept
    finally:
        opened.close()


def test_import_a_drive_then_approve_the_new_laptops(qtbot, zh_app, hub, tmp_path):
    drive = tmp_path / "usb"
    a = laptop_on_drive(tmp_path, "a", 3, 11, drive)
    b = laptop_on_drive(tmp_path, "b", 2, 12, drive)
    win = window(qtbot, hub)
    page = win.importer
    progress = []
    win.side.setCurrentRow(1)
    page.start(drive)
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=20000)
    progress.append((page.progress.value(), page.progress.maximum()))
    assert progress == [(2, 2)]  # one step per bundle
    texts = [page.list.item(i).text() for i in range(2)]
    for lp in (a, b):
        line = next(t for t in texts if lp.journal.device_id in t)
        assert "隔离" in line and "核对" in line  # held: approve after checking the fingerprint
        for t in lp.teachers.all():
            assert t.school in line
    assert "2 个数据包" in page.summary.text() and "2 个待决定" in page.summary.text()

    qtbot.waitUntil(lambda: win.devices.table.rowCount() == 2 and not win.queue.running)
    assert win.quarantine.table.rowCount() == 2
    win.quarantine.table.selectRow(0)
    held = win.quarantine.current()
    assert "核对" in win.quarantine.detail.text() and held.device_id in win.quarantine.detail.text()
    assert held.detail["fingerprint"] in win.quarantine.detail.text()
    win.side.setCurrentRow(2)
    devices = win.devices
    row = next(i for i in range(2) if devices.table.text(i, 1) == a.journal.device_id)
    assert devices.table.text(row, 0) == "待批准"
    assert devices.table.text(row, 2) == fingerprint(a.journal.device.public_bytes)
    devices.table.selectRow(row)
    assert devices.approve_button.isEnabled()
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    # The officer types the fingerprint's last group as the school reads it from the laptop.
    check = devices.check
    assert check is not None and check.isVisible()
    check.field.setFocus()
    qtbot.keyClicks(check.field, "0000" if not a.fingerprint.endswith("0000") else "1111")
    qtbot.keyClick(check.field, Qt.Key.Key_Return)
    assert check.isVisible() and "不是这台电脑的指纹" in check.error.text()
    assert hub.acked_seq(a.journal.device_id) == 0  # nothing imported on a wrong answer
    check.field.clear()
    qtbot.keyClicks(check.field, a.fingerprint.split()[-1].upper())
    qtbot.keyClick(check.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: devices.results.count() == 1 and not win.queue.running, timeout=20000)
    assert "已导入" in devices.results.item(0).text()
    assert f"{a.journal.last_seq()} 条新记录" in devices.results.item(0).text()
    assert hub.acked_seq(a.journal.device_id) == a.journal.last_seq()
    status = {devices.table.text(i, 1): devices.table.text(i, 0) for i in range(2)}
    assert status == {a.journal.device_id: "已登记", b.journal.device_id: "待批准"}
    enrolled = next(i for i in range(2) if devices.table.text(i, 1) == a.journal.device_id)
    assert devices.table.text(enrolled, 3) == "、".join(
        sorted({t.school for t in a.teachers.all()})
    )
    assert win.quarantine.table.rowCount() == 1
    assert win.dashboard.model.rowCount() == 6  # the six districts of the targets table

    # Importing the same drive again adds nothing and says so.
    page.start(drive)
    qtbot.waitUntil(lambda: page.list.count() == 2 and not win.queue.running, timeout=20000)
    texts = [page.list.item(i).text() for i in range(2)]
    assert any(a.journal.device_id in t and "未添加" in t for t in texts), texts
    a.close()
    b.close()


def test_revoking_asks_first(qtbot, zh_app, hub, tmp_path):
    drive = tmp_path / "usb"
    lp = laptop_on_drive(tmp_path, "a", 1, 3, drive)
    hub.import_paths([drive], COUNTY)
    win = window(qtbot, hub)
    devices = win.devices
    qtbot.waitUntil(lambda: devices.table.rowCount() == 1)
    devices.table.selectRow(0)

    def press(text):
        def go():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and lp.journal.device_id in box.text()
            next(b for b in box.buttons() if b.text() == text).click()

        return go

    QTimer.singleShot(200, press("保留"))
    devices.revoke()
    qtbot.waitUntil(lambda: not win.queue.running)
    assert hub.devices()[0][1] == "pending"
    QTimer.singleShot(200, press("吊销"))
    devices.revoke()
    qtbot.waitUntil(lambda: devices.table.text(0, 0) == "已吊销", timeout=10000)
    assert hub.devices()[0][1] == "revoked" and not devices.revoke_button.isEnabled()
    lp.close()


@pytest.fixture
def busy_hub(hub, tmp_path):
    """Two laptops, both enrolled and imported: teachers in several districts."""
    drive = tmp_path / "usb"
    laptops = [laptop_on_drive(tmp_path, n, 6, seed, drive) for n, seed in (("a", 21), ("b", 22))]
    for lp in laptops:
        hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
        lp.close()
    assert all(r.status == "imported" for r in hub.import_paths([drive], COUNTY))
    return hub


def test_dashboard_model_sorts_filters_and_equals_the_dashboard(qtbot, zh_app, busy_hub):
    year = max(years(busy_hub))
    districts = summary(busy_hub, year, "district")
    model, proxy = DashboardModel(), DashboardFilter()
    proxy.setSourceModel(model)
    model.set_rows("district", year, districts)
    tip = Qt.ItemDataRole.ToolTipRole  # the whole title; on screen it breaks between words
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, tip) for c in range(model.columnCount())
    ]
    assert headers[:4] == ["区县", "专任教师总数", f"{year} 年目标", "已注册教师"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "专任教师\n总数"
    for name in ("参训率", "合格率", "结业率", "尚差人数"):
        assert name in headers
    col = {h: c for c, h in enumerate(headers)}
    for i, d in enumerate(districts):
        assert model.data(model.index(i, 0)) == d.name
        assert model.data(model.index(i, col["已注册教师"])) == str(d.enrolled)
        assert model.data(model.index(i, col["尚差人数"])) == str(d.behind)
        assert model.data(model.index(i, col["参训率"])) == (
            "—" if d.participation_rate is None else f"{100 * d.participation_rate:.1f}%"
        )
    behind = col["尚差人数"]
    proxy.sort(behind, Qt.SortOrder.DescendingOrder)
    shown = [
        proxy.data(proxy.index(i, behind), Qt.ItemDataRole.UserRole)
        for i in range(proxy.rowCount())
    ]
    assert shown == sorted((d.behind or 0 for d in districts), reverse=True)
    first = model.row_at(proxy.mapToSource(proxy.index(0, 0)).row())
    assert (
        first.behind and proxy.data(proxy.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    )
    proxy.set_behind_only(True)
    assert proxy.rowCount() == sum(1 for d in districts if d.behind)

    teachers = summary(busy_hub, year, "teacher")
    proxy.set_behind_only(False)
    model.set_rows("teacher", year, teachers)
    assert model.rowCount() == 12
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, tip) for c in range(model.columnCount())
    ]
    total = headers.index("总学时")
    proxy.sort(total, Qt.SortOrder.AscendingOrder)
    hours = [float(proxy.data(proxy.index(i, total))) for i in range(proxy.rowCount())]
    assert hours == sorted(round(t.teacher.total_hours, 1) for t in teachers)
    ids = [proxy.data(proxy.index(i, 1)) for i in range(proxy.rowCount())]
    assert all("*" in x for x in ids)  # the table never shows a whole 身份证号
    proxy.set_behind_only(True)
    assert proxy.rowCount() == sum(1 for t in teachers if not t.met)


def test_dashboard_drills_down_and_searches(qtbot, zh_app, busy_hub):
    win = window(qtbot, busy_hub)
    page = win.dashboard
    year = page.current_year()
    assert year == max(years(busy_hub)) and page.model.rowCount() == 6
    busiest = max(summary(busy_hub, year, "district"), key=lambda d: d.enrolled)
    row = next(
        i
        for i in range(page.proxy.rowCount())
        if page.proxy.data(page.proxy.index(i, 0)) == busiest.name
    )
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(row, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter goes one level down
    qtbot.waitUntil(lambda: page.model.level == "township" and not win.queue.running)
    towns = page.model.rows
    assert [t.key for t in towns] == [
        t.key for t in summary(busy_hub, year, "township", busiest.key)
    ]
    assert sum(t.enrolled for t in towns) == busiest.enrolled
    page.drill(page.proxy.index(0, 0))
    qtbot.waitUntil(lambda: page.model.level == "school" and not win.queue.running)
    page.drill(page.proxy.index(0, 0))
    qtbot.waitUntil(lambda: page.model.level == "teacher" and not win.queue.running)
    # One school's teachers: the line above names the school, its column gives way.
    school = page.model.headerData(2, Qt.Orientation.Horizontal)
    assert school == "学校" and page.view.isColumnHidden(2) and page.model.rows[0].teacher.school
    assert page.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    someone = page.model.rows[0].teacher
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)  # Backspace goes back up
    qtbot.waitUntil(lambda: page.model.level == "school" and not win.queue.running)
    page.go_up()
    page.go_up()
    qtbot.waitUntil(lambda: page.model.level == "district" and not win.queue.running)
    win.resize(1366, 740)  # a 1366×768 screen at 100 %: room for the chart beside the table
    qtbot.waitUntil(page.chart.isVisible)
    assert page.model.rowCount() == 6
    chart = page.chart.finished
    assert sum(chart.isBarSelected(i) for i in range(chart.count())) == sum(
        1 for d in summary(busy_hub, year, "district") if d.behind
    )

    win.resize(1093, 614)  # the same screen at 125 %: the chart gives way to the columns
    qtbot.waitUntil(lambda: not page.chart.isVisible())
    win.resize(1366, 740)
    qtbot.waitUntil(page.chart.isVisible)

    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.search.insert(someone.name)  # (QtTest types ASCII only)
    qtbot.waitUntil(
        lambda: (
            page.model.level == "teacher" and not win.queue.running and page.model.rowCount() < 12
        )
    )
    assert someone.id_number in [r.teacher.id_number for r in page.model.rows]
    assert all(someone.name in r.name for r in page.model.rows)
    page.search.setText(someone.masked_id)
    qtbot.waitUntil(
        lambda: (
            not win.queue.running
            and page.model.rowCount() >= 1
            and all(r.teacher.masked_id == someone.masked_id for r in page.model.rows)
        )
    )
    qtbot.wait(2 * 250)  # no search left pending
    qtbot.waitUntil(lambda: not win.queue.running)


def test_every_teacher_column_fits_at_125_percent_and_the_name_stays_in_view(
    qtbot, zh_app, busy_hub
):
    win = window(qtbot, busy_hub)
    page = win.dashboard
    page.search.setText("5")  # every teacher whose ID number has a 5: all schools, so the
    qtbot.waitUntil(  # school column is shown too
        lambda: (
            page.model.level == "teacher" and not win.queue.running and page.model.rowCount() > 0
        )
    )
    assert not page.view.isColumnHidden(2)
    win.resize(1093, 614)  # a 1366×768 screen at 125 %
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)
    shown = page.view.viewport().width()
    widths = [page.view.columnWidth(c) for c in range(page.model.columnCount())]
    assert sum(widths) <= shown + 1, (widths, shown)
    for c in range(page.model.columnCount()):  # no title cut: every line of it fits its column
        lines = str(page.model.headerData(c, Qt.Orientation.Horizontal)).split("\n")
        metrics = page.view.horizontalHeader().fontMetrics()
        assert max(metrics.horizontalAdvance(x) for x in lines) < widths[c]

    win.resize(700, 614)  # narrower still: the columns scroll, the names stay
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() > 0)
    bar = page.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    frozen = page.view.frozen
    assert frozen.isVisible() and frozen.model() is page.view.model()
    assert frozen.geometry().left() <= page.view.frameWidth()
    assert frozen.columnWidth(0) == page.view.columnWidth(0)
    assert all(frozen.isColumnHidden(c) for c in range(1, page.model.columnCount()))
    first = page.proxy.index(0, 0)
    assert frozen.visualRect(first).left() >= 0 and frozen.visualRect(first).right() <= (
        frozen.width()
    )
    second = page.proxy.index(1, 0)  # a click on a name selects that teacher's whole row
    qtbot.mouseClick(
        frozen.viewport(), Qt.MouseButton.LeftButton, pos=frozen.visualRect(second).center()
    )
    assert page.view.selectionModel().isRowSelected(1) and page.view.hasFocus()


def test_mail_and_reports_from_the_window(qtbot, zh_app, busy_hub, tmp_path):
    win = window(qtbot, busy_hub)
    out = tmp_path / "mail"
    win.mail.set_drive(out)
    qtbot.mouseClick(win.mail.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.mail.list.count() == 2, timeout=10000)
    assert "2 份回执" in win.mail.outcome.text()
    assert len(list((out / "songpei" / "to-school").glob("*.receipt"))) == 2
    win.reports.write_table("csv", tmp_path / "学时.csv")
    qtbot.waitUntil(lambda: "12 位教师" in win.reports.outcome.text(), timeout=10000)
    table = list(csv.reader((tmp_path / "学时.csv").read_text("utf-8-sig").splitlines()))
    assert len(table) == 13 and table[0][0] == "姓名"

    # The platform's own template, chosen on the page, shapes the Excel file.
    template = tmp_path / "平台模板.json"
    template.write_text(
        json.dumps(
            {
                "format": 1,
                "columns": [
                    {"header": "教师姓名", "field": "name"},
                    {"header": "学时", "field": "total_hours"},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    win.reports.use_template(template)
    assert win.reports.template_label.text() == "平台模板.json"
    win.reports.outcome.clear()
    win.reports.write_table("xlsx", tmp_path / "学时.xlsx")
    qtbot.waitUntil(lambda: "12 位教师" in win.reports.outcome.text(), timeout=10000)
    sheet = openpyxl.load_workbook(tmp_path / "学时.xlsx").active
    assert [c.value for c in next(sheet.iter_rows(max_row=1))] == ["教师姓名", "学时"]
    assert sheet.max_row == 13

    # The progress report of the year chosen on the page, with 打开 / 打印 at hand.
    years = [win.reports.year.itemData(i) for i in range(win.reports.year.count())]
    assert years and years == sorted(years, reverse=True)
    win.reports.year.setCurrentIndex(len(years) - 1)
    win.reports.write_pdf(tmp_path / "进展报告.pdf")
    qtbot.waitUntil(lambda: win.reports.saved is not None, timeout=20000)
    assert win.reports.saved.isVisible() and "进展报告已保存" in win.reports.saved.text()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "进展报告.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert f"{years[-1]} 年度数据" in text
    win.reports.saved.close()
    win.reports.write_xapi(tmp_path / "xapi.json")
    qtbot.waitUntil(lambda: "xAPI" in win.reports.outcome.text(), timeout=10000)
    assert (tmp_path / "xapi.json").stat().st_size > 0


def test_a_certificate_from_the_reports_page_verifies(qtbot, zh_app, busy_hub, tmp_path):
    from app.certificate_scan import codes_in
    from app.gui.county.certificate_dialog import CertificateDialog
    from sync.base.certificate import verify
    from sync.county.teacher_rows import teacher_rows

    catalog, rules = busy_hub.content()
    teacher = next(
        r
        for r in teacher_rows(busy_hub, catalog, rules)
        if r.total_hours and not r.evidence_pending
    )
    win = window(qtbot, busy_hub)
    qtbot.mouseClick(win.reports.certificate, Qt.MouseButton.LeftButton)
    dialog = win.reports.certificate_dialog
    assert isinstance(dialog, CertificateDialog) and dialog.isVisible()
    dialog.ask()  # nothing typed: said, nothing issued
    assert "身份证号" in dialog.error.text() and dialog.isVisible()
    dialog.id_number.setText(teacher.id_number)
    dialog.officer.setText("县教师发展中心 李老师")
    out = tmp_path / "证书.pdf"
    dialog.issue(out)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20000)
    assert teacher.name in dialog.saved.text() and str(out) in dialog.saved.informativeText()
    (code,) = codes_in(out)
    assert verify(code, [COUNTY.public]).name == teacher.name
    dialog.saved.close()


def test_reports_send_to_a_learning_record_store(qtbot, zh_app, busy_hub, ralph, monkeypatch):
    """Against Ralph, a real LRS: everything delivered and read back; a repeat reported as
    already there; a wrong password shown in Ralph's own words, not called safe to resend."""
    win = window(qtbot, busy_hub)
    total = len(list(xapi.statements(busy_hub)))
    dialogs = []

    def fill(dialog):  # the person types the address and the account, then presses Send
        dialogs.append(dialog)
        dialog.url.setText("ftp://wrong")
        dialog.submit()
        assert "http://" in dialog.error.text() and dialog.result() == 0
        dialog.url.setText(ralph.url)
        dialog.user.setText(LRS_USER)
        dialog.password.setText(LRS_PASSWORD)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(LrsDialog, "exec", fill)
    qtbot.mouseClick(win.reports.lrs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "其中 0 条已存在" in win.reports.outcome.text(), timeout=30000)
    assert f"{total} 条语句" in win.reports.outcome.text()
    assert len(ralph.statements()) == total
    win.reports.send_xapi(ralph.url, LRS_USER, LRS_PASSWORD)
    qtbot.waitUntil(lambda: f"其中 {total} 条已存在" in win.reports.outcome.text(), timeout=30000)
    # Cleared first: the server's port may itself contain "401", so the previous (successful)
    # message must not be taken for the refusal.
    win.reports.outcome.clear()
    win.reports.send_xapi(ralph.url, LRS_USER, "wrong")
    qtbot.waitUntil(lambda: bool(win.reports.outcome.text()), timeout=30000)
    said = win.reports.outcome.text()
    assert "401" in said.replace(ralph.url, "") and "Invalid authentication credentials" in said
    assert "放心" not in said
    assert len(ralph.statements()) == total and len(dialogs) == 1


def test_the_role_is_asked_once_and_kept(tmp_path):
    data = tmp_path / "data"
    assert settings.role(data) is None
    settings.set_role(data, settings.COUNTY, tmp_path / "hub.db")
    assert settings.role(data) == settings.COUNTY
    assert settings.read(data)["hub"] == str(tmp_path / "hub.db")
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    (data / "settings.json").write_text("{broken", encoding="utf-8")
    assert settings.role(data) is None  # asked again rather than guessed
    Laptop.open(data).close()
    assert settings.role(data) == settings.LAPTOP  # a folder with a journal is a laptop


def test_songpei_county_asks_the_passphrase_then_opens_the_window(qtbot, zh_app, tmp_path):
    """`songpei county HUB.db`: the unlock dialog (Enter unlocks), then the county window; the
    hub is remembered, so the next `songpei gui` opens it again."""
    from app.gui.county.launch import run_county

    with county_hub(tmp_path) as made:
        path = made.path
    seen = []

    def type_passphrase():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(100, type_passphrase)
            return
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        QTimer.singleShot(100, close_window)

    def close_window():
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CountyWindow) and w.isVisible()
        ]
        if not found or found[0].queue.running or not found[0].dashboard.model.rows:
            QTimer.singleShot(100, close_window)
            return
        seen.append((found[0].windowTitle(), found[0].dashboard.model.rowCount()))
        found[0].close()

    QTimer.singleShot(100, type_passphrase)
    data = tmp_path / "data"
    assert run_county(data, path) == 0
    assert seen == [("送培 — 县级管理：hub.db", 6)]
    assert settings.role(data) == settings.COUNTY
    assert settings.read(data)["hub"] == str(path)


def test_the_first_start_question(qtbot, zh_app, tmp_path):
    from app.gui import launch
    from app.gui.role import RoleDialog

    def answer(button):
        def go():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, RoleDialog)
            qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)

        return go

    data = tmp_path / "data"
    QTimer.singleShot(100, answer("laptop"))
    assert launch._role(data) == settings.LAPTOP
    assert settings.role(data) == settings.LAPTOP  # kept: not asked again
    other = tmp_path / "office"
    QTimer.singleShot(100, answer("county"))
    assert launch._role(other) == settings.COUNTY
    assert settings.role(other) is None  # kept only once a hub is opened (run_county)


def test_a_plugged_in_drive_is_offered_for_import_and_mail(qtbot, zh_app, hub, tmp_path):
    drive = tmp_path / "usb"
    lp = laptop_on_drive(tmp_path, "a", 1, 5, drive)
    win = window(qtbot, hub)
    win.drive_found(drive)
    assert win.stack.currentWidget() is win.importer
    assert win.importer.found.isVisible() and str(drive) in win.importer.found.text()
    assert win.mail.drive == drive and win.mail.write.isEnabled()
    qtbot.mouseClick(win.importer.found, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.importer.list.count() == 1 and not win.queue.running)
    assert "隔离" in win.importer.list.item(0).text()
    lp.close()


def test_keyboard_moves_between_pages(qtbot, zh_app, hub):
    win = window(qtbot, hub)
    for n, page in enumerate(
        (
            win.dashboard,
            win.importer,
            win.devices,
            win.evidence,
            win.plans,
            win.flags,
            win.quarantine,
            win.mail,
            win.reports,
        ),
        start=1,
    ):
        qtbot.keyClick(win, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert win.stack.currentWidget() is page
