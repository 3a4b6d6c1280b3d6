"""Read-only tables the county pages share: whole-row selection, sized to fit.

A table is a view over a model that turns an item into its row's text when the view draws
it, so filling a table of 12,000 evidence submissions costs about what filling one of 12
does: nothing is made per row or cell until it is shown (an item per cell took seconds, and
on PySide6 6.12 with Python 3.11 each of those calls dropped a reference to None until the
interpreter aborted)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
WIDEST = 300  # a column sized to its contents is never wider (the last one stretches)
SIZED_FROM = 200  # columns are sized to the text of the first rows, however many there are
FEWEST = 5  # characters a column keeps when a narrow page makes the widest give way


class RowsModel(QAbstractTableModel):
    """Items under headers: `cells` turns an item into its row's text the first time the
    view asks for one of its cells (kept until the next set_rows); `key` names the item (its
    first cell's Qt.UserRole)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.items: Sequence[Any] = []
        self.cells: Callable[[Any], Sequence[str]] = lambda _item: ()
        self.key: Callable[[Any], object] = lambda _item: None
        self._text: dict[int, Sequence[str]] = {}  # row → its cells, as drawn so far

    def set_rows(
        self,
        items: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        key: Callable[[Any], object],
    ) -> None:
        self.beginResetModel()
        self.items, self.cells, self.key = items, cells, key
        self._text = {}
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        cells = self._text.get(row)
        if cells is None:
            cells = self._text[row] = self.cells(self.items[row])
        return cells[column]

    def find(self, key: object) -> int | None:
        """The row of the item with this key, if there is one."""
        return next((i for i, item in enumerate(self.items) if self.key(item) == key), None)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return self.key(self.items[index.row()])
        return None


class RowTable(QTableView):
    """A page's list: `fill` replaces the items (the chosen row stays chosen if its key is
    still there, else the first is chosen); `chosen` is emitted whenever the choice changes."""

    chosen = Signal()

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.rows = RowsModel(headers, self)
        self._natural: list[int] = []  # each column's width as its text asks (capped)
        self.setModel(self.rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(SIZED_FROM)
        self.selectionModel().selectionChanged.connect(lambda *_: self.chosen.emit())

    def fill(
        self,
        items: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        key: Callable[[Any], object],
    ) -> None:
        keep = self.selected_key()
        self.rows.set_rows(items, cells, key)
        self.resizeColumnsToContents()
        self._natural = [min(self.columnWidth(j), WIDEST) for j in range(self.rows.columnCount())]
        self._fit()
        if items:
            found = self.rows.find(keep) if keep is not None else None
            self.selectRow(found or 0)

    def _fit(self) -> None:
        """Columns at their natural width where the page has room; where it has not (a
        1366×768 screen at 125 %), the widest give way first, down to a few characters, so
        the table does not scroll sideways: a cut cell shows its whole text as a tooltip."""
        natural = self._natural
        room = self.viewport().width()
        if not natural or room <= 0:
            return
        floor = self.fontMetrics().horizontalAdvance("中") * FEWEST
        # a pixel a column: at 125 % each width rounds to whole device pixels, and a last
        # column short by one pixel already scrolls
        room -= 2 * self.frameWidth() + 2 * len(natural)
        cap = max(natural)
        while cap > floor and sum(min(w, cap) for w in natural) > room:
            cap -= 4
        for j, w in enumerate(natural[:-1]):  # the last one stretches into what is left
            self.setColumnWidth(j, min(w, max(cap, floor)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def rowCount(self) -> int:  # noqa: N802 (as a table widget names it)
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        """The cell as shown."""
        return self.rows.text(row, column)

    def selected_key(self) -> object | None:
        chosen = self.selectionModel().selectedRows()
        return self.rows.key(self.rows.items[chosen[0].row()]) if chosen else None
