"""Read-only tables the county pages share: whole-row selection, sized to fit.

A table is a view over a model that hands the view each cell when it draws it, so filling a
table of 12,000 evidence submissions costs the same as filling one of 12: nothing is made per
cell until it is shown (an item per cell took seconds, and on PySide6 6.12 with Python 3.11
each of those calls dropped a reference to None until the interpreter aborted)."""

from __future__ import annotations

import datetime as dt

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


def when(ms: int | None) -> str:
    """A time the county office reads (China time), or a dash."""
    if not ms:
        return "—"
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone(dt.timedelta(hours=8))).strftime(
        "%Y-%m-%d %H:%M"
    )


class RowsModel(QAbstractTableModel):
    """Rows of text under headers; each row has a key (its first cell's Qt.UserRole)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.keys: list[object] = []

    def set_rows(self, rows: list[list[str]], keys: list[object]) -> None:
        if len(rows) != len(keys):
            raise ValueError("one key per row")
        self.beginResetModel()
        self.rows, self.keys = rows, keys
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

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
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return self.keys[index.row()]
        return None


class RowTable(QTableView):
    """A page's list: `fill` replaces the rows (the chosen row stays chosen if its key is still
    there, else the first is chosen); `chosen` is emitted whenever the choice changes."""

    chosen = Signal()

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.rows = RowsModel(headers, self)
        self.setModel(self.rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.chosen.emit())

    def fill(self, rows: list[list[str]], keys: list[object]) -> None:
        keep = self.selected_key()
        self.rows.set_rows(rows, keys)
        # Sized to what the first rows hold (Qt reads resizeContentsPrecision rows, 1000).
        self.resizeColumnsToContents()
        for j in range(self.rows.columnCount() - 1):
            self.setColumnWidth(j, min(self.columnWidth(j), WIDEST))
        if rows:
            self.selectRow(keys.index(keep) if keep is not None and keep in keys else 0)

    def rowCount(self) -> int:  # noqa: N802 (as a table widget names it)
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        """The cell as shown."""
        return self.rows.rows[row][column]

    def selected_key(self) -> object | None:
        chosen = self.selectionModel().selectedRows()
        return self.rows.keys[chosen[0].row()] if chosen else None
