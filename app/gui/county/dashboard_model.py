"""The dashboard's table: one model for every level (区县, 学校, 教师), columns chosen by
level; sorting on the raw numbers (Qt.UserRole), searching by name or masked ID number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sync.hub_views import DISTRICT, SCHOOL, TEACHER, LevelRow

BEHIND = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


translate = QCoreApplication.translate


def _pct(part: int, whole: int | None) -> float | None:
    return part / whole if whole else None


def _pct_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _num(value: int | None) -> str:
    return "—" if value is None else str(value)


def district_name(name: str) -> str:
    return name or translate("DashboardModel", "(no district matched)")


Column = tuple[str, Callable[[LevelRow], str], Callable[[LevelRow], object]]


def columns(level: str, year: int) -> list[Column]:
    if level == DISTRICT:
        return [
            (translate("DashboardModel", "District"), lambda r: district_name(r.name), lambda r: r.name),
            (translate("DashboardModel", "Full-time teachers"), lambda r: _num(r.teachers_total),
             lambda r: r.teachers_total or 0),
            (translate("DashboardModel", "Target %1").replace("%1", str(year)), lambda r: _num(r.target),
             lambda r: r.target or 0),
            (translate("DashboardModel", "Enrolled"), lambda r: str(r.enrolled), lambda r: r.enrolled),
            (translate("DashboardModel", "Finished"), lambda r: str(r.met), lambda r: r.met),
            (translate("DashboardModel", "Behind"), lambda r: str(r.behind), lambda r: r.behind),
            (translate("DashboardModel", "Of target"), lambda r: _pct_text(_pct(r.met, r.target)),
             lambda r: _pct(r.met, r.target) or 0.0),
        ]
    if level == SCHOOL:
        return [
            (translate("DashboardModel", "School"), lambda r: r.name, lambda r: r.name),
            (translate("DashboardModel", "District"), lambda r: district_name(r.parent), lambda r: r.parent),
            (translate("DashboardModel", "Enrolled"), lambda r: str(r.enrolled), lambda r: r.enrolled),
            (translate("DashboardModel", "Finished"), lambda r: str(r.met), lambda r: r.met),
            (translate("DashboardModel", "Finish rate"), lambda r: _pct_text(_pct(r.met, r.enrolled)),
             lambda r: _pct(r.met, r.enrolled) or 0.0),
            (translate("DashboardModel", "Online hours (mean)"), lambda r: f"{r.online_hours:.1f}",
             lambda r: r.online_hours),
            (translate("DashboardModel", "Practice hours (mean)"), lambda r: f"{r.practice_hours:.1f}",
             lambda r: r.practice_hours),
        ]
    if level == TEACHER:
        return [
            (translate("DashboardModel", "Name"), lambda r: r.name, lambda r: r.name),
            (translate("DashboardModel", "ID card number"), lambda r: r.masked_id, lambda r: r.masked_id),
            (translate("DashboardModel", "School"), lambda r: r.parent, lambda r: r.parent),
            (translate("DashboardModel", "Online hours"), lambda r: f"{r.online_hours:.1f}", lambda r: r.online_hours),
            (translate("DashboardModel", "Practice hours"), lambda r: f"{r.practice_hours:.1f}",
             lambda r: r.practice_hours),
            (translate("DashboardModel", "Total hours"), lambda r: f"{r.online_hours + r.practice_hours:.1f}",
             lambda r: r.online_hours + r.practice_hours),
            (translate("DashboardModel", "Finished"), lambda r: translate("DashboardModel", "yes") if r.met else translate("DashboardModel", "not yet"), lambda r: r.met),
        ]
    raise ValueError(level)


def _behind_header() -> str:
    return translate("DashboardModel", "Behind")


class DashboardModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level, self.year = DISTRICT, 0
        self.rows: list[LevelRow] = []
        self.cols: list[Column] = columns(DISTRICT, 0)

    def set_rows(self, level: str, year: int, rows: list[LevelRow]) -> None:
        self.beginResetModel()
        self.level, self.year, self.rows = level, year, rows
        self.cols = columns(level, year)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.cols[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        header, show, key = self.cols[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == Qt.ItemDataRole.UserRole:
            return key(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return show(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0 \
                and isinstance(key(row), (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.level == DISTRICT and row.behind \
                and header == _behind_header():
            return QBrush(BEHIND)
        return None

    def row_at(self, source_row: int) -> LevelRow:
        return self.rows[source_row]


class DashboardFilter(QSortFilterProxyModel):
    """Search by name (teacher, school, district) or by masked ID number; sort by value."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.search:
            return True
        model = self.sourceModel()
        assert isinstance(model, DashboardModel)
        r = model.row_at(source_row)
        return any(self.search in s.lower() for s in (r.name, r.masked_id, r.parent) if s)
