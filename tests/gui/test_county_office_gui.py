"""The county office's decisions in the window, on the demo county (built once through the
real parts: signed pack, laptops, encrypted bundles, import): evidence decided, flags closed,
quarantine dismissed, numbers equal to hub_dashboard's, and `songpei demo --county`."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.gui.county.demo_launch import open_demo
from app.gui.county.window import CountyWindow
from app.messages import flag_name
from sync.county.measures import summary
from sync.demo import county as county_demo


@pytest.fixture(scope="module")
def built_county(tmp_path_factory):
    return county_demo.build(tmp_path_factory.mktemp("demo-county") / "county")


@pytest.fixture
def county(built_county, tmp_path):
    """A fresh copy of the demo county for each test (decisions change the hub)."""
    folder = tmp_path / "county"
    shutil.copytree(built_county.folder, folder)
    found = county_demo.built(folder)
    hub, key = open_demo(found)
    yield hub, key
    hub.close()


def window(qtbot, hub, key) -> CountyWindow:
    win = CountyWindow(hub, key, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.queue.running and bool(win.dashboard.model.rows), timeout=30000)
    return win


def idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.queue.running, timeout=30000)


def test_decide_an_evidence_submission(qtbot, zh_app, county, tmp_path):
    hub, key = county
    win = window(qtbot, hub, key)
    page = win.evidence
    win.side.setCurrentRow(win.stack.indexOf(page))
    idle(qtbot, win)
    waiting = len(hub.evidence_submissions("pending"))
    assert waiting and page.table.rowCount() == waiting
    win.resize(1093, 614)  # 1366×768 at 125 %: what the decision rests on is in view
    headers = [page.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["教师", "能力点", "校本考核", "县级认定"]
    qtbot.waitUntil(
        lambda: (
            page.table.columnViewportPosition(3) + page.table.columnWidth(3)
            <= page.table.viewport().width()
        )
    )
    # and no column is out of sight: the widest give way, their whole text in a tooltip
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    school = page.table.model().index(0, 5)
    assert page.table.model().data(school, Qt.ItemDataRole.ToolTipRole) == page.table.text(0, 5)
    page.table.selectRow(0)
    item = page.current()
    assert item.teacher_name in page.heading.text() and item.point in page.heading.text()
    page.rating.setCurrentIndex(page.rating.findData("fail"))
    page.recognise.setChecked(True)
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不合格" in page.error.text(), timeout=10000)
    assert hub.decision_history(item.submission_id) == []  # refused: nothing written
    page.reject.setChecked(True)
    page.reason.clear()
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "理由" in page.error.text() or "说明" in page.error.text(), timeout=10000
    )
    page.reason.setText("方案与所选能力点不符，请修改后重新提交")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)  # Enter saves the decision
    qtbot.waitUntil(
        lambda: page.table.rowCount() == waiting - 1 and not win.queue.running, timeout=10000
    )
    (decision,) = hub.decision_history(item.submission_id)
    assert (decision.level, decision.recognised) == ("fail", False)
    assert decision.reason.startswith("方案") and decision.officer == page.officer.text()

    # The decision travels back in the next mail, in the receipt for that laptop.
    win.mail.set_drive(tmp_path / "usb")
    win.mail.write_receipts()
    idle(qtbot, win)
    receipt = tmp_path / "usb" / "songpei" / "to-school" / f"{item.device_id}.receipt"
    body = json.loads(json.loads(receipt.read_text("utf-8"))["body"])
    assert any(
        d["submission"] == item.submission_id and not d["recognised"] for d in body["decisions"]
    )


def test_close_a_flag_with_a_note(qtbot, zh_app, county):
    hub, key = county
    win = window(qtbot, hub, key)
    page = win.flags
    win.side.setCurrentRow(win.stack.indexOf(page))
    idle(qtbot, win)
    flags = hub.flags()
    assert flags and page.table.rowCount() == len(flags)
    page.table.selectRow(0)
    flag = page.current()
    assert page.table.text(0, 1) == flag_name(flag.kind) != flag.kind  # in words
    assert not page.close_button.isEnabled()  # a note is required
    page.note.setText("已电话核实：学校电脑主板电池没电，时间已改正")
    assert page.close_button.isEnabled()
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.table.rowCount() == len(flags) - 1 and not win.queue.running, timeout=10000
    )
    closed = next(f for f in hub.flags(open_only=False) if f.id == flag.id)
    assert closed.closed_ms is not None and closed.note.startswith("已电话核实")


def test_dismiss_a_quarantined_bundle_with_a_note(qtbot, zh_app, county):
    hub, key = county
    win = window(qtbot, hub, key)
    page = win.quarantine
    win.side.setCurrentRow(win.stack.indexOf(page))
    idle(qtbot, win)
    (held,) = hub.quarantined()
    page.table.selectRow(0)
    assert held.device_id in page.detail.text()
    assert not page.dismiss_button.isEnabled()
    page.note.setText("学校说这台电脑已报废，记录已由另一台电脑补交")
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0 and not win.queue.running, timeout=10000)
    (gone,) = hub.quarantined(open_only=False)
    assert gone.resolution == "dismissed" and gone.note.startswith("学校说")


def test_dashboard_numbers_are_hub_dashboards(qtbot, zh_app, county):
    hub, key = county
    win = window(qtbot, hub, key)
    page = win.dashboard
    year = page.current_year()
    expect = summary(hub, year, "district")
    model = page.model
    assert [r.key for r in model.rows] == [r.key for r in expect]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for name in ("参训率", "合格率", "结业率"):
        assert name in headers
    rate = headers.index("参训率")
    for i, r in enumerate(expect):
        shown = model.data(model.index(i, rate))
        assert shown == (
            "—" if r.participation_rate is None else f"{100 * r.participation_rate:.1f}%"
        )
    # Drill: district → township → school → teacher, each level hub_dashboard's.
    for level in ("township", "school", "teacher"):
        first = page.proxy.index(0, 0)
        parent = model.row_at(page.proxy.mapToSource(first).row()).key
        page.drill(first)
        idle(qtbot, win)
        assert model.level == level
        assert [r.key for r in model.rows] == [r.key for r in summary(hub, year, level, parent)]
    teacher = model.rows[0].teacher
    page.go_up()
    page.go_up()
    page.go_up()
    idle(qtbot, win)
    assert model.level == "district"
    page.search.setText(teacher.masked_id[-4:])
    qtbot.waitUntil(lambda: model.level == "teacher" and not win.queue.running, timeout=10000)
    assert teacher.id_number in [r.teacher.id_number for r in model.rows]
    assert all(
        teacher.masked_id[-4:] in r.teacher.masked_id or teacher.masked_id[-4:] in r.name
        for r in model.rows
    )


def test_songpei_demo_county_opens_without_a_passphrase(qtbot, zh_app, built_county, tmp_path):
    from app.gui.county.demo_launch import demo_folder, run_demo_county

    data = tmp_path / "demo-data"
    shutil.copytree(built_county.folder, demo_folder(data))
    seen = []

    def close_window():
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CountyWindow) and w.isVisible()
        ]
        if not found or found[0].queue.running or not found[0].dashboard.model.rows:
            QTimer.singleShot(100, close_window)
            return
        seen.append((found[0].windowTitle(), QApplication.activeModalWidget()))
        found[0].close()

    QTimer.singleShot(100, close_window)
    assert run_demo_county(data) == 0
    assert seen and "演示" in seen[0][0] and seen[0][1] is None  # no dialog asked anything
