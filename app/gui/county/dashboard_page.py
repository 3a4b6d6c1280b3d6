"""Who is behind: a year, a level (区县 → 学校 → 教师, double-click or Enter goes one level
down), a search box, a sortable table and the district chart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.targets import DistrictTarget
from sync.hub import Hub
from sync.hub_report import TeacherRow, teacher_rows
from sync.hub_views import DISTRICT, SCHOOL, TEACHER, level_rows

from .chart import DistrictChart
from .dashboard_model import DashboardFilter, DashboardModel, district_name
from .hub_queue import HubQueue

LEVELS = (DISTRICT, SCHOOL, TEACHER)


def load(hub: Hub) -> tuple[list[TeacherRow], list[DistrictTarget]]:
    catalog, rules = hub.content()
    return teacher_rows(hub, catalog, rules), hub.targets()


class DashboardPage(QWidget):
    loaded = Signal()

    def __init__(self, hub: Hub, queue: HubQueue) -> None:
        super().__init__()
        self.hub, self.queue = hub, queue
        self.teachers: list[TeacherRow] = []
        self.targets: list[DistrictTarget] = []
        self.within: str | None = None  # the district or school drilled into
        self.trail: list[tuple[str, str | None]] = []  # (level, within) to go back to
        title = QLabel(self.tr("Who is behind"))
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.currentIndexChanged.connect(
            lambda _i: self.show_level(self.model.level, self.within))
        self.level_box = QComboBox()
        self.level_box.setAccessibleName(self.tr("Level"))
        for code, text in ((DISTRICT, self.tr("Districts")), (SCHOOL, self.tr("Schools")),
                           (TEACHER, self.tr("Teachers"))):
            self.level_box.addItem(text, code)
        self.level_box.activated.connect(self._level_chosen)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or ID number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.up = QPushButton(self.tr("&Back up"))
        self.up.clicked.connect(self.go_up)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        level_label = QLabel(self.tr("&Level:"))
        level_label.setBuddy(self.level_box)
        bar = QHBoxLayout()
        for w in (year_label, self.year, level_label, self.level_box):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.up)
        self.where = QLabel()
        self.where.setObjectName("note")
        self.model = DashboardModel(self)
        self.proxy = DashboardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the targets table's order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self.drill)  # double-click or Enter
        self.chart = DistrictChart()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.where)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self.view, activated=self.go_up)
        self.setTabOrder(self.year, self.level_box)
        self.setTabOrder(self.level_box, self.search)
        self.setTabOrder(self.search, self.up)
        self.setTabOrder(self.up, self.view)

    def refresh(self) -> None:
        self.queue.run(lambda: load(self.hub), self._loaded,
                       busy_text=self.tr("Adding up every teacher's hours…"))

    def _loaded(self, found: tuple[list[TeacherRow], list[DistrictTarget]]) -> None:
        self.teachers, self.targets = found
        years = sorted({y for t in self.targets for y in t.targets}) or [dt.date.today().year]
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(years.index(chosen) if chosen in years else len(years) - 1)
        self.year.blockSignals(False)
        self.show_level(self.model.level, self.within)
        self.loaded.emit()

    def current_year(self) -> int:
        return int(self.year.currentData() or dt.date.today().year)

    def show_level(self, level: str, within: str | None = None) -> None:
        year = self.current_year()
        self.within = within
        self.model.set_rows(level, year, level_rows(self.teachers, self.targets, year, level,
                                                    within))
        self.level_box.setCurrentIndex(LEVELS.index(level))
        self.chart.set_rows(level_rows(self.teachers, self.targets, year, DISTRICT), year)
        self.chart.setVisible(level == DISTRICT)  # the district chart; below, the table is all
        self.up.setEnabled(bool(self.trail))
        names = {DISTRICT: self.tr("All districts"), SCHOOL: self.tr("Schools"),
                 TEACHER: self.tr("Teachers")}
        text = names[level]
        if within is not None:
            text = self.tr("%1 in %2").replace("%1", text).replace(
                "%2", district_name(within) if level == SCHOOL else within)
        self.where.setText(self.tr("%1 — %2 rows; double-click or press Enter on a row to see "
                                   "what it is made of.").replace("%1", text)
                           .replace("%2", str(len(self.model.rows))))
        self.view.resizeColumnsToContents()

    def _level_chosen(self, index: int) -> None:
        self.trail.clear()
        self.show_level(LEVELS[index])

    def drill(self, index) -> None:
        level = self.model.level
        if level == TEACHER:
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.trail.append((level, self.within))
        self.search.clear()
        self.show_level(LEVELS[LEVELS.index(level) + 1], row.name)

    def go_up(self) -> None:
        if self.trail:
            level, within = self.trail.pop()
            self.show_level(level, within)
