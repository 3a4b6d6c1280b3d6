"""The dashboard's "Go to" field: a teacher found by name (typed in Chinese through the input
method) or by the last 4 of the ID number, and a school, each selected at its own level with
the way back up; a fragment from the middle of an ID number selects nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.county.window import CountyWindow
from sync.county.teacher_rows import teacher_rows
from tests.support.county_gui import COUNTY, county_hub, laptop_on_drive
from tests.support.ime import commit


@pytest.fixture
def page(qtbot, zh_app, tmp_path):
    hub = county_hub(tmp_path)
    drive = tmp_path / "usb"
    for name, seed in (("a", 21), ("b", 22)):
        lp = laptop_on_drive(tmp_path, name, 6, seed, drive)
        hub.enrol(lp.journal.device_id, lp.journal.device.public_bytes)
        lp.close()
    assert all(r.status == "imported" for r in hub.import_paths([drive], COUNTY))
    win = CountyWindow(hub, COUNTY, watch_drives=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.queue.running)
    catalog, rules = hub.content()
    yield win, win.dashboard, teacher_rows(hub, catalog, rules, None)
    hub.close()


def selected(page):
    rows = page.view.selectionModel().selectedRows()
    return [page.model.rows[page.proxy.mapToSource(i).row()] for i in rows]


def go(qtbot, win, page, words: str, typed_by_ime: bool = False) -> None:
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert page.go_to.hasFocus()
    page.go_to.clear()
    if typed_by_ime:
        commit(page.go_to, words)
    else:
        qtbot.keyClicks(page.go_to, words)
    qtbot.keyClick(page.go_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.queue.running)


def test_a_teacher_found_by_name_is_selected_at_the_teacher_level(qtbot, page):
    win, page, rows = page
    one = rows[0]
    go(qtbot, win, page, one.name, typed_by_ime=True)
    qtbot.waitUntil(lambda: page.model.level == "teacher" and bool(selected(page)))
    (row,) = selected(page)
    assert row.key == (one.district, one.township, one.school, one.id_number)
    assert "找到第 1 个" in page.where.text() and one.masked_id in page.where.text()
    # The way back up is the way down: the school's teachers, then its township's schools.
    assert {r.key[:3] for r in page.model.rows} == {row.key[:3]}
    page.go_up()
    qtbot.waitUntil(lambda: page.model.level == "school" and not win.queue.running)
    assert {r.key[:2] for r in page.model.rows} == {row.key[:2]}


def test_the_last_4_of_the_id_number_find_the_teacher(qtbot, page):
    win, page, rows = page
    one = rows[-1]
    same_end = [r for r in rows if r.id_number[-4:] == one.id_number[-4:]]
    go(qtbot, win, page, one.id_number[-4:])
    qtbot.waitUntil(lambda: bool(selected(page)))
    seen = {selected(page)[0].key[-1]}
    for _ in same_end[1:]:  # Enter again: the next one found
        qtbot.keyClick(page.go_to, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not win.queue.running and selected(page)[0].key[-1] not in seen)
        seen.add(selected(page)[0].key[-1])
    assert one.id_number in seen and seen == {r.id_number for r in same_end}


def test_a_school_is_selected_at_the_school_level(qtbot, page):
    win, page, rows = page
    school = rows[0].school
    go(qtbot, win, page, school, typed_by_ime=True)
    qtbot.waitUntil(lambda: page.model.level == "school" and bool(selected(page)))
    (row,) = selected(page)
    assert row.name == school and row.key == (rows[0].district, rows[0].township, school)


def test_a_middle_fragment_of_an_id_number_selects_nothing(qtbot, page):
    win, page, rows = page
    before = (page.model.level, list(page.model.rows))
    go(qtbot, win, page, rows[0].id_number[6:14])
    assert page.where.text() == f"没有找到“{rows[0].id_number[6:14]}”对应的教师或学校。"
    assert (page.model.level, page.model.rows) == before and selected(page) == []
