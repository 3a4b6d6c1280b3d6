"""Who is behind: a year, a level (区县 → 乡镇 → 学校 → 教师; double-click or Enter goes one
level down, Backspace back up), a search box that filters teachers by name or ID number, a
"go to" field that finds a teacher or a school in the hub's index and selects its row at its
level (Enter again: the next one found), a sortable table and the district chart. The numbers
are sync.county.measures's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.county import rosters
from sync.county.hub import Hub
from sync.county.measures import LEVELS, SummaryRow, summary, years
from sync.county.people_search import Found
from sync.county.report_figures import covers_districts
from sync.county.teacher_rows import TeacherRow, teacher_rows

from ...messages import tr
from ..operations import ReadOp
from .chart import DistrictChart
from .dashboard_model import DISTRICT, TEACHER, DashboardFilter, DashboardModel
from .frozen_table import FrozenColumnTable

SEARCH_DELAY_MS = 250
# Below this width (device-independent pixels: 1366×768 at 125 % leaves ~930 for the page) the
# chart gives way, so the table's columns fit without scrolling sideways.
CHART_FROM = 1100
SCHOOL_COLUMN = 2  # at teacher level: name, ID number, school, then the hours
SCHOOL_CHARS = 9  # the width a school's name may take at teacher level, in characters


def load_year(hub: Hub, year: int) -> list[TeacherRow]:
    catalog, rules = hub.content()
    return teacher_rows(hub, catalog, rules, year)


class DashboardPage(QWidget):
    loaded = Signal()  # rows shown (after a load, a drill, a search)

    def __init__(self, hub: Hub) -> None:
        super().__init__()
        self.hub = hub
        self.cache: dict[int, list[TeacherRow]] = {}
        self.unlisted: dict[int, int] = {}  # by year: its schools the roster does not list
        self.level = DISTRICT
        self.parent_key: tuple[str, ...] = ()
        self.trail: list[tuple[str, tuple[str, ...]]] = []  # where "back up" returns to
        self.city = False  # the districts are a 市's 区 and 县 (report_figures.covers_districts)
        title = QLabel(self.tr("Who is behind"))
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.activated.connect(lambda _i: self.show_level(self.level, self.parent_key))
        self.level_box = QComboBox()
        for code, text in zip(
            LEVELS,
            (self.tr("Districts"), self.tr("Townships"), self.tr("Schools"), self.tr("Teachers")),
            strict=True,
        ):
            self.level_box.addItem(text, code)
        self.level_box.activated.connect(self._level_chosen)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a teacher by name or ID number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_later = QTimer(self)
        self._search_later.setSingleShot(True)
        self._search_later.timeout.connect(lambda: self.show_level(self.level, self.parent_key))
        self.search.textChanged.connect(lambda _t: self._search_later.start(SEARCH_DELAY_MS))
        self.go_to = QLineEdit()
        self.go_to.setPlaceholderText(
            self.tr(
                "A teacher's name, a school, or the last 4 of an ID number; then Enter (Ctrl+G)"
            )
        )
        self.go_to.setAccessibleName(self.tr("Go to a teacher or a school"))
        self.go_to.setClearButtonEnabled(True)
        self.go_to.returnPressed.connect(self.go_to_next)
        self._found: list[Found] = []
        self._found_for = ""  # the words self._found answers
        self._found_at = -1
        self._select: Found | None = None  # the row to select once its level is shown
        self.behind_only = QCheckBox(self.tr("Only those &behind"))
        self.up = QPushButton(self.tr("Back &up"))
        self.up.clicked.connect(self.go_up)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        level_label = QLabel(self.tr("&Level:"))
        level_label.setBuddy(self.level_box)
        bar = QHBoxLayout()
        for w in (year_label, self.year, level_label, self.level_box):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.behind_only)
        bar.addWidget(self.up)
        go_label = QLabel(self.tr("&Go to:"))
        go_label.setBuddy(self.go_to)
        go_bar = QHBoxLayout()
        go_bar.addWidget(go_label)
        go_bar.addWidget(self.go_to, 1)
        self.where = QLabel()
        self.where.setObjectName("note")
        self.where.setWordWrap(True)
        self.model = DashboardModel(self)
        self.proxy = DashboardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.behind_only.toggled.connect(self.proxy.set_behind_only)
        self.view = FrozenColumnTable()
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
        split.setSizes([620, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(go_bar)
        layout.addWidget(self.where)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+G"), self, self.go_to.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self.view, self.go_up)
        for a, b in (
            (self.year, self.level_box),
            (self.level_box, self.search),
            (self.search, self.behind_only),
            (self.behind_only, self.up),
            (self.up, self.go_to),
            (self.go_to, self.view),
        ):
            self.setTabOrder(a, b)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """After an import or a decision: every year's numbers are read again. The years and
        the chosen year's rows are read in one go, so the window's first page is the first
        thing its hub reads when it opens."""
        self.cache.clear()
        self.unlisted.clear()
        self.show_level(self.level, self.parent_key, years_too=True)

    def _years(self, found: list[int], year: int) -> None:
        self.year.clear()
        for y in found:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(found.index(year))

    def _place_chart(self) -> None:
        self.chart.setVisible(self.model.level == DISTRICT and self.width() >= CHART_FROM)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_chart()

    def current_year(self) -> int:
        return int(self.year.currentData() or dt.date.today().year)

    def show_level(self, level: str, parent: tuple[str, ...] = (), years_too: bool = False) -> None:
        """Ask the hub for the rows (a year's teacher rows are computed once and kept); with
        `years_too`, the years first, keeping the year chosen if the hub still has it."""
        year, search = self.current_year(), self.search.text().strip()
        chosen = self.year.currentData()
        cached = None if years_too else self.cache.get(year)
        known = None if years_too else self.unlisted.get(year)
        shown = TEACHER if search else level

        def work() -> tuple:
            asked, found = year, None
            if years_too:
                found = years(self.hub) or [dt.date.today().year]
                asked = chosen if chosen in found else found[-1]
            rows = cached if cached is not None else load_year(self.hub, asked)
            table = summary(self.hub, asked, shown, parent, search, rows=rows)
            whole = shown == DISTRICT and not parent and not search
            districts = table if whole else summary(self.hub, asked, DISTRICT, rows=rows)
            # counted once a year's rows are read, not again for each search or drill
            unlisted = (
                known
                if known is not None
                else len(rosters.places(self.hub).unlisted(r.school for r in rows))
            )
            return found, asked, (rows, table, districts, unlisted)

        def show(result: tuple) -> None:
            found, year, rows = result
            if found is not None:
                self._years(found, year)
            self._show(year, level, shown, parent, rows)

        ReadOp(self, self.hub, op=work, success=show).with_busy_text(
            self.tr("Adding up every teacher's hours…")
        ).run()

    def _show(
        self,
        year: int,
        level: str,
        shown: str,
        parent: tuple[str, ...],
        found: tuple[list[TeacherRow], list[SummaryRow], list[SummaryRow], int],
    ) -> None:
        rows, table, districts, unlisted = found
        self.cache[year] = rows
        self.unlisted[year] = unlisted
        self.level, self.parent_key = level, parent
        self.model.set_rows(shown, year, table)
        self.level_box.setCurrentIndex(LEVELS.index(shown))
        self.chart.set_rows(districts, year)
        self._place_chart()
        self.up.setEnabled(bool(self.trail))
        hint = (
            self.tr("%1 — %2 rows. Backspace goes back up.")
            if shown == TEACHER
            else self.tr(
                "%1 — %2 rows. Double-click a row or press Enter to see what it is made "
                "of; Backspace goes back up."
            )
        )
        self.city = covers_districts([d.name for d in districts])
        text = tr(hint, self.place_text(shown, parent), str(len(table)))
        if unlisted:
            text += " " + tr(
                self.tr(
                    "%1 schools are not in the school roster: their district and township "
                    "are guessed from their names."
                ),
                str(unlisted),
            )
        self.where.setText(text)
        # One school's teachers, reached by drilling down: the line above names the school, so
        # its column gives way (a search or the whole county's list keeps it).
        one_school = (
            shown == TEACHER
            and level == TEACHER
            and bool(parent)
            and len({r.teacher.school for r in table if r.teacher}) == 1
        )
        for col in range(self.model.columnCount()):
            self.view.setColumnHidden(col, one_school and col == SCHOOL_COLUMN)
        # At teacher level long school names are cut; the cell's tooltip has the whole name.
        room = self.view.fontMetrics().horizontalAdvance("中") * SCHOOL_CHARS
        self.view.fit_columns({SCHOOL_COLUMN: room} if shown == TEACHER else None)
        if self._select is not None:
            self._select_found(self._select)
            self._select = None
        self.loaded.emit()

    def place_text(self, level: str, parent: tuple[str, ...]) -> str:
        names = {
            "district": self.tr("Districts"),
            "township": self.tr("Townships"),
            "school": self.tr("Schools"),
            "teacher": self.tr("Teachers"),
        }
        if not parent:  # the level the figures report on: a 市 of 区 / 县, or one 县
            whole = self.tr("Whole city") if self.city else self.tr("Whole county")
            return tr(self.tr("%1: all %2"), whole, names[level])
        path = " › ".join(k or self.tr("(not known)") for k in parent)
        return tr(self.tr("%1 in %2"), names[level], path)

    # --- moving around ------------------------------------------------------------------------
    def _level_chosen(self, index: int) -> None:
        self.trail.clear()
        self.search.clear()
        self._search_later.stop()
        self.show_level(LEVELS[index])

    def drill(self, index) -> None:
        shown = self.model.level
        if shown == TEACHER:
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.trail.append((self.level, self.parent_key))
        self.show_level(LEVELS[LEVELS.index(shown) + 1], row.key)

    def go_up(self) -> None:
        if self.search.text():
            self.search.clear()
            self._search_later.stop()
            self.show_level(self.level, self.parent_key)
        elif self.trail:
            level, parent = self.trail.pop()
            self.show_level(level, parent)

    # --- going to a teacher or a school -------------------------------------------------------
    def go_to_next(self) -> None:
        """Enter in the "go to" field: find (in the hub's index), then select the first one
        found; Enter again with the same words selects the next."""
        words = self.go_to.text().strip()
        if not words:
            return
        if words == self._found_for and self._found:
            self._found_at = (self._found_at + 1) % len(self._found)
            self._jump()
            return
        year = self.current_year()
        cached = self.cache.get(year)

        def work() -> tuple:
            rows = cached if cached is not None else load_year(self.hub, year)
            return rows, self.hub.find(words, rows)

        ReadOp(self, self.hub, op=work, success=lambda r: self._found_these(year, words, *r)).run()

    def _found_these(
        self, year: int, words: str, rows: list[TeacherRow], found: list[Found]
    ) -> None:
        self.cache[year] = rows
        self._found_for, self._found, self._found_at = words, found, 0
        if not found:
            self.where.setText(tr(self.tr("No teacher or school found for “%1”."), words))
            return
        self._jump()

    def _jump(self) -> None:
        """Show the found one's level inside its place, with the way back up as if drilled."""
        found = self._found[self._found_at]
        depth = LEVELS.index(found.level)
        self.search.clear()  # a filter left in the search box could hide the row
        self._search_later.stop()
        self.behind_only.setChecked(False)
        self.trail = [(LEVELS[i], found.key[:i]) for i in range(depth)]
        self._select = found
        self.show_level(found.level, found.key[:-1])

    def _select_found(self, found: Found) -> None:
        at = next((i for i, r in enumerate(self.model.rows) if r.key == found.key), None)
        if at is None:
            return
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)  # the focus stays in "Go to": Enter again, the next
        self.where.setText(
            self.where.text()
            + " "
            + tr(
                self.tr("Found %1 of %2: %3 (Enter in “Go to” for the next)."),
                str(self._found_at + 1),
                str(len(self._found)),
                f"{found.name} {found.masked_id}".strip(),
            )
        )
