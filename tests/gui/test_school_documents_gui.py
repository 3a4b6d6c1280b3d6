"""整校推进 in the windows, in Chinese: the 信息化管理团队 files the school's plans on the laptop
(a wrong file is refused by name, nothing written), sees each filing and whether it reached
the county; the county's 整校推进 page lists each school's plans from a real bundle, opens the
file and keeps its 合格 / 不合格 with who rated and when."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.gui.county.window import CountyWindow
from app.gui.school.home import HomePage
from app.gui.school.main_window import MainWindow
from app.gui.school.school_documents import SchoolDocumentsDialog
from sync.county import school_documents as docs
from sync.county.hub import Hub
from sync.county.mail import write_mail
from sync.laptop import evidence
from sync.laptop.inbox import receive
from tests.support.county import COUNTY
from tests.support.evidence import enrol
from tests.support.packs import minimal_pdf
from tests.support.school_documents import OTHER_SCHOOL, SCHOOL, two_schools


@pytest.fixture
def school(laptop):
    return laptop, enrol(laptop, "王芳", "011"), enrol(laptop, "李校长", "023", school_team=True)


def test_the_team_files_the_schools_plans(qtbot, zh_app, school, tmp_path):
    laptop, teacher, head = school
    home = HomePage(laptop)
    qtbot.addWidget(home)
    home.show_teacher(teacher)
    assert home.documents_button.isHidden()  # a teacher outside the team has no such button
    home.show_teacher(head)
    assert not home.documents_button.isHidden()
    assert home.documents_button.text() == "整校推进"
    for button in (home.documents_button, home.rating_button):
        assert "信息化管理团队" in button.toolTip()

    dialog = SchoolDocumentsDialog(laptop, head)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.latest["development_plan"].text() == "尚未提交")
    before = laptop.journal.last_seq()
    picture = tmp_path / "规划照片.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog.file("development_plan", picture)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "规划照片.png" in dialog.error.text() and "信息化发展规划" in dialog.error.text()
    assert "pdf" in dialog.error.text() and laptop.journal.last_seq() == before

    plan = tmp_path / "2026年信息化发展规划.pdf"
    plan.write_bytes(minimal_pdf("plan"))
    dialog.file("development_plan", plan)
    qtbot.waitUntil(lambda: dialog.history.topLevelItemCount() == 1)
    assert dialog.error.text() == "" and plan.name in dialog.status.text()
    shown = dialog.latest["development_plan"].text()
    assert plan.name in shown and "下次同步时送达县级" in shown
    row = dialog.history.topLevelItem(0)
    assert [row.text(c) for c in (1, 3, 4)] == ["信息化发展规划", "李校长", "下次同步时送达县级"]
    assert dialog.latest["training_plan"].text() == "尚未提交"
    (filed,) = evidence.school_documents(laptop)
    stored = evidence.stored_path(laptop, filed.sha256)
    assert stored.read_bytes() == plan.read_bytes()


def test_the_teams_home_fits_1366x768_at_125_percent(qtbot, zh_app, school):
    laptop, _, head = school
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    window.show()
    window.show_home(head)
    assert window.home.documents_button.isVisibleTo(window)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1093 and hint.height() <= 614, hint


def test_a_teacher_outside_the_team_cannot_file(qtbot, zh_app, school):
    laptop, teacher, _ = school
    dialog = SchoolDocumentsDialog(laptop, teacher)
    qtbot.addWidget(dialog)
    assert "信息化管理团队" in dialog.status.text()
    assert not any(b.isEnabled() for b in dialog.buttons.values())


@pytest.fixture
def county(laptop, tmp_path):
    hub = Hub.init(tmp_path / "hub.db", COUNTY, tmp_path / "county.key")
    two_schools(laptop, hub, tmp_path)
    yield hub
    hub.close()


def test_the_county_lists_rates_and_opens_each_schools_plans(qtbot, zh_app, county, monkeypatch):
    hub = county
    win = CountyWindow(hub, COUNTY, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    page = win.plans
    win.side.setCurrentRow(win.stack.indexOf(page))
    assert win.side.currentItem().text() == "整校推进"
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=30000)
    rows = [[page.table.text(r, c) for c in range(3)] for r in range(page.table.rowCount())]
    assert rows == [
        [SCHOOL, "信息化发展规划", "尚未评定"],
        [SCHOOL, "校本研修方案", "尚未评定"],
        [OTHER_SCHOOL, "信息化发展规划", ""],
        [OTHER_SCHOOL, "校本研修方案", ""],
    ]
    assert page.table.text(2, 3) == "尚未收到"
    assert "共 2 所学校，其中 1 所" in page.count.text()

    page.table.selectRow(0)
    doc = page.current()
    assert doc is not None and doc.kind == "development_plan"
    assert "李校长" in page.heading.text() and page.open_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened != [])
    copy = Path(opened[0])
    assert copy.name == "信息化发展规划.pdf"
    assert copy.read_bytes() == hub.evidence_path(doc.sha256).read_bytes()

    page.failed.setChecked(True)
    page.comment.clear()
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "意见" in page.error.text(), timeout=10000)
    assert docs.ratings(hub, doc.event_id) == []  # refused: nothing written
    page.comment.setText("缺少年度目标与分工")
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.text(0, 2) == "不合格", timeout=10000)
    (kept,) = docs.ratings(hub, doc.event_id)
    assert (kept.level, kept.comment, kept.officer) == ("fail", "缺少年度目标与分工", COUNTY.name)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.history.count() == 1)
    assert "不合格" in page.history.item(0).text() and COUNTY.name in page.history.item(0).text()
    page.passed.setChecked(True)
    page.comment.setText("已补充")
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.text(0, 2) == "合格", timeout=10000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.history.count() == 2)
    assert "合格" in page.history.item(0).text() and "不合格" in page.history.item(1).text()


def test_the_team_sees_when_the_county_has_its_plans(qtbot, zh_app, laptop, county, tmp_path):
    head = next(t for t in laptop.teachers.all() if t.school_team)
    dialog = SchoolDocumentsDialog(laptop, head)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.history.topLevelItemCount() == 2)
    assert all("下次同步时送达县级" in label.text() for label in dialog.latest.values())
    write_mail(county, tmp_path / "usb", COUNTY)  # the county's receipt, carried back
    assert receive(laptop, tmp_path / "usb").status == "applied"
    dialog.reload()
    qtbot.waitUntil(lambda: all("县级已收到" in label.text() for label in dialog.latest.values()))
    rows = [dialog.history.topLevelItem(n) for n in range(2)]
    assert [r.text(4) for r in rows] == ["县级已收到", "县级已收到"]
