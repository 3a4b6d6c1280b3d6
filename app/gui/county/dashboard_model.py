"""The dashboard's table: one model for every level (区县, 乡镇, 学校, 教师) over
sync.county.measures's rows, columns chosen by level; sorting on the raw numbers (Qt.UserRole);
a filter that keeps only the rows behind."""

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

from content.figures import hours_text
from sync.county.measures import SummaryRow

from ...messages import tr

BEHIND = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
translate = QCoreApplication.translate
DISTRICT, TOWNSHIP, SCHOOL, TEACHER = "district", "township", "school", "teacher"


def _pct_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _num(value: int | None) -> str:
    return "—" if value is None else str(value)


def place_name(row: SummaryRow) -> str:
    """A place's name, or what stands for "not known" at its level."""
    if row.name:
        return row.name
    return {
        DISTRICT: translate("DashboardModel", "(no district matched)"),
        TOWNSHIP: translate("DashboardModel", "(no township in the name)"),
    }.get(row.level, "—")


def status_name(code: str) -> str:
    """TeacherRow.status is the programme's own word (未参训 / 在训 / 结业); shown translated."""
    return {
        "结业": translate("DashboardModel", "finished"),
        "在训": translate("DashboardModel", "in training"),
        "未参训": translate("DashboardModel", "not started"),
    }.get(code, code)


def is_behind(row: SummaryRow) -> bool:
    """Behind the year's target (districts), or not everyone finished (other levels)."""
    if row.level == DISTRICT:
        return bool(row.behind)
    if row.level == TEACHER:
        return not row.met
    return row.met < row.enrolled


Column = tuple[str, Callable[[SummaryRow], str], Callable[[SummaryRow], object]]


def _rates() -> list[Column]:
    return [
        (
            translate("DashboardModel", "Participation rate"),
            lambda r: _pct_text(r.participation_rate),
            lambda r: r.participation_rate or 0.0,
        ),
        (
            translate("DashboardModel", "Pass rate"),
            lambda r: _pct_text(r.pass_rate),
            lambda r: r.pass_rate or 0.0,
        ),
    ]


def _selection(level: str) -> list[Column]:
    """选送 and 报到 (shown where the year has a project). Districts know 专任教师总数, so they
    show 选送率 alone (the count stays within 1366 px at 125 % only without it); below them
    the count."""
    out: list[Column] = []
    if level == DISTRICT:
        out.append(
            (
                translate("DashboardModel", "Selection rate"),
                lambda r: _pct_text(r.selection_rate),
                lambda r: r.selection_rate or 0.0,
            )
        )
    else:
        out.append(
            (
                translate("DashboardModel", "Selected"),
                lambda r: _num(r.selected),
                lambda r: r.selected or 0,
            )
        )
    out.append(
        (
            translate("DashboardModel", "Reporting rate"),
            lambda r: _pct_text(r.report_rate),
            lambda r: r.report_rate or 0.0,
        )
    )
    return out


def columns(level: str, year: int, projects: bool = False) -> list[Column]:
    """The columns of `level`; `projects`: the year has a project, so 选送 and 报到 are shown."""
    chosen = _selection(level) if projects and level != TEACHER else []
    enrolled = (
        translate("DashboardModel", "Enrolled"),
        lambda r: str(r.enrolled),
        lambda r: r.enrolled,
    )
    active = (
        tr(translate("DashboardModel", "Studied in %1"), str(year)),
        lambda r: str(r.active),
        lambda r: r.active,
    )
    finished = (
        tr(translate("DashboardModel", "Finished in %1"), str(year)),
        lambda r: str(r.finished),
        lambda r: r.finished,
    )
    pending = (
        translate("DashboardModel", "Evidence waiting"),
        lambda r: str(r.evidence_pending),
        lambda r: r.evidence_pending,
    )
    if level == DISTRICT:
        return [
            (translate("DashboardModel", "District"), place_name, lambda r: r.name),
            (
                translate("DashboardModel", "Full-time teachers"),
                lambda r: _num(r.teachers_total),
                lambda r: r.teachers_total or 0,
            ),
            (
                tr(translate("DashboardModel", "Target %1"), str(year)),
                lambda r: _num(r.target),
                lambda r: r.target or 0,
            ),
            *chosen,
            enrolled,
            active,
            *_rates(),
            finished,
            (
                translate("DashboardModel", "Completion rate"),
                lambda r: _pct_text(r.completion_rate),
                lambda r: r.completion_rate or 0.0,
            ),
            (
                translate("DashboardModel", "Behind"),
                lambda r: _num(r.behind),
                lambda r: r.behind or 0,
            ),
            pending,
        ]
    if level in (TOWNSHIP, SCHOOL):
        name = (
            translate("DashboardModel", "Township")
            if level == TOWNSHIP
            else translate("DashboardModel", "School")
        )
        return [
            (name, place_name, lambda r: r.name),
            (
                translate("DashboardModel", "District"),
                lambda r: r.key[0] or translate("DashboardModel", "(no district matched)"),
                lambda r: r.key[0],
            ),
            *chosen,
            enrolled,
            active,
            *_rates(),
            finished,
            (
                tr(translate("DashboardModel", "Online hours in %1"), str(year)),
                lambda r: hours_text(r.online_hours),
                lambda r: r.online_hours,
            ),
            (
                tr(translate("DashboardModel", "Face-to-face hours in %1"), str(year)),
                lambda r: hours_text(r.face_to_face_hours),
                lambda r: r.face_to_face_hours,
            ),
            (
                tr(translate("DashboardModel", "Practice hours in %1"), str(year)),
                lambda r: hours_text(r.practice_hours),
                lambda r: r.practice_hours,
            ),
            pending,
        ]
    if level == TEACHER:

        def t(r: SummaryRow):
            assert r.teacher is not None
            return r.teacher

        return [
            (translate("DashboardModel", "Name"), lambda r: r.name, lambda r: r.name),
            (
                translate("DashboardModel", "ID card number"),
                lambda r: t(r).masked_id,
                lambda r: t(r).masked_id,
            ),
            (translate("DashboardModel", "School"), lambda r: t(r).school, lambda r: t(r).school),
            (
                translate("DashboardModel", "Online hours"),
                lambda r: hours_text(t(r).online_hours),
                lambda r: t(r).online_hours,
            ),
            (
                translate("DashboardModel", "Face-to-face hours"),
                lambda r: hours_text(t(r).face_to_face_hours),
                lambda r: t(r).face_to_face_hours,
            ),
            (
                translate("DashboardModel", "Practice hours"),
                lambda r: hours_text(t(r).practice_hours),
                lambda r: t(r).practice_hours,
            ),
            (
                translate("DashboardModel", "Total hours"),
                lambda r: hours_text(t(r).total_hours),
                lambda r: t(r).total_hours,
            ),
            (
                translate("DashboardModel", "Status"),
                lambda r: status_name(t(r).status),
                lambda r: t(r).status,
            ),
            (
                translate("DashboardModel", "School-based assessment"),
                lambda r: (
                    translate("DashboardModel", "Qualified")
                    if t(r).qualified
                    else translate("DashboardModel", "Not yet qualified")
                ),
                lambda r: t(r).qualified,
            ),
            (
                translate("DashboardModel", "Ability points rated"),
                lambda r: str(r.points_rated),
                lambda r: r.points_rated,
            ),
            pending,
        ]
    raise ValueError(level)


class DashboardModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.level, self.year = DISTRICT, 0
        self.rows: list[SummaryRow] = []
        self.cols: list[Column] = columns(DISTRICT, 0)

    def set_rows(self, level: str, year: int, rows: list[SummaryRow]) -> None:
        self.beginResetModel()
        self.level, self.year, self.rows = level, year, rows
        self.cols = columns(level, year, any(r.selected is not None for r in rows))
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cols)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        # A title's line break is the translation's own ("网络研修\n学时"), between words: two
        # short lines keep a teacher's row within 1366 px at 125 %.
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cols[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title on one line
            return self.cols[section][0].replace("\n", "")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _header, show, key = self.cols[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return show(row)
        if role == Qt.ItemDataRole.UserRole:
            return key(row)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.column() > 0
            and isinstance(key(row), (int, float))
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and is_behind(row):
            return QBrush(BEHIND)
        return None

    def row_at(self, source_row: int) -> SummaryRow:
        return self.rows[source_row]


class DashboardFilter(QSortFilterProxyModel):
    """Sort by value; optionally keep only the rows that are behind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.behind_only = False
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_behind_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.behind_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.behind_only:
            return True
        model = self.sourceModel()
        assert isinstance(model, DashboardModel)
        return is_behind(model.row_at(source_row))
