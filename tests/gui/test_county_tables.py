"""The county pages' lists: a model that hands the view each cell as it is drawn, so a list of
a county's 12,000 evidence submissions fills like one of twelve, and the row a person chose
stays chosen when the list is read again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt

from app.gui.county.tables import SIZED_FROM, RowsModel, RowTable

HEADERS = ["Submitted", "Teacher", "School"]
MANY = 12_000


class Submission:
    """What a page lists: an item the table turns into text only when it is drawn."""

    made = 0  # rows turned into text, all told

    def __init__(self, i: int) -> None:
        self.id, self.day, self.teacher, self.school = f"sub-{i}", i % 28 + 1, f"教师{i}", i % 40

    def cells(self) -> list[str]:
        Submission.made += 1
        return [f"2017-03-{self.day:02d}", self.teacher, f"学校{self.school}"]


def rows_of(n: int, start: int = 0) -> list[Submission]:
    return [Submission(i) for i in range(start, n)]


def fill(table: RowTable, items: list[Submission]) -> None:
    table.fill(items, Submission.cells, lambda s: s.id)


def test_the_model_serves_text_tooltips_and_keys(qtbot):
    model = RowsModel(HEADERS)
    model.set_rows(rows_of(3), Submission.cells, lambda s: s.id)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no row has children
    cell = model.index(2, 1)
    assert cell.data() == cell.data(Qt.ItemDataRole.ToolTipRole) == "教师2"
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == "sub-1"
    assert model.index(1, 1).data(Qt.ItemDataRole.UserRole) is None  # the key is the row's
    assert model.data(QModelIndex()) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Teacher"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Teacher"
    )


def test_a_county_sized_list_fills_and_shows_its_last_row(qtbot):
    table = RowTable(HEADERS)
    qtbot.addWidget(table)
    table.resize(900, 600)
    table.show()
    qtbot.waitExposed(table)
    items = rows_of(MANY)
    before, made = sys.getrefcount(None), Submission.made
    fill(table, items)
    table.scrollToBottom()
    qtbot.wait(50)  # painted
    assert table.rowCount() == MANY
    # Only the rows the columns were sized by and the rows shown were turned into text.
    assert Submission.made - made <= SIZED_FROM + 100
    assert table.text(MANY - 1, 1) == f"教师{MANY - 1}"
    assert table.selected_key() == "sub-0"  # the first row is chosen when nothing was
    # PySide6 6.12 on Python 3.11 loses a reference to None on each call of a Qt method that
    # returns nothing; a cell made item by item lost two or three, and a list this long used up
    # None's count until the interpreter aborted. Filling through the model makes a handful.
    assert before - sys.getrefcount(None) < 200


def test_the_chosen_row_stays_chosen_when_the_list_is_read_again(qtbot):
    table = RowTable(HEADERS)
    qtbot.addWidget(table)
    fill(table, rows_of(50))
    with qtbot.waitSignal(table.chosen):
        table.selectRow(30)
    assert table.selected_key() == "sub-30"
    fill(table, rows_of(50, start=10))  # ten decided, gone from the list
    assert table.selected_key() == "sub-30" and table.text(20, 1) == "教师30"
    fill(table, rows_of(5))  # the chosen one gone too: the first is chosen
    assert table.selected_key() == "sub-0"
    fill(table, [])
    assert table.selected_key() is None and table.rowCount() == 0
